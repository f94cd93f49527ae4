import ExcelJS from "exceljs";
import { type Lang, translate } from "../../shared/i18n";
import type { MatrixDto, PossibleAssociationDto } from "../../shared/schemas/associativity";
import { addRows, sheetWithLegend, workbookBuffer } from "./xlsx-legend";

export interface AssociativityWorkbookOptions {
  assemblyName: string;
  legend: string;
  lang: Lang;
}

/**
 * The needs × organisations matrix (one row per need, one column per organisation: its score, or "✓" when the
 * sub-table already named it) and the possible associations, each sheet with the convenio legend.
 */
export async function associativityWorkbook(
  matrix: MatrixDto,
  associations: PossibleAssociationDto[],
  { assemblyName, legend, lang }: AssociativityWorkbookOptions,
): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Minga";

  const matrixSheet = sheetWithLegend(
    workbook,
    t("associativity.xlsx.matrix"),
    `${t("associativity.matrix.title")} — ${assemblyName}`,
    legend,
    [
      { header: t("associativity.matrix.table"), key: "table", width: 24 },
      { header: t("associativity.matrix.subtable"), key: "subtable", width: 14 },
      { header: t("associativity.matrix.need"), key: "need", width: 44 },
      ...matrix.organizations.map((o) => ({ header: o.name, key: o.id, width: 16 })),
    ],
  );
  addRows(
    matrixSheet,
    matrix.needs.map((need) => {
      const row: Record<string, unknown> = {
        table: need.tableName,
        subtable: need.subtableName,
        need: need.title,
      };
      for (const cell of matrix.cells.filter((c) => c.needId === need.id)) {
        row[cell.organizationId] = cell.named ? "✓" : cell.score;
      }
      return row;
    }),
  );
  const header = matrixSheet.getRow(4);
  header.height = 120;
  header.eachCell((cell, column) => {
    if (column > 3) cell.alignment = { textRotation: 90, vertical: "bottom", wrapText: true };
  });

  const associationsSheet = sheetWithLegend(
    workbook,
    t("associativity.xlsx.associations"),
    `${t("associativity.associations.title")} — ${assemblyName}`,
    legend,
    [
      { header: t("associativity.xlsx.group"), key: "group", width: 8 },
      { header: t("associativity.xlsx.organizations"), key: "organizations", width: 60 },
      { header: t("associativity.xlsx.needs"), key: "needs", width: 70 },
    ],
  );
  addRows(
    associationsSheet,
    associations.map((association, index) => ({
      group: index + 1,
      organizations: association.organizations.map((o) => o.name).join("\n"),
      needs: association.needs.map((n) => `${n.title} (${n.tableName})`).join("\n"),
    })),
  );
  return workbookBuffer(workbook);
}
