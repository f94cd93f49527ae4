import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyPhaseAction,
  DEFAULT_DURATIONS,
  estimateClockOffset,
  formatCountdown,
  IDLE,
  type PhaseAction,
  type TimerState,
  timerView,
} from "./phases";

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const running = (
  phase: "need" | "solution" | "plan",
  startedAt = T0,
  elapsedMs = 0,
  durationMs = 15 * MIN,
): TimerState => ({
  phase,
  running: true,
  startedAt,
  elapsedMs,
  durationMs,
});
const paused = (
  phase: "need" | "solution" | "plan",
  elapsedMs: number,
  durationMs = 15 * MIN,
): TimerState => ({
  phase,
  running: false,
  startedAt: null,
  elapsedMs,
  durationMs,
});

describe("applyPhaseAction", () => {
  it.each<[string, TimerState, PhaseAction, number, TimerState | string]>([
    ["start begins the needs phase with its 15 minutes", IDLE, { type: "start" }, T0, running("need")],
    [
      "start again after the end begins anew",
      { ...IDLE, phase: "done" },
      { type: "start" },
      T0,
      running("need"),
    ],
    ["start while a phase runs is refused", running("need"), { type: "start" }, T0, "already_started"],
    ["pause keeps the time used", running("need"), { type: "pause" }, T0 + 4 * MIN, paused("need", 4 * MIN)],
    ["pause when already paused is refused", paused("need", MIN), { type: "pause" }, T0, "not_running"],
    ["pause before starting is refused", IDLE, { type: "pause" }, T0, "not_running"],
    [
      "resume starts a new run from now",
      paused("need", 4 * MIN),
      { type: "resume" },
      T0 + 9 * MIN,
      running("need", T0 + 9 * MIN, 4 * MIN),
    ],
    ["resume while running is refused", running("need"), { type: "resume" }, T0, "not_paused"],
    [
      "extend adds minutes to this phase",
      running("solution"),
      { type: "extend", minutes: 5 },
      T0,
      running("solution", T0, 0, 20 * MIN),
    ],
    [
      "extend works while paused",
      paused("plan", MIN, 20 * MIN),
      { type: "extend", minutes: 2 },
      T0,
      paused("plan", MIN, 22 * MIN),
    ],
    ["extend by zero is refused", running("need"), { type: "extend", minutes: 0 }, T0, "bad_minutes"],
    [
      "extend by more than 30 is refused",
      running("need"),
      { type: "extend", minutes: 31 },
      T0,
      "bad_minutes",
    ],
    ["extend before starting is refused", IDLE, { type: "extend", minutes: 5 }, T0, "no_phase"],
    [
      "skip moves needs → solutions with a fresh 15 minutes",
      running("need", T0 - 3 * MIN),
      { type: "skip" },
      T0,
      running("solution"),
    ],
    [
      "skip moves solutions → plan with 20 minutes",
      paused("solution", 2 * MIN),
      { type: "skip" },
      T0,
      running("plan", T0, 0, 20 * MIN),
    ],
    ["skip after the plan ends Momento 4", running("plan"), { type: "skip" }, T0, { ...IDLE, phase: "done" }],
    ["skip when done is refused", { ...IDLE, phase: "done" }, { type: "skip" }, T0, "no_phase"],
    ["reset goes back to idle", running("plan"), { type: "reset" }, T0, IDLE],
  ])("%s", (_why, state, action, now, expected) => {
    const result = applyPhaseAction(state, action, now, DEFAULT_DURATIONS);
    if (typeof expected === "string") expect(result).toEqual({ ok: false, reason: expected });
    else expect(result).toEqual({ ok: true, state: expected });
  });

  it("uses the assembly's own durations", () => {
    const result = applyPhaseAction(IDLE, { type: "start" }, T0, { need: 10, solution: 12, plan: 25 });
    expect(result).toEqual({ ok: true, state: running("need", T0, 0, 10 * MIN) });
  });
});

describe("timerView", () => {
  it.each<[string, TimerState, number, { remainingMs: number; timeUp: boolean }]>([
    ["right after start", running("need"), T0, { remainingMs: 15 * MIN, timeUp: false }],
    ["ten minutes in", running("need"), T0 + 10 * MIN, { remainingMs: 5 * MIN, timeUp: false }],
    ["time is up", running("need"), T0 + 15 * MIN, { remainingMs: 0, timeUp: true }],
    ["overtime counts below zero", running("need"), T0 + 16 * MIN, { remainingMs: -MIN, timeUp: true }],
    [
      "paused does not count down",
      paused("need", 4 * MIN),
      T0 + 60 * MIN,
      { remainingMs: 11 * MIN, timeUp: false },
    ],
    ["earlier runs add up", running("need", T0, 4 * MIN), T0 + MIN, { remainingMs: 10 * MIN, timeUp: false }],
    [
      "a clock reading before the start counts as the start",
      running("need"),
      T0 - 5000,
      { remainingMs: 15 * MIN, timeUp: false },
    ],
  ])("%s", (_why, state, now, expected) => {
    expect(timerView(state, now)).toMatchObject(expected);
  });

  it("two phones with wrong clocks show the same countdown once corrected (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3_600_000, max: 3_600_000 }),
        fc.integer({ min: -3_600_000, max: 3_600_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 40 * MIN }),
        (skewA, skewB, latency, sinceStart) => {
          const server = T0 + sinceStart;
          // Each phone asks the server's time: the answer left the server at `server`, after `latency` ms.
          const offsetA = estimateClockOffset(server - latency + skewA, server, server + latency + skewA);
          const offsetB = estimateClockOffset(server - latency + skewB, server, server + latency + skewB);
          const later = server + 30_000;
          const a = timerView(running("need"), later + skewA + offsetA).remainingMs;
          const b = timerView(running("need"), later + skewB + offsetB).remainingMs;
          expect(a).toBe(b);
          expect(a).toBe(timerView(running("need"), later).remainingMs);
        },
      ),
    );
  });

  it.each([
    [1000, 5000, 1200, 3900, "server ahead by 3.9 s, 200 ms round trip"],
    [5000, 1000, 5000, -4000, "server behind, instant answer"],
  ])("estimateClockOffset(%i, %i, %i) = %i (%s)", (sent, serverTime, received, expected) => {
    expect(estimateClockOffset(sent, serverTime, received)).toBe(expected);
  });

  it("pausing and resuming never changes the total time (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 * MIN }), { minLength: 1, maxLength: 8 }), (runs) => {
        let state = running("need");
        let now = T0;
        let used = 0;
        for (const run of runs) {
          now += run;
          used += run;
          const pausedState = applyPhaseAction(state, { type: "pause" }, now, DEFAULT_DURATIONS);
          if (!pausedState.ok) throw new Error(pausedState.reason);
          now += 7 * MIN;
          const resumed = applyPhaseAction(pausedState.state, { type: "resume" }, now, DEFAULT_DURATIONS);
          if (!resumed.ok) throw new Error(resumed.reason);
          state = resumed.state;
        }
        expect(timerView(state, now).remainingMs).toBe(15 * MIN - used);
      }),
    );
  });
});

describe("formatCountdown", () => {
  it.each([
    [15 * MIN, "15:00"],
    [65_000, "01:05"],
    [500, "00:01"],
    [0, "00:00"],
    [-500, "00:00"],
    [-90_000, "-01:30"],
  ])("%i ms → %s", (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});
