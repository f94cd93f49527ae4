import { useEffect, useState } from "react";
import type { CheckInResultDto } from "../../../shared/schemas/checkin";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { fullName } from "./PersonCard";
import { formatClock } from "./time";

/** Seconds left until `until`, ticking once a second; 0 once it has passed. */
function useSecondsLeft(until: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.ceil((Date.parse(until) - now) / 1000)) : 0;
}

const minutesSeconds = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

interface CheckInBannerProps {
  result: CheckInResultDto | null;
  badgeUrl: (registrationId: string) => string;
  undoing: boolean;
  onUndo: (checkInId: string) => void;
}

/**
 * What the last tap did, in a polite live region: present (with undo for two minutes and the badge),
 * already present (when and at which desk, not an error), or undone.
 */
export function CheckInBanner({ result, badgeUrl, undoing, onUndo }: CheckInBannerProps) {
  const t = useT();
  const { lang } = useLang();
  const checkIn = result?.person.checkIn ?? null;
  const left = useSecondsLeft(result?.outcome === "checked_in" ? (checkIn?.undoUntil ?? null) : null);
  const name = result ? fullName(result.person) : "";
  const message = !result
    ? ""
    : result.outcome === "undone"
      ? t("checkin.result.undone", { name })
      : result.outcome === "already_present" && checkIn
        ? t("checkin.result.already", {
            name,
            time: formatClock(checkIn.at, lang),
            desk: checkIn.desk,
            minutes: Math.max(0, Math.floor((Date.now() - Date.parse(checkIn.at)) / 60_000)),
          })
        : t("checkin.result.present", {
            name,
            desk: checkIn?.desk ?? "",
            time: checkIn ? formatClock(checkIn.at, lang) : "",
          });
  // One live region that stays in place, so screen readers announce each new result.
  return (
    <div className={result ? `desk-result desk-result--${result.outcome}` : undefined}>
      <p role="status" className={result ? "desk-result__message" : "visually-hidden"}>
        {message}
      </p>
      {result && result.outcome !== "undone" ? (
        <div className="card__actions">
          {result.outcome === "checked_in" && checkIn && left > 0 ? (
            <Button variant="danger" busy={undoing} onClick={() => onUndo(checkIn.id)}>
              {t("checkin.result.undo", { left: minutesSeconds(left) })}
            </Button>
          ) : null}
          <a className="button button--secondary" href={badgeUrl(result.person.registrationId)} download>
            {t("checkin.result.badge")}
          </a>
        </div>
      ) : null}
    </div>
  );
}
