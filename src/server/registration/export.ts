// Registration exports. Roles allowed to read personal data get every answer; the others get anonymised
// rows (no name, document, contact, exact birth date, organisation name or sensitive data).

import ExcelJS from "exceljs";
import type { AgeBand } from "../../domain/registration/age";
import { formatMobile } from "../../domain/registration/phone";
import { type Lang, type MessageKey, translate } from "../../shared/i18n";
import type { registrations } from "../db/schema";
import { sheetWithLegend, workbookBuffer } from "../documents/xlsx-legend";
import { divipola } from "../places";

export interface ExportRow {
  row: typeof registrations.$inferSelect;
  age: number;
  ageBand: AgeBand;
}

interface Column {
  header: string;
  width: number;
  value: (r: ExportRow) => string | number;
}

export interface ExtraColumn {
  key: string;
  label: string;
}

function columns(lang: Lang, personal: boolean, extra: ExtraColumn[]): Column[] {
  const t = (key: string) => translate(lang, key as MessageKey);
  const code = (prefix: string, value: string | null) => (value ? t(`catalog.${prefix}.${value}`) : "");
  const yesNo = (value: boolean | null) =>
    value === null ? "" : t(value ? "registration.yes" : "registration.no");
  const field = (name: string, width: number, value: Column["value"]): Column => ({
    header: t(`registration.field.${name}`),
    width,
    value,
  });
  const place = divipola();
  const c = {
    documentType: field("documentType", 10, (r) => r.row.documentType),
    documentNumber: field("documentNumber", 14, (r) => r.row.documentNumber),
    firstNames: field("firstNames", 20, (r) => r.row.firstNames),
    lastNames: field("lastNames", 20, (r) => r.row.lastNames),
    birthDate: field("birthDate", 12, (r) => r.row.birthDate),
    age: { header: t("registration.column.age"), width: 6, value: (r) => r.age } as Column,
    ageBand: {
      header: t("registration.column.ageBand"),
      width: 12,
      value: (r) => t(`registration.ageBand.${r.ageBand}`),
    } as Column,
    sex: field("sex", 12, (r) => code("sex", r.row.sex)),
    genderIdentity: field("genderIdentity", 14, (r) =>
      [code("genderIdentity", r.row.genderIdentity), r.row.genderIdentityOther ?? ""]
        .filter(Boolean)
        .join(": "),
    ),
    phone: field("phone", 14, (r) => formatMobile(r.row.phone)),
    email: field("email", 24, (r) => r.row.email ?? ""),
    department: {
      header: t("registration.column.departmentName"),
      width: 16,
      value: (r) => place.department(r.row.departmentCode)?.name ?? "",
    } as Column,
    municipality: {
      header: t("registration.column.municipalityName"),
      width: 18,
      value: (r) => place.municipality(r.row.municipalityCode)?.name ?? "",
    } as Column,
    zone: field("zone", 12, (r) => code("zone", r.row.zone)),
    populationGroups: field("populationGroups", 30, (r) =>
      r.row.populationGroups.map((g) => code("populationGroup", g)).join("; "),
    ),
    economy: field("economy", 14, (r) => code("economy", r.row.economy)),
    organizationName: field("organizationName", 24, (r) => r.row.organizationName ?? ""),
    organizationNit: field("organizationNit", 14, (r) => r.row.organizationNit ?? ""),
    organizationType: field("organizationType", 20, (r) => code("organizationType", r.row.organizationType)),
    organizationRole: field("organizationRole", 16, (r) => r.row.organizationRole ?? ""),
    economicSector: field("economicSector", 18, (r) => code("sector", r.row.economicSector)),
    productsServices: field("productsServices", 30, (r) => r.row.productsServices ?? ""),
    preferredAxes: field("preferredAxes", 24, (r) => r.row.preferredAxes.join("; ")),
    knowsPit: field("knowsPit", 10, (r) => yesNo(r.row.knowsPit)),
    heardVia: field("heardVia", 18, (r) => code("heardVia", r.row.heardVia)),
    ethnicity: field("ethnicity", 16, (r) => code("ethnicity", r.row.ethnicity)),
    disability: field("disability", 10, (r) => yesNo(r.row.disability)),
    conflictVictim: field("conflictVictim", 10, (r) => yesNo(r.row.conflictVictim)),
    guardianName: field("guardianName", 20, (r) => r.row.guardianName ?? ""),
    guardianDocument: field("guardianDocumentNumber", 16, (r) =>
      r.row.guardianDocumentNumber
        ? `${r.row.guardianDocumentType ?? ""} ${r.row.guardianDocumentNumber}`.trim()
        : "",
    ),
    source: {
      header: t("registration.column.source"),
      width: 14,
      value: (r) => t(`registration.source.${r.row.source}`),
    } as Column,
    createdAt: {
      header: t("registration.column.createdAt"),
      width: 18,
      value: (r) => r.row.createdAt.toISOString().slice(0, 16).replace("T", " "),
    } as Column,
  };
  if (!personal) {
    return [
      c.ageBand,
      c.sex,
      c.department,
      c.municipality,
      c.zone,
      c.populationGroups,
      c.economy,
      c.organizationType,
      c.economicSector,
      c.preferredAxes,
      c.knowsPit,
      c.heardVia,
      c.source,
    ];
  }
  const extraColumns = extra.map(
    ({ key, label }): Column => ({
      header: label,
      width: 16,
      value: (r) => {
        const value = (r.row.extra as Record<string, unknown>)[key];
        return typeof value === "boolean"
          ? yesNo(value)
          : value === undefined || value === null
            ? ""
            : String(value);
      },
    }),
  );
  return [
    c.documentType,
    c.documentNumber,
    c.firstNames,
    c.lastNames,
    c.birthDate,
    c.age,
    c.ageBand,
    c.sex,
    c.genderIdentity,
    c.phone,
    c.email,
    c.department,
    c.municipality,
    c.zone,
    c.populationGroups,
    c.economy,
    c.organizationName,
    c.organizationNit,
    c.organizationType,
    c.organizationRole,
    c.economicSector,
    c.productsServices,
    c.preferredAxes,
    c.knowsPit,
    c.heardVia,
    c.ethnicity,
    c.disability,
    c.conflictVictim,
    c.guardianName,
    c.guardianDocument,
    ...extraColumns,
    c.source,
    c.createdAt,
  ];
}

