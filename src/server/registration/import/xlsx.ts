// Reads the cells of an XLSX workbook's first sheet with data as the text a person sees. Only the
// SpreadsheetML parts a list needs are read — workbook, relationships, shared strings, styles (for dates),
// one worksheet — with a scanner for their few elements. ExcelJS's stream reader took about a second for
// 10,000 rows and garbled accented letters split across its chunks; see ADR 0008. ExcelJS still writes
// every workbook Minga hands out.
import { readZip } from "./zip";

const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;
/** Serial day 0 of each date system: 1899-12-30 (Excel's, with its 1900 leap-year quirk) or 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text to a string: entities, character references, and OOXML's `_xHHHH_` escapes (e.g. `_x000D_`). */
function unescapeXml(text: string): string {
  if (!text.includes("&") && !text.includes("_x")) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, name: string) => {
      if (name[0] !== "#") return ENTITIES[name] ?? match;
      const hex = name[1] === "x" || name[1] === "X";
      return String.fromCodePoint(hex ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The namespace prefix a part writes its elements with ("" or e.g. "x:", as the .NET Open XML SDK does). */
const prefixOf = (xml: string, root: string) => new RegExp(`<([\\w.-]+:)?${root}\\b`).exec(xml)?.[1] ?? "";

const isNameEnd = (code: number) =>
  code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/**
 * Visits each `<tag …>…</tag>` or `<tag …/>` of `xml` in order with its attributes text (` r="B2" t="s"`)
 * and body; returns the first whose visit answers true. The elements read here never nest in themselves.
 */
function eachElement(
  xml: string,
  tag: string,
  visit: (attributes: string, body: string) => boolean | undefined,
) {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    // `<c` must not stop at `<cols`: the name ends at a space, `>` or `/`.
    if (!isNameEnd(xml.charCodeAt(at + open.length))) {
      at = xml.indexOf(open, at + open.length);
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0) return;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      if (visit(xml.slice(at + open.length, tagEnd - 1), "")) return;
      at = xml.indexOf(open, tagEnd);
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) return;
    if (visit(xml.slice(at + open.length, tagEnd), xml.slice(tagEnd + 1, end))) return;
    at = xml.indexOf(open, end + close.length);
  }
}

/** The body of the first `<tag>` of `xml`, or undefined when there is none. */
function firstBody(xml: string, tag: string): string | undefined {
  let found: string | undefined;
  eachElement(xml, tag, (_, body) => {
    found = body;
    return true;
  });
  return found;
}

/** The attributes text of every `<tag>` of `xml`. */
function allAttributes(xml: string, tag: string): string[] {
  const found: string[] = [];
  eachElement(xml, tag, (attributes) => {
    found.push(attributes);
    return false;
  });
  return found;
}

/** An attribute's value from a start tag's attributes text (`name="…"` or `name='…'`). */
function attribute(attributes: string, name: string): string | undefined {
  let at = attributes.indexOf(name);
  while (at >= 0) {
    const quote = attributes[at + name.length + 1];
    const bounded = at === 0 || /\s/.test(attributes[at - 1]!);
    if (bounded && attributes[at + name.length] === "=" && (quote === '"' || quote === "'")) {
      const start = at + name.length + 2;
      return unescapeXml(attributes.slice(start, attributes.indexOf(quote, start)));
    }
    at = attributes.indexOf(name, at + 1);
  }
  return undefined;
}

/** The text of a shared or inline string: its runs' `<t>` joined, phonetic guides (`<rPh>`) left out. */
function stringText(xml: string, prefix: string): string {
  const runs = xml.includes("rPh") ? xml.replace(/<([\w.-]+:)?rPh\b[\s\S]*?<\/([\w.-]+:)?rPh>/g, "") : xml;
  let text = "";
  eachElement(runs, `${prefix}t`, (_, body) => {
    text += body;
    return false;
  });
  return unescapeXml(text);
}

