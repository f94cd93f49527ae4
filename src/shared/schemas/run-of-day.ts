import { z } from "zod";
import { BLOCK_KINDS, fromClock, MINUTES_PER_DAY, toClock } from "../../domain/agenda/blocks";
import { agendaClock, type BlockRuns, minuteOfDay } from "../../domain/agenda/clock";

export const BLOCK_ACTIONS = ["start", "end", "skip", "reset"] as const;
export type BlockAction = (typeof BLOCK_ACTIONS)[number];
export const BLOCK_STATUSES = ["pending", "running", "done", "skipped"] as const;

export const ZBlockActionParamsSchema = z.object({
  id: z.uuid(),
  blockId: z.uuid(),
  action: z.enum(BLOCK_ACTIONS),
});

const clockText = z.string().nullable();

export const ZRunBlockSchema = z
  .object({
    id: z.uuid(),
    position: z.number(),
    kind: z.enum(BLOCK_KINDS),
    title: z.string(),
    responsible: z.string(),
    /** Planned times, HH:MM. */
    start: z.string(),
    end: z.string(),
    status: z.enum(BLOCK_STATUSES),
    startedAt: z.iso.datetime().nullable(),
    endedAt: z.iso.datetime().nullable(),
    skipped: z.boolean(),
    /** The forecast (or the actual times once held), HH:MM; null when skipped. */
    projectedStart: clockText,
    projectedEnd: clockText,
    delayMinutes: z.number(),
    overrunMinutes: z.number(),
  })
  .meta({ id: "RunBlock" });
export type RunBlockDto = z.infer<typeof ZRunBlockSchema>;

export const ZRunOfDaySchema = z
  .object({
    assemblyId: z.uuid(),
    /** Epoch ms when the server answered; live screens correct their clock with the WebSocket offset. */
    serverTime: z.number(),
    blocks: z.array(ZRunBlockSchema),
    currentId: z.uuid().nullable(),
    nextId: z.uuid().nullable(),
    timeLeftSeconds: z.number().nullable(),
    overrunSeconds: z.number(),
    plannedEndOfDay: clockText,
    projectedEndOfDay: clockText,
    /** Minutes the projected end of the day is after the planned one (negative when early). */
    endOfDayDelayMinutes: z.number(),
  })
  .meta({ id: "RunOfDay" });
export type RunOfDayDto = z.infer<typeof ZRunOfDaySchema>;

export type RunBlockInput = Pick<RunBlockDto, "id" | "start" | "end" | "startedAt" | "endedAt" | "skipped">;

const at = (iso: string | null, nowMs: number) => (iso === null ? null : minuteOfDay(Date.parse(iso), nowMs));
/** HH:MM on a 24-hour dial (a day that runs past midnight reads 00:15, not 24:15). */
const clockOf = (minute: number | null) =>
  minute === null
    ? null
    : toClock(((Math.floor(minute) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY);

/**
 * The agenda clock at `nowMs` from the blocks as the API sends them: the server answers with it, and live
 * screens recompute it every second with their corrected clock.
 */
export function liveClock(blocks: readonly RunBlockInput[], nowMs: number) {
  const planned = blocks.map((b) => ({
    id: b.id,
    startMinute: fromClock(b.start) ?? 0,
    endMinute: fromClock(b.end) ?? 0,
  }));
  const runs: BlockRuns = Object.fromEntries(
    blocks
      .filter((b) => b.startedAt !== null || b.skipped)
      .map((b) => [
        b.id,
        { startedAt: at(b.startedAt, nowMs), endedAt: at(b.endedAt, nowMs), skipped: b.skipped },
      ]),
  );
  return agendaClock(planned, runs, minuteOfDay(nowMs));
}

/** The DTO's forecast fields filled from the clock. */
export function withClock<T extends RunBlockInput>(blocks: readonly T[], nowMs: number) {
  const clock = liveClock(blocks, nowMs);
  const byId = new Map(clock.blocks.map((b) => [b.id, b]));
  return {
    blocks: blocks.map((block) => {
      const projected = byId.get(block.id)!;
      // Object.assign, not a spread: V8 spreads these objects a hundred times slower, every second on phones.
      return Object.assign({}, block, {
        status: projected.status,
        projectedStart: clockOf(projected.projectedStart),
        projectedEnd: clockOf(projected.projectedEnd),
        delayMinutes: Math.round(projected.delay),
        overrunMinutes: Math.round(projected.overrun),
      });
    }),
    currentId: clock.currentId,
    nextId: clock.nextId,
    timeLeftSeconds: clock.timeLeft === null ? null : Math.round(clock.timeLeft * 60),
    overrunSeconds: Math.round(clock.overrun * 60),
    plannedEndOfDay: clockOf(clock.plannedEndOfDay),
    projectedEndOfDay: clockOf(clock.projectedEndOfDay),
    endOfDayDelayMinutes:
      clock.projectedEndOfDay === null || clock.plannedEndOfDay === null
        ? 0
        : Math.round(clock.projectedEndOfDay - clock.plannedEndOfDay),
  };
}
