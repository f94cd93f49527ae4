// A bulk import as a job: upload (parsed once and kept), preview with the operator's column mapping, then a
// run in chunks — each chunk one transaction through `saveRegistrations`, the same path as the public page —
// with its progress and row-level results on the job row for the wizard to poll.

import { eq, getTableColumns, sql } from "drizzle-orm";
import { translate } from "../../../shared/i18n";
import type { Db, Tx } from "../../db/client";
import { type ImportRowError, importJobs } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { appendEvent } from "../../events/outbox";
import {
  loadRegistrationContext,
  type Pending,
  pendingRegistration,
  type RegistrationContext,
  saveRegistrations,
} from "../register";
import { type ReadRow, rowReader } from "./cells";
import { type ImportTarget, isImportTarget, REQUIRED_TARGETS } from "./mapping";
import type { ImportTable } from "./table";

const CHUNK = 1000;
const PREVIEW_ROWS = 20;
const SAMPLE_ROWS = 3;
/** The row-level problems a poll lists; the errors workbook has them all. */
const LISTED_ERRORS = 200;

export type ImportJob = typeof importJobs.$inferSelect;

/** A job as the wizard polls it: everything but the file's rows, and only the first problems. */
export type ImportJobStatus = Omit<ImportJob, "rows"> & { errorCount: number };

export async function createImportJob(
  tx: Tx,
  job: { assemblyId: string; createdBy: string | null; fileName: string; table: ImportTable },
): Promise<string> {
  const filled = job.table.rows.filter((row) => !isBlank(row));
  const [row] = await tx
    .insert(importJobs)
    .values({
      assemblyId: job.assemblyId,
      createdBy: job.createdBy,
      fileName: job.fileName,
      headerRow: job.table.headerRow,
      headers: job.table.headers,
      rows: job.table.rows,
      sample: filled.slice(0, SAMPLE_ROWS),
      total: filled.length,
    })
    .returning({ id: importJobs.id });
  return row!.id;
}

/** The whole job, with the file's rows: for the preview, the run and the errors workbook. */
export async function getImportJob(db: Tx, id: string): Promise<ImportJob> {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  if (!job) throw notFound();
  return job;
}

export async function getImportStatus(db: Tx, id: string): Promise<ImportJobStatus> {
  const { rows: _file, ...columns } = getTableColumns(importJobs);
  const [job] = await db
    .select({
      ...columns,
      errors: sql<
        ImportRowError[]
      >`jsonb_path_query_array(${importJobs.errors}, ${`$[0 to ${LISTED_ERRORS - 1}]`})`,
      errorCount: sql<number>`jsonb_array_length(${importJobs.errors})`,
    })
    .from(importJobs)
    .where(eq(importJobs.id, id));
  if (!job) throw notFound();
  return job;
}

const isBlank = (row: string[]) => row.every((cell) => cell.trim() === "");

/** Refuses a mapping that names unknown targets, uses one twice, or leaves a required answer without a column. */
export function assertMapping(
  mapping: (string | null)[],
  width: number,
  extraKeys: Set<string>,
  allConsented: boolean,
): (ImportTarget | null)[] {
  if (mapping.length !== width)
    throw new AppError("request.invalid", {}, { mapping: "Asigne cada columna del archivo." });
  const used = new Set<string>();
  for (const target of mapping) {
    if (target === null) continue;
    if (!isImportTarget(target, extraKeys))
      throw new AppError("request.invalid", {}, { mapping: `«${target}» no es un campo.` });
    if (used.has(target)) throw new AppError("import.mapping_duplicate", { field: targetLabel(target) });
    used.add(target);
  }
  const missing: string[] = REQUIRED_TARGETS.filter((target) => !used.has(target));
  if (!used.has("dataConsent") && !allConsented) missing.push("dataConsent");
  if (missing.length)
    throw new AppError("import.mapping_incomplete", {
      fields: missing.map((target) => targetLabel(target)).join(", "),
    });
  return mapping as (ImportTarget | null)[];
}

