import { eq } from "drizzle-orm";
import { foldText } from "../../../domain/text/normalize";
import { type Lang, translate } from "../../../shared/i18n";
import type { ExportFormat, ReportFilters } from "../../../shared/schemas/report";
import type { Tx } from "../../db/client";
import { agreements } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { reportCsv } from "../../reports/csv";
import { agreementLabel } from "../../reports/labels";
import { reportPdf } from "../../reports/pdf";
import { buildReport, type ReportData } from "../../reports/report";
import { reportAssemblies } from "../../reports/sources/assemblies";
import { reportXlsx } from "../../reports/xlsx";

export function assertRange(filters: ReportFilters): void {
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new AppError("report.invalid_range", {}, { to: "error.report.invalid_range" });
  }
}

export async function assemblyReport(db: Tx, assemblyId: string, lang: Lang): Promise<ReportData> {
  const found = await reportAssemblies(db, { assemblyId }, null);
  const assembly = found[0];
  if (!assembly) throw notFound();
  return buildReport(
    db,
    { kind: "assembly", title: assembly.name, filters: { assemblyId }, legends: [] },
    found,
    lang,
  );
}

export async function agreementReport(
  db: Tx,
  agreementId: string,
  filters: ReportFilters,
  lang: Lang,
): Promise<ReportData> {
  const [agreement] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
  if (!agreement) throw notFound();
  const scoped = { ...filters, agreementId };
  const title = agreementLabel(lang, {
    agreementNumber: agreement.number,
    agreementYear: agreement.year,
    partnerName: agreement.partnerName,
  });
  return buildReport(
    db,
    { kind: "agreement", title, filters: scoped, legends: [agreement.legend] },
    await reportAssemblies(db, scoped, [agreementId]),
    lang,
  );
}

export async function nationalReport(db: Tx, filters: ReportFilters, lang: Lang): Promise<ReportData> {
  return buildReport(
    db,
    { kind: "national", title: translate(lang, "reports.national.title"), filters, legends: [] },
    await reportAssemblies(db, filters, null),
    lang,
  );
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/** "informe-asamblea-pit-arauca-2023-11-18.pdf": ASCII, so every browser keeps the name. */
export function exportFileName(prefix: string, title: string, date: string, format: string): string {
  const slug = foldText(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${prefix}-${slug}-${date}.${format}`;
}

export async function renderExport(
  data: ReportData,
  format: ExportFormat,
  lang: Lang,
): Promise<{ body: Buffer | string; contentType: string; fileName: string }> {
  const { report } = data;
  const body =
    format === "pdf"
      ? await reportPdf(report, lang)
      : format === "xlsx"
        ? await reportXlsx(data, lang)
        : reportCsv(report, lang);
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: exportFileName("informe", report.title, report.generatedAt.slice(0, 10), format),
  };
}
