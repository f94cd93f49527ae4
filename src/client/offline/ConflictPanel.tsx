import type { ReactNode } from "react";
import type { MessageKey } from "../../shared/i18n";
import { useT } from "../i18n/lang";
import { Button } from "../ui/Button";
import type { QueuedChange } from "./queue";

interface ConflictPanelProps {
  conflicts: readonly QueuedChange[];
  /** How one version of a piece reads (its title, description, who, when …). */
  summarize: (kind: string, data: Record<string, unknown>) => ReactNode;
  onKeepMine: (entry: QueuedChange) => void;
  onKeepTheirs: (entry: QueuedChange) => void;
}

/**
 * Changes the server did not apply because the piece changed meanwhile: both versions side by side (stacked on
 * a phone), and the person chooses which one stays. Nothing is overwritten without that choice.
 */
export function ConflictPanel({ conflicts, summarize, onKeepMine, onKeepTheirs }: ConflictPanelProps) {
  const t = useT();
  if (conflicts.length === 0) return null;
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t("offline.conflict.title")}</h2>
      <p role="alert">
        {conflicts.length === 1
          ? t("offline.conflict.count.one")
          : t("offline.conflict.count.other", { count: conflicts.length })}
      </p>
      <p>{t("offline.conflict.intro")}</p>
      <ul className="conflicts__list">
        {conflicts.map((entry) => {
          const conflict = entry.conflict;
          const theirs = conflict?.theirs ?? null;
          const kind = entry.change.kind;
          return (
            <li key={entry.change.changeId} className="conflict">
              <h3 className="conflict__kind">{t(`offline.kind.${kind}` as MessageKey)}</h3>
              <div className="conflict__versions">
                <div className="conflict__version">
                  <h4>{t("offline.conflict.mine")}</h4>
                  {conflict?.mine ? (
                    summarize(kind, conflict.mine)
                  ) : (
                    <p>{t("offline.conflict.youDeleted")}</p>
                  )}
                </div>
                <div className="conflict__version">
                  <h4>
                    {theirs?.updatedBy
                      ? t("offline.conflict.theirsBy", { name: theirs.updatedBy })
                      : t("offline.conflict.theirs")}
                  </h4>
                  {theirs ? (
                    summarize(kind, theirs as unknown as Record<string, unknown>)
                  ) : (
                    <p>{t("offline.conflict.deleted")}</p>
                  )}
                </div>
              </div>
              <div className="conflict__actions">
                <Button onClick={() => onKeepMine(entry)}>{t("offline.conflict.keepMine")}</Button>
                <Button variant="secondary" onClick={() => onKeepTheirs(entry)}>
                  {t("offline.conflict.keepTheirs")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface RejectedPanelProps {
  rejected: readonly QueuedChange[];
  summarize: (kind: string, data: Record<string, unknown>) => ReactNode;
  onDiscard: (entry: QueuedChange) => void;
}

/** Changes the server refused (a rule broken meanwhile, a piece gone): why, and the choice to drop them. */
export function RejectedPanel({ rejected, summarize, onDiscard }: RejectedPanelProps) {
  const t = useT();
  if (rejected.length === 0) return null;
  return (
    <section className="conflicts conflicts--rejected" aria-labelledby="rejected-title">
      <h2 id="rejected-title">{t("offline.rejected.title")}</h2>
      <ul className="conflicts__list">
        {rejected.map((entry) => (
          <li key={entry.change.changeId} className="conflict">
            <h3 className="conflict__kind">{t(`offline.kind.${entry.change.kind}` as MessageKey)}</h3>
            {"data" in entry.change
              ? summarize(entry.change.kind, entry.change.data as Record<string, unknown>)
              : null}
            <p className="field__error">{entry.error}</p>
            <Button variant="danger" onClick={() => onDiscard(entry)}>
              {t("offline.rejected.discard")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
