import "./run-of-day.css";
import { Link, useParams } from "react-router";
import { policies } from "../../../shared/policies";
import type { AssemblyDto } from "../../../shared/schemas/assembly";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { DayClock } from "./DayClock";
import { useLiveReload } from "./useLiveReload";
import { useRunOfDay } from "./useRunOfDay";

/** The moderator's phone: the current block, its time left, the next one, and one button to advance. */
export default function ModeratorScreen() {
  const t = useT();
  const actor = useActor();
  const { assemblyId = "" } = useParams();
  const assembly = useApi<AssemblyDto>(`/api/assemblies/${assemblyId}`);
  const live = useLiveReload(assemblyId, {
    "runofday.updated": () => day.reload(),
    "agenda.updated": () => day.reload(),
  });
  const day = useRunOfDay(assemblyId, live.clockOffsetMs);
  useLegend(assembly.data?.legend);
  useDocumentTitle(t("runofday.moderator"));

  const error = assembly.error ?? day.error;
  if (error) return <LoadError error={error} retry={assembly.reload} />;
  if (!assembly.data || !day.run) return <Loading />;
  const canRun = policies.runDay(actor, { agreementId: assembly.data.agreementId, assemblyId });
  return (
    <div className="moderator-view">
      <h1>{t("runofday.moderator")}</h1>
      <p className="page-meta">{assembly.data.name}</p>
      {live.connected ? null : (
        <p className="live-offline" role="status">
          {t("runofday.live.offline")}
        </p>
      )}
      {day.failure ? (
        <div role="alert" className="form-errors">
          <p className="form-errors__title">{day.failure}</p>
        </div>
      ) : null}
      <DayClock run={day.run} onAdvance={canRun ? day.advance : undefined} busy={day.busy} large />
      <p>
        <Link to={`/asambleas/${assemblyId}/dia`}>{t("runofday.moderator.back")}</Link>
      </p>
    </div>
  );
}
