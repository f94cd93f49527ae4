// The Momento 3 timer: each experience presents for 10 minutes; the projector warns in the last minute.

export const EXPERIENCE_SECONDS = 10 * 60;
export const WARNING_SECONDS = 60;

/** Instants in epoch milliseconds. */
export interface TimerRun {
  startedAt: number | null;
  stoppedAt: number | null;
  durationSeconds: number;
}

export type TimerPhase = "idle" | "running" | "warning" | "overtime" | "stopped";

export interface TimerState {
  phase: TimerPhase;
  elapsedSeconds: number;
  remainingSeconds: number;
  overtimeSeconds: number;
}

export function experienceTimer(run: TimerRun, nowMs: number): TimerState {
  if (run.startedAt === null) {
    return { phase: "idle", elapsedSeconds: 0, remainingSeconds: run.durationSeconds, overtimeSeconds: 0 };
  }
  const until = run.stoppedAt ?? nowMs;
  const elapsedSeconds = Math.max(0, Math.floor((until - run.startedAt) / 1000));
  const remainingSeconds = Math.max(0, run.durationSeconds - elapsedSeconds);
  const overtimeSeconds = Math.max(0, elapsedSeconds - run.durationSeconds);
  const phase: TimerPhase =
    run.stoppedAt !== null
      ? "stopped"
      : overtimeSeconds > 0 || remainingSeconds === 0
        ? "overtime"
        : remainingSeconds <= WARNING_SECONDS
          ? "warning"
          : "running";
  return { phase, elapsedSeconds, remainingSeconds, overtimeSeconds };
}

export type TimerAction = "start" | "stop";

/**
 * Timers after a tap: starting one experience stops any other that is running (one presenter at a time);
 * starting a running timer again changes nothing; starting a stopped one starts it afresh.
 */
export function applyTimerAction<T extends TimerRun & { id: string }>(
  timers: readonly T[],
  id: string,
  action: TimerAction,
  nowMs: number,
): T[] {
  const running = (t: TimerRun) => t.startedAt !== null && t.stoppedAt === null;
  return timers.map((timer) => {
    if (timer.id === id) {
      if (action === "stop") return running(timer) ? { ...timer, stoppedAt: nowMs } : timer;
      return running(timer) ? timer : { ...timer, startedAt: nowMs, stoppedAt: null };
    }
    return action === "start" && running(timer) ? { ...timer, stoppedAt: nowMs } : timer;
  });
}
