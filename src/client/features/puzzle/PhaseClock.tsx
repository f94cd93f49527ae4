import { useEffect, useState } from "react";
import { formatCountdown, type TimerState, timerView } from "../../../domain/puzzle/phases";
import type { TimerDto } from "../../../shared/schemas/puzzle";
import { useT } from "../../i18n/lang";
import { PHASE_LABELS } from "./labels";

/** The server's time now (local clock + offset), re-read every `intervalMs`. */
export function useServerNow(clockOffsetMs: number, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now + clockOffsetMs;
}

const toState = ({ tableId: _, ...state }: TimerDto): TimerState => state;

interface PhaseClockProps {
  timer: TimerDto;
  clockOffsetMs: number;
  /** Larger type for the projector; the phone shows the "time is up" advice. */
  variant?: "phone" | "board" | "compact";
}

/**
 * The phase of a table and its countdown, computed from the server's timer state and the server's clock, so
 * every phone and the projector show the same time. When time is up it only advises moving on.
 */
export function PhaseClock({ timer, clockOffsetMs, variant = "phone" }: PhaseClockProps) {
  const t = useT();
  const now = useServerNow(clockOffsetMs);
  const view = timerView(toState(timer), now);
  const inPhase = view.phase !== "idle" && view.phase !== "done";
  const time = formatCountdown(Math.abs(view.remainingMs));
  const status = !inPhase
    ? null
    : view.timeUp
      ? t("puzzle.phase.overtime", { time })
      : view.running
        ? t("puzzle.phase.remaining", { time })
        : t("puzzle.phase.paused", { time });
  return (
    <div
      className={`phase-clock phase-clock--${variant}${view.timeUp ? " phase-clock--up" : ""}`}
      data-phase={view.phase}
    >
      <p className="phase-clock__phase">
        <span className="phase-clock__now">{t("puzzle.phase.current")}:</span> {t(PHASE_LABELS[view.phase])}
      </p>
      {inPhase ? (
        <>
          <p className="phase-clock__time" role="timer" aria-label={status ?? undefined}>
            {formatCountdown(view.remainingMs)}
          </p>
          <div className="phase-clock__bar" aria-hidden="true">
            <span style={{ width: `${Math.round(view.fraction * 100)}%` }} />
          </div>
        </>
      ) : null}
      {variant === "phone" ? (
        <p className="phase-clock__advice" role="status">
          {inPhase && view.timeUp ? t("puzzle.phase.timeUp") : ""}
        </p>
      ) : null}
    </div>
  );
}
