// The live agenda clock. Every time is in minutes after local midnight (fractional: 450.5 is 07:30:30), the
// same axis as the planned blocks, so a late start shifts the rest of the day by plain subtraction.

export interface PlannedBlock {
  id: string;
  startMinute: number;
  endMinute: number;
}

/** What actually happened to one block. A block with no run is pending. */
export interface BlockRun {
  startedAt: number | null;
  endedAt: number | null;
  skipped: boolean;
}

export type BlockRuns = Readonly<Record<string, BlockRun>>;
export type BlockStatus = "pending" | "running" | "done" | "skipped";

export interface ProjectedBlock {
  id: string;
  status: BlockStatus;
  plannedStart: number;
  plannedEnd: number;
  /** Actual times for held blocks; the forecast for pending ones; null for skipped ones. */
  projectedStart: number | null;
  projectedEnd: number | null;
  /** Minutes the projected start is after the planned start (negative when early). */
  delay: number;
  /** Minutes the block ran (or is running) past its planned length. */
  overrun: number;
}

export interface AgendaClock {
  blocks: ProjectedBlock[];
  currentId: string | null;
  nextId: string | null;
  /** Minutes left of the current block's planned length; 0 once it overruns. */
  timeLeft: number | null;
  /** Minutes the current block is past its planned length. */
  overrun: number;
  plannedEndOfDay: number | null;
  projectedEndOfDay: number | null;
}

export type ClockAction = { type: "start" | "end" | "skip" | "reset"; blockId: string } | { type: "advance" };

const PENDING: BlockRun = { startedAt: null, endedAt: null, skipped: false };

export function blockStatus(run: BlockRun | undefined): BlockStatus {
  if (!run) return "pending";
  if (run.skipped) return "skipped";
  if (run.startedAt === null) return "pending";
  return run.endedAt === null ? "running" : "done";
}

const inOrder = (blocks: readonly PlannedBlock[]) =>
  [...blocks].sort((a, b) => a.startMinute - b.startMinute);

/**
 * Where the day stands at `now`: held blocks keep their actual times, the running one ends no earlier than
 * its planned length after its actual start, and each pending block starts at the latest of its planned
 * start, the projected end of the block before it, and now. Skipped blocks take no time.
 */
export function agendaClock(blocks: readonly PlannedBlock[], runs: BlockRuns, now: number): AgendaClock {
  let cursor = Number.NEGATIVE_INFINITY;
  let currentId: string | null = null;
  let timeLeft: number | null = null;
  let overrun = 0;
  const projected: ProjectedBlock[] = [];
  for (const block of inOrder(blocks)) {
    const run = runs[block.id];
    const status = blockStatus(run);
    const length = block.endMinute - block.startMinute;
    // Objects written out field by field: spreading here made the clock a hundred times slower on V8.
    const push = (
      projectedStart: number | null,
      projectedEnd: number | null,
      delay: number,
      blockOverrun: number,
    ) =>
      projected.push({
        id: block.id,
        status,
        plannedStart: block.startMinute,
        plannedEnd: block.endMinute,
        projectedStart,
        projectedEnd,
        delay,
        overrun: blockOverrun,
      });
    if (status === "skipped") {
      push(null, null, 0, 0);
      continue;
    }
    let start: number;
    let end: number;
    let blockOverrun = 0;
    if (status === "pending") {
      start = Math.max(block.startMinute, cursor, now);
      end = start + length;
    } else {
      start = run!.startedAt!;
      const due = start + length;
      end = status === "done" ? run!.endedAt! : Math.max(due, now);
      blockOverrun = Math.max(0, end - due);
      if (status === "running") {
        currentId = block.id;
        timeLeft = Math.max(0, due - now);
        overrun = blockOverrun;
      }
    }
    cursor = Math.max(cursor, end);
    push(start, end, start - block.startMinute, blockOverrun);
  }
  const held = projected.filter((b) => b.status !== "skipped");
  return {
    blocks: projected,
    currentId,
    nextId: nextPending(projected),
    timeLeft,
    overrun,
    plannedEndOfDay: projected.length ? Math.max(...projected.map((b) => b.plannedEnd)) : null,
    projectedEndOfDay: held.length ? Math.max(...held.map((b) => b.projectedEnd!)) : null,
  };
}

/** The first pending block after the last one that was held (skipping a later block ahead of time moves nothing). */
function nextPending(blocks: readonly { id: string; status: BlockStatus }[]): string | null {
  let last = -1;
  blocks.forEach((b, i) => {
    if (b.status === "running" || b.status === "done") last = i;
  });
  return blocks.slice(last + 1).find((b) => b.status === "pending")?.id ?? null;
}

/**
 * The runs after one tap on the console. Starting a block ends the one running and marks the pending
 * blocks before it as skipped (the day moved on without them); starting a running block again keeps its
 * first start; starting a finished block reopens it. Ending or skipping what cannot be ended or skipped
 * changes nothing, so two moderators tapping at once do no harm. `reset` undoes a mistaken tap.
 */
export function applyClockAction(
  blocks: readonly PlannedBlock[],
  runs: BlockRuns,
  action: ClockAction,
  now: number,
): BlockRuns {
  const next: Record<string, BlockRun> = { ...runs };
  const ordered = inOrder(blocks);
  if (action.type === "advance") {
    const clock = agendaClock(blocks, runs, now);
    if (clock.nextId) return applyClockAction(blocks, runs, { type: "start", blockId: clock.nextId }, now);
    if (clock.currentId)
      return applyClockAction(blocks, runs, { type: "end", blockId: clock.currentId }, now);
    return runs;
  }
  const index = ordered.findIndex((b) => b.id === action.blockId);
  if (index < 0) return runs;
  const run = runs[action.blockId];
  const status = blockStatus(run);
  switch (action.type) {
    case "start": {
      if (status === "running") return runs;
      for (const other of ordered) {
        if (other.id !== action.blockId && blockStatus(runs[other.id]) === "running") {
          next[other.id] = { ...runs[other.id]!, endedAt: now };
        }
      }
      for (const earlier of ordered.slice(0, index)) {
        if (blockStatus(runs[earlier.id]) === "pending") next[earlier.id] = { ...PENDING, skipped: true };
      }
      next[action.blockId] =
        status === "done" ? { ...run!, endedAt: null } : { startedAt: now, endedAt: null, skipped: false };
      return next;
    }
    case "end":
      if (status !== "running") return runs;
      next[action.blockId] = { ...run!, endedAt: now };
      return next;
    case "skip":
      if (status !== "pending") return runs;
      next[action.blockId] = { ...PENDING, skipped: true };
      return next;
    case "reset":
      delete next[action.blockId];
      return next;
  }
}

export const COLOMBIA_UTC_OFFSET_MINUTES = -300;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An instant as minutes after the local midnight that starts the day of `reference` (by default the instant
 * itself). Instants on an earlier day come out negative, so one day's arithmetic stays on one axis.
 */
export function minuteOfDay(
  instantMs: number,
  referenceMs = instantMs,
  utcOffsetMinutes = COLOMBIA_UTC_OFFSET_MINUTES,
): number {
  const offsetMs = utcOffsetMinutes * 60_000;
  const localReference = referenceMs + offsetMs;
  const midnight = localReference - (((localReference % DAY_MS) + DAY_MS) % DAY_MS) - offsetMs;
  return (instantMs - midnight) / 60_000;
}
