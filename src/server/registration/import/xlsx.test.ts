import { crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsxCells } from "./xlsx";

/** A workbook as ExcelJS writes it (shared strings by default, inline strings when asked). */
async function written(
  fill: (workbook: ExcelJS.Workbook) => void,
  options: { useSharedStrings?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer(options));
}

const oneCell = (value: ExcelJS.CellValue, numFmt?: string) => (workbook: ExcelJS.Workbook) => {
  const cell = workbook.addWorksheet("Lista").getCell("A1");
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
};

const CELLS: [string, ExcelJS.CellValue, string, string?][] = [
  ["text", "María Fernanda", "María Fernanda"],
  ["text with markup characters", 'Núñez & Ríos <"asociados">', 'Núñez & Ríos <"asociados">'],
  ["a long document number", 1023456789, "1023456789"],
  ["a decimal", 3.25, "3.25"],
  ["a date", new Date(Date.UTC(1990, 4, 14)), "1990-05-14"],
  ["a number shown as a date by a custom format", 32977, "1990-04-14", "dd/mm/yyyy"],
  ["a number with a currency format", 1500, "1500", '[$$-240A]#,##0;"-"'],
  ["a true boolean", true, "sí"],
  ["a false boolean", false, "no"],
  ["a formula's number", { formula: "1+1", result: 2 }, "2"],
  ["a formula's text", { formula: 'A2&"x"', result: "ax" }, "ax"],
  ["rich text", { richText: [{ text: "Ana " }, { font: { bold: true }, text: "María" }] }, "Ana María"],
  ["an empty cell", null, ""],
];

describe("readXlsxCells on workbooks written by ExcelJS", () => {
  for (const useSharedStrings of [true, false]) {
    for (const [name, value, expected, numFmt] of CELLS) {
      it(`reads ${name} (${useSharedStrings ? "shared" : "inline"} strings)`, async () => {
        const cells = readXlsxCells(await written(oneCell(value, numFmt), { useSharedStrings }));
        expect(cells[0]?.[0] ?? "").toBe(expected);
      });
    }
  }

  it("keeps rows and columns where the file has them, blank in between", async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet("Lista");
      sheet.getCell("A1").value = "Nombres";
      sheet.getCell("C1").value = "Apellidos";
      sheet.getCell("B4").value = "Ana";
    });
    expect(readXlsxCells(bytes)).toEqual([["Nombres", "", "Apellidos"], [], [], ["", "Ana"]]);
  });

  it("reads the first sheet that has data, in tab order", async () => {
    const bytes = await written((workbook) => {
      workbook.addWorksheet("Instrucciones");
      workbook.addWorksheet("Asistentes").getCell("A1").value = "primera";
      workbook.addWorksheet("Otra").getCell("A1").value = "segunda";
    });
    expect(readXlsxCells(bytes)).toEqual([["primera"]]);
  });

  it("reads dates of a workbook in the 1904 date system", async () => {
    const bytes = await written((workbook) => {
      workbook.properties.date1904 = true;
      oneCell(new Date(Date.UTC(1990, 4, 14)))(workbook);
    });
    expect(readXlsxCells(bytes)).toEqual([["1990-05-14"]]);
  });

  it("answers no cells for a workbook without data", async () => {
    expect(readXlsxCells(await written((workbook) => workbook.addWorksheet("Vacía")))).toEqual([]);
  });

  it("refuses bytes that are not a zip", () => {
    expect(() => readXlsxCells(Buffer.from("Nombres;Apellidos\nAna;Ríos\n"))).toThrow();
  });
});

/** A zip of stored (uncompressed) files, enough to hand-write the parts other spreadsheet programs write. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe("readXlsxCells on parts as other programs write them", () => {
  it("reads prefixed elements, cells without references, inline strings, escapes and phonetic guides", () => {
    const bytes = storedZip({
      "xl/workbook.xml": `<x:workbook ${MAIN} xmlns:r="r"><x:sheets><x:sheet name='Lista' sheetId='1' r:id='rId1'/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels":
        '<Relationships><Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/lista.xml"/></Relationships>',
      "xl/sharedStrings.xml": `<x:sst ${MAIN}><x:si><x:r><x:t>Nú&#241;ez</x:t></x:r><x:r><x:t xml:space="preserve"> R&#xED;os</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ヌ</x:t></x:rPh></x:si></x:sst>`,
      "xl/worksheets/lista.xml": `<x:worksheet ${MAIN}><x:sheetData>
        <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>línea_x000D_dos &amp; más</x:t></x:is></x:c></x:row>
        <x:row><x:c t="d"><x:v>1990-05-14T00:00:00</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:v>1 &lt; 2</x:v></x:c></x:row>
      </x:sheetData></x:worksheet>`,
    });
    expect(readXlsxCells(bytes)).toEqual([
      ["Núñez Ríos", "línea\rdos & más"],
      ["1990-05-14", "", "1 < 2"],
    ]);
  });

  it("reads the worksheet parts when the workbook names no sheet", () => {
    const bytes = storedZip({
      "xl/worksheets/sheet1.xml":
        '<worksheet><sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>',
    });
    expect(readXlsxCells(bytes)).toEqual([[], ["", "7"]]);
  });
});
