import { type Lang, type MessageKey, translate } from "../../shared/i18n";
import type { CellDto, ReportDto, ReportTableDto, TerritoryRowDto } from "../../shared/schemas/report";
import { departmentName } from "./labels";

export type Value = string | number;

/** One table of a report as every format lays it out: PDF table, XLSX sheet, CSV rows. */
export interface Section {
  id: string;
  title: string;
  note?: string;
  header: string[];
  /** The first cell is the row's label; `key` is its stable code (for CSV). */
  rows: { key: string; cells: Value[] }[];
  /** The breakdown behind the section, when it is drawn as a bar chart. */
  chart?: ReportTableDto;
}

const cell = (value: CellDto): Value => value;

function territory(
  id: string,
  title: string,
  keyHeader: string,
  rows: TerritoryRowDto[],
  lang: Lang,
): Section {
  const t = (key: MessageKey) => translate(lang, key);
  return {
    id,
    title,
    header: [
      keyHeader,
      t("reports.territory.assemblies"),
      t("reports.measure.registered"),
      t("reports.measure.present"),
      t("reports.territory.organizations"),
    ],
    rows: rows.map((r) => ({
      key: r.key,
      cells: [r.label, r.assemblies, cell(r.registered), cell(r.present), r.organizations],
    })),
  };
}

function breakdown(table: ReportTableDto, lang: Lang): Section {
  const t = (key: MessageKey) => translate(lang, key);
  const withCategory = table.rows.some((r) => r.category !== undefined);
  const measures = table.measures.map((m) => t(`reports.measure.${m}`));
  const blank = withCategory ? [""] : [];
  return {
    id: table.id,
    title: table.title,
    ...(table.note ? { note: table.note } : {}),
    header: [
      t("reports.category"),
      ...(withCategory ? [t("reports.table.organization_type")] : []),
      ...measures,
    ],
    rows: [
      ...table.rows.map((r) => ({
        key: r.key,
        cells: [r.label, ...(withCategory ? [r.category ?? ""] : []), ...r.cells.map(cell)],
      })),
      { key: "total", cells: [t("reports.total"), ...blank, ...table.total.map(cell)] },
    ],
    ...(table.id === "organizations" || table.rows.length === 0 ? {} : { chart: table }),
  };
}

