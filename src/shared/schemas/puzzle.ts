import { z } from "zod";
import { DURATION_LIMITS, EXTEND_LIMITS, PHASE_ACTIONS } from "../../domain/puzzle/phases";

// The sub-table puzzle (Momento 4). Shapes only: the rules a person can break (lengths, limits, dates) are in
// src/domain/puzzle/rules.ts, checked the same way on the phone and on the server, with Spanish messages.

const text = z.string().max(5000);
const names = z.array(z.string().max(500)).max(50);

export const ZNeedDataSchema = z.object({
  title: text,
  description: text.default(""),
  affectedGroups: z.array(z.string().max(100)).max(20).default([]),
});
export type NeedData = z.infer<typeof ZNeedDataSchema>;

export const ZSolutionDataSchema = z.object({
  needId: z.uuid({ error: "Elija la necesidad que resuelve." }),
  description: text,
  cooperationForm: z.string().max(100),
  organizations: names.default([]),
});
export type SolutionData = z.infer<typeof ZSolutionDataSchema>;

export const ZPlanItemDataSchema = z.object({
  solutionId: z.uuid({ error: "Elija la solución de este compromiso." }),
  action: text,
  owner: z.string().max(500),
  due: z.string().max(20),
  resources: text.default(""),
});
export type PlanItemData = z.infer<typeof ZPlanItemDataSchema>;

const changeBase = {
  /** Made by the phone when the person saves; the server applies each change id once. */
  changeId: z.uuid(),
  /** The piece's id, made by the phone for new pieces so changes can refer to pieces not yet synced. */
  pieceId: z.uuid(),
  /** The version the change was made on; 0 creates the piece. */
  baseVersion: z.number().int().min(0),
  /** The name the person typed on the phone, shown as "edited by". */
  author: z.string().trim().max(60).default(""),
};

export const ZPuzzleChangeSchema = z.discriminatedUnion("kind", [
  z.object({ ...changeBase, kind: z.literal("need.save"), data: ZNeedDataSchema }),
  z.object({ ...changeBase, kind: z.literal("solution.save"), data: ZSolutionDataSchema }),
  z.object({ ...changeBase, kind: z.literal("planItem.save"), data: ZPlanItemDataSchema }),
  z.object({ ...changeBase, kind: z.literal("need.delete") }),
  z.object({ ...changeBase, kind: z.literal("solution.delete") }),
  z.object({ ...changeBase, kind: z.literal("planItem.delete") }),
]);
export type PuzzleChange = z.infer<typeof ZPuzzleChangeSchema>;
export type PuzzleChangeKind = PuzzleChange["kind"];

const pieceBase = {
  id: z.uuid(),
  subtableId: z.uuid(),
  tableId: z.uuid(),
  version: z.number(),
  /** Who saved it last: the name typed on the phone (may be empty) or the staff member. */
  updatedBy: z.string(),
  updatedAt: z.string(),
};

export const ZNeedPieceSchema = z
  .object({
    ...pieceBase,
    type: z.literal("need"),
    title: z.string(),
    description: z.string(),
    affectedGroups: z.array(z.string()),
  })
  .meta({ id: "NeedPiece" });
export type NeedPieceDto = z.infer<typeof ZNeedPieceSchema>;

export const ZSolutionPieceSchema = z
  .object({
    ...pieceBase,
    type: z.literal("solution"),
    needId: z.uuid(),
    description: z.string(),
    cooperationForm: z.string(),
    organizations: z.array(z.string()),
  })
  .meta({ id: "SolutionPiece" });
export type SolutionPieceDto = z.infer<typeof ZSolutionPieceSchema>;

export const ZPlanItemSchema = z
  .object({
    ...pieceBase,
    type: z.literal("planItem"),
    solutionId: z.uuid(),
    action: z.string(),
    owner: z.string(),
    due: z.string(),
    resources: z.string(),
  })
  .meta({ id: "PlanItem" });
export type PlanItemDto = z.infer<typeof ZPlanItemSchema>;

export const ZPuzzlePieceSchema = z.discriminatedUnion("type", [
  ZNeedPieceSchema,
  ZSolutionPieceSchema,
  ZPlanItemSchema,
]);
export type PuzzlePieceDto = z.infer<typeof ZPuzzlePieceSchema>;

