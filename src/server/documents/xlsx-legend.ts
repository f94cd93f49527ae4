import type ExcelJS from "exceljs";

export interface SheetColumn {
  header: string;
  key: string;
  width: number;
}

/**
 * A worksheet whose first rows carry the title and the convenio legend, with the legend also in the printed
 * footer of every page; the column headers follow on row 4 and are frozen.
 */
export function sheetWithLegend(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  legend: string,
  columns: SheetColumn[],
) {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: {
      oddFooter: `&L&8${legend.replaceAll("&", "&&")}&R&8&P / &N`,
      evenFooter: `&L&8${legend.replaceAll("&", "&&")}&R&8&P / &N`,
    },
    views: [{ state: "frozen", ySplit: 4 }],
  });
  sheet.columns = columns.map(({ key, width }) => ({ key, width }));
  sheet.getCell("A1").value = title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = legend;
  sheet.getCell("A2").font = { italic: true, size: 9 };
  const header = sheet.getRow(4);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  });
  sheet.pageSetup.printTitlesRow = "4:4";
  return sheet;
}

/** Adds data rows under the header, wrapping long text. */
export function addRows(sheet: ExcelJS.Worksheet, rows: Record<string, unknown>[]): void {
  for (const row of rows) sheet.addRow(row).alignment = { vertical: "top", wrapText: true };
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
