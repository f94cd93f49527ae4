import type { ReactNode } from "react";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";

interface PieceCardProps {
  kind: "need" | "solution" | "planItem";
  title: string;
  headingId: string;
  /** Saved on this phone, not yet on the server. */
  local: boolean;
  updatedBy: string | null;
  /** In conflict: the form waits until the person chooses a version above. */
  locked: boolean;
  onDelete?: (() => void) | undefined;
  deleteLabel?: string;
  children: ReactNode;
}

/** One puzzle piece on the phone: its heading, whether it is saved, who saved it, and its form. */
export function PieceCard({
  kind,
  title,
  headingId,
  local,
  updatedBy,
  locked,
  onDelete,
  deleteLabel,
  children,
}: PieceCardProps) {
  const t = useT();
  return (
    <article className={`piece piece--${kind}`} aria-labelledby={headingId}>
      <header className="piece__head">
        <h3 id={headingId} className="piece__title">
          {title}
        </h3>
        {local ? (
          <span className="piece__badge">{t("offline.savedLocally")}</span>
        ) : updatedBy ? (
          <span className="piece__by">{t("puzzle.capture.editedBy", { name: updatedBy })}</span>
        ) : null}
      </header>
      {locked ? <p className="piece__locked">{t("offline.conflict.intro")}</p> : children}
      {onDelete && !locked ? (
        <div className="piece__actions">
          <Button variant="danger" onClick={onDelete}>
            {deleteLabel}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
