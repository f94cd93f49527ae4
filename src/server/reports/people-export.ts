import ExcelJS from "exceljs";
import { type Lang, type MessageKey, translate } from "../../shared/i18n";
import type { ReportPeopleDto } from "../../shared/schemas/report";
import { addRows, sheetWithLegend, workbookBuffer } from "../documents/xlsx-legend";
import { toCsv } from "./csv";
import { formatDateTime, type Value } from "./sections";

function header(lang: Lang): string[] {
  const t = (key: MessageKey) => translate(lang, key);
  return [
    t("reports.people.name"),
    t("reports.people.document"),
    t("reports.people.phone"),
    t("reports.people.email"),
    t("reports.people.municipality"),
    t("reports.people.organization"),
    t("reports.people.present"),
    t("reports.people.checkedInAt"),
    t("reports.people.walkIn"),
  ];
}

function rows(list: ReportPeopleDto, lang: Lang): Value[][] {
  const yesNo = (value: boolean) => translate(lang, value ? "reports.yes" : "reports.no");
  return list.people.map((p) => [
    `${p.firstNames} ${p.lastNames}`,
    `${p.documentType} ${p.documentNumber}`,
    p.phone,
    p.email ?? "",
    p.municipalityName,
    p.organizationName ?? "",
    yesNo(p.present),
    p.checkedInAt ? formatDateTime(p.checkedInAt, lang) : "",
    yesNo(p.walkIn),
  ]);
}

/** The named list as CSV; the legend is its first line. */
export function peopleCsv(list: ReportPeopleDto, lang: Lang): string {
  return toCsv([[list.legend], header(lang), ...rows(list, lang)]);
}

/** The named list as a one-sheet workbook with the legend above the table and in the printed footer. */
export async function peopleXlsx(list: ReportPeopleDto, lang: Lang, assemblyName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Minga";
  const title = translate(lang, "reports.people.title");
  const columns = header(lang).map((text, i) => ({ header: text, key: `c${i}`, width: i === 0 ? 36 : 20 }));
  const sheet = sheetWithLegend(book, title.slice(0, 31), `${title} — ${assemblyName}`, list.legend, columns);
  addRows(
    sheet,
    rows(list, lang).map((cells) => Object.fromEntries(cells.map((value, i) => [`c${i}`, value]))),
  );
  return workbookBuffer(book);
}