/** Every table of the report in reading order, labelled in the reader's language. */
export function reportSections(report: ReportDto, lang: Lang): Section[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const h = report.headline;
  const sections: Section[] = [
    {
      id: "attendance",
      title: t("reports.headline.title"),
      header: [t("reports.category"), t("reports.total")],
      rows: (
        [
          ["assemblies", h.assemblies],
          ["registered", h.registered],
          ["present", h.present],
          ["absent", h.absent],
          ["walkIns", h.walkIns],
          ["returning", h.returning],
          ["organizations", h.organizations],
          ["organizationsPresent", h.organizationsPresent],
        ] as const
      ).map(([key, value]) => ({ key, cells: [t(`reports.headline.${key}`), value] })),
    },
  ];
  if (report.kind !== "assembly") {
    const noData = t("reports.assemblies.noData");
    sections.push(
      {
        id: "assemblies",
        title: t("reports.assemblies.title"),
        header: [
          t("reports.assemblies.name"),
          t("reports.assemblies.agreement"),
          t("reports.assemblies.status"),
          t("reports.assemblies.date"),
          t("reports.assemblies.territory"),
          t("reports.measure.registered"),
          t("reports.measure.present"),
          t("reports.assemblies.walkIns"),
          t("reports.assemblies.puzzle"),
          t("reports.assemblies.approval"),
        ],
        rows: report.assemblies.map((a) => ({
          key: a.id,
          cells: [
            a.name,
            a.agreement,
            t(`assemblies.status.${a.status}`),
            a.date,
            `${a.municipalityName} (${a.departmentName})`,
            cell(a.registered),
            cell(a.present),
            cell(a.walkIns),
            a.puzzleCompletion === null ? noData : `${a.puzzleCompletion} %`,
            a.approval === null ? noData : t("reports.assemblies.approvalValue", a.approval),
          ],
        })),
      },
      territory(
        "by_department",
        t("reports.byDepartment.title"),
        t("reports.byDepartment.key"),
        report.byDepartment,
        lang,
      ),
      territory("by_year", t("reports.byYear.title"), t("reports.byYear.key"), report.byYear, lang),
    );
  }
  sections.push(...report.tables.map((table) => breakdown(table, lang)));
  const p = report.participation;
  if (p) {
    sections.push(
      {
        id: "participation_axes",
        title: t("reports.participation.byAxis"),
        header: [
          t("reports.participation.axis"),
          t("reports.participation.needs"),
          t("reports.participation.solutions"),
          t("reports.participation.cooperative"),
        ],
        rows: p.byAxis.map((r) => ({ key: r.key, cells: [r.label, r.needs, r.solutions, r.cooperative] })),
      },
      {
        id: "cooperation_forms",
        title: t("reports.participation.byCooperationForm"),
        header: [t("reports.participation.cooperationForm"), t("reports.participation.solutionsCount")],
        rows: p.byCooperationForm.map((r) => ({ key: r.key, cells: [r.label, r.count] })),
      },
      {
        id: "commitments_owner",
        title: t("reports.participation.commitmentsByOwner"),
        note: t("reports.ownerNote"),
        header: [t("reports.participation.owner"), t("reports.participation.count")],
        rows: p.commitmentsByOwner.map((r) => ({ key: r.key, cells: [r.label, r.count] })),
      },
      {
        id: "commitments_year",
        title: t("reports.participation.commitmentsByYear"),
        header: [t("reports.participation.year"), t("reports.participation.count")],
        rows: p.commitmentsByYear.map((r) => ({ key: r.key, cells: [r.label, r.count] })),
      },
    );
    if (p.approvals.length > 0) {
      sections.push({
        id: "approvals",
        title: t("reports.participation.approvals"),
        header: [
          t("reports.participation.item"),
          t("reports.participation.result"),
          t("reports.participation.inFavour"),
          t("reports.participation.against"),
          t("reports.participation.abstentions"),
        ],
        rows: p.approvals.map((r) => ({
          key: r.key,
          cells: [r.label, r.result, r.inFavour, r.against, r.abstentions],
        })),
      });
    }
  }
  return sections;
}

/** The filters in words, for the documents' heading. */
export function describeFilters(report: ReportDto, lang: Lang): string {
  const t = (key: MessageKey) => translate(lang, key);
  const f = report.filters;
  const assembly = report.assemblies.find((a) => a.id === f.assemblyId);
  const parts = [
    f.agreementId ? `${t("reports.filters.agreement")}: ${report.assemblies[0]?.agreement ?? "—"}` : null,
    f.departmentCode ? `${t("reports.filters.department")}: ${departmentName(f.departmentCode)}` : null,
    f.from ? `${t("reports.filters.from")}: ${f.from}` : null,
    f.to ? `${t("reports.filters.to")}: ${f.to}` : null,
    f.assemblyId ? `${t("reports.filters.assembly")}: ${assembly?.name ?? "—"}` : null,
  ].filter((part): part is string => part !== null);
  return translate(lang, "reports.filtersApplied", {
    filters: parts.length ? parts.join("; ") : t("reports.noFilters"),
  });
}

/** "18/11/2023, 2:05 p. m." on the venue's clock. */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "es" ? "es-CO" : "en-GB", {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "America/Bogota",
  }).format(new Date(iso));
}

/** Up to this many full legends fit in a page footer. */
const FOOTER_LEGENDS = 3;

/**
 * The legend line of every page: the convenios' legends, or — when a national report spans more convenios
 * than a footer can hold — one line naming every convenio (the full legends are on the first page).
 */
export function footerLegend(report: ReportDto, lang: Lang): string {
  if (report.legends.length <= FOOTER_LEGENDS) return report.legends.join(" · ");
  const agreements = [...new Set(report.assemblies.map((a) => a.agreement))];
  return translate(lang, "reports.legendsSummary", {
    count: agreements.length,
    agreements: agreements.join("; "),
  });
}
