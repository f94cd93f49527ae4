import { useSyncExternalStore } from "react";
import { Link, useParams } from "react-router";
import { policies } from "../../../shared/policies";
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
  const { assembly, table } = snap.state;
  const canCorrect = policies.leadTable(actor, {
    agreementId: assembly.agreementId,
    assemblyId: assembly.id,
    tableId: table.id,
  });
  return (
    <>
      <p className="capture__back">
        <Link to={`/asambleas/${assembly.id}/rompecabezas`}>{t("puzzle.paper.back")}</Link>
        {canCorrect ? (
          <>
            {" · "}
            <Link to={`/submesas/${subtableId}/papel`}>{t("puzzle.capture.paper")}</Link>
          </>
        ) : null}
      </p>
      <SubtableEditor session={session} staffName={actor.name} readOnly={!canCorrect} />
    </>
  );
}
