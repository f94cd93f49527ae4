import { describe, expect, it } from "vitest";
import { headerKey, proposeMapping } from "./mapping";

describe("headerKey", () => {
  it.each([
    ["Fecha de nacimiento (dd/mm/aaaa)", "fecha de nacimiento", "a hint in parentheses is dropped"],
    ["  N° DOCUMENTO ", "n documento", "case, symbols and spaces"],
    ["Teléfono/WhatsApp", "telefono whatsapp", "accents and slashes"],
  ])("%j → %j (%s)", (header, expected) => {
    expect(headerKey(header)).toBe(expected);
  });
});

describe("proposeMapping", () => {
  it.each<[string[], (string | null)[], string]>([
    [
      ["Tipo de documento", "Número de documento", "Nombres", "Apellidos"],
      ["documentType", "documentNumber", "firstNames", "lastNames"],
      "the template's own headers",
    ],
    [
      ["TIPO DOC", "CEDULA", "NOMBRE", "APELLIDO", "F. NACIMIENTO", "TELEFONO"],
      ["documentType", "documentNumber", "firstNames", "lastNames", "birthDate", "phone"],
      "a partner's abbreviations",
    ],
    [
      ["Documento del representante legal", "Documento"],
      ["guardianDocumentNumber", "documentNumber"],
      "the longest spelling wins, whatever the column order",
    ],
    [
      ["Nombres", "Nombre del acudiente", "Nombres"],
      ["firstNames", "guardianName", null],
      "a field goes to one column only",
    ],
    [["Observaciones", "", "Errores"], [null, null, null], "unknown and empty headers stay unmapped"],
    [["Document number", "Mobile phone"], ["documentNumber", "phone"], "the English labels"],
  ])("%j → %j (%s)", (headers, expected) => {
    expect(proposeMapping(headers, [])).toEqual(expected);
  });

  it("maps the admin's extra questions by their labels", () => {
    const extra = [
      { key: "vende_en_plaza", labelEs: "¿Vende en plaza de mercado?", labelEn: "Sells at a market?" },
    ];
    expect(proposeMapping(["Vende en plaza de mercado", "Sexo"], extra)).toEqual([
      "extra.vende_en_plaza",
      "sex",
    ]);
  });
});