export interface ExportOptions {
  lang: Lang;
  personal: boolean;
  assemblyName: string;
  legend: string;
  extra: ExtraColumn[];
}

export async function exportXlsx(rows: ExportRow[], options: ExportOptions): Promise<Buffer> {
  const cols = columns(options.lang, options.personal, options.personal ? options.extra : []);
  const workbook = new ExcelJS.Workbook();
  const title = translate(
    options.lang,
    options.personal ? "registration.export.title" : "registration.export.anonymousTitle",
    {
      assembly: options.assemblyName,
    },
  );
  const sheet = sheetWithLegend(
    workbook,
    translate(options.lang, "registration.export.sheet"),
    title,
    options.legend,
    cols.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width })),
  );
  for (const r of rows) sheet.addRow(cols.map((c) => c.value(r)));
  return workbookBuffer(workbook);
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection); phone numbers keep their "+". */
const neutralise = (text: string) => (/^[=@\t\r]/.test(text) || /^[+-][^\d]/.test(text) ? `'${text}` : text);

/** Semicolon-separated UTF-8 with BOM: what Excel in Colombia (decimal comma) opens with accents intact. */
export function exportCsv(rows: ExportRow[], options: ExportOptions): Buffer {
  const cols = columns(options.lang, options.personal, options.personal ? options.extra : []);
  const quote = (value: string | number) => {
    const text = neutralise(String(value));
    return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    cols.map((c) => quote(c.header)).join(";"),
    ...rows.map((r) => cols.map((c) => quote(c.value(r))).join(";")),
  ];
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
