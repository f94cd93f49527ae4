import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { formatDuration } from "./time";
import type { RunOfDayView } from "./useRunOfDay";

interface DayClockProps {
  run: RunOfDayView;
  /** Shown to those who may run the day: one button that ends the current block and starts the next. */
  onAdvance?: (() => void) | undefined;
  busy?: boolean;
  large?: boolean;
}

/** The current block, its time left (overrun in red), the next block and the projected end of the day. */
export function DayClock({ run, onAdvance, busy = false, large = false }: DayClockProps) {
  const t = useT();
  const current = run.blocks.find((b) => b.id === run.currentId) ?? null;
  const next = run.blocks.find((b) => b.id === run.nextId) ?? null;
  const started = run.blocks.some((b) => b.status === "running" || b.status === "done");
  const over = run.overrunSeconds > 0;
  const advanceLabel = !started
    ? "runofday.advance.first"
    : next
      ? "runofday.advance"
      : "runofday.advance.last";
  return (
    <div className={large ? "day-clock day-clock--large" : "day-clock"}>
      <p className="day-clock__label">{t("runofday.current")}</p>
      <p className="day-clock__title" aria-live="polite">
        {current?.title ?? t("runofday.noCurrent")}
      </p>
      {current ? (
        <>
          <p className="day-clock__label">{over ? t("runofday.overrun") : t("runofday.timeLeft")}</p>
          <p role="timer" className={over ? "day-clock__time day-clock__time--over" : "day-clock__time"}>
            {over ? `+${formatDuration(run.overrunSeconds)}` : formatDuration(run.timeLeftSeconds ?? 0)}
          </p>
          {over ? (
            <p className="day-clock__over">
              {t("runofday.overrunBy", { time: formatDuration(run.overrunSeconds) })}
            </p>
          ) : null}
        </>
      ) : null}
      <p className="day-clock__next">
        <strong>{t("runofday.next")}:</strong>{" "}
        {next
          ? t("runofday.nextAt", { title: next.title, time: next.projectedStart ?? next.start })
          : t("runofday.dayOver")}
      </p>
      {run.projectedEndOfDay ? (
        <p
          className={run.endOfDayDelayMinutes > 0 ? "day-clock__end day-clock__end--late" : "day-clock__end"}
        >
          <strong>{t("runofday.endOfDay")}:</strong>{" "}
          {t("runofday.endOfDay.value", {
            projected: run.projectedEndOfDay,
            planned: run.plannedEndOfDay ?? "—",
          })}
        </p>
      ) : null}
      {onAdvance && (current || next) ? (
        <Button className="day-clock__advance" busy={busy} onClick={onAdvance}>
          {t(advanceLabel)}
        </Button>
      ) : null}
    </div>
  );
}
