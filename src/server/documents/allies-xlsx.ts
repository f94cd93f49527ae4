import ExcelJS from "exceljs";
import { type Lang, translate } from "../../shared/i18n";
import type { AllyDto } from "../../shared/schemas/ally";
import { addRows, sheetWithLegend, workbookBuffer } from "./xlsx-legend";

export interface AlliesWorkbookOptions {
  assemblyName: string;
  legend: string;
  lang: Lang;
}

/** Momento 2's allies of one assembly as a spreadsheet, the legend on top and in every printed footer. */
export async function alliesWorkbook(
  list: AllyDto[],
  { assemblyName, legend, lang }: AlliesWorkbookOptions,
): Promise<Buffer> {
  const t = (key: string) => translate(lang, key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Minga";
  const sheet = sheetWithLegend(
    workbook,
    t("allies.title"),
    `${t("allies.title")} — ${assemblyName}`,
    legend,
    [
      { header: t("allies.field.institution"), key: "institution", width: 32 },
      { header: t("allies.field.kind"), key: "kind", width: 22 },
      { header: t("allies.field.presenter"), key: "presenter", width: 26 },
      { header: t("allies.field.offer"), key: "offer", width: 48 },
      { header: t("allies.field.pitContribution"), key: "pitContribution", width: 48 },
      { header: t("allies.field.contactName"), key: "contactName", width: 24 },
      { header: t("allies.field.contactPhone"), key: "contactPhone", width: 18 },
      { header: t("allies.field.contactEmail"), key: "contactEmail", width: 28 },
    ],
  );
  addRows(
    sheet,
    list.map((ally) => ({ ...ally, kind: t(`allies.kind.${ally.kind}`) })),
  );
  return workbookBuffer(workbook);
}
