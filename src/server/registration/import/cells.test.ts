import { describe, expect, it } from "vitest";
import type { RegistrationContext } from "../register";
import { optionKey, readDate, rowReader } from "./cells";
import type { ImportTarget } from "./mapping";

describe("readDate", () => {
  it.each<[string, string | undefined, string]>([
    ["18/11/1990", "1990-11-18", "day/month/year, as written in Colombia"],
    ["1/2/1990", "1990-02-01", "without leading zeros"],
    ["18-11-1990", "1990-11-18", "dashes"],
    ["18.11.1990", "1990-11-18", "dots"],
    ["1990-11-18", "1990-11-18", "ISO"],
    ["33195", "1990-11-18", "an Excel serial day saved as text"],
    ["29/02/2001", undefined, "2001 had no 29 February"],
    ["31/04/1990", undefined, "April has 30 days"],
    ["11/18/1990", undefined, "month/day is not read as a Colombian date"],
    ["noviembre 1990", undefined, "words"],
  ])("%j → %s (%s)", (text, expected) => {
    expect(readDate(text)).toBe(expected);
  });
});

describe("optionKey", () => {
  it.each([
    ["C.C.", "cc"],
    ["Rural dispersa", "rural dispersa"],
    ["rural_dispersa", "rural dispersa"],
    ["  Negro / Afrocolombiano ", "negro afrocolombiano"],
  ])("%j → %j", (text, expected) => {
    expect(optionKey(text)).toBe(expected);
  });
});

describe("rowReader", () => {
  const context: RegistrationContext = {
    assemblyId: "00000000-0000-0000-0000-000000000001",
    agreementId: "00000000-0000-0000-0000-000000000002",
    assemblyDate: "2023-11-18",
    status: "registration_open",
    legend: "",
    consentVersions: new Set([1]),
    latestConsentVersion: 1,
    axisCodes: new Set(["asociatividad", "credito"]),
    axes: [
      { code: "asociatividad", name: "Asociatividad y Trabajo en Red" },
      { code: "credito", name: "Acceso al crédito de la economía popular" },
    ],
    extraFields: new Map(),
  };
  const mapping: ImportTarget[] = [
    "documentType",
    "documentNumber",
    "firstNames",
    "lastNames",
    "birthDate",
    "sex",
    "phone",
    "municipalityCode",
    "zone",
    "economy",
    "populationGroups",
    "preferredAxes",
    "dataConsent",
  ];
  const read = rowReader(context, { mapping, allConsented: false });
  const row = (change: Record<number, string> = {}) => {
    const cells = [
      "Cédula",
      "79.456.123",
      "José",
      "Pérez",
      "01/02/1955",
      "Masculino",
      "310 555 0000",
      "Tame",
      "Urbano",
      "Solidaria",
      "Campesino; Personas mayores",
      "2; asociatividad",
      "Sí",
    ];
    for (const [index, value] of Object.entries(change)) cells[Number(index)] = value;
    return read(cells);
  };

  it("reads the way people write the answers into the form's codes", () => {
    const { input, problems } = row();
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      documentType: "CC",
      documentNumber: "79456123",
      sex: "hombre",
      phone: "+573105550000",
      departmentCode: "81",
      municipalityCode: "81794",
      zone: "urbana",
      economy: "solidaria",
      populationGroups: ["campesinos", "personas_mayores"],
      preferredAxes: ["credito", "asociatividad"],
      dataConsent: true,
      consentVersion: 1,
    });
  });

  it.each<[Record<number, string>, string, string]>([
    [{ 0: "Libreta militar" }, "documentType", "«Libreta militar» no es una opción de la lista."],
    [{ 5: "" }, "sex", "Este campo es obligatorio."],
    [{ 7: "Springfield" }, "municipalityCode", "No encontramos el municipio «Springfield»."],
    [{ 10: "Astronautas" }, "populationGroups", "«Astronautas» no es un grupo poblacional de la lista."],
    [{ 11: "7" }, "preferredAxes", "«7» no es un eje de esta asamblea."],
    [{ 12: "quizás" }, "dataConsent", "Escriba sí o no (no «quizás»)."],
    [{ 12: "no" }, "dataConsent", "Debe aceptar la autorización de tratamiento de datos para inscribirse."],
  ])("reports %o on %s", (change, field, message) => {
    expect(row(change).problems).toEqual([{ field, message }]);
  });
});