/** What an applied change answers, the first time and on every resend of the same change id. */
export const ZChangeAppliedSchema = z
  .object({
    status: z.literal("applied"),
    changeId: z.uuid(),
    kind: z.string(),
    pieceId: z.uuid(),
    /** The piece after the change; null once deleted. */
    piece: ZPuzzlePieceSchema.nullable(),
    appliedAt: z.string(),
  })
  .meta({ id: "PuzzleChangeApplied" });
export type ChangeAppliedDto = z.infer<typeof ZChangeAppliedSchema>;

/** A change made on a version that is no longer current: nothing was applied; the person chooses. */
export const ZChangeConflictSchema = z
  .object({
    code: z.literal("puzzle.conflict"),
    message: z.string(),
    conflict: z.object({
      changeId: z.uuid(),
      kind: z.string(),
      pieceId: z.uuid(),
      baseVersion: z.number(),
      /** What the phone tried to save (null for a delete). */
      mine: z.record(z.string(), z.unknown()).nullable(),
      /** The piece as it is on the server now; null when it was deleted. */
      theirs: ZPuzzlePieceSchema.nullable(),
    }),
  })
  .meta({ id: "PuzzleChangeConflict" });
export type ChangeConflictDto = z.infer<typeof ZChangeConflictSchema>;

// ——— Phase timers ———

export const ZTimerSchema = z
  .object({
    tableId: z.uuid(),
    phase: z.enum(["idle", "need", "solution", "plan", "done"]),
    running: z.boolean(),
    startedAt: z.number().nullable(),
    elapsedMs: z.number(),
    durationMs: z.number(),
  })
  .meta({ id: "PuzzleTimer" });
export type TimerDto = z.infer<typeof ZTimerSchema>;

const minutes = z
  .number({ error: "Escriba los minutos." })
  .int({ error: "Use minutos enteros." })
  .min(DURATION_LIMITS.min, { error: `Mínimo ${DURATION_LIMITS.min} minuto.` })
  .max(DURATION_LIMITS.max, { error: `Máximo ${DURATION_LIMITS.max} minutos.` });

export const ZPhaseDurationsSchema = z
  .object({ need: minutes, solution: minutes, plan: minutes })
  .meta({ id: "PhaseDurations" });
export type PhaseDurationsDto = z.infer<typeof ZPhaseDurationsSchema>;

export const ZTimerActionSchema = z.object({
  action: z.enum(PHASE_ACTIONS),
  /** For "extend". */
  minutes: z
    .number()
    .int({ error: "Use minutos enteros." })
    .min(EXTEND_LIMITS.min, { error: `Mínimo ${EXTEND_LIMITS.min} minuto.` })
    .max(EXTEND_LIMITS.max, { error: `Máximo ${EXTEND_LIMITS.max} minutos.` })
    .optional(),
  /** One table; omitted = every table of the assembly (operator). */
  tableId: z.uuid().optional(),
});

// ——— What the screens read ———

export const ZPresenceSchema = z
  .object({ deviceId: z.uuid(), name: z.string(), lastSeenAt: z.string() })
  .meta({ id: "PuzzlePresence" });
export type PresenceDto = z.infer<typeof ZPresenceSchema>;

export const ZPresenceInputSchema = z.object({
  deviceId: z.uuid(),
  name: z.string().trim().max(60, { error: "Máximo 60 caracteres." }).default(""),
});

const ZPuzzleTableSchema = z.object({
  id: z.uuid(),
  position: z.number(),
  name: z.string(),
  definition: z.string(),
  color: z.string(),
});

const ZPuzzleSubtableSchema = z.object({
  id: z.uuid(),
  tableId: z.uuid(),
  position: z.number(),
  name: z.string(),
});
export type PuzzleSubtableDto = z.infer<typeof ZPuzzleSubtableSchema>;

const ZPuzzleAssemblySchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  name: z.string(),
  legend: z.string(),
  projectName: z.string(),
});

const pieces = {
  needs: z.array(ZNeedPieceSchema),
  solutions: z.array(ZSolutionPieceSchema),
  planItems: z.array(ZPlanItemSchema),
};

/** Everything the capture page needs, cached on the phone to open with no connection. */
export const ZSubtableStateSchema = z
  .object({
    assembly: ZPuzzleAssemblySchema,
    table: ZPuzzleTableSchema,
    subtable: ZPuzzleSubtableSchema,
    ...pieces,
    timer: ZTimerSchema,
    durations: ZPhaseDurationsSchema,
    presence: z.array(ZPresenceSchema),
    serverTime: z.number(),
  })
  .meta({ id: "SubtableState" });
