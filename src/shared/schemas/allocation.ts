import { z } from "zod";
import { SUBTABLE_SIZE } from "../../domain/allocation/allocate";
import { requiredText } from "./common";

export const ALLOCATION_SOURCES = ["registered", "checked_in"] as const;
export type AllocationSource = (typeof ALLOCATION_SOURCES)[number];

export const SUMMARY_LINE_CODES = [
  "first_choice",
  "some_choice",
  "not_honoured",
  "without_preferences",
  "subtables",
  "subtables_without_pit",
  "all_subtables_with_pit",
  "organization_over_limit",
] as const;

export const ZAllocationRequestSchema = z.object({
  /** Before the day, everyone registered; on the day, only the people checked in. */
  source: z.enum(ALLOCATION_SOURCES),
  subtableSize: z
    .number({ error: "Escriba un número de personas." })
    .int({ error: "Escriba un número entero." })
    .min(SUBTABLE_SIZE.min, { error: `Mínimo ${SUBTABLE_SIZE.min} personas por sub-mesa.` })
    .max(SUBTABLE_SIZE.max, { error: `Máximo ${SUBTABLE_SIZE.max} personas por sub-mesa.` })
    .default(SUBTABLE_SIZE.default),
  /** The draw to use; a preview without one draws a new seed and returns it, so saving repeats the preview. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type AllocationRequest = z.infer<typeof ZAllocationRequestSchema>;

const reason = (what: string) =>
  z
    .string()
    .trim()
    .min(5, { error: `Explique ${what} (al menos 5 caracteres).` })
    .max(500, { error: "Máximo 500 caracteres." });

export const ZMoveInputSchema = z.object({
  registrationId: z.uuid(),
  subtableId: z.uuid({ error: "Elija la sub-mesa de destino." }),
  reason: reason("por qué cambia a esta persona de lugar"),
});
export type MoveInput = z.infer<typeof ZMoveInputSchema>;

export const ZUnlockInputSchema = z.object({ reason: reason("por qué desbloquea la distribución") });

export const ZLateArrivalInputSchema = z.object({
  /** Who to place; everyone of the allocation's source still without a seat when absent. */
  registrationIds: z.array(z.uuid()).min(1).max(1000).optional(),
});

export const ZTableLeadersInputSchema = z.object({ userIds: z.array(z.uuid()).max(10) });
export const ZRegistrationChoiceSchema = z.object({
  registrationId: z.uuid({ error: "Elija una persona." }),
});
export const ZTableParamsSchema = z.object({ id: z.uuid(), tableId: z.uuid() });

export const ZSummaryLineSchema = z.object({
  code: z.enum(SUMMARY_LINE_CODES),
  params: z.record(z.string(), z.number()),
});
export type SummaryLineDto = z.infer<typeof ZSummaryLineSchema>;

export const ZAllocationSummarySchema = z
  .object({
    participants: z.number(),
    withPreferences: z.number(),
    byRank: z.array(z.number()),
    firstChoicePercent: z.number(),
    notHonoured: z.number(),
    withoutPreferences: z.number(),
    tables: z.number(),
    subtables: z.number(),
    subtablesWithoutPit: z.number(),
    subtablesOverOrganizationLimit: z.number(),
    lines: z.array(ZSummaryLineSchema),
  })
  .meta({ id: "AllocationSummary" });
export type AllocationSummaryDto = z.infer<typeof ZAllocationSummarySchema>;

const ZCountSchema = z.object({ code: z.string(), label: z.string(), count: z.number() });
export type CountDto = z.infer<typeof ZCountSchema>;

/** Who a table or sub-table holds, in counts: never names. */
export const ZCompositionSchema = z
  .object({
    people: z.number(),
    knowsPit: z.number(),
    organizations: z.number(),
    /** The most members one organisation has here. */
    largestOrganization: z.number(),
    municipalities: z.array(ZCountSchema),
    populationGroups: z.array(ZCountSchema),
    sexes: z.array(ZCountSchema),
    ageBands: z.array(ZCountSchema),
  })
  .meta({ id: "Composition" });
export type CompositionDto = z.infer<typeof ZCompositionSchema>;

export const ZMemberSchema = z
  .object({
    registrationId: z.uuid(),
    place: z.number(),
    firstNames: z.string(),
    lastNames: z.string(),
    organizationName: z.string().nullable(),
    municipalityName: z.string(),
    knowsPit: z.boolean(),
  })
  .meta({ id: "SubtableMember" });
export type MemberDto = z.infer<typeof ZMemberSchema>;

export const ZPersonRefSchema = z.object({ registrationId: z.uuid(), name: z.string() });

export const ZSubtableSchema = z
  .object({
    /** Null in a preview: nothing is saved yet. */
    id: z.uuid().nullable(),
    position: z.number(),
    /** "2.3": the table's position, then the sub-table's. */
    label: z.string(),
    composition: ZCompositionSchema,
    leader: ZPersonRefSchema.extend({ status: z.enum(["suggested", "confirmed"]) }).nullable(),
    /** The active join code, for the operator and the table's leader only. */
    joinCode: z.string().nullable(),
    /** Empty for who may not read names, and in a preview. */
    members: z.array(ZMemberSchema),
  })
  .meta({ id: "Subtable" });
