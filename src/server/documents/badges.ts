// Side effect: pdf.ts configures pdfmake's fonts and its URL and file access policies.
import "./pdf";
import pdfmake, { type Content } from "pdfmake";
import { type Lang, translate } from "../../shared/i18n";
import type { SeatDto } from "../../shared/schemas/checkin";

export interface Badge {
  firstNames: string;
  lastNames: string;
  organizationName: string | null;
  /** Null before allocation: the badge leaves the table and sub-table blank to be written by hand. */
  seat: SeatDto | null;
  /** What the QR code holds: the person's signed credential. */
  credential: string;
}

export type BadgeFormat = "sheet" | "label";

export interface BadgeOptions {
  format: BadgeFormat;
  assemblyName: string;
  /** The convenio legend, printed on every badge. */
  legend: string;
  lang: Lang;
  compress?: boolean;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };
const SHEET = { columns: 2, rows: 4 };
/** A 62 mm continuous-tape label cut at 100 mm. */
const LABEL = { width: 62 * MM, height: 100 * MM };
const PADDING = 12;
const BLANK = "______________";

function seatLines(seat: SeatDto | null, lang: Lang): Content[] {
  const table = seat ? `${seat.tablePosition}. ${seat.tableName}` : BLANK;
  const subtable = seat?.subtableLabel ?? BLANK;
  return [
    { text: [{ text: `${translate(lang, "checkin.badge.table")}: `, bold: true }, table], fontSize: 9 },
    { text: [{ text: `${translate(lang, "checkin.badge.subtable")}: `, bold: true }, subtable], fontSize: 9 },
  ];
}

/** One badge's blocks, placed absolutely inside its box: on the sheet the QR sits right, on the label below. */
function badgeBlocks(badge: Badge, box: Box, options: BadgeOptions): Content[] {
  const wide = options.format === "sheet";
  const qrSize = wide ? 92 : 96;
  const inner = box.width - 2 * PADDING;
  const textWidth = wide ? inner - qrSize - 8 : inner;
  const legendHeight = 30;
  const top = { x: box.x + PADDING, y: box.y + PADDING };
  // An absolutely placed block takes the page's width: a fixed-width column makes its text wrap inside the box.
  const within = (width: number, block: Content) => ({ columns: [{ width, stack: [block] }] });
  const text: Content = {
    absolutePosition: top,
    ...within(textWidth, [
      { text: options.assemblyName, fontSize: 6.5, color: "#475569", margin: [0, 0, 0, 4] },
      { text: badge.firstNames, fontSize: wide ? 18 : 14, bold: true },
      { text: badge.lastNames, fontSize: wide ? 14 : 11, bold: true, margin: [0, 0, 0, 4] },
      { text: badge.organizationName ?? "", fontSize: 9, margin: [0, 0, 0, 6] },
      ...seatLines(badge.seat, options.lang),
    ]),
  };
  const qr: Content = {
    qr: badge.credential,
    fit: qrSize,
    absolutePosition: wide
      ? { x: box.x + box.width - PADDING - qrSize, y: box.y + PADDING }
      : { x: box.x + (box.width - qrSize) / 2, y: box.y + box.height - PADDING - legendHeight - qrSize - 4 },
  };
  const legend: Content = {
    absolutePosition: { x: box.x + PADDING, y: box.y + box.height - PADDING - legendHeight + 4 },
    ...within(inner, { text: options.legend, fontSize: wide ? 7 : 6, color: "#334155" }),
  };
  return [text, qr, legend];
}

function sheetBoxes(): Box[] {
  const width = A4.width / SHEET.columns;
  const height = A4.height / SHEET.rows;
  return Array.from({ length: SHEET.columns * SHEET.rows }, (_, i) => ({
    x: (i % SHEET.columns) * width,
    y: Math.floor(i / SHEET.columns) * height,
    width,
    height,
  }));
}

/** Dashed cut lines between the eight badges of an A4 sheet. */
function cutLines(): Content {
  const lines = [
    ...Array.from({ length: SHEET.columns - 1 }, (_, i) => {
      const x = ((i + 1) * A4.width) / SHEET.columns;
      return { type: "line", x1: x, y1: 0, x2: x, y2: A4.height };
    }),
    ...Array.from({ length: SHEET.rows - 1 }, (_, i) => {
      const y = ((i + 1) * A4.height) / SHEET.rows;
      return { type: "line", x1: 0, y1: y, x2: A4.width, y2: y };
    }),
  ];
  return {
    canvas: lines.map((line) => ({ ...line, lineWidth: 0.5, lineColor: "#94a3b8", dash: { length: 3 } })),
  };
}

/** Badges as a PDF: A4 sheets of eight to cut, or one 62 mm label per page for a label printer. */
export async function renderBadges(badges: Badge[], options: BadgeOptions): Promise<Buffer> {
  const perPage = options.format === "sheet" ? SHEET.columns * SHEET.rows : 1;
  const boxes = options.format === "sheet" ? sheetBoxes() : [{ x: 0, y: 0, ...LABEL }];
  const content: Content[] = [];
  for (let start = 0; start < Math.max(badges.length, 1); start += perPage) {
    // Absolutely placed blocks do not move the cursor: an empty line opens each page after the first.
    content.push({ text: "", pageBreak: start === 0 ? undefined : "before" });
    badges.slice(start, start + perPage).forEach((badge, i) => {
      content.push(...badgeBlocks(badge, boxes[i]!, options));
    });
  }
  const title = translate(options.lang, "checkin.badge.title");
  return pdfmake
    .createPdf({
      info: { title: `${title} — ${options.assemblyName}`, creator: "Minga", subject: options.legend },
      pageSize: options.format === "sheet" ? "A4" : LABEL,
      pageMargins: [0, 0, 0, 0],
      compress: options.compress ?? true,
      defaultStyle: { font: "Helvetica", fontSize: 10, lineHeight: 1.15 },
      background: options.format === "sheet" ? () => cutLines() : undefined,
      content,
    })
    .getBuffer();
}
