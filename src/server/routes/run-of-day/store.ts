import { and, asc, eq, inArray } from "drizzle-orm";
import { type BlockKind, toClock } from "../../../domain/agenda/blocks";
import {
  applyClockAction,
  type BlockRun,
  type BlockRuns,
  type ClockAction,
  minuteOfDay,
} from "../../../domain/agenda/clock";
import { type RunOfDayDto, withClock } from "../../../shared/schemas/run-of-day";
import type { Tx } from "../../db/client";
import { agendaBlocks, assemblies, blockRuns } from "../../db/schema";

async function blocksWithRuns(db: Tx, assemblyId: string) {
  return db
    .select({ block: agendaBlocks, run: blockRuns })
    .from(agendaBlocks)
    .leftJoin(blockRuns, eq(blockRuns.blockId, agendaBlocks.id))
    .where(eq(agendaBlocks.assemblyId, assemblyId))
    .orderBy(asc(agendaBlocks.position));
}

export async function blockInAssembly(db: Tx, assemblyId: string, blockId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: agendaBlocks.id })
    .from(agendaBlocks)
    .where(and(eq(agendaBlocks.id, blockId), eq(agendaBlocks.assemblyId, assemblyId)));
  return row !== undefined;
}

/** The agenda with what actually happened and the clock's forecast at `nowMs`. */
export async function runOfDay(db: Tx, assemblyId: string, nowMs = Date.now()): Promise<RunOfDayDto> {
  const rows = await blocksWithRuns(db, assemblyId);
  const blocks = rows.map(({ block, run }) => ({
    id: block.id,
    position: block.position,
    kind: block.kind as BlockKind,
    title: block.title,
    responsible: block.responsible,
    start: toClock(block.startMinute),
    end: toClock(block.endMinute),
    startedAt: run?.startedAt?.toISOString() ?? null,
    endedAt: run?.endedAt?.toISOString() ?? null,
    skipped: run?.skipped ?? false,
  }));
  return { assemblyId, serverTime: nowMs, ...withClock(blocks, nowMs) };
}

/**
 * Applies one tap of the console in the caller's transaction, the assembly row locked so two moderators
 * tapping at once are applied one after the other. Returns the blocks whose run changed.
 */
export async function applyBlockAction(
  tx: Tx,
  assemblyId: string,
  action: ClockAction,
  nowMs: number,
): Promise<string[]> {
  await tx.select({ id: assemblies.id }).from(assemblies).where(eq(assemblies.id, assemblyId)).for("update");
  const rows = await blocksWithRuns(tx, assemblyId);
  const midnight = nowMs - minuteOfDay(nowMs) * 60_000;
  const toMinute = (date: Date | null) => (date === null ? null : minuteOfDay(date.getTime(), nowMs));
  const toDate = (minute: number | null) =>
    minute === null ? null : new Date(Math.round(midnight + minute * 60_000));
  const planned = rows.map(({ block }) => ({
    id: block.id,
    startMinute: block.startMinute,
    endMinute: block.endMinute,
  }));
  const runs: Record<string, BlockRun> = {};
  for (const { block, run } of rows) {
    if (run)
      runs[block.id] = {
        startedAt: toMinute(run.startedAt),
        endedAt: toMinute(run.endedAt),
        skipped: run.skipped,
      };
  }
  const next: BlockRuns = applyClockAction(planned, runs, action, minuteOfDay(nowMs));
  const changed = planned.map((b) => b.id).filter((id) => next[id] !== runs[id]);
  const removed = changed.filter((id) => !next[id]);
  if (removed.length)
    await tx
      .delete(blockRuns)
      .where(and(eq(blockRuns.assemblyId, assemblyId), inArray(blockRuns.blockId, removed)));
  for (const blockId of changed.filter((id) => next[id])) {
    const run = next[blockId]!;
    // Times the tap did not touch keep their stored instant (no rounding drift through minutes).
    const before = rows.find((r) => r.block.id === blockId)?.run;
    const keep = (minute: number | null, stored: Date | null | undefined) =>
      stored && minute !== null && minute === toMinute(stored) ? stored : toDate(minute);
    const values = {
      startedAt: keep(run.startedAt, before?.startedAt),
      endedAt: keep(run.endedAt, before?.endedAt),
      skipped: run.skipped,
      updatedAt: new Date(nowMs),
    };
    await tx
      .insert(blockRuns)
      .values({ blockId, assemblyId, ...values })
      .onConflictDoUpdate({ target: blockRuns.blockId, set: values });
  }
  return changed;
}
