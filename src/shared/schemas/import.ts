import { z } from "zod";

export const IMPORT_STATUSES = ["uploaded", "running", "done", "failed"] as const;

export const ZImportRowErrorSchema = z.object({
  /** The row number as the spreadsheet shows it. */
  row: z.number(),
  /** The column header as written in the file. */
  column: z.string(),
  message: z.string(),
});
export type ImportRowErrorDto = z.infer<typeof ZImportRowErrorSchema>;

export const ZImportMappingSchema = z.object({
  /** One target per column of the file (a form field, `extra.<key>`, or null to ignore the column). */
  mapping: z.array(z.string().nullable()).max(200),
  /** The operator confirms that everyone in the file signed the convenio's authorisation. */
  allConsented: z.boolean().default(false),
});

export const ZImportTargetSchema = z.object({ value: z.string(), label: z.string(), required: z.boolean() });

export const ZImportJobSchema = z
  .object({
    id: z.uuid(),
    assemblyId: z.uuid(),
    fileName: z.string(),
    headerRow: z.number(),
    headers: z.array(z.string()),
    /** The first data rows, to recognise each column while mapping. */
    sample: z.array(z.array(z.string())),
    proposedMapping: z.array(z.string().nullable()),
    mapping: z.array(z.string().nullable()).nullable(),
    allConsented: z.boolean(),
    /** What a column can be mapped to, with labels in the reader's language. */
    targets: z.array(ZImportTargetSchema),
    status: z.enum(IMPORT_STATUSES),
    total: z.number(),
    processed: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    invalid: z.number(),
    /** The first row-level problems; the errors workbook has them all. */
    errors: z.array(ZImportRowErrorSchema),
    errorCount: z.number(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "ImportJob" });
export type ImportJobDto = z.infer<typeof ZImportJobSchema>;

export const ZImportPreviewSchema = z
  .object({
    rows: z.array(
      z.object({ row: z.number(), cells: z.array(z.string()), errors: z.array(ZImportRowErrorSchema) }),
    ),
    valid: z.number(),
    invalid: z.number(),
  })
  .meta({ id: "ImportPreview" });
export type ImportPreviewDto = z.infer<typeof ZImportPreviewSchema>;
