import { experienceTimer } from "../../../domain/experiences/timer";
import { embedUrl } from "../../../domain/files/link-kind";
import type { ProjectorScreenDto, SlideDto } from "../../../shared/schemas/projector";
import { withClock } from "../../../shared/schemas/run-of-day";
import { formatDate, formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { BigPuzzle } from "../puzzle/BigPuzzle";
import { formatDuration } from "../run-of-day/time";

interface ViewProps {
  screen: ProjectorScreenDto;
  /** The server-corrected time, epoch ms. */
  now: number;
  screenKey: string;
}

export function WelcomeView({ screen }: ViewProps) {
  const t = useT();
  const { lang } = useLang();
  const { assembly, attendance } = screen;
  return (
    <div className="pj-welcome">
      <p className="pj-kicker">{t("projector.welcome")}</p>
      <h1 className="pj-title">{assembly.name}</h1>
      <p className="pj-place">
        {assembly.municipalityName}, {assembly.departmentName}
        {assembly.venue ? ` · ${assembly.venue}` : ""}
      </p>
      <p className="pj-date">{formatDate(assembly.date, lang)}</p>
      <div className="pj-counter">
        <p className="pj-counter__label">{t("projector.attendance")}</p>
        <p className="pj-counter__value" aria-live="polite">
          {formatNumber(attendance.present, lang)}
        </p>
        <p className="pj-counter__of">
          {t("projector.attendanceOf", { registered: formatNumber(attendance.registered, lang) })}
        </p>
      </div>
    </div>
  );
}

export function BlockView({ screen, now }: ViewProps) {
  const t = useT();
  const run = withClock(screen.runOfDay.blocks, now);
  const current = run.blocks.find((b) => b.id === run.currentId);
  const next = run.blocks.find((b) => b.id === run.nextId);
  const over = run.overrunSeconds > 0;
  return (
    <div className={over ? "pj-block pj-block--over" : "pj-block"}>
      <h1 className="pj-title">
        {current?.title ?? (next ? t("projector.block.none") : t("runofday.dayOver"))}
      </h1>
      {current ? (
        <>
          <p className="pj-kicker">{over ? t("projector.block.over") : t("projector.block.left")}</p>
          <p role="timer" className="pj-countdown">
            {over ? `+${formatDuration(run.overrunSeconds)}` : formatDuration(run.timeLeftSeconds ?? 0)}
          </p>
        </>
      ) : null}
      {next ? (
        <p className="pj-next">
          {t("projector.block.next", { title: next.title, time: next.projectedStart ?? next.start })}
        </p>
      ) : null}
    </div>
  );
}

const fileUrl = (assemblyId: string, slide: SlideDto, key: string) =>
  `/api/projector/${assemblyId}/slides/${slide.id}/file${key ? `?key=${encodeURIComponent(key)}` : ""}`;

export function SlideView({ screen, screenKey }: ViewProps) {
  const t = useT();
  const { slide } = screen;
  if (!slide) return <h1 className="pj-title">{t("projector.slide.none")}</h1>;
  const title = slide.title || t(`projector.slides.kind.${slide.kind}`);
  const source = slide.url ?? fileUrl(screen.assembly.id, slide, screenKey);
  const embed = slide.url ? embedUrl(slide.url) : null;
  return (
    <div className="pj-slide">
      <h1 className="visually-hidden">{title}</h1>
      {slide.kind === "image" ? <img className="pj-slide__media" src={source} alt={title} /> : null}
      {slide.kind === "video" && !embed ? (
        <video className="pj-slide__media" src={source} controls autoPlay muted loop aria-label={title} />
      ) : null}
      {slide.kind === "video" && embed ? (
        <iframe
          className="pj-slide__frame"
          src={`${embed}?autoplay=1&mute=1`}
          title={title}
          allow="autoplay; fullscreen"
        />
      ) : null}
      {slide.kind === "pdf" || slide.kind === "link" ? (
        <iframe
          className="pj-slide__frame"
          src={slide.kind === "pdf" ? `${source}#toolbar=0&view=Fit` : source}
          title={title}
        />
      ) : null}
    </div>
  );
}

export function TimerView({ screen, now }: ViewProps) {
  const t = useT();
  const { experience } = screen;
  if (!experience) return <h1 className="pj-title">{t("projector.timer.none")}</h1>;
  const timer = experienceTimer(
    {
      startedAt: experience.timerStartedAt ? Date.parse(experience.timerStartedAt) : null,
      stoppedAt: experience.timerStoppedAt ? Date.parse(experience.timerStoppedAt) : null,
      durationSeconds: experience.durationSeconds,
    },
    now,
  );
  const status =
    timer.phase === "warning"
      ? t("projector.timer.warning")
      : timer.phase === "overtime"
        ? t("projector.timer.over")
        : timer.phase === "idle"
          ? t("projector.timer.ready")
          : timer.phase === "stopped"
            ? t("projector.timer.stopped")
            : "";
  return (
    <div className={`pj-timer pj-timer--${timer.phase}`}>
      <p className="pj-kicker">
        {experience.position}. {experience.municipalityName}
        {experience.theme ? ` · ${experience.theme}` : ""}
      </p>
      <h1 className="pj-title">{experience.organization}</h1>
      {experience.presenter ? <p className="pj-place">{experience.presenter}</p> : null}
      <p role="timer" className="pj-countdown">
        {timer.phase === "overtime" && timer.overtimeSeconds > 0
          ? `+${formatDuration(timer.overtimeSeconds)}`
          : formatDuration(timer.remainingSeconds)}
      </p>
      <p className="pj-timer__status" aria-live="assertive">
        {status}
      </p>
      {screen.guidingQuestions.length ? (
        <ul className="pj-questions">
          {screen.guidingQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Momento 4's big puzzle (built by the puzzle feature), the whole board or the table the console chose. */
export function PuzzleView({ screen, screenKey }: ViewProps) {
  const t = useT();
  return (
    <div className="pj-puzzle">
      <h1 className="visually-hidden">
        {screen.table ? `${t("projector.puzzle")}: ${screen.table.name}` : t("projector.puzzle")}
      </h1>
      <BigPuzzle
        assemblyId={screen.assembly.id}
        screenKey={screenKey || undefined}
        tableId={screen.state.tableId}
      />
    </div>
  );
}
