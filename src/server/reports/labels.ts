import type { BreakdownId, CountRow } from "../../domain/reports/aggregate";
import { NO_ANSWER } from "../../domain/reports/aggregate";
import { type Lang, translate } from "../../shared/i18n";
import { divipola } from "../places";

const CATALOG_PREFIX: Partial<Record<BreakdownId, string>> = {
  population_group: "catalog.populationGroup",
  sex: "catalog.sex",
  gender_identity: "catalog.genderIdentity",
  zone: "catalog.zone",
  economy: "catalog.economy",
  organization_type: "catalog.organizationType",
  ethnicity: "catalog.ethnicity",
  age_band: "reports.ageBand",
  returning: "reports.returning",
  sensitive_conditions: "reports.sensitive",
};

export const departmentName = (code: string) => divipola().department(code)?.name ?? code;
export const municipalityName = (code: string) => divipola().municipality(code)?.name ?? code;

/** What a person reads for one row of a breakdown, in their language. */
export function rowLabel(lang: Lang, id: BreakdownId, row: CountRow): string {
  if (row.key === NO_ANSWER) return translate(lang, "reports.noAnswer");
  if (id === "organizations") return row.name ?? row.key;
  if (id === "department") return departmentName(row.key);
  if (id === "municipality") {
    const place = divipola().municipality(row.key);
    return place ? `${place.name} (${place.departmentName})` : row.key;
  }
  const prefix = CATALOG_PREFIX[id];
  return prefix ? translate(lang, `${prefix}.${row.key}`) : row.key;
}

export const organizationTypeLabel = (lang: Lang, type: string) =>
  translate(lang, `catalog.organizationType.${type}`);

export function agreementLabel(
  lang: Lang,
  a: { agreementNumber: string; agreementYear: number; partnerName: string },
) {
  return translate(lang, "reports.agreementLabel", {
    number: a.agreementNumber,
    year: a.agreementYear,
    partner: a.partnerName,
  });
}
