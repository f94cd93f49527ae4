import { useSyncExternalStore } from "react";
import { Link, useParams } from "react-router";
import { useT } from "../../i18n/lang";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { SubtableEditor } from "./SubtableEditor";
import { usePuzzleSession } from "./usePuzzleSession";

/**
 * The sub-table leader's phone (`/unirse/:code`, the link in the QR): no account, the code opens that
 * sub-table only. After the first visit it opens and keeps working with no connection.
 */
export default function CaptureScreen() {
  const t = useT();
  const { code = "" } = useParams();
  const session = usePuzzleSession({ kind: "phone", code });
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);

  if (snap.state) return <SubtableEditor session={session} />;
  if (snap.phase === "loading") return <Loading />;
  const message =
    snap.phase === "offline_first"
      ? t("puzzle.join.offlineFirst")
      : snap.phase === "invalid_code"
        ? snap.message || t("puzzle.join.failed", { code })
        : t("offline.capabilityLost");
  return (
    <Page title={t("puzzle.join.title")}>
      <div role="alert" className="form-errors">
        <p className="form-errors__title">{message}</p>
      </div>
      <p>
        <Link to="/unirse">{t("puzzle.join.again")}</Link>
      </p>
    </Page>
  );
}
