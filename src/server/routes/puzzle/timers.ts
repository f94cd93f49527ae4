import { and, eq, inArray } from "drizzle-orm";
import {
  applyPhaseAction,
  DEFAULT_DURATIONS,
  IDLE,
  type PhaseAction,
  type PhaseDurations,
  type TimerState,
} from "../../../domain/puzzle/phases";
import { type Lang, translate } from "../../../shared/i18n";
import type { TimerDto } from "../../../shared/schemas/puzzle";
import type { Tx } from "../../db/client";
import { puzzleSettings, puzzleTimers } from "../../db/schema";
import { AppError } from "../../errors";

export async function loadDurations(db: Tx, assemblyId: string): Promise<PhaseDurations> {
  const [row] = await db.select().from(puzzleSettings).where(eq(puzzleSettings.assemblyId, assemblyId));
  return row
    ? { need: row.needMinutes, solution: row.solutionMinutes, plan: row.planMinutes }
    : DEFAULT_DURATIONS;
}

export async function saveDurations(tx: Tx, assemblyId: string, durations: PhaseDurations): Promise<void> {
  const values = {
    needMinutes: durations.need,
    solutionMinutes: durations.solution,
    planMinutes: durations.plan,
    updatedAt: new Date(),
  };
  await tx
    .insert(puzzleSettings)
    .values({ assemblyId, ...values })
    .onConflictDoUpdate({ target: puzzleSettings.assemblyId, set: values });
}

function toState(row: typeof puzzleTimers.$inferSelect | undefined): TimerState {
  if (!row) return IDLE;
  return {
    phase: row.phase as TimerState["phase"],
    running: row.running,
    startedAt: row.startedAt?.getTime() ?? null,
    elapsedMs: row.elapsedMs,
    durationMs: row.durationMs,
  };
}

const toDto = (tableId: string, state: TimerState): TimerDto => ({ tableId, ...state });

/** The timer of each given table (idle when never started). */
export async function loadTimers(
  db: Tx,
  assemblyId: string,
  tableIds: string[],
): Promise<Map<string, TimerDto>> {
  const rows = tableIds.length
    ? await db
        .select()
        .from(puzzleTimers)
        .where(and(eq(puzzleTimers.assemblyId, assemblyId), inArray(puzzleTimers.tableId, tableIds)))
    : [];
  const byTable = new Map(rows.map((row) => [row.tableId, row]));
  return new Map(tableIds.map((id) => [id, toDto(id, toState(byTable.get(id)))]));
}

/**
 * Applies an operator's action to the timers of the given tables at the server's `now`. With several tables
 * ("start every table"), tables where the action does not apply are left as they are; when it applies to
 * none, the refusal of the first is the answer.
 */
export async function applyTimerAction(
  tx: Tx,
  assemblyId: string,
  tableIds: string[],
  action: PhaseAction,
  now: number,
  lang: Lang,
): Promise<TimerDto[]> {
  const durations = await loadDurations(tx, assemblyId);
  const current = await loadTimers(tx, assemblyId, tableIds);
  const changed: TimerDto[] = [];
  let refusal: string | null = null;
  for (const tableId of tableIds) {
    const result = applyPhaseAction(current.get(tableId)!, action, now, durations);
    if (!result.ok) {
      refusal ??= result.reason;
      continue;
    }
    const { phase, running, startedAt, elapsedMs, durationMs } = result.state;
    const values = {
      phase,
      running,
      startedAt: startedAt === null ? null : new Date(startedAt),
      elapsedMs,
      durationMs,
      updatedAt: new Date(now),
    };
    await tx
      .insert(puzzleTimers)
      .values({ tableId, assemblyId, ...values })
      .onConflictDoUpdate({ target: puzzleTimers.tableId, set: values });
    changed.push(toDto(tableId, result.state));
  }
  if (changed.length === 0 && refusal) {
    throw new AppError("puzzle.phase_transition", {
      reason: translate(lang, `puzzle.phase.refusal.${refusal}`),
    });
  }
  return changed;
}
