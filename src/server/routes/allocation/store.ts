import { randomInt } from "node:crypto";
import { and, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import { allocate, type TableAllocation } from "../../../domain/allocation/allocate";
import { suggestLeader } from "../../../domain/allocation/leader";
import { type AllocationSummary, summarize } from "../../../domain/allocation/summary";
import type { AllocationRequest, AllocationSource } from "../../../shared/schemas/allocation";
import { issueJoinCodes } from "../../allocation/join-codes";
import { loadRegistrants, type Registrant, sourceIds } from "../../allocation/people";
import { enabledTables, subtableLabel, type TableInfo, tableSpecs } from "../../allocation/seating";
import type { Actor } from "../../auth/actor";
import { selectRows, type Tx } from "../../db/client";
import {
  allocationMoves,
  allocationRuns,
  allocationUnlocks,
  assemblyTables,
  puzzleNeeds,
  seats,
  subtables,
  tableSpokespeople,
  userScopes,
  users,
} from "../../db/schema";
import { AppError, notFound } from "../../errors";

export type RunRow = typeof allocationRuns.$inferSelect;

export async function currentRun(db: Tx, assemblyId: string): Promise<RunRow | null> {
  const [run] = await db
    .select()
    .from(allocationRuns)
    .where(eq(allocationRuns.assemblyId, assemblyId))
    .orderBy(desc(allocationRuns.createdAt))
    .limit(1);
  return run ?? null;
}

/** Serialises changes to one assembly's allocation (two operators, a desk placing a late arrival). */
export async function lockAssemblyRow(tx: Tx, assemblyId: string): Promise<void> {
  await selectRows(tx, sql`SELECT id FROM assemblies WHERE id = ${assemblyId} FOR UPDATE`);
}

const bogotaTime = new Intl.DateTimeFormat("es-CO", {
  timeZone: "America/Bogota",
  dateStyle: "short",
  timeStyle: "short",
});

export function assertUnlocked(run: RunRow | null): void {
  if (run?.locked)
    throw new AppError("allocation.locked", { lockedAt: bogotaTime.format(run.lockedAt ?? run.createdAt) });
}

export interface Computed {
  source: AllocationSource;
  subtableSize: number;
  seed: number;
  tables: TableInfo[];
  people: Map<string, Registrant>;
  allocation: TableAllocation[];
  summary: AllocationSummary;
}

/** Runs the allocation on the current registrations or check-ins; nothing is written. */
export async function computeAllocation(
  db: Tx,
  assemblyId: string,
  request: AllocationRequest,
): Promise<Computed> {
  const tables = await enabledTables(db, assemblyId);
  if (tables.length === 0) throw new AppError("allocation.no_tables");
  const registrants = await loadRegistrants(db, assemblyId, request.source);
  if (registrants.length === 0) throw new AppError("allocation.no_participants");
  const seed = request.seed ?? randomInt(2_147_483_647);
  const participants = registrants.map((r) => r.participant);
  const specs = tableSpecs(tables);
  const outcome = allocate({ participants, tables: specs, subtableSize: request.subtableSize, seed });
  if (!outcome.ok) {
    throw new AppError("allocation.capacity_exceeded", {
      people: outcome.people,
      capacity: outcome.capacity,
    });
  }
  return {
    source: request.source,
    subtableSize: request.subtableSize,
    seed,
    tables,
    people: new Map(registrants.map((r) => [r.participant.id, r])),
    allocation: outcome.tables,
    summary: summarize(participants, specs, outcome.tables),
  };
}

/**
 * Replaces the assembly's sub-tables and seats with a computed allocation: each sub-table gets a suggested
 * leader and a join code. Spokespeople and earlier codes go with the old sub-tables.
 */
export async function saveAllocation(
  tx: Tx,
  assemblyId: string,
  computed: Computed,
  actor: Actor,
): Promise<string> {
  // Puzzle pieces hang on the sub-tables: a new allocation would take the people's work with it.
  const [started] = await tx
    .select({ pieces: count() })
    .from(puzzleNeeds)
    .where(eq(puzzleNeeds.assemblyId, assemblyId));
  if (started && started.pieces > 0)
    throw new AppError("allocation.puzzle_started", { pieces: started.pieces });
  await tx.delete(subtables).where(eq(subtables.assemblyId, assemblyId));
  await tx.delete(tableSpokespeople).where(eq(tableSpokespeople.assemblyId, assemblyId));
  const planned = computed.tables.flatMap((table) =>
    (computed.allocation.find((entry) => entry.tableId === table.id)?.subtables ?? []).map(
      (members, index) => ({
        table,
        position: index + 1,
        members,
        leader: suggestLeader(
          members.map((id) => {
            const person = computed.people.get(id);
            return {
              id,
              knowsPit: person?.participant.knowsPit ?? false,
              organizationRole: person?.organizationRole ?? null,
            };
          }),
        ),
      }),
    ),
  );
  if (planned.length) {
    const rows = await tx
      .insert(subtables)
      .values(
        planned.map(({ table, position, leader }) => ({
          assemblyId,
          tableId: table.id,
          position,
          label: subtableLabel(table.position, position),
          leaderRegistrationId: leader,
          leaderStatus: leader ? "suggested" : null,
        })),
      )
      .returning({ id: subtables.id, tableId: subtables.tableId, position: subtables.position });
    const idOf = new Map(rows.map((row) => [`${row.tableId}/${row.position}`, row.id]));
    const ids = planned.map(({ table, position }) => idOf.get(`${table.id}/${position}`)!);
    await issueJoinCodes(tx, assemblyId, ids, actor.userId);
    const seatRows = planned.flatMap(({ table, members }, index) =>
      members.map((registrationId, place) => ({
        registrationId,
        assemblyId,
        tableId: table.id,
        subtableId: ids[index]!,
        place: place + 1,
        placedBy: "allocation",
      })),
    );
    for (let start = 0; start < seatRows.length; start += 1000) {
      await tx.insert(seats).values(seatRows.slice(start, start + 1000));
    }
  }
  const [run] = await tx
    .insert(allocationRuns)
    .values({
      assemblyId,
      source: computed.source,
      subtableSize: computed.subtableSize,
      seed: computed.seed,
      summary: computed.summary,
      createdBy: actor.userId,
    })
    .returning({ id: allocationRuns.id });
  return run!.id;
}

export async function lockRun(tx: Tx, run: RunRow, actor: Actor): Promise<void> {
  await tx
    .update(allocationRuns)
    .set({ locked: true, lockedAt: new Date(), lockedBy: actor.userId })
    .where(eq(allocationRuns.id, run.id));
}

export async function unlockRun(tx: Tx, run: RunRow, reason: string, actor: Actor): Promise<void> {
  await tx.insert(allocationUnlocks).values({ runId: run.id, reason, unlockedBy: actor.userId });
  await tx
    .update(allocationRuns)
    .set({ locked: false, lockedAt: null, lockedBy: null })
    .where(eq(allocationRuns.id, run.id));
}

export async function runHistory(db: Tx, run: RunRow) {
  const ids = [run.createdBy, run.lockedBy].filter((id): id is string => id !== null);
  const people = ids.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
    : [];
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  const unlocks = await db
    .select({ reason: allocationUnlocks.reason, at: allocationUnlocks.unlockedAt, by: users.name })
    .from(allocationUnlocks)
    .leftJoin(users, eq(users.id, allocationUnlocks.unlockedBy))
    .where(eq(allocationUnlocks.runId, run.id))
    .orderBy(desc(allocationUnlocks.unlockedAt));
  return {
    id: run.id,
    source: run.source as AllocationSource,
    subtableSize: run.subtableSize,
    seed: run.seed,
    createdAt: run.createdAt.toISOString(),
    createdBy: nameOf(run.createdBy),
    locked: run.locked,
    lockedAt: run.lockedAt?.toISOString() ?? null,
    lockedBy: nameOf(run.lockedBy),
    unlocks: unlocks.map((u) => ({ reason: u.reason, at: u.at.toISOString(), by: u.by })),
  };
}

export interface SeatRow {
  registrationId: string;
  tableId: string;
  subtableId: string;
  place: number;
  label: string;
}

export async function seatOfRegistration(
  db: Tx,
  assemblyId: string,
  registrationId: string,
): Promise<SeatRow | null> {
  const [row] = await db
    .select({
      registrationId: seats.registrationId,
      tableId: seats.tableId,
      subtableId: seats.subtableId,
      place: seats.place,
      label: subtables.label,
    })
    .from(seats)
    .innerJoin(subtables, eq(subtables.id, seats.subtableId))
    .where(and(eq(seats.registrationId, registrationId), eq(seats.assemblyId, assemblyId)));
  return row ?? null;
}

/** The next free place number at the end of a sub-table. */
export async function nextPlace(tx: Tx, subtableId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(seats.place) })
    .from(seats)
    .where(eq(seats.subtableId, subtableId));
  return (row?.last ?? 0) + 1;
}

