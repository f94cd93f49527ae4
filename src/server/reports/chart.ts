import { type Lang, translate } from "../../shared/i18n";
import type { ReportTableDto } from "../../shared/schemas/report";

export const CHART_COLORS = { registered: "#94a3b8", present: "#0f5132" } as const;
/** Longer breakdowns (municipalities) chart their largest rows; the table below has them all. */
export const CHART_MAX_ROWS = 20;

const WIDTH = 530;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 36;
const BAR = 7;
const ROW_GAP = 6;
const LEGEND_HEIGHT = 18;
const FONT = 'font-family="Helvetica" font-size="7.5"';

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const shorten = (text: string, max = 38) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A horizontal bar chart of a breakdown as SVG, for the PDF; hidden counts ("<5", "*") get no bar. */
export function barChartSvg(
  table: ReportTableDto,
  lang: Lang,
): { svg: string; width: number; height: number } {
  const rows = table.rows.slice(0, CHART_MAX_ROWS);
  const numbers = rows.flatMap((r) => r.cells.filter((c): c is number => typeof c === "number"));
  const max = Math.max(1, ...numbers);
  const barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const rowHeight = table.measures.length * BAR + ROW_GAP;
  const height = LEGEND_HEIGHT + rows.length * rowHeight;
  const parts: string[] = [];
  table.measures.forEach((measure, i) => {
    const x = LABEL_WIDTH + i * 90;
    parts.push(
      `<rect x="${x}" y="2" width="9" height="9" fill="${CHART_COLORS[measure]}"/>`,
      `<text x="${x + 13}" y="10" ${FONT}>${escapeXml(translate(lang, `reports.measure.${measure}`))}</text>`,
    );
  });
  rows.forEach((row, r) => {
    const top = LEGEND_HEIGHT + r * rowHeight;
    const middle = top + (table.measures.length * BAR) / 2 + 2.5;
    parts.push(
      `<text x="${LABEL_WIDTH - 6}" y="${middle}" text-anchor="end" ${FONT}>${escapeXml(shorten(row.label))}</text>`,
    );
    table.measures.forEach((measure, i) => {
      const value = row.cells[i];
      const y = top + i * BAR;
      const width = typeof value === "number" ? (value / max) * barArea : 0;
      if (width > 0) {
        parts.push(
          `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR - 1}" fill="${CHART_COLORS[measure]}"/>`,
        );
      }
      parts.push(
        `<text x="${LABEL_WIDTH + width + 3}" y="${y + BAR - 1.5}" ${FONT}>${escapeXml(String(value ?? ""))}</text>`,
      );
    });
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join("")}</svg>`;
  return { svg, width: WIDTH, height };
}