export type SubtableStateDto = z.infer<typeof ZSubtableStateSchema>;

/** The big puzzle of an assembly: every table, sub-table and piece. */
export const ZPuzzleBoardSchema = z
  .object({
    assembly: ZPuzzleAssemblySchema,
    tables: z.array(
      ZPuzzleTableSchema.extend({ subtables: z.array(ZPuzzleSubtableSchema), timer: ZTimerSchema }),
    ),
    ...pieces,
    durations: ZPhaseDurationsSchema,
    serverTime: z.number(),
  })
  .meta({ id: "PuzzleBoard" });
export type PuzzleBoardDto = z.infer<typeof ZPuzzleBoardSchema>;

export const ZSpokespersonSchema = z.object({
  registrationId: z.uuid(),
  name: z.string(),
  organization: z.string().nullable(),
});
export type SpokespersonDto = z.infer<typeof ZSpokespersonSchema>;

/** The table leader's and operator's board: where each sub-table stands. */
export const ZPuzzleProgressSchema = z
  .object({
    tables: z.array(
      ZPuzzleTableSchema.extend({
        timer: ZTimerSchema,
        spokesperson: ZSpokespersonSchema.nullable(),
        subtables: z.array(
          ZPuzzleSubtableSchema.extend({
            code: z.string().nullable(),
            needs: z.number(),
            solutions: z.number(),
            planItems: z.number(),
            step: z.number().nullable(),
            lastChangeAt: z.string().nullable(),
            connected: z.array(ZPresenceSchema),
          }),
        ),
      }),
    ),
    durations: ZPhaseDurationsSchema,
    serverTime: z.number(),
  })
  .meta({ id: "PuzzleProgress" });
export type PuzzleProgressDto = z.infer<typeof ZPuzzleProgressSchema>;

export const ZOrganizationSuggestionSchema = z.object({
  name: z.string(),
  source: z.enum(["registered", "ally"]),
});
export type OrganizationSuggestionDto = z.infer<typeof ZOrganizationSuggestionSchema>;

export const ZSpokespersonCandidateSchema = ZSpokespersonSchema.extend({
  subtableName: z.string().nullable(),
});
export type SpokespersonCandidateDto = z.infer<typeof ZSpokespersonCandidateSchema>;

export const ZSpokespersonInputSchema = z.object({
  registrationId: z.uuid({ error: "Elija a una persona de la mesa." }).nullable(),
});

// ——— Paper fallback and stuck changes ———

export const ZPaperSheetSchema = z.object({
  needs: z
    .array(
      z.object({
        title: text,
        description: text.default(""),
        affectedGroups: z.array(z.string().max(100)).max(20).default([]),
        solution: z
          .object({
            description: text,
            cooperationForm: z.string().max(100),
            organizations: names.default([]),
            plan: z
              .array(
                z.object({
                  action: text,
                  owner: z.string().max(500),
                  due: z.string().max(20),
                  resources: text.default(""),
                }),
              )
              .max(20),
          })
          .nullable(),
      }),
    )
    .min(1, { error: "Escriba al menos una necesidad." })
    .max(20),
});
export type PaperSheet = z.infer<typeof ZPaperSheetSchema>;

/** The file a phone exports when changes cannot be sent; the operator imports it. */
export const STUCK_FILE_KIND = "minga.puzzle.changes";
export const ZStuckFileSchema = z.object({
  kind: z.literal(STUCK_FILE_KIND, { error: "No es un archivo de cambios de Minga." }),
  assemblyId: z.uuid(),
  subtableId: z.uuid(),
  exportedAt: z.string(),
  changes: z.array(ZPuzzleChangeSchema).min(1, { error: "El archivo no tiene cambios." }).max(500),
});
export type StuckFile = z.infer<typeof ZStuckFileSchema>;

export const ZImportResultSchema = z.object({
  results: z.array(
    z.object({
      changeId: z.uuid(),
      kind: z.string(),
      status: z.enum(["applied", "already_applied", "conflict", "rejected"]),
      message: z.string().nullable(),
    }),
  ),
});
export type ImportResultDto = z.infer<typeof ZImportResultSchema>;
