import ExcelJS from "exceljs";
import { type Lang, type Params, translate } from "../../shared/i18n";
import type { CommitmentDto } from "../../shared/schemas/commitment";
import { dateText, dueText } from "./agenda-labels";
import { addRows, sheetWithLegend, workbookBuffer } from "./xlsx-legend";

/** The commitments as listed (with their filters), overdue ones marked and filled, each with its progress notes. */
export async function commitmentsWorkbook(
  list: CommitmentDto[],
  options: { assemblyName: string; legend: string; lang: Lang },
): Promise<Buffer> {
  const { lang } = options;
  const t = (key: string, params?: Params) => translate(lang, key, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Minga";
  const sheet = sheetWithLegend(
    workbook,
    t("commitments.sheet"),
    t("commitments.sheet.title", { assembly: options.assemblyName }),
    options.legend,
    [
      { header: t("commitments.field.axis"), key: "axis", width: 30 },
      { header: t("commitments.field.need"), key: "need", width: 34 },
      { header: t("commitments.field.action"), key: "action", width: 44 },
      { header: t("commitments.field.owner"), key: "owner", width: 28 },
      { header: t("commitments.field.due"), key: "due", width: 20 },
      { header: t("commitments.field.resources"), key: "resources", width: 28 },
      { header: t("commitments.field.status"), key: "status", width: 16 },
      { header: t("commitments.overdue"), key: "overdue", width: 10 },
      { header: t("commitments.field.notes"), key: "notes", width: 60 },
    ],
  );
  addRows(
    sheet,
    list.map((c) => ({
      ...c,
      due: dueText(c.due, lang),
      status: t(`commitments.status.${c.status}`) + (c.withdrawn ? ` (${t("commitments.withdrawn")})` : ""),
      overdue: c.overdue ? t("commitments.overdue") : "",
      notes: c.notes.map((note) => `${dateText(note.notedOn, lang)}: ${note.text}`).join("\n"),
    })),
  );
  list.forEach((commitment, index) => {
    if (!commitment.overdue) return;
    sheet.getRow(5 + index).eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E1" } };
    });
  });
  return workbookBuffer(workbook);
}
