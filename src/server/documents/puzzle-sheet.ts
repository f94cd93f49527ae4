import { COOPERATION_FORMS, NEEDS_MAX, TITLE_MAX } from "../../domain/puzzle/rules";
import { POPULATION_GROUPS } from "../../domain/registration/catalog";
import { type Lang, type MessageKey, translate } from "../../shared/i18n";
import { type Content, renderPdf } from "./pdf";

/** One sub-table's paper sheet: what the phone would show, with boxes to write in. */
export interface SheetData {
  assemblyName: string;
  tableName: string;
  tablePosition: number;
  definition: string;
  color: string;
  subtableLabel: string;
  /** The active join code and the link its QR holds; null before codes are issued. */
  join: { code: string; url: string } | null;
}

const PLAN_ROWS = 3;

/** A box to write in, `lines` lines tall. */
const box = (lines: number): Content => ({
  table: { widths: ["*"], heights: [lines * 15], body: [[""]] },
  layout: { hLineColor: () => "#64748b", vLineColor: () => "#64748b" },
  margin: [0, 2, 0, 6],
});

/** A row of tick boxes with their labels. */
const ticks = (labels: string[], columns: number): Content => {
  const cell = (label: string): Content => ({
    columns: [
      { width: 10, canvas: [{ type: "rect", x: 0, y: 1, w: 8, h: 8, lineWidth: 0.8, lineColor: "#334155" }] },
      { width: "*", text: label, fontSize: 8.5 },
    ],
    columnGap: 4,
    margin: [0, 0, 0, 3],
  });
  const rows: Content[][] = [];
  for (let i = 0; i < labels.length; i += columns) {
    const row = labels.slice(i, i + columns).map(cell);
    while (row.length < columns) row.push("");
    rows.push(row);
  }
  return {
    table: { widths: Array(columns).fill("*"), body: rows },
    layout: "noBorders",
    margin: [0, 2, 0, 6],
  };
};

function sheetPages(sheet: SheetData, lang: Lang, first: boolean): Content[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const label = (text: string): Content => ({ text, bold: true, fontSize: 9.5, margin: [0, 2, 0, 0] });
  const groups = POPULATION_GROUPS.map((g) => translate(lang, `catalog.populationGroup.${g}`));
  const forms = COOPERATION_FORMS.map((f) => translate(lang, `puzzle.cooperation.${f}`));

  const header: Content = {
    columns: [
      {
        width: "*",
        stack: [
          { text: sheet.assemblyName, fontSize: 8.5, color: "#475569" },
          {
            text: t("puzzle.sheet.title", { subtable: sheet.subtableLabel }),
            style: "h1",
            margin: [0, 2, 0, 2],
          },
          {
            text: `${t("puzzle.sheet.table", { position: sheet.tablePosition })}: ${sheet.tableName}`,
            bold: true,
            color: sheet.color,
            fontSize: 11,
          },
          { text: sheet.definition, fontSize: 8.5, margin: [0, 2, 0, 0] },
          { text: t("puzzle.sheet.footer"), fontSize: 8, italics: true, margin: [0, 4, 0, 0] },
        ],
      },
      sheet.join
        ? {
            width: 118,
            stack: [
              { qr: sheet.join.url, fit: 104, alignment: "center" },
              {
                text: t("puzzle.sheet.code", { code: sheet.join.code }),
                alignment: "center",
                bold: true,
                fontSize: 11,
                margin: [0, 4, 0, 0],
              },
              { text: t("puzzle.sheet.scan"), alignment: "center", fontSize: 7.5, color: "#475569" },
            ],
          }
        : { width: 118, text: t("puzzle.sheet.noCode"), fontSize: 8, color: "#475569" },
    ],
    columnGap: 12,
    margin: [0, 0, 0, 6],
  };

  const needBlocks = Array.from({ length: NEEDS_MAX }, (_, i): Content[] => [
    {
      text: t("puzzle.sheet.needN", { n: i + 1 }) + (i === 0 ? "" : ` ${t("puzzle.sheet.optional")}`),
      style: "h3",
    },
    label(t("puzzle.need.title.label")),
    { text: t("puzzle.sheet.titleHint", { max: TITLE_MAX }), fontSize: 7.5, color: "#475569" },
    box(2),
    label(t("puzzle.need.description.label")),
    box(2),
    label(t("puzzle.need.affected.label")),
    ticks(groups, 3),
  ]);

  const solutionBlocks = Array.from({ length: NEEDS_MAX }, (_, i): Content[] => [
    { text: t("puzzle.sheet.solutionN", { n: i + 1 }), style: "h3" },
    label(t("puzzle.solution.description.label")),
    box(2),
    label(t("puzzle.solution.form.label")),
    ticks(forms, 2),
    label(t("puzzle.solution.organizations.label")),
    box(1.5),
    label(t("puzzle.sheet.planFor", { n: i + 1 })),
    {
      table: {
        widths: ["*", 110, 70, 100],
        heights: [12, ...Array(PLAN_ROWS).fill(20)],
        body: [
          [
            t("puzzle.plan.action.label"),
            t("puzzle.plan.owner.label"),
            t("puzzle.plan.due.label"),
            t("puzzle.plan.resources.label"),
          ].map((text) => ({ text, style: "tableHeader", fontSize: 8.5 })),
          ...Array.from({ length: PLAN_ROWS }, () => ["", "", "", ""]),
        ],
      },
      margin: [0, 2, 0, 6],
    },
  ]);

  return [
    { ...(header as object), pageBreak: first ? undefined : "before" },
    { text: t("puzzle.step1.title"), style: "h2" },
    { text: t("puzzle.step1.guide"), fontSize: 8.5 },
    ...needBlocks.flat(),
    { text: t("puzzle.step2.title"), style: "h2", pageBreak: "before" },
    { text: t("puzzle.step2.guide"), fontSize: 8.5 },
    { text: t("puzzle.step3.guide"), fontSize: 8.5, margin: [0, 2, 0, 0] },
    { text: t("puzzle.sheet.dueHint"), fontSize: 8, color: "#475569", margin: [0, 2, 0, 0] },
    ...solutionBlocks.flat(),
  ];
}

/** Printable sheets, one per sub-table (two pages each), with the convenio legend on every page. */
export async function renderPuzzleSheets(
  sheets: SheetData[],
  options: { legend: string; lang: Lang; compress?: boolean },
): Promise<Buffer> {
  const content = sheets.flatMap((sheet, i) => sheetPages(sheet, options.lang, i === 0));
  return renderPdf(content, {
    legend: options.legend,
    title: translate(options.lang, "puzzle.sheet.documentTitle"),
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  });
}
