import { experienceTimer } from "../../../domain/experiences/timer";
import type { ExperienceDto } from "../../../shared/schemas/experience";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { formatDuration } from "../run-of-day/time";

interface ExperienceTimerProps {
  experience: ExperienceDto;
  now: number;
  canRun: boolean;
  busy: boolean;
  describedBy: string;
  onAction: (action: "start" | "stop") => void;
}

/** The console side of the 10-minute timer: its state, time left, and start/stop (start puts it on the projector). */
export function ExperienceTimer({
  experience,
  now,
  canRun,
  busy,
  describedBy,
  onAction,
}: ExperienceTimerProps) {
  const t = useT();
  const timer = experienceTimer(
    {
      startedAt: experience.timerStartedAt ? Date.parse(experience.timerStartedAt) : null,
      stoppedAt: experience.timerStoppedAt ? Date.parse(experience.timerStoppedAt) : null,
      durationSeconds: experience.durationSeconds,
    },
    now,
  );
  const running = timer.phase === "running" || timer.phase === "warning" || timer.phase === "overtime";
  return (
    <div className={`experience-timer experience-timer--${timer.phase}`}>
      <p>
        <strong>{t("experiences.timer")}:</strong> {t(`experiences.timer.${timer.phase}`)}
        {" · "}
        <span role="timer">
          {timer.overtimeSeconds > 0
            ? t("experiences.timer.over", { time: formatDuration(timer.overtimeSeconds) })
            : t("experiences.timer.left", { time: formatDuration(timer.remainingSeconds) })}
        </span>
      </p>
      {canRun ? (
        <div className="card__actions">
          {running ? (
            <Button
              variant="danger"
              busy={busy}
              aria-describedby={describedBy}
              onClick={() => onAction("stop")}
            >
              {t("experiences.timer.stop")}
            </Button>
          ) : (
            <Button busy={busy} aria-describedby={describedBy} onClick={() => onAction("start")}>
              {t("experiences.timer.start", { minutes: experience.durationSeconds / 60 })}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
