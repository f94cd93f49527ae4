import { type Lang, type MessageKey, type Params, translate } from "../../shared/i18n";
import type { ReportDto } from "../../shared/schemas/report";
import { type Content, renderPdf } from "../documents/pdf";
import { barChartSvg } from "./chart";
import { describeFilters, footerLegend, formatDateTime, reportSections, type Section } from "./sections";

function table(section: Section): Content {
  const numeric = (value: unknown) => typeof value === "number" || value === "<5" || value === "*";
  return {
    table: {
      headerRows: 1,
      widths: section.header.map((_, i) => (i === 0 ? "*" : "auto")),
      body: [
        section.header.map((text) => ({ text, style: "tableHeader" })),
        ...section.rows.map((row) =>
          row.cells.map((value) => ({
            text: String(value),
            alignment: numeric(value) ? "right" : "left",
            ...(row.key === "total" ? { bold: true } : {}),
          })),
        ),
      ],
    },
    layout: "lightHorizontalLines",
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

/** Printed lists stay readable: the largest organisations only (the XLSX and CSV have them all). */
const PDF_ORGANIZATIONS = 100;

function largestOrganizations(section: Section, lang: Lang): Section {
  const listed = section.rows.filter((r) => r.key !== "total");
  if (listed.length <= PDF_ORGANIZATIONS) return section;
  const note = translate(lang, "reports.pdfOrganizations", {
    count: PDF_ORGANIZATIONS,
    total: listed.length,
  });
  return {
    ...section,
    note: [section.note, note].filter(Boolean).join(" "),
    rows: [...listed.slice(0, PDF_ORGANIZATIONS), ...section.rows.filter((r) => r.key === "total")],
  };
}

/** The report as a letter-size PDF: bar charts drawn as SVG, tables, and the convenio legend on every page. */
export async function reportPdf(report: ReportDto, lang: Lang, compress = true): Promise<Buffer> {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const content: Content[] = [
    { text: report.title, style: "h1" },
    { text: t(`reports.kind.${report.kind}`), style: "muted" },
    { text: t("reports.generatedAt", { date: formatDateTime(report.generatedAt, lang) }), style: "muted" },
    { text: describeFilters(report, lang), style: "muted", margin: [0, 0, 0, 6] },
    { text: t("reports.anonymised"), fontSize: 8, italics: true, margin: [0, 0, 0, 6] },
  ];
  if (report.legends.length > 1) {
    content.push({ text: t("reports.legends"), style: "h3" }, { ul: report.legends, fontSize: 8 });
  }
  if (report.assemblies.length === 0) content.push({ text: t("reports.empty"), margin: [0, 12, 0, 0] });
  for (const whole of reportSections(report, lang)) {
    const section = whole.id === "organizations" ? largestOrganizations(whole, lang) : whole;
    const parts: Content[] = [{ text: section.title, style: "h2" }];
    if (section.note) parts.push({ text: section.note, style: "muted", fontSize: 8, margin: [0, 0, 0, 4] });
    if (section.chart) {
      const chart = barChartSvg(section.chart, lang);
      parts.push({ svg: chart.svg, width: chart.width, height: chart.height, margin: [0, 0, 0, 6] });
    }
    parts.push(table(section));
    // Short sections stay on one page with their heading; long lists (organisations) may break.
    content.push(section.rows.length <= 25 ? { stack: parts, unbreakable: true } : { stack: parts });
  }
  return renderPdf(content, {
    legend: footerLegend(report, lang),
    title: report.title,
    pageOrientation: report.kind === "assembly" ? "portrait" : "landscape",
    compress,
  });
}