/** The Spanish label of a target, as the wizard and the error messages name it. */
export function targetLabel(target: string, extraLabels?: Map<string, string>): string {
  if (target.startsWith("extra.")) return extraLabels?.get(target.slice(6)) ?? target.slice(6);
  return translate("es", `registration.field.${target}`);
}

interface RowResult {
  /** Row number in the file. */
  row: number;
  read: ReadRow;
  /** Set when an earlier row of the file has the same document. */
  duplicateOf: number | null;
}

/** Reads rows with their numbers in the file, skipping blank ones and marking repeated documents. */
function* readRows(
  job: ImportJob,
  reader: (cells: string[]) => ReadRow,
  seen: Map<string, number>,
  from = 0,
  to = job.rows.length,
) {
  for (let index = from; index < to; index++) {
    const cells = job.rows[index]!;
    if (isBlank(cells)) continue;
    const row = job.headerRow + 1 + index;
    const read = reader(cells);
    let duplicateOf: number | null = null;
    if (read.input) {
      const key = `${read.input.documentType}:${read.input.documentNumber}`;
      duplicateOf = seen.get(key) ?? null;
      if (duplicateOf === null) seen.set(key, row);
    }
    yield { row, read, duplicateOf } satisfies RowResult;
  }
}

function errorsOf(
  result: RowResult,
  job: ImportJob,
  mapping: (ImportTarget | null)[],
  context: RegistrationContext,
): ImportRowError[] {
  const extraLabels = new Map([...context.extraFields].map(([key, field]) => [key, field.labelEs]));
  const column = (field: string) => {
    const index = mapping.indexOf(field as ImportTarget);
    return index >= 0
      ? job.headers[index] || `Columna ${index + 1}`
      : field
        ? targetLabel(field, extraLabels)
        : "";
  };
  if (result.duplicateOf !== null) {
    return [
      {
        row: result.row,
        column: column("documentNumber"),
        message: `El documento ya aparece en la fila ${result.duplicateOf}.`,
      },
    ];
  }
  return result.read.problems.map((p) => ({ row: result.row, column: column(p.field), message: p.message }));
}

export interface ImportPreview {
  rows: { row: number; cells: string[]; errors: ImportRowError[] }[];
  valid: number;
  invalid: number;
}

/** The first rows as the file has them with their problems, and how many rows of the whole file are valid. */
export async function previewImport(
  db: Tx,
  job: ImportJob,
  mapping: (ImportTarget | null)[],
  allConsented: boolean,
): Promise<ImportPreview> {
  const context = await loadRegistrationContext(db, job.assemblyId);
  const reader = rowReader(context, { mapping, allConsented });
  const preview: ImportPreview = { rows: [], valid: 0, invalid: 0 };
  for (const result of readRows(job, reader, new Map())) {
    const errors = errorsOf(result, job, mapping, context);
    if (errors.length) preview.invalid++;
    else preview.valid++;
    if (preview.rows.length < PREVIEW_ROWS)
      preview.rows.push({ row: result.row, cells: job.rows[result.row - job.headerRow - 1]!, errors });
  }
  return preview;
}

const freshRun = () => ({
  status: "running",
  processed: 0,
  createdCount: 0,
  updatedCount: 0,
  unchangedCount: 0,
  invalidCount: 0,
  errors: [] as ImportRowError[],
  finishedAt: null,
});

/** Marks the job as running with its mapping; refuses a job that is running already. */
export async function startImport(
  tx: Tx,
  jobId: string,
  mapping: (ImportTarget | null)[],
  allConsented: boolean,
): Promise<void> {
  const started = await tx
    .update(importJobs)
    .set({ ...freshRun(), mapping, allConsented, startedAt: new Date() })
    .where(sql`${importJobs.id} = ${jobId} AND ${importJobs.status} <> 'running'`)
    .returning({ id: importJobs.id });
  if (started.length === 0) throw new AppError("import.running");
}

