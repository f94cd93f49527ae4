import { and, asc, eq, gt, isNotNull, isNull, max, type SQL, sql } from "drizzle-orm";
import { puzzleProgress } from "../../../domain/puzzle/rules";
import { foldText } from "../../../domain/text/normalize";
import type {
  OrganizationSuggestionDto,
  PresenceDto,
  PuzzleBoardDto,
  PuzzleProgressDto,
  PuzzleSubtableDto,
  SpokespersonCandidateDto,
  SpokespersonDto,
  SubtableStateDto,
} from "../../../shared/schemas/puzzle";
import type { Tx } from "../../db/client";
import {
  agreements,
  assemblies,
  assemblyTables,
  joinCodes,
  puzzleChanges,
  puzzlePresence,
  registrations,
  seats,
  subtables,
  tableSpokespeople,
} from "../../db/schema";
import { notFound } from "../../errors";
import { appendEvent } from "../../events/outbox";
import { allyNames } from "../allies/store";
import type { SubtableRef } from "./changes";
import { loadPieces } from "./pieces";
import { loadDurations, loadTimers } from "./timers";

/** A phone counts as connected while its heartbeats (every 20 s) keep coming. */
export const PRESENCE_WINDOW_MS = 60_000;

/** The sub-table with the convenio, assembly and table it belongs to; 404 when there is none. */
export async function subtableRef(
  db: Tx,
  subtableId: string,
): Promise<SubtableRef & { agreementId: string }> {
  const [row] = await db
    .select({
      assemblyId: subtables.assemblyId,
      tableId: subtables.tableId,
      agreementId: assemblies.agreementId,
    })
    .from(subtables)
    .innerJoin(assemblies, eq(assemblies.id, subtables.assemblyId))
    .where(eq(subtables.id, subtableId));
  if (!row) throw notFound();
  return { ...row, subtableId };
}

async function assemblyHeader(db: Tx, assemblyId: string) {
  const [row] = await db
    .select({
      id: assemblies.id,
      agreementId: assemblies.agreementId,
      name: assemblies.name,
      projectName: assemblies.projectName,
      legend: agreements.legend,
    })
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(eq(assemblies.id, assemblyId));
  if (!row) throw notFound();
  return row;
}

const tableColumns = {
  id: assemblyTables.id,
  position: assemblyTables.position,
  name: assemblyTables.name,
  definition: assemblyTables.definition,
  color: assemblyTables.color,
};

const toSubtable = (row: typeof subtables.$inferSelect): PuzzleSubtableDto => ({
  id: row.id,
  tableId: row.tableId,
  position: row.position,
  name: row.label,
});

async function presenceOf(db: Tx, where: SQL): Promise<(PresenceDto & { subtableId: string })[]> {
  const since = new Date(Date.now() - PRESENCE_WINDOW_MS);
  const rows = await db
    .select()
    .from(puzzlePresence)
    .where(and(where, gt(puzzlePresence.lastSeenAt, since)))
    .orderBy(asc(puzzlePresence.name));
  return rows.map((r) => ({
    subtableId: r.subtableId,
    deviceId: r.deviceId,
    name: r.name,
    lastSeenAt: r.lastSeenAt.toISOString(),
  }));
}

export async function subtableState(db: Tx, ref: SubtableRef): Promise<SubtableStateDto> {
  const [assembly, [table], [subtable], pieces, timers, durations, presence] = await Promise.all([
    assemblyHeader(db, ref.assemblyId),
    db.select(tableColumns).from(assemblyTables).where(eq(assemblyTables.id, ref.tableId)),
    db.select().from(subtables).where(eq(subtables.id, ref.subtableId)),
    loadPieces(db, "subtable", ref.subtableId),
    loadTimers(db, ref.assemblyId, [ref.tableId]),
    loadDurations(db, ref.assemblyId),
    presenceOf(db, eq(puzzlePresence.subtableId, ref.subtableId)),
  ]);
  if (!table || !subtable) throw notFound();
  return {
    assembly,
    table,
    subtable: toSubtable(subtable),
    ...pieces,
    timer: timers.get(ref.tableId)!,
    durations,
    presence: presence.map(({ subtableId: _, ...p }) => p),
    serverTime: Date.now(),
  };
}

