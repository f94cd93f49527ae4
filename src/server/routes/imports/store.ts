import { type Lang, translate } from "../../../shared/i18n";
import type { ImportJobDto } from "../../../shared/schemas/import";
import { REGISTRATION_FIELDS } from "../../../shared/schemas/registration";
import type { ImportJobStatus } from "../../registration/import/job";
import { proposeMapping, REQUIRED_TARGETS } from "../../registration/import/mapping";
import type { RegistrationContext } from "../../registration/register";

export function presentImportJob(
  job: ImportJobStatus,
  context: RegistrationContext,
  lang: Lang,
): ImportJobDto {
  const extra = [...context.extraFields.values()];
  return {
    id: job.id,
    assemblyId: job.assemblyId,
    fileName: job.fileName,
    headerRow: job.headerRow,
    headers: job.headers,
    sample: job.sample,
    proposedMapping: proposeMapping(job.headers, extra),
    mapping: job.mapping,
    allConsented: job.allConsented,
    targets: [
      ...REGISTRATION_FIELDS.map((field) => ({
        value: field,
        label: translate(lang, `registration.field.${field}`),
        required: REQUIRED_TARGETS.includes(field),
      })),
      ...extra.map((field) => ({
        value: `extra.${field.key}`,
        label: lang === "en" ? field.labelEn : field.labelEs,
        required: false,
      })),
    ],
    status: job.status as ImportJobDto["status"],
    total: job.total,
    processed: job.processed,
    created: job.createdCount,
    updated: job.updatedCount,
    unchanged: job.unchangedCount,
    invalid: job.invalidCount,
    errors: job.errors,
    errorCount: job.errorCount,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
