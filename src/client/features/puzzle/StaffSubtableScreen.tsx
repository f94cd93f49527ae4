import { useSyncExternalStore } from "react";
import { Link, useParams } from "react-router";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Loading } from "../../ui/Loading";
import { SubtableEditor } from "./SubtableEditor";
import { usePuzzleSession } from "./usePuzzleSession";

/** `/submesas/:subtableId`: the operator or the table's leader reads or corrects a sub-table (audited). */
export default function StaffSubtableScreen() {
  const t = useT();
  const actor = useActor();
  const { subtableId = "" } = useParams();
  const session = usePuzzleSession({ kind: "staff", subtableId });
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  if (!snap.state) {
    return snap.phase === "denied" ? (
      <div role="alert" className="form-errors">
        <p className="form-errors__title">{snap.message || t("error.resource.not_found")}</p>
      </div>
    ) : (
      <Loading />
    );
  }
  return (
    <>
      <p className="capture__back">
        <Link to={`/asambleas/${snap.state.assembly.id}/rompecabezas`}>{t("puzzle.paper.back")}</Link>
        {" · "}
        <Link to={`/submesas/${subtableId}/papel`}>{t("puzzle.capture.paper")}</Link>
      </p>
      <SubtableEditor session={session} staffName={actor.name} />
    </>
  );
}
