import "./run-of-day.css";
import { Link } from "react-router";
import { policies } from "../../../shared/policies";
import type { ExperiencesDto } from "../../../shared/schemas/experience";
import type { MaterialDto } from "../../../shared/schemas/material";
import type { ProjectorConsoleDto } from "../../../shared/schemas/projector";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { ProjectorControl } from "../projector/ProjectorControl";
import { DayClock } from "./DayClock";
import { Timeline } from "./Timeline";
import { useLiveReload } from "./useLiveReload";
import { useRunOfDay } from "./useRunOfDay";

/** The console that runs the day: the live clock, the agenda with one-tap actions, materials and the projector. */
export default function RunOfDayScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("runofday.title")} · ${assembly.name}`);
  const canRun = policies.runDay(actor, { agreementId: assembly.agreementId, assemblyId: assembly.id });
  const materials = useApi<MaterialDto[]>(`/api/assemblies/${assembly.id}/materials`);
  const projector = useApi<ProjectorConsoleDto>(canRun ? `/api/assemblies/${assembly.id}/projector` : null);
  const experiences = useApi<ExperiencesDto>(canRun ? `/api/assemblies/${assembly.id}/experiences` : null);
  const live = useLiveReload(assembly.id, {
    "runofday.updated": () => day.reload(),
    "agenda.updated": () => day.reload(),
    "materials.updated": materials.reload,
    "projector.updated": projector.reload,
    "slides.updated": projector.reload,
    "experiences.updated": experiences.reload,
  });
  const day = useRunOfDay(assembly.id, live.clockOffsetMs);

  if (day.error) return <LoadError error={day.error} retry={day.reload} />;
  if (!day.run) return <Loading />;
  return (
    <>
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
      <section aria-labelledby="day-clock" className="section">
        <h2 id="day-clock">{t("runofday.clock")}</h2>
        <DayClock run={day.run} onAdvance={canRun ? day.advance : undefined} busy={day.busy} />
        <p>
          <Link to={`/moderador/${assembly.id}`}>{t("runofday.moderator.open")}</Link>
          {" · "}
          <Link to={`/materiales/${assembly.id}`}>{t("materials.public.link")}</Link>
        </p>
        {canRun ? null : <p className="form__note">{t("runofday.readOnly")}</p>}
      </section>
      <section aria-labelledby="day-timeline" className="section">
        <h2 id="day-timeline">{t("runofday.timeline")}</h2>
        <Timeline
          assemblyId={assembly.id}
          blocks={day.run.blocks}
          materials={materials.data ?? []}
          canRun={canRun}
          busy={day.busy}
          onTap={day.tap}
          onMaterialsChange={materials.reload}
        />
      </section>
      {canRun ? (
        <section aria-labelledby="day-projector" className="section">
          <h2 id="day-projector">{t("projector.title")}</h2>
          {projector.error ? <LoadError error={projector.error} retry={projector.reload} /> : null}
          {projector.data ? (
            <ProjectorControl
              assembly={assembly}
              console={projector.data}
              experiences={experiences.data?.experiences ?? []}
              onChange={projector.setData}
              reload={projector.reload}
            />
          ) : (
            <Loading />
          )}
        </section>
      ) : null}
    </>
  );
}
