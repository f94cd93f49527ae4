import { type Lang, type MessageKey, translate } from "../../shared/i18n";
import type { ReportDto } from "../../shared/schemas/report";
import { reportSections, type Value } from "./sections";

/** RFC 4180: quote every field that holds a comma, a quote or a line break; start with a BOM for Excel. */
export function toCsv(rows: readonly (readonly Value[])[]): string {
  const field = (value: Value) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

/**
 * The report in long form, one line per figure (table, row key, row label, column, value) so that any tool
 * can pivot it; the convenio legends come first, as lines of their own.
 */
export function reportCsv(report: ReportDto, lang: Lang): string {
  const t = (key: MessageKey) => translate(lang, key);
  const lines: Value[][] = [
    [
      t("reports.csv.table"),
      t("reports.csv.key"),
      t("reports.csv.label"),
      t("reports.csv.column"),
      t("reports.csv.value"),
    ],
  ];
  report.legends.forEach((legend, i) => {
    lines.push(["legend", String(i + 1), t("reports.legend"), t("reports.legend"), legend]);
  });
  for (const section of reportSections(report, lang)) {
    for (const row of section.rows) {
      row.cells.slice(1).forEach((value, i) => {
        lines.push([section.id, row.key, row.cells[0] ?? "", section.header[i + 1] ?? "", value]);
      });
    }
  }
  return toCsv(lines);
}