export async function peopleAtTable(tx: Tx, tableId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(seats)
    .where(eq(seats.tableId, tableId));
  return row?.n ?? 0;
}

/**
 * Moves a seated person to another sub-table (of any table with room) at its last place, recording the
 * reason. They stop leading their old sub-table, and speaking for their old table when they change table.
 */
export async function movePerson(
  tx: Tx,
  assemblyId: string,
  input: { registrationId: string; subtableId: string; reason: string },
  actor: Actor,
): Promise<{ from: SeatRow; to: SeatRow }> {
  const from = await seatOfRegistration(tx, assemblyId, input.registrationId);
  if (!from) throw new AppError("allocation.not_seated");
  const [target] = await tx
    .select({ id: subtables.id, tableId: subtables.tableId, label: subtables.label, table: assemblyTables })
    .from(subtables)
    .innerJoin(assemblyTables, eq(assemblyTables.id, subtables.tableId))
    .where(and(eq(subtables.id, input.subtableId), eq(subtables.assemblyId, assemblyId)));
  if (!target) throw new AppError("resource.not_found", {}, { subtableId: "error.resource.not_found" });
  if (target.id === from.subtableId)
    throw new AppError("allocation.same_subtable", {}, { subtableId: "error.allocation.same_subtable" });
  if (target.tableId !== from.tableId && (await peopleAtTable(tx, target.tableId)) >= target.table.capacity) {
    throw new AppError("allocation.table_full", {
      table: target.table.name,
      capacity: target.table.capacity,
    });
  }
  const place = await nextPlace(tx, target.id);
  await tx
    .update(seats)
    .set({ tableId: target.tableId, subtableId: target.id, place, placedBy: "manual", placedAt: new Date() })
    .where(eq(seats.registrationId, input.registrationId));
  await tx
    .update(subtables)
    .set({ leaderRegistrationId: null, leaderStatus: null, leaderConfirmedBy: null, leaderConfirmedAt: null })
    .where(and(eq(subtables.id, from.subtableId), eq(subtables.leaderRegistrationId, input.registrationId)));
  if (target.tableId !== from.tableId) {
    await tx
      .delete(tableSpokespeople)
      .where(
        and(
          eq(tableSpokespeople.tableId, from.tableId),
          eq(tableSpokespeople.registrationId, input.registrationId),
        ),
      );
  }
  await tx.insert(allocationMoves).values({
    assemblyId,
    registrationId: input.registrationId,
    fromTableId: from.tableId,
    fromSubtableLabel: from.label,
    toTableId: target.tableId,
    toSubtableLabel: target.label,
    reason: input.reason,
    movedBy: actor.userId,
  });
  return {
    from,
    to: {
      registrationId: input.registrationId,
      tableId: target.tableId,
      subtableId: target.id,
      place,
      label: target.label,
    },
  };
}

