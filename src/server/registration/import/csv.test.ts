import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter, parseCsv } from "./csv";

describe("decodeText", () => {
  it.each([
    [Buffer.from("Nombres;Apellidos\nJosé;Núñez", "utf8"), "Nombres;Apellidos\nJosé;Núñez", "UTF-8"],
    [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Año", "utf8")]),
      "Año",
      "UTF-8 with BOM (Excel's 'CSV UTF-8')",
    ],
    [
      Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x4e, 0xfa, 0xf1, 0x65, 0x7a]),
      "José;Núñez",
      "Windows-1252 from older Excel",
    ],
    [Buffer.from([0x93, 0x68, 0x6f, 0x6c, 0x61, 0x94]), "“hola”", "Windows-1252 curly quotes"],
  ])("%#: %s", (bytes, expected) => {
    expect(decodeText(bytes)).toBe(expected);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["a;b;c\n1,5;2;3", ";", "semicolons with decimal commas below"],
    ["a,b,c\n1;2;3", ",", "commas on the header line"],
    ['"Apellido, Nombre";Documento;Celular', ";", "a comma inside quotes does not count"],
    ["a\tb\tc", "\t", "tabs"],
  ])("%j → %j (%s)", (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("parseCsv", () => {
  it.each([
    [
      "a;b\n1;2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
      "simple",
    ],
    [
      "a;b\r\n1;2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
      "CRLF and a final line break",
    ],
    [
      'a;b\n"x;y";"dijo ""sí"""',
      [
        ["a", "b"],
        ["x;y", 'dijo "sí"'],
      ],
      "quoted separators and doubled quotes",
    ],
    [
      'a;b\n"línea 1\nlínea 2";z',
      [
        ["a", "b"],
        ["línea 1\nlínea 2", "z"],
      ],
      "a line break inside quotes",
    ],
    [
      "a;b\n;\n",
      [
        ["a", "b"],
        ["", ""],
      ],
      "empty fields",
    ],
    [
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
      "comma-separated",
    ],
  ])("%#: %s", (text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});