/** "AB12" → 27 (zero-based column). */
function columnIndex(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format shows a date when a day, month or year code is left outside quotes, brackets and escapes. */
const isDateFormatCode = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

/** Which cell styles (by index) show numbers as dates. */
function dateStyles(styles: string): boolean[] {
  const prefix = prefixOf(styles, "styleSheet");
  const custom = new Map<number, string>();
  for (const format of allAttributes(styles, `${prefix}numFmt`)) {
    const id = attribute(format, "numFmtId");
    const code = attribute(format, "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const cellXfs = firstBody(styles, `${prefix}cellXfs`) ?? "";
  return allAttributes(cellXfs, `${prefix}xf`).map((xf) => {
    const id = Number(attribute(xf, "numFmtId") ?? 0);
    const code = custom.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormatCode(code);
  });
}

function serialDate(serial: number, epoch: number): string {
  const date = new Date(epoch + Math.floor(serial) * DAY_MS);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole numbers without decimals (a document number must not read "1023456789.0"), others as they are. */
const numberText = (value: number) => (Number.isInteger(value) ? value.toFixed(0) : String(value));

/** What every sheet of the workbook reads its cells with. */
interface WorkbookContext {
  sharedStrings: string[];
  dates: boolean[];
  epoch: number;
}

/** The workbook's context and the namespace prefix of the sheet being read. */
type SheetContext = WorkbookContext & { prefix: string };

/** A cell as text: shared and inline strings, formula results, booleans as "sí"/"no", dates as YYYY-MM-DD. */
function cellText(attributes: string, body: string, context: SheetContext): string {
  const type = attribute(attributes, "t") ?? "n";
  if (type === "inlineStr") return stringText(firstBody(body, `${context.prefix}is`) ?? "", context.prefix);
  const raw = firstBody(body, `${context.prefix}v`);
  if (raw === undefined) return "";
  switch (type) {
    case "s":
      return context.sharedStrings[Number(raw)] ?? "";
    case "str":
      return unescapeXml(raw);
    case "b":
      return raw === "1" ? "sí" : "no";
    case "d":
      return raw.slice(0, 10);
    case "e":
      return "";
    default: {
      const value = Number(raw);
      if (raw.trim() === "" || Number.isNaN(value)) return unescapeXml(raw);
      const style = Number(attribute(attributes, "s") ?? 0);
      return context.dates[style] ? serialDate(value, context.epoch) : numberText(value);
    }
  }
}

/** A worksheet's cells by row and column (zero-based), blank where the file has nothing. */
function sheetCells(xml: string, workbook: WorkbookContext): string[][] {
  const prefix = prefixOf(xml, "worksheet");
  const sheet: SheetContext = { ...workbook, prefix };
  const rows: string[][] = [];
  let rowNumber = 0;
  eachElement(xml, `${prefix}row`, (rowAttributes, rowBody) => {
    rowNumber = Number(attribute(rowAttributes, "r") ?? rowNumber + 1);
    const cells: string[] = [];
    let column = -1;
    eachElement(rowBody, `${prefix}c`, (attributes, body) => {
      const reference = attribute(attributes, "r");
      column = reference ? columnIndex(reference) : column + 1;
      const text = cellText(attributes, body, sheet);
      if (text !== "") cells[column] = text;
      return false;
    });
    if (cells.length) rows[rowNumber - 1] = Array.from(cells, (text) => text ?? "");
    return false;
  });
  return Array.from(rows, (row) => row ?? []);
}

/** Worksheet paths in the workbook's tab order (any worksheet part when the workbook names none). */
function sheetPaths(workbook: string, relationships: string, parts: Set<string>): string[] {
  const targets = new Map<string, string>();
  const prefix = prefixOf(relationships, "Relationships");
  for (const relationship of allAttributes(relationships, `${prefix}Relationship`)) {
    const id = attribute(relationship, "Id");
    const target = attribute(relationship, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const ordered = allAttributes(workbook, `${prefixOf(workbook, "workbook")}sheet`)
    .map((sheet) => targets.get(attribute(sheet, "r:id") ?? ""))
    .filter((path): path is string => path !== undefined && parts.has(path));
  return ordered.length ? ordered : [...parts].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
}

/** The workbook's shared strings, by index. */
function sharedStrings(xml: string): string[] {
  const prefix = prefixOf(xml, "sst");
  const strings: string[] = [];
  eachElement(xml, `${prefix}si`, (_, body) => {
    strings.push(stringText(body, prefix));
    return false;
  });
  return strings;
}

/** The cells of the first sheet that has any, as text; an empty list when no sheet has data. */
export function readXlsxCells(bytes: Buffer): string[][] {
  const parts = readZip(bytes);
  const read = (name: string) => parts.get(name)?.().toString("utf8") ?? "";
  const workbook = read("xl/workbook.xml");
  const context: WorkbookContext = {
    sharedStrings: sharedStrings(read("xl/sharedStrings.xml")),
    dates: dateStyles(read("xl/styles.xml")),
    epoch: /<([\w.-]+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook) ? EPOCH_1904 : EPOCH_1900,
  };
  for (const path of sheetPaths(workbook, read("xl/_rels/workbook.xml.rels"), new Set(parts.keys()))) {
    const cells = sheetCells(read(path), context);
    if (cells.length) return cells;
  }
  return [];
}
