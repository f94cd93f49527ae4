import { AppError } from "../../errors";
import { decodeText, parseCsv } from "./csv";
import { countMatches, type ExtraTarget } from "./mapping";
import { readXlsxCells } from "./xlsx";

export const MAX_IMPORT_ROWS = 20_000;

/** An uploaded list as text cells: the header row (its number in the file) and the data rows under it. */
export interface ImportTable {
  headerRow: number;
  headers: string[];
  /** Data rows, each as long as `headers`; row i is line `headerRow + 1 + i` of the file. */
  rows: string[][];
}

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isOldExcel = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** The first sheet with data of an XLSX workbook, as trimmed text cells. */
function readXlsx(bytes: Uint8Array): string[][] {
  let cells: string[][];
  try {
    cells = readXlsxCells(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new AppError("import.unreadable");
  }
  if (cells.length === 0) throw new AppError("import.empty");
  return cells.map((row) => row.map((cell) => cell.trim()));
}

/** Reads an XLSX workbook (its first sheet with data) or a CSV file into text cells. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<string[][]> {
  if (bytes.length === 0) throw new AppError("import.empty");
  if (isZip(bytes)) return readXlsx(bytes);
  if (isOldExcel(bytes) || bytes.subarray(0, 4096).includes(0)) throw new AppError("import.unreadable");
  return parseCsv(decodeText(bytes)).map((row) => row.map((cell) => cell.trim()));
}

/**
 * Finds the header row (the first of the top ten that names at least three known fields; else the first
 * non-empty row) and keeps the non-empty rows under it, padded to the header's width.
 */
export function toImportTable(cells: string[][], extraFields: ExtraTarget[]): ImportTable {
  const top = cells.slice(0, 10);
  let headerIndex = top.findIndex((row) => countMatches(row, extraFields) >= 3);
  if (headerIndex < 0) headerIndex = cells.findIndex((row) => row.some((cell) => cell !== ""));
  if (headerIndex < 0) throw new AppError("import.empty");
  const headerCells = cells[headerIndex]!;
  const width = Math.max(
    headerCells.length,
    ...cells.slice(headerIndex + 1, headerIndex + 50).map((row) => row.length),
  );
  const headers = Array.from({ length: width }, (_, i) => headerCells[i] ?? "");
  const rows: string[][] = [];
  let lastFilled = -1;
  const body = cells.slice(headerIndex + 1);
  body.forEach((row, i) => {
    if (row.some((cell) => cell !== "")) lastFilled = i;
  });
  // Blank rows in the middle keep their place (row numbers must match the file); trailing ones are dropped.
  for (const row of body.slice(0, lastFilled + 1))
    rows.push(Array.from({ length: width }, (_, i) => row[i] ?? ""));
  if (rows.length === 0) throw new AppError("import.empty");
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError("import.too_many_rows", { rows: rows.length, max: MAX_IMPORT_ROWS });
  return { headerRow: headerIndex + 1, headers, rows };
}