/** Finished or never-run imports keep the whole file: they are forgotten after this many days. */
const KEEP_DAYS = 14;

/**
 * At start: an import cut short by a stop or a crash runs again from its first row (saving is idempotent, so
 * the rows it already saved come back unchanged and nothing is duplicated); old imports are deleted.
 * Returns the ids of the resumed jobs, whose runs go on in the background.
 */
export async function recoverImports(db: Db, onError: (error: unknown) => void): Promise<string[]> {
  await db
    .delete(importJobs)
    .where(
      sql`${importJobs.status} <> 'running' AND ${importJobs.createdAt} < now() - make_interval(days => ${KEEP_DAYS})`,
    );
  const cut = await db
    .update(importJobs)
    .set(freshRun())
    .where(eq(importJobs.status, "running"))
    .returning({ id: importJobs.id });
  for (const { id } of cut) runImport(db, id).catch(onError);
  return cut.map((job) => job.id);
}

/**
 * Runs a started job to the end. Valid rows are saved in chunks (a row whose document is already registered
 * with the same answers stays unchanged, so importing a file twice changes nothing); each chunk commits
 * with the job's progress. A failure marks the job failed and keeps what was saved.
 */
export async function runImport(db: Db, jobId: string): Promise<void> {
  try {
    const job = await getImportJob(db, jobId);
    const mapping = (job.mapping ?? []) as (ImportTarget | null)[];
    const context = await loadRegistrationContext(db, job.assemblyId);
    const reader = rowReader(context, { mapping, allConsented: job.allConsented });
    const seen = new Map<string, number>();
    for (let start = 0; start < job.rows.length; start += CHUNK) {
      const errors: ImportRowError[] = [];
      const valid: { row: number; pending: Pending }[] = [];
      let invalid = 0;
      let processed = 0;
      for (const result of readRows(job, reader, seen, start, Math.min(start + CHUNK, job.rows.length))) {
        processed++;
        const rowErrors = errorsOf(result, job, mapping, context);
        if (rowErrors.length || !result.read.input) {
          invalid++;
          errors.push(...rowErrors);
        } else
          valid.push({ row: result.row, pending: pendingRegistration(context, result.read.input, "import") });
      }
      await db.transaction(async (tx) => {
        const outcomes = await saveRegistrations(
          tx,
          context,
          valid.map((v) => v.pending),
          "import",
        );
        const counts = { created: 0, updated: 0, unchanged: 0 };
        outcomes.forEach((outcome, i) => {
          if (outcome.kind === "identity_mismatch") {
            invalid++;
            errors.push({
              row: valid[i]!.row,
              column: job.headers[mapping.indexOf("birthDate")] ?? "",
              message: "Este documento ya está inscrito con otra fecha de nacimiento.",
            });
          } else counts[outcome.kind]++;
        });
        if (counts.created + counts.updated > 0) {
          await appendEvent(tx, {
            assemblyId: job.assemblyId,
            type: "registrations.imported",
            payload: { jobId, ...counts },
          });
        }
        await tx
          .update(importJobs)
          .set({
            processed: sql`${importJobs.processed} + ${processed}`,
            createdCount: sql`${importJobs.createdCount} + ${counts.created}`,
            updatedCount: sql`${importJobs.updatedCount} + ${counts.updated}`,
            unchangedCount: sql`${importJobs.unchangedCount} + ${counts.unchanged}`,
            invalidCount: sql`${importJobs.invalidCount} + ${invalid}`,
            errors: sql`${importJobs.errors} || ${JSON.stringify(errors)}::jsonb`,
          })
          .where(eq(importJobs.id, jobId));
      });
    }
    await db
      .update(importJobs)
      .set({ status: "done", finishedAt: new Date() })
      .where(eq(importJobs.id, jobId));
  } catch (error) {
    await db
      .update(importJobs)
      .set({ status: "failed", finishedAt: new Date() })
      .where(eq(importJobs.id, jobId));
    throw error;
  }
}
