import { useEffect, useState } from "react";
import { useLang, useT } from "../i18n/lang";
import { Button } from "../ui/Button";
import type { QueuedChange } from "./queue";
import type { SyncStatus } from "./sync";

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "es-CO", { hour: "2-digit", minute: "2-digit" });

interface SyncBadgeProps {
  queue: readonly QueuedChange[];
  sync: SyncStatus;
  onRetry: () => void;
  onExport: () => void;
}

/**
 * How many changes are still only on this phone ("3 cambios sin enviar"), when the server last answered, and
 * what to do when it cannot be reached: it retries by itself; the person may also send now or export them.
 */
export function SyncBadge({ queue, sync, onRetry, onExport }: SyncBadgeProps) {
  const t = useT();
  const { lang } = useLang();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!sync.retryAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [sync.retryAt]);

  const unsent = queue.length;
  const label =
    unsent === 0
      ? t("offline.synced")
      : unsent === 1
        ? t("offline.pending.one")
        : t("offline.pending.other", { count: unsent });
  const last = sync.lastSyncAt
    ? t("offline.lastSync", { time: timeFormat(lang).format(new Date(sync.lastSyncAt)) })
    : t("offline.neverSynced");
  const seconds = sync.retryAt ? Math.max(0, Math.ceil((sync.retryAt - now) / 1000)) : null;
  return (
    <section
      className={`sync-badge${unsent ? " sync-badge--pending" : ""}`}
      aria-label={t("offline.details")}
    >
      <p className="sync-badge__count" role="status">
        <span className="sync-badge__dot" aria-hidden="true" />
        {sync.sending && unsent ? t("offline.sending") : label}
      </p>
      <p className="sync-badge__last">{last}</p>
      {sync.unreachable ? (
        <div className="sync-badge__offline">
          <p>{t("offline.offline")}</p>
          {seconds !== null ? <p>{t("offline.retryIn", { seconds })}</p> : null}
          <Button variant="secondary" onClick={onRetry}>
            {t("offline.retryNow")}
          </Button>
        </div>
      ) : null}
      {unsent ? (
        <p className="sync-badge__export">
          <Button variant="quiet" onClick={onExport}>
            {t("offline.export")}
          </Button>
          <span className="field__hint">{t("offline.exportHint")}</span>
        </p>
      ) : null}
    </section>
  );
}
