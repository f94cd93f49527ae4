import ExcelJS from "exceljs";
import { ageBand, ageOn } from "../../domain/registration/age";
import { arrivalBucket, type ReportPerson } from "../../domain/reports/aggregate";
import { type Lang, type MessageKey, translate } from "../../shared/i18n";
import type { ReportDto } from "../../shared/schemas/report";
import { addRows, type SheetColumn, sheetWithLegend, workbookBuffer } from "../documents/xlsx-legend";
import { departmentName, municipalityName } from "./labels";
import type { ReportData } from "./report";
import { describeFilters, footerLegend, formatDateTime, reportSections, type Value } from "./sections";
import type { ReportAssembly } from "./sources/assemblies";

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Hoja";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 28)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

const columnsOf = (header: string[]): SheetColumn[] =>
  header.map((text, i) => ({ header: text, key: `c${i}`, width: i === 0 ? 42 : 18 }));
const record = (cells: Value[]) => Object.fromEntries(cells.map((value, i) => [`c${i}`, value]));

/**
 * One row per registration without names, documents, contact, organisation name or sensitive data; sorted by
 * its own columns so that the order says nothing about who registered when.
 */
export function anonymisedRows(
  people: readonly ReportPerson[],
  assemblies: readonly ReportAssembly[],
  lang: Lang,
): Value[][] {
  const labels = new Map<string, string>();
  const t = (key: string) => {
    let label = labels.get(key);
    if (label === undefined) {
      label = translate(lang, key);
      labels.set(key, label);
    }
    return label;
  };
  const names = new Map(assemblies.map((a) => [a.id, a.name]));
  const rows = people.map((p): Value[] => [
    names.get(p.assemblyId) ?? p.assemblyId,
    p.assemblyDate,
    departmentName(p.departmentCode),
    municipalityName(p.municipalityCode),
    t(`catalog.zone.${p.zone}`),
    t(`catalog.sex.${p.sex}`),
    p.genderIdentity ? t(`catalog.genderIdentity.${p.genderIdentity}`) : t("reports.noAnswer"),
    t(`reports.ageBand.${ageBand(ageOn(p.birthDate, p.assemblyDate))}`),
    t(`catalog.economy.${p.economy}`),
    t(`catalog.organizationType.${p.organizationType}`),
    p.populationGroups.map((g) => t(`catalog.populationGroup.${g}`)).join("; "),
    t(p.checkedInAt ? "reports.yes" : "reports.no"),
    t(p.checkedInAt && p.walkIn ? "reports.yes" : "reports.no"),
    p.checkedInAt ? arrivalBucket(p.checkedInAt) : "",
    t(p.returning ? "reports.yes" : "reports.no"),
  ]);
  const keyed = rows.map((row) => ({ row, key: row.join("\u0000") }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ row }) => row);
}

export function anonymisedHeader(lang: Lang): string[] {
  const t = (key: MessageKey) => translate(lang, key);
  return [
    t("reports.raw.assembly"),
    t("reports.raw.assemblyDate"),
    t("reports.table.department"),
    t("reports.table.municipality"),
    t("reports.table.zone"),
    t("reports.table.sex"),
    t("reports.table.gender_identity"),
    t("reports.table.age_band"),
    t("reports.table.economy"),
    t("reports.table.organization_type"),
    t("reports.table.population_group"),
    t("reports.measure.present"),
    t("reports.headline.walkIns"),
    t("reports.table.arrivals"),
    t("reports.returning.returning"),
  ];
}

function summarySheet(
  book: ExcelJS.Workbook,
  taken: Set<string>,
  report: ReportDto,
  legend: string,
  lang: Lang,
) {
  const title = translate(lang, "reports.raw.sheetSummary");
  const sheet = sheetWithLegend(book, sheetName(title, taken), report.title, legend, [
    { header: title, key: "c0", width: 120 },
  ]);
  addRows(
    sheet,
    [
      translate(lang, `reports.kind.${report.kind}`),
      translate(lang, "reports.generatedAt", { date: formatDateTime(report.generatedAt, lang) }),
      describeFilters(report, lang),
      translate(lang, "reports.anonymised"),
      "",
      translate(lang, "reports.legends"),
      ...report.legends,
    ].map((text) => ({ c0: text })),
  );
}

/** The report as a workbook: a summary, one sheet per table, and the anonymised rows. */
export async function reportXlsx({ report, people, assemblies }: ReportData, lang: Lang): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Minga";
  book.title = report.title;
  const legend = footerLegend(report, lang);
  const taken = new Set<string>();
  summarySheet(book, taken, report, legend, lang);
  for (const section of reportSections(report, lang)) {
    const sheet = sheetWithLegend(
      book,
      sheetName(section.title, taken),
      section.title,
      legend,
      columnsOf(section.header),
    );
    if (section.note) {
      sheet.getCell("A3").value = section.note;
      sheet.getCell("A3").font = { italic: true, size: 9 };
    }
    addRows(
      sheet,
      section.rows.map((r) => record(r.cells)),
    );
  }
  const rawTitle = translate(lang, "reports.raw.title");
  const raw = sheetWithLegend(
    book,
    sheetName(rawTitle, taken),
    rawTitle,
    legend,
    columnsOf(anonymisedHeader(lang)),
  );
  // Plain rows: 30,000 of them, no wrapping needed.
  for (const row of anonymisedRows(people, assemblies, lang)) raw.addRow(record(row));
  return workbookBuffer(book);
}
