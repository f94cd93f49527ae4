import ExcelJS from "exceljs";
import { type Lang, translate } from "../../shared/i18n";
import type { ExperiencesDto } from "../../shared/schemas/experience";
import { type Content, renderPdf } from "./pdf";
import { addRows, sheetWithLegend, workbookBuffer } from "./xlsx-legend";

export interface SystematisationHeader {
  assemblyName: string;
  place: string;
  date: string;
  legend: string;
  lang: Lang;
}

const NOTES = ["contributions", "learnings", "difficulties", "opportunities"] as const;

function organizationsOf(page: ExperiencesDto, ids: string[]): string {
  return ids.map((id) => page.experiences.find((e) => e.id === id)?.organization ?? "").join(", ");
}

/** Momento 3's systematisation document: guiding questions, each experience, and the criteria summary. */
export async function systematisationPdf(
  page: ExperiencesDto,
  header: SystematisationHeader,
  compress = true,
): Promise<Buffer> {
  const t = (key: string) => translate(header.lang, key);
  const empty = { text: t("experiences.doc.empty"), style: "muted", italics: true };
  const content: Content[] = [
    { text: t("experiences.doc.title"), style: "h1" },
    { text: header.assemblyName, bold: true },
    { text: `${header.place} · ${header.date}`, style: "muted", margin: [0, 0, 0, 8] },
    { text: t("experiences.questions"), style: "h2" },
    { ol: page.guidingQuestions },
  ];
  for (const experience of page.experiences) {
    content.push(
      { text: `${experience.position}. ${experience.organization}`, style: "h2" },
      {
        text: [
          { text: `${t("experiences.field.presenter")}: `, bold: true },
          experience.presenter || "—",
          "   ",
          { text: `${t("experiences.field.municipality")}: `, bold: true },
          experience.municipalityName,
        ],
      },
      { text: [{ text: `${t("experiences.field.theme")}: `, bold: true }, experience.theme || "—"] },
    );
    for (const note of NOTES) {
      const text = experience.systematisation[note];
      content.push({ text: t(`experiences.notes.${note}`), style: "h3" }, text ? { text } : empty);
    }
    const criteria = experience.systematisation.criteria;
    content.push(
      { text: t("experiences.notes.criteria"), style: "h3" },
      criteria.length ? { ul: criteria } : empty,
    );
  }
  if (!page.experiences.length) content.push({ text: t("experiences.empty"), margin: [0, 12, 0, 0] });
  content.push(
    {
      text: t("experiences.summary.title"),
      style: "h2",
      pageBreak: page.experiences.length ? "before" : undefined,
    },
    {
      table: {
        headerRows: 1,
        widths: ["*", 60, "*"],
        body: [
          [
            t("experiences.summary.criterion"),
            t("experiences.summary.count"),
            t("experiences.summary.experiences"),
          ].map((text) => ({
            text,
            style: "tableHeader",
          })),
          ...page.summary.map((row) => [
            row.criterion,
            String(row.count),
            organizationsOf(page, row.experienceIds),
          ]),
        ],
      },
      layout: "lightHorizontalLines",
    },
  );
  return renderPdf(content, { legend: header.legend, title: t("experiences.doc.title"), compress });
}

export async function systematisationWorkbook(
  page: ExperiencesDto,
  header: SystematisationHeader,
): Promise<Buffer> {
  const t = (key: string) => translate(header.lang, key);
  const title = `${t("experiences.doc.title")} — ${header.assemblyName}`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Minga";
  const experiences = sheetWithLegend(workbook, t("experiences.title"), title, header.legend, [
    { header: "#", key: "position", width: 5 },
    { header: t("experiences.field.organization"), key: "organization", width: 30 },
    { header: t("experiences.field.presenter"), key: "presenter", width: 24 },
    { header: t("experiences.field.municipality"), key: "municipalityName", width: 18 },
    { header: t("experiences.field.theme"), key: "theme", width: 28 },
    ...NOTES.map((note) => ({ header: t(`experiences.notes.${note}`), key: note, width: 44 })),
    { header: t("experiences.notes.criteria"), key: "criteria", width: 32 },
  ]);
  addRows(
    experiences,
    page.experiences.map((e) => ({
      ...e,
      ...e.systematisation,
      criteria: e.systematisation.criteria.join("; "),
    })),
  );
  const summary = sheetWithLegend(workbook, t("experiences.summary.title"), title, header.legend, [
    { header: t("experiences.summary.criterion"), key: "criterion", width: 32 },
    { header: t("experiences.summary.count"), key: "count", width: 14 },
    { header: t("experiences.summary.experiences"), key: "organizations", width: 60 },
  ]);
  addRows(
    summary,
    page.summary.map((row) => ({ ...row, organizations: organizationsOf(page, row.experienceIds) })),
  );
  const questions = sheetWithLegend(workbook, t("experiences.questions"), title, header.legend, [
    { header: "#", key: "n", width: 5 },
    { header: t("experiences.questions"), key: "question", width: 80 },
  ]);
  addRows(
    questions,
    page.guidingQuestions.map((question, i) => ({ n: i + 1, question })),
  );
  return workbookBuffer(workbook);
}