export type SubtableDto = z.infer<typeof ZSubtableSchema>;

export const ZTableAllocationSchema = z
  .object({
    id: z.uuid(),
    position: z.number(),
    name: z.string(),
    definition: z.string(),
    axisCode: z.string().nullable(),
    color: z.string(),
    capacity: z.number(),
    leaders: z.array(z.object({ userId: z.uuid(), name: z.string() })),
    spokesperson: ZPersonRefSchema.nullable(),
    composition: ZCompositionSchema,
    subtables: z.array(ZSubtableSchema),
  })
  .meta({ id: "TableAllocation" });
export type TableAllocationDto = z.infer<typeof ZTableAllocationSchema>;

export const ZAllocationRunSchema = z.object({
  id: z.uuid(),
  source: z.enum(ALLOCATION_SOURCES),
  subtableSize: z.number(),
  seed: z.number(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable(),
  locked: z.boolean(),
  lockedAt: z.iso.datetime().nullable(),
  lockedBy: z.string().nullable(),
  unlocks: z.array(z.object({ reason: z.string(), at: z.iso.datetime(), by: z.string().nullable() })),
});

export const ZAllocationSchema = z
  .object({
    assemblyId: z.uuid(),
    run: ZAllocationRunSchema.nullable(),
    /** The current seats' summary; null before any allocation and for group leaders (they see one table). */
    summary: ZAllocationSummarySchema.nullable(),
    /** People of the run's source still without a seat: late arrivals to place. */
    unseated: z.number(),
    tables: z.array(ZTableAllocationSchema),
  })
  .meta({ id: "Allocation" });
export type AllocationDto = z.infer<typeof ZAllocationSchema>;

export const ZAllocationPreviewSchema = z
  .object({
    source: z.enum(ALLOCATION_SOURCES),
    subtableSize: z.number(),
    seed: z.number(),
    summary: ZAllocationSummarySchema,
    tables: z.array(ZTableAllocationSchema),
  })
  .meta({ id: "AllocationPreview" });
export type AllocationPreviewDto = z.infer<typeof ZAllocationPreviewSchema>;

export const ZPlacedSeatSchema = z.object({
  registrationId: z.uuid(),
  name: z.string(),
  tableName: z.string(),
  tablePosition: z.number(),
  subtableLabel: z.string(),
  place: z.number(),
});
export const ZLateArrivalResultSchema = z.object({ placed: z.array(ZPlacedSeatSchema) });

export const ZLeaderCandidateSchema = z.object({ userId: z.uuid(), name: z.string(), email: z.string() });

export const ZJoinCodeSchema = z.object({ code: z.string() });

export const ZJoinInputSchema = z.object({
  code: requiredText(40),
  /** When joining from an assembly's own page: a code of another assembly is refused. */
  assemblyId: z.uuid().optional(),
});

/** What a sub-table leader's phone gets by joining: the sub-table and its axis, no personal data. */
export const ZJoinedSubtableSchema = z
  .object({
    assemblyId: z.uuid(),
    assemblyName: z.string(),
    legend: z.string(),
    tableId: z.uuid(),
    tableName: z.string(),
    tablePosition: z.number(),
    axisCode: z.string().nullable(),
    definition: z.string(),
    color: z.string(),
    subtableId: z.uuid(),
    subtableLabel: z.string(),
  })
  .meta({ id: "JoinedSubtable" });
export type JoinedSubtableDto = z.infer<typeof ZJoinedSubtableSchema>;

export const ZJoinResultSchema = ZJoinedSubtableSchema.extend({
  /** The capability: also set as a cookie; live views pass it as their `key`. */
  token: z.string(),
});

export const ZKioskSchema = z
  .object({ assemblyId: z.uuid(), assemblyName: z.string(), legend: z.string(), published: z.boolean() })
  .meta({ id: "Kiosk" });
export type KioskDto = z.infer<typeof ZKioskSchema>;

export const ZKioskQuerySchema = z.object({ q: z.string().max(120) });

export const ZKioskMatchSchema = z.object({
  /** First name and the initial of the surname: "María F." */
  displayName: z.string(),
  tableName: z.string(),
  tablePosition: z.number(),
  color: z.string(),
  subtableLabel: z.string(),
  place: z.number(),
});
export type KioskMatchDto = z.infer<typeof ZKioskMatchSchema>;

export const ZKioskResultSchema = z.object({
  /** How the query was read: a document number, a name, or too little to search. */
  matchedBy: z.enum(["document", "name", "too_short"]),
  matches: z.array(ZKioskMatchSchema),
  /** True when more people matched than are shown: type more of the name. */
  more: z.boolean(),
});
export type KioskResultDto = z.infer<typeof ZKioskResultSchema>;