/** Group leader accounts that may lead this assembly's tables: those scoped to its convenio or to it. */
export async function leaderCandidates(db: Tx, scope: { agreementId: string; assemblyId: string }) {
  return db
    .selectDistinct({ userId: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(userScopes, eq(userScopes.userId, users.id))
    .where(
      and(
        eq(users.role, "group_leader"),
        eq(users.active, true),
        sql`(${userScopes.agreementId} = ${scope.agreementId} OR ${userScopes.assemblyId} = ${scope.assemblyId})`,
      ),
    )
    .orderBy(users.name);
}

/**
 * Makes exactly these accounts the table's leaders. A leader's scope row for the table is removed, or only
 * loses the table when it also carries the convenio (the account keeps seeing the convenio).
 */
export async function replaceTableLeaders(
  tx: Tx,
  assemblyId: string,
  tableId: string,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length) {
    const found = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(inArray(users.id, [...userIds]));
    if (found.length !== new Set(userIds).size || found.some((u) => u.role !== "group_leader")) {
      throw new AppError("allocation.not_group_leader", {}, { userIds: "error.allocation.not_group_leader" });
    }
  }
  const current = await tx.select().from(userScopes).where(eq(userScopes.tableId, tableId));
  for (const row of current) {
    if (userIds.includes(row.userId)) continue;
    if (row.agreementId) await tx.update(userScopes).set({ tableId: null }).where(eq(userScopes.id, row.id));
    else await tx.delete(userScopes).where(eq(userScopes.id, row.id));
  }
  const already = new Set(current.map((row) => row.userId));
  const added = [...new Set(userIds)].filter((id) => !already.has(id));
  if (added.length)
    await tx.insert(userScopes).values(added.map((userId) => ({ userId, assemblyId, tableId })));
}

export async function recordSpokesperson(
  tx: Tx,
  assemblyId: string,
  tableId: string,
  registrationId: string,
  actor: Actor,
) {
  const [seat] = await tx
    .select({ tableId: seats.tableId })
    .from(seats)
    .where(and(eq(seats.registrationId, registrationId), eq(seats.assemblyId, assemblyId)));
  if (seat?.tableId !== tableId) {
    throw new AppError("allocation.not_in_table", {}, { registrationId: "error.allocation.not_in_table" });
  }
  await tx
    .insert(tableSpokespeople)
    .values({ tableId, assemblyId, registrationId, recordedBy: actor.userId })
    .onConflictDoUpdate({
      target: tableSpokespeople.tableId,
      set: { registrationId, recordedBy: actor.userId, recordedAt: new Date() },
    });
}

/** The registrations of the source still without a seat. */
export async function unseatedIds(db: Tx, assemblyId: string, source: AllocationSource): Promise<string[]> {
  const [ids, seated] = await Promise.all([
    sourceIds(db, assemblyId, source),
    db.select({ id: seats.registrationId }).from(seats).where(eq(seats.assemblyId, assemblyId)),
  ]);
  const taken = new Set(seated.map((s) => s.id));
  return ids.filter((id) => !taken.has(id));
}

export const tableOf = async (db: Tx, assemblyId: string, tableId: string) => {
  const [table] = await db
    .select()
    .from(assemblyTables)
    .where(and(eq(assemblyTables.id, tableId), eq(assemblyTables.assemblyId, assemblyId)));
  if (!table) throw notFound();
  return table;
};
