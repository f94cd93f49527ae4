import { z } from "zod";
import { ZSpokespersonSchema } from "./puzzle";
import { ZVoteSchema } from "./vote";

// Momento 5: each table's consolidated agenda, its edits, the plenary screen and the agenda's lock.

export const ZAgendaOriginalSchema = z.object({
  needId: z.uuid(),
  title: z.string(),
  description: z.string(),
  subtableLabel: z.string(),
});

export const ZAgendaSolutionSchema = z.object({
  id: z.uuid(),
  needId: z.uuid(),
  description: z.string(),
  cooperationForm: z.string(),
  /** The cooperating organisations. */
  organizations: z.array(z.string()),
  subtableLabel: z.string(),
});
export type AgendaSolutionDto = z.infer<typeof ZAgendaSolutionSchema>;

export const ZAgendaPlanItemSchema = z.object({
  id: z.uuid(),
  solutionId: z.uuid(),
  action: z.string(),
  owner: z.string(),
  due: z.string(),
  resources: z.string(),
  subtableLabel: z.string(),
});
export type AgendaPlanItemDto = z.infer<typeof ZAgendaPlanItemSchema>;

/** One point of a table's agenda: its wording, the original needs it stands for, their solutions and plan. */
export const ZAgendaItemSchema = z
  .object({
    id: z.uuid(),
    position: z.number(),
    title: z.string(),
    description: z.string(),
    originals: z.array(ZAgendaOriginalSchema),
    solutions: z.array(ZAgendaSolutionSchema),
    plan: z.array(ZAgendaPlanItemSchema),
  })
  .meta({ id: "AgendaItem" });
export type AgendaItemDto = z.infer<typeof ZAgendaItemSchema>;

export const ZLockSchema = z
  .object({
    id: z.uuid(),
    lockedAt: z.iso.datetime(),
    lockedBy: z.string(),
    reopenedAt: z.iso.datetime().nullable(),
    reopenedBy: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: "AgendaLock" });
export type LockDto = z.infer<typeof ZLockSchema>;

export const ZPlenaryTableSchema = z.object({
  id: z.uuid(),
  position: z.number(),
  name: z.string(),
  definition: z.string(),
  color: z.string(),
  spokesperson: ZSpokespersonSchema.nullable(),
  items: z.array(ZAgendaItemSchema),
  /** Whether an edit can be undone now. */
  canUndo: z.boolean(),
});
export type PlenaryTableDto = z.infer<typeof ZPlenaryTableSchema>;

/** The consolidation screen: every table's agenda, the lock and whether a vote is open. */
export const ZPlenaryAgendaSchema = z
  .object({
    assemblyId: z.uuid(),
    /** The active lock; null while the agenda can change. */
    lock: ZLockSchema.nullable(),
    /** Every lock and reopening, latest first. */
    locks: z.array(ZLockSchema),
    openVote: ZVoteSchema.nullable(),
    tables: z.array(ZPlenaryTableSchema),
  })
  .meta({ id: "PlenaryAgenda" });
export type PlenaryAgendaDto = z.infer<typeof ZPlenaryAgendaSchema>;

export const ZTableParamsSchema = z.object({ id: z.uuid(), tableId: z.uuid() });
export const ZItemParamsSchema = z.object({ id: z.uuid(), itemId: z.uuid() });

export const ZMergeInputSchema = z.object({
  targetId: z.uuid({ error: "Elija el punto que queda." }),
  itemIds: z.array(z.uuid()).min(1, { error: "Elija al menos otro punto para unir." }).max(100),
});

export const ZWordingInputSchema = z.object({
  title: z.string().max(1000),
  description: z.string().max(10_000).default(""),
});
export type WordingInput = z.infer<typeof ZWordingInputSchema>;

export const ZItemOrderInputSchema = z.object({ ids: z.array(z.uuid()).max(500) });

const ZEditItemSchema = z.object({
  id: z.uuid(),
  position: z.number(),
  title: z.string(),
  needIds: z.array(z.uuid()),
});

export const ZEditSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(["merge", "reword", "reorder", "undo"]),
    actor: z.string(),
    at: z.iso.datetime(),
    undone: z.boolean(),
    before: z.array(ZEditItemSchema),
    after: z.array(ZEditItemSchema),
  })
  .meta({ id: "ConsolidationEdit" });
export type EditDto = z.infer<typeof ZEditSchema>;

export const ZReopenInputSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(10, { error: "Explique el motivo en al menos 10 caracteres." })
    .max(1000, { error: "Máximo 1000 caracteres." }),
});

// ——— The plenary screen ———

export const ZScreenControlSchema = z.object({
  /** null: the whole agenda. */
  tableId: z.uuid().nullable(),
  step: z.number().int().min(0).max(1000),
});
export type ScreenControl = z.infer<typeof ZScreenControlSchema>;

const ZScreenTableSchema = z.object({
  id: z.uuid(),
  position: z.number(),
  name: z.string(),
  color: z.string(),
});

/** What the plenary screen shows: one table's presentation at one step, or the whole agenda, and its vote. */
export const ZPlenaryScreenSchema = z
  .object({
    assembly: z.object({ id: z.uuid(), name: z.string(), region: z.string(), legend: z.string() }),
    tableId: z.uuid().nullable(),
    step: z.number(),
    stepCount: z.number(),
    current: z.enum(["intro", "item", "vote"]),
    /** The table presented (null: the whole agenda, whose intro lists every table's items). */
    table: ZPlenaryTableSchema.nullable(),
    /** The item of an item step. */
    item: ZAgendaItemSchema.nullable(),
    /** Every table's agenda, for the whole agenda's intro. */
    tables: z.array(
      ZScreenTableSchema.extend({ items: z.array(z.object({ id: z.uuid(), title: z.string() })) }),
    ),
    /** The open vote of what is presented, or its latest. */
    vote: ZVoteSchema.nullable(),
    serverTime: z.number(),
  })
  .meta({ id: "PlenaryScreen" });
export type PlenaryScreenDto = z.infer<typeof ZPlenaryScreenSchema>;

/** The moderator's view of the screen: its key (to open it on the projector) and where it stands. */
export const ZPlenaryConsoleSchema = z
  .object({ screenKey: z.string(), tableId: z.uuid().nullable(), step: z.number(), stepCount: z.number() })
  .meta({ id: "PlenaryConsole" });
export type PlenaryConsoleDto = z.infer<typeof ZPlenaryConsoleSchema>;
