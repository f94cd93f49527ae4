import ExcelJS from "exceljs";
import {
  DOCUMENT_TYPES,
  ECONOMIC_SECTORS,
  ECONOMIES,
  ETHNICITIES,
  GENDER_IDENTITIES,
  ORGANIZATION_TYPES,
  OUTREACH_CHANNELS,
  POPULATION_GROUPS,
  SEXES,
  ZONES,
} from "../../../domain/registration/catalog";
import { type MessageKey, translate } from "../../../shared/i18n";
import { REGISTRATION_FIELDS, type RegistrationField } from "../../../shared/schemas/registration";
import type { ImportRowError } from "../../db/schema";
import { sheetWithLegend, workbookBuffer } from "../../documents/xlsx-legend";
import type { RegistrationContext } from "../register";
import type { ImportJob } from "./job";

const HEADER_ROW = 4;
const TEMPLATE_ROWS = 2000;
const es = (key: string) => translate("es", key as MessageKey);

/** The option lists of the template, as Spanish labels the import reads back. */
function templateLists(context: RegistrationContext): Partial<Record<RegistrationField, string[]>> {
  const labels = (prefix: string, codes: readonly string[]) =>
    codes.map((code) => es(`catalog.${prefix}.${code}`));
  const yesNo = [es("registration.yes"), es("registration.no")];
  return {
    documentType: labels("documentType", DOCUMENT_TYPES),
    sex: labels("sex", SEXES),
    genderIdentity: labels("genderIdentity", GENDER_IDENTITIES),
    zone: labels("zone", ZONES),
    populationGroups: labels("populationGroup", POPULATION_GROUPS),
    economy: labels("economy", ECONOMIES),
    organizationType: labels("organizationType", ORGANIZATION_TYPES),
    economicSector: labels("sector", ECONOMIC_SECTORS),
    preferredAxes: context.axes.map((axis) => axis.name),
    knowsPit: yesNo,
    heardVia: labels("heardVia", OUTREACH_CHANNELS),
    dataConsent: yesNo,
    sensitiveConsent: yesNo,
    ethnicity: labels("ethnicity", ETHNICITIES),
    disability: yesNo,
    conflictVictim: yesNo,
    guardianDocumentType: labels("documentType", DOCUMENT_TYPES),
    guardianConsent: yesNo,
  };
}

const columnLetter = (index: number) => {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** The import template: the form's columns in order, the assembly's extra questions, and drop-down lists. */
export async function templateWorkbook(context: RegistrationContext, assemblyName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const extra = [...context.extraFields.values()];
  const headers = [
    ...REGISTRATION_FIELDS.map((field) => es(`registration.field.${field}`)),
    ...extra.map((f) => f.labelEs),
  ];
  const sheet = sheetWithLegend(
    workbook,
    es("registration.template.sheet"),
    es("registration.template.title").replace("{assembly}", assemblyName),
    context.legend,
    headers.map((header, i) => ({
      header,
      key: `c${i}`,
      width: Math.min(Math.max(header.length + 2, 12), 30),
    })),
  );
  sheet.getCell("A3").value = es("registration.template.help");
  sheet.getCell("A3").font = { size: 9, color: { argb: "FF475569" } };

  const lists = workbook.addWorksheet(es("registration.template.listsSheet"));
  const listEntries = Object.entries(templateLists(context));
  extra.forEach((field) => {
    if (field.type === "select")
      listEntries.push([`extra.${field.key}`, field.options.map((o) => o.labelEs)]);
    if (field.type === "boolean")
      listEntries.push([`extra.${field.key}`, [es("registration.yes"), es("registration.no")]]);
  });
  const fields: string[] = [...REGISTRATION_FIELDS, ...extra.map((f) => `extra.${f.key}`)];
  listEntries.forEach(([field, values], listIndex) => {
    const letter = columnLetter(listIndex);
    lists.getCell(`${letter}1`).value = headers[fields.indexOf(field)] ?? field;
    lists.getCell(`${letter}1`).font = { bold: true };
    values.forEach((value, i) => {
      lists.getCell(`${letter}${i + 2}`).value = value;
    });
    lists.getColumn(listIndex + 1).width = 32;
    // Multi-choice answers (several groups or axes) are typed with ";", so their cells only suggest the list.
    const multiple = field === "populationGroups" || field === "preferredAxes";
    const target = columnLetter(fields.indexOf(field));
    for (let row = HEADER_ROW + 1; row <= HEADER_ROW + TEMPLATE_ROWS; row++) {
      sheet.getCell(`${target}${row}`).dataValidation = {
        type: "list",
        allowBlank: true,
        showErrorMessage: !multiple,
        formulae: [`'${lists.name}'!$${letter}$2:$${letter}$${values.length + 1}`],
      };
    }
  });
  return workbookBuffer(workbook);
}

/** The rows that failed, as the file had them plus an error column, to fix and import again. */
export async function errorsWorkbook(job: ImportJob, legend: string): Promise<Buffer> {
  const byRow = new Map<number, ImportRowError[]>();
  for (const error of job.errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
  const workbook = new ExcelJS.Workbook();
  const errorsHeader = es("import.errorsColumn");
  const sheet = sheetWithLegend(
    workbook,
    es("import.errors.sheet"),
    es("import.errors.title").replace("{file}", job.fileName),
    legend,
    [
      ...job.headers.map((header, i) => ({
        header,
        key: `c${i}`,
        width: Math.min(Math.max(header.length + 2, 12), 30),
      })),
      { header: errorsHeader, key: "errors", width: 60 },
    ],
  );
  for (const [row, errors] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const cells = job.rows[row - job.headerRow - 1] ?? [];
    const message = errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join("\n");
    const added = sheet.addRow([...cells, message]);
    added.getCell(cells.length + 1).font = { color: { argb: "FFB91C1C" } };
    added.alignment = { vertical: "top", wrapText: true };
  }
  return workbookBuffer(workbook);
}