async function tablesWithSubtables(db: Tx, assemblyId: string) {
  const [tables, subs] = await Promise.all([
    db
      .select(tableColumns)
      .from(assemblyTables)
      .where(and(eq(assemblyTables.assemblyId, assemblyId), eq(assemblyTables.enabled, true)))
      .orderBy(asc(assemblyTables.position)),
    db.select().from(subtables).where(eq(subtables.assemblyId, assemblyId)).orderBy(asc(subtables.position)),
  ]);
  return tables.map((table) => ({
    ...table,
    subtables: subs.filter((s) => s.tableId === table.id).map(toSubtable),
  }));
}

/** The big puzzle: every enabled table with its sub-tables, timers and pieces. */
export async function puzzleBoard(db: Tx, assemblyId: string): Promise<PuzzleBoardDto> {
  const [assembly, tables, pieces, durations] = await Promise.all([
    assemblyHeader(db, assemblyId),
    tablesWithSubtables(db, assemblyId),
    loadPieces(db, "assembly", assemblyId),
    loadDurations(db, assemblyId),
  ]);
  const timers = await loadTimers(
    db,
    assemblyId,
    tables.map((t) => t.id),
  );
  return {
    assembly,
    tables: tables.map((t) => ({ ...t, timer: timers.get(t.id)! })),
    ...pieces,
    durations,
    serverTime: Date.now(),
  };
}

export async function spokespeople(db: Tx, assemblyId: string): Promise<Map<string, SpokespersonDto>> {
  const rows = await db
    .select({
      tableId: tableSpokespeople.tableId,
      registrationId: registrations.id,
      firstNames: registrations.firstNames,
      lastNames: registrations.lastNames,
      organization: registrations.organizationName,
    })
    .from(tableSpokespeople)
    .innerJoin(registrations, eq(registrations.id, tableSpokespeople.registrationId))
    .where(eq(tableSpokespeople.assemblyId, assemblyId));
  return new Map(
    rows.map((r) => [
      r.tableId,
      {
        registrationId: r.registrationId,
        name: `${r.firstNames} ${r.lastNames}`,
        organization: r.organization,
      },
    ]),
  );
}

/** The table leaders' and operator's board: per sub-table, pieces per step, last sync, phones connected. */
export async function puzzleProgressBoard(db: Tx, assemblyId: string): Promise<PuzzleProgressDto> {
  const [tables, pieces, durations, presence, lastChanges, codes, speakers] = await Promise.all([
    tablesWithSubtables(db, assemblyId),
    loadPieces(db, "assembly", assemblyId),
    loadDurations(db, assemblyId),
    presenceOf(db, eq(puzzlePresence.assemblyId, assemblyId)),
    db
      .select({ subtableId: puzzleChanges.subtableId, at: max(puzzleChanges.appliedAt) })
      .from(puzzleChanges)
      .where(eq(puzzleChanges.assemblyId, assemblyId))
      .groupBy(puzzleChanges.subtableId),
    db
      .select({ subtableId: joinCodes.subtableId, code: joinCodes.code })
      .from(joinCodes)
      .where(and(eq(joinCodes.assemblyId, assemblyId), isNull(joinCodes.revokedAt))),
    spokespeople(db, assemblyId),
  ]);
  const timers = await loadTimers(
    db,
    assemblyId,
    tables.map((t) => t.id),
  );
  const last = new Map(lastChanges.map((r) => [r.subtableId, r.at]));
  const codeOf = new Map(codes.map((r) => [r.subtableId, r.code]));
  return {
    tables: tables.map((table) => ({
      ...table,
      timer: timers.get(table.id)!,
      spokesperson: speakers.get(table.id) ?? null,
      subtables: table.subtables.map((subtable) => {
        const own = <T extends { subtableId: string }>(list: T[]) =>
          list.filter((p) => p.subtableId === subtable.id);
        const progress = puzzleProgress({
          needs: own(pieces.needs),
          solutions: own(pieces.solutions),
          planItems: own(pieces.planItems),
        });
        const at = last.get(subtable.id);
        return {
          ...subtable,
          code: codeOf.get(subtable.id) ?? null,
          needs: progress.needs,
          solutions: progress.solutions,
          planItems: progress.planItems,
          step: progress.step,
          lastChangeAt: at ? new Date(at).toISOString() : null,
          connected: own(presence).map(({ subtableId: _, ...p }) => p),
        };
      }),
    })),
    durations,
    serverTime: Date.now(),
  };
}

