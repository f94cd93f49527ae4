import ExcelJS from "exceljs";
import { type Lang, translate } from "../../shared/i18n";
import { addRows, sheetWithLegend, workbookBuffer } from "./xlsx-legend";

export interface AllocationRow {
  tablePosition: number;
  tableName: string;
  subtableLabel: string;
  place: number;
  firstNames: string;
  lastNames: string;
  documentType: string;
  documentNumber: string;
  organization: string | null;
  municipality: string;
  knowsPit: boolean;
  preferredAxes: string;
  role: "leader" | "suggested_leader" | "spokesperson" | null;
}

/** The allocation as a spreadsheet: one row per person, in table, sub-table and place order. */
export async function allocationXlsx(
  rows: AllocationRow[],
  header: { assemblyName: string; legend: string; lang: Lang },
): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => translate(header.lang, key, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Minga";
  const sheet = sheetWithLegend(
    workbook,
    t("allocation.xlsx.sheet"),
    t("allocation.xlsx.title", { assembly: header.assemblyName }),
    header.legend,
    [
      { header: t("allocation.xlsx.table"), key: "table", width: 34 },
      { header: t("allocation.xlsx.subtable"), key: "subtable", width: 10 },
      { header: t("allocation.xlsx.place"), key: "place", width: 8 },
      { header: t("allocation.xlsx.first_names"), key: "firstNames", width: 22 },
      { header: t("allocation.xlsx.last_names"), key: "lastNames", width: 22 },
      { header: t("allocation.xlsx.document_type"), key: "documentType", width: 8 },
      { header: t("allocation.xlsx.document"), key: "document", width: 14 },
      { header: t("allocation.xlsx.organization"), key: "organization", width: 30 },
      { header: t("allocation.xlsx.municipality"), key: "municipality", width: 18 },
      { header: t("allocation.xlsx.pit"), key: "pit", width: 10 },
      { header: t("allocation.xlsx.preferences"), key: "preferences", width: 30 },
      { header: t("allocation.xlsx.role"), key: "role", width: 18 },
    ],
  );
  addRows(
    sheet,
    rows.map((row) => ({
      table: `${row.tablePosition}. ${row.tableName}`,
      subtable: row.subtableLabel,
      place: row.place,
      firstNames: row.firstNames,
      lastNames: row.lastNames,
      documentType: row.documentType,
      document: row.documentNumber,
      organization: row.organization ?? "",
      municipality: row.municipality,
      pit: row.knowsPit ? t("allocation.roster.yes") : "",
      preferences: row.preferredAxes,
      role: row.role ? t(`allocation.xlsx.role.${row.role}`) : "",
    })),
  );
  return workbookBuffer(workbook);
}
