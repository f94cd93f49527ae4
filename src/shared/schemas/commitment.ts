import { z } from "zod";
import { COMMITMENT_STATUSES } from "../../domain/plenary/commitments";
import { requiredText, ZDateSchema } from "./common";

export const ZCommitmentNoteSchema = z.object({
  id: z.uuid(),
  notedOn: z.iso.date(),
  text: z.string(),
  author: z.string(),
  createdAt: z.iso.datetime(),
});
export type CommitmentNoteDto = z.infer<typeof ZCommitmentNoteSchema>;

export const ZCommitmentSchema = z
  .object({
    id: z.uuid(),
    tableId: z.uuid().nullable(),
    axis: z.string(),
    need: z.string(),
    action: z.string(),
    owner: z.string(),
    /** A month ("2025-03") or a quarter ("2025-Q2") of 2024–2026. */
    due: z.string(),
    resources: z.string(),
    status: z.enum(COMMITMENT_STATUSES),
    overdue: z.boolean(),
    /** Its plan item left the agenda when it was reopened and approved again. */
    withdrawn: z.boolean(),
    updatedAt: z.iso.datetime(),
    updatedBy: z.string().nullable(),
    notes: z.array(ZCommitmentNoteSchema),
  })
  .meta({ id: "Commitment" });
export type CommitmentDto = z.infer<typeof ZCommitmentSchema>;

const ZDueFilterSchema = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, {
  error: "Use un año (2025), un trimestre (2025-Q2) o un mes (2025-03).",
});

export const ZCommitmentQuerySchema = z.object({
  tableId: z.uuid().optional(),
  owner: z.string().trim().max(120).optional(),
  status: z.enum(COMMITMENT_STATUSES).optional(),
  due: ZDueFilterSchema.optional(),
  overdue: z.enum(["true", "false"]).optional(),
  /** Withdrawn commitments are left out unless asked for. */
  withdrawn: z.enum(["true", "false"]).optional(),
});
export type CommitmentQuery = z.infer<typeof ZCommitmentQuerySchema>;

export const ZCommitmentListSchema = z
  .object({
    /** The day overdue is measured against (Bogotá). */
    today: z.iso.date(),
    total: z.number(),
    overdue: z.number(),
    commitments: z.array(ZCommitmentSchema),
  })
  .meta({ id: "CommitmentList" });
export type CommitmentListDto = z.infer<typeof ZCommitmentListSchema>;

export const ZCommitmentUpdateSchema = z.object({
  owner: requiredText(120),
  due: z.string().trim().max(20),
  status: z.enum(COMMITMENT_STATUSES, { error: "Elija un estado." }),
});
export type CommitmentUpdate = z.infer<typeof ZCommitmentUpdateSchema>;

export const ZCommitmentNoteInputSchema = z.object({
  notedOn: ZDateSchema,
  text: requiredText(2000),
});
export type CommitmentNoteInput = z.infer<typeof ZCommitmentNoteInputSchema>;
