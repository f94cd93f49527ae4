// The shared phase timer of a table in Momento 4: needs (15 min), solutions (15 min), work plan (20 min).
// Times are server milliseconds; every screen computes the countdown from the same state and the server's
// clock (corrected by its offset), so phones with wrong clocks agree. Time running out never locks work.

export const PHASES = ["need", "solution", "plan"] as const;
export type Phase = (typeof PHASES)[number];
export type TimerPhase = "idle" | Phase | "done";

/** Minutes per phase; each assembly may change them. */
export type PhaseDurations = Record<Phase, number>;
export const DEFAULT_DURATIONS: PhaseDurations = { need: 15, solution: 15, plan: 20 };
export const DURATION_LIMITS = { min: 1, max: 120 } as const;
export const EXTEND_LIMITS = { min: 1, max: 30 } as const;

export interface TimerState {
  phase: TimerPhase;
  running: boolean;
  /** Server time the current run started; null while paused or not in a phase. */
  startedAt: number | null;
  /** Time spent in the phase before `startedAt` (earlier runs, between pauses). */
  elapsedMs: number;
  /** The phase's length including extensions. */
  durationMs: number;
}

export const IDLE: TimerState = {
  phase: "idle",
  running: false,
  startedAt: null,
  elapsedMs: 0,
  durationMs: 0,
};

export type PhaseAction =
  | { type: "start" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "extend"; minutes: number }
  | { type: "skip" }
  | { type: "reset" };
export const PHASE_ACTIONS = ["start", "pause", "resume", "extend", "skip", "reset"] as const;

export type PhaseRefusal = "already_started" | "not_running" | "not_paused" | "no_phase" | "bad_minutes";
export type PhaseResult = { ok: true; state: TimerState } | { ok: false; reason: PhaseRefusal };

const minutes = (m: number) => Math.round(m * 60_000);
const inPhase = (state: TimerState): state is TimerState & { phase: Phase } =>
  (PHASES as readonly string[]).includes(state.phase);

function begin(phase: Phase, now: number, durations: PhaseDurations): TimerState {
  return { phase, running: true, startedAt: now, elapsedMs: 0, durationMs: minutes(durations[phase]) };
}

/** The next state after an operator's action at server time `now`, or why it does not apply. */
export function applyPhaseAction(
  state: TimerState,
  action: PhaseAction,
  now: number,
  durations: PhaseDurations,
): PhaseResult {
  switch (action.type) {
    case "start":
      if (inPhase(state)) return { ok: false, reason: "already_started" };
      return { ok: true, state: begin("need", now, durations) };
    case "pause":
      if (!inPhase(state) || !state.running || state.startedAt === null)
        return { ok: false, reason: "not_running" };
      return {
        ok: true,
        state: {
          ...state,
          running: false,
          startedAt: null,
          elapsedMs: state.elapsedMs + (now - state.startedAt),
        },
      };
    case "resume":
      if (!inPhase(state) || state.running) return { ok: false, reason: "not_paused" };
      return { ok: true, state: { ...state, running: true, startedAt: now } };
    case "extend":
      if (!inPhase(state)) return { ok: false, reason: "no_phase" };
      if (
        !Number.isFinite(action.minutes) ||
        action.minutes < EXTEND_LIMITS.min ||
        action.minutes > EXTEND_LIMITS.max
      ) {
        return { ok: false, reason: "bad_minutes" };
      }
      return { ok: true, state: { ...state, durationMs: state.durationMs + minutes(action.minutes) } };
    case "skip": {
      if (!inPhase(state)) return { ok: false, reason: "no_phase" };
      const next = PHASES[PHASES.indexOf(state.phase) + 1];
      return { ok: true, state: next ? begin(next, now, durations) : { ...IDLE, phase: "done" } };
    }
    case "reset":
      return { ok: true, state: IDLE };
  }
}

export function elapsedMs(state: TimerState, now: number): number {
  return (
    state.elapsedMs + (state.running && state.startedAt !== null ? Math.max(0, now - state.startedAt) : 0)
  );
}

export interface TimerView {
  phase: TimerPhase;
  running: boolean;
  /** Milliseconds left; negative once the time is up (the overtime). */
  remainingMs: number;
  /** Time is up: screens suggest moving on, and nothing is locked. */
  timeUp: boolean;
  /** Share of the phase used, 0–1, for a progress bar. */
  fraction: number;
}

export function timerView(state: TimerState, now: number): TimerView {
  if (!inPhase(state))
    return {
      phase: state.phase,
      running: false,
      remainingMs: 0,
      timeUp: false,
      fraction: state.phase === "done" ? 1 : 0,
    };
  const used = elapsedMs(state, now);
  const remainingMs = state.durationMs - used;
  return {
    phase: state.phase,
    running: state.running,
    remainingMs,
    timeUp: remainingMs <= 0,
    fraction: state.durationMs > 0 ? Math.min(1, used / state.durationMs) : 1,
  };
}

/** "12:05" for 12 min 5 s left; "-01:30" in overtime. Seconds round up so 0:00 shows only when time is up. */
export function formatCountdown(remainingMs: number): string {
  const negative = remainingMs < 0;
  const totalSeconds = negative ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const mm = String(Math.floor(totalSeconds / 60)).padStart(2, "0");
  const ss = String(totalSeconds % 60).padStart(2, "0");
  return `${negative && totalSeconds > 0 ? "-" : ""}${mm}:${ss}`;
}

/**
 * serverTime − local time, from one request: sent and answered on the local clock, stamped by the server
 * in between (assumed halfway). Add it to `Date.now()` to read the server's clock.
 */
export function estimateClockOffset(sentAt: number, serverTime: number, receivedAt: number): number {
  return serverTime - (sentAt + (receivedAt - sentAt) / 2);
}