/**
 * Organisations to offer as cooperating organisations and as "who": those of the people registered in the
 * assembly and the allies of Momento 2, each once however it was typed, alphabetically.
 */
export async function organizationSuggestions(
  db: Tx,
  assemblyId: string,
): Promise<OrganizationSuggestionDto[]> {
  const [registered, allies] = await Promise.all([
    db
      .selectDistinct({ name: sql<string>`trim(${registrations.organizationName})` })
      .from(registrations)
      .where(and(eq(registrations.assemblyId, assemblyId), isNotNull(registrations.organizationName))),
    allyNames(db, assemblyId),
  ]);
  const seen = new Map<string, OrganizationSuggestionDto>();
  for (const name of allies) seen.set(foldText(name), { name, source: "ally" });
  for (const { name } of registered) {
    const key = foldText(name);
    if (key && !seen.has(key)) seen.set(key, { name, source: "registered" });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "es"));
}

/** The people seated at a table, to elect the spokesperson from. */
export async function spokespersonCandidates(db: Tx, tableId: string): Promise<SpokespersonCandidateDto[]> {
  const rows = await db
    .select({
      registrationId: registrations.id,
      firstNames: registrations.firstNames,
      lastNames: registrations.lastNames,
      organization: registrations.organizationName,
      subtableName: subtables.label,
    })
    .from(seats)
    .innerJoin(registrations, eq(registrations.id, seats.registrationId))
    .leftJoin(subtables, eq(subtables.id, seats.subtableId))
    .where(eq(seats.tableId, tableId))
    .orderBy(asc(subtables.position), asc(registrations.firstNames), asc(registrations.lastNames));
  return rows.map((r) => ({
    registrationId: r.registrationId,
    name: `${r.firstNames} ${r.lastNames}`,
    organization: r.organization,
    subtableName: r.subtableName,
  }));
}

/**
 * Records a phone's heartbeat; a phone that was not connected announces itself to the sub-table's other
 * phones and the progress board. Returns who is connected now.
 */
export async function heartbeat(
  tx: Tx,
  ref: SubtableRef,
  deviceId: string,
  name: string,
): Promise<PresenceDto[]> {
  const [before] = await tx
    .select()
    .from(puzzlePresence)
    .where(and(eq(puzzlePresence.subtableId, ref.subtableId), eq(puzzlePresence.deviceId, deviceId)));
  const now = new Date();
  await tx
    .insert(puzzlePresence)
    .values({ subtableId: ref.subtableId, deviceId, assemblyId: ref.assemblyId, name, lastSeenAt: now })
    .onConflictDoUpdate({
      target: [puzzlePresence.subtableId, puzzlePresence.deviceId],
      set: { name, lastSeenAt: now },
    });
  const presence = (await presenceOf(tx, eq(puzzlePresence.subtableId, ref.subtableId))).map(
    ({ subtableId: _, ...p }) => p,
  );
  const arrived =
    !before || now.getTime() - before.lastSeenAt.getTime() > PRESENCE_WINDOW_MS || before.name !== name;
  if (arrived) {
    await appendEvent(tx, {
      assemblyId: ref.assemblyId,
      type: "puzzle.presence",
      payload: { subtableId: ref.subtableId, tableId: ref.tableId, presence },
    });
  }
  return presence;
}

/** The tables of an assembly (for timer actions on all of them). */
export async function tableIdsOf(db: Tx, assemblyId: string, only?: string): Promise<string[]> {
  const rows = await db
    .select({ id: assemblyTables.id })
    .from(assemblyTables)
    .where(
      and(
        eq(assemblyTables.assemblyId, assemblyId),
        only ? eq(assemblyTables.id, only) : eq(assemblyTables.enabled, true),
      ),
    )
    .orderBy(asc(assemblyTables.position));
  if (only && rows.length === 0) throw notFound();
  return rows.map((r) => r.id);
}
