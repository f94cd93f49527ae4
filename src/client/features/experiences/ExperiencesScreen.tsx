import "./experiences.css";
import { useState } from "react";
import { policies } from "../../../shared/policies";
import type { ExperienceDto, ExperiencesDto } from "../../../shared/schemas/experience";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { useLiveReload } from "../run-of-day/useLiveReload";
import { useNow } from "../run-of-day/useNow";
import { CriteriaSummary } from "./CriteriaSummary";
import { ExperienceForm } from "./ExperienceForm";
import { ExperienceTimer } from "./ExperienceTimer";
import { SystematisationForm } from "./SystematisationForm";
import { TemplateForm } from "./TemplateForm";

/** Momento 3: the experiences and their timers, the guiding questions, the systematisation and its document. */
export default function ExperiencesScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("experiences.title")} · ${assembly.name}`);
  const canRun = policies.runDay(actor, { agreementId: assembly.agreementId, assemblyId: assembly.id });
  const base = `/api/assemblies/${assembly.id}/experiences`;
  const resource = useApi<ExperiencesDto>(base);
  const live = useLiveReload(assembly.id, { "experiences.updated": resource.reload });
  const now = useNow(live.clockOffsetMs);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (work: () => Promise<ExperiencesDto | unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      resource.reload();
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const move = (list: ExperienceDto[], index: number, by: number) => {
    const ids = list.map((e) => e.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    return act(() => api.put(`${base}/order`, { ids }));
  };
  const remove = (experience: ExperienceDto) => {
    if (!window.confirm(t("experiences.deleteConfirm", { organization: experience.organization }))) return;
    return act(() => api.delete(`${base}/${experience.id}`));
  };

  if (resource.error) return <LoadError error={resource.error} retry={resource.reload} />;
  const page = resource.data;
  if (!page) return <Loading />;
  return (
    <>
      <section aria-labelledby="experiences-title" className="section">
        <h2 id="experiences-title">{t("experiences.title")}</h2>
        <p>{t("experiences.intro")}</p>
        {failure ? (
          <div role="alert" className="form-errors">
            <p className="form-errors__title">{failure}</p>
          </div>
        ) : null}
        {page.experiences.length === 0 ? <p>{t("experiences.empty")}</p> : null}
        <ol className="cards experience-list">
          {page.experiences.map((experience, index) => {
            const titleId = `exp-title-${experience.id}`;
            return (
              <li key={experience.id} className="card">
                <h3 id={titleId} className="card__title">
                  {experience.position}. {experience.organization}
                </h3>
                <p className="card__meta">
                  {[experience.presenter, experience.municipalityName, experience.theme]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <ExperienceTimer
                  experience={experience}
                  now={now}
                  canRun={canRun}
                  busy={busy}
                  describedBy={titleId}
                  onAction={(action) => act(() => api.post(`${base}/${experience.id}/timer/${action}`))}
                />
                {editing === experience.id ? (
                  <ExperienceForm
                    assemblyId={assembly.id}
                    departmentCode={assembly.departmentCode}
                    municipalityCode={assembly.municipalityCode}
                    experience={experience}
                    onSaved={() => {
                      setEditing(null);
                      resource.reload();
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : null}
                {canRun && editing !== experience.id ? (
                  <div className="card__actions">
                    <Button variant="secondary" onClick={() => setEditing(experience.id)}>
                      {t("experiences.edit", { organization: experience.organization })}
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={index === 0}
                      onClick={() => move(page.experiences, index, -1)}
                    >
                      <span aria-hidden="true">↑</span>
                      <span className="visually-hidden">
                        {t("experiences.moveUp", { organization: experience.organization })}
                      </span>
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={index === page.experiences.length - 1}
                      onClick={() => move(page.experiences, index, 1)}
                    >
                      <span aria-hidden="true">↓</span>
                      <span className="visually-hidden">
                        {t("experiences.moveDown", { organization: experience.organization })}
                      </span>
                    </Button>
                    <Button variant="danger" onClick={() => remove(experience)}>
                      {t("experiences.delete", { organization: experience.organization })}
                    </Button>
                  </div>
                ) : null}
                <details className="experience-notes">
                  <summary>{t("experiences.notes.for", { organization: experience.organization })}</summary>
                  {canRun ? (
                    <SystematisationForm
                      assemblyId={assembly.id}
                      experience={experience}
                      criteria={page.criteria}
                      onSaved={resource.reload}
                    />
                  ) : (
                    <dl className="facts">
                      {(["contributions", "learnings", "difficulties", "opportunities"] as const).map(
                        (note) => (
                          <div key={note}>
                            <dt>{t(`experiences.notes.${note}`)}</dt>
                            <dd>{experience.systematisation[note] || "—"}</dd>
                          </div>
                        ),
                      )}
                      <div>
                        <dt>{t("experiences.notes.criteria")}</dt>
                        <dd>{experience.systematisation.criteria.join(", ") || "—"}</dd>
                      </div>
                    </dl>
                  )}
                </details>
              </li>
            );
          })}
        </ol>
        {canRun ? (
          <>
            <h3>{t("experiences.add")}</h3>
            <ExperienceForm
              assemblyId={assembly.id}
              departmentCode={assembly.departmentCode}
              municipalityCode={assembly.municipalityCode}
              experience={null}
              onSaved={resource.reload}
            />
          </>
        ) : null}
      </section>
      <section aria-labelledby="experiences-summary" className="section">
        <h2 id="experiences-summary">{t("experiences.summary.title")}</h2>
        <CriteriaSummary page={page} />
        <div className="form__actions">
          <a className="button button--primary" href={`${base}/systematisation.pdf`} download>
            {t("experiences.download.pdf")}
          </a>
          <a className="button button--secondary" href={`${base}/systematisation.xlsx`} download>
            {t("experiences.download.xlsx")}
          </a>
        </div>
      </section>
      <section aria-labelledby="experiences-template" className="section">
        <h2 id="experiences-template">
          {t("experiences.questions")} · {t("experiences.criteria")}
        </h2>
        {canRun ? (
          <TemplateForm assemblyId={assembly.id} page={page} onSaved={resource.setData} />
        ) : (
          <>
            <ol>
              {page.guidingQuestions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ol>
            <ul>
              {page.criteria.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
