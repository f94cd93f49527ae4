import { useState } from "react";
import { policies } from "../../../shared/policies";
import type { AllyDto } from "../../../shared/schemas/ally";
import { api } from "../../api/client";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Notice } from "../../ui/Notice";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { useLiveReload } from "../run-of-day/useLiveReload";
import { AllyForm } from "./AllyForm";

/** Momento 2: the allies, their offer and possible contribution to the PIT; edit and export to Excel. */
export default function AlliesScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("allies.title")} · ${assembly.name}`);
  const canEdit = policies.runDay(actor, { agreementId: assembly.agreementId, assemblyId: assembly.id });
  const allies = useApi<AllyDto[]>(`/api/assemblies/${assembly.id}/allies`);
  useLiveReload(assembly.id, { "allies.updated": allies.reload });
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const saved = () => {
    setEditing(null);
    setNotice(t("allies.saved"));
    allies.reload();
  };
  const remove = async (ally: AllyDto) => {
    if (!window.confirm(t("allies.deleteConfirm", { institution: ally.institution }))) return;
    await api.delete(`/api/assemblies/${assembly.id}/allies/${ally.id}`);
    setNotice(t("allies.deleted"));
    allies.reload();
  };

  return (
    <section aria-labelledby="allies-title" className="section">
      <h2 id="allies-title">{t("allies.title")}</h2>
      <p>{t("allies.intro")}</p>
      <div className="form__actions">
        {canEdit && editing !== "new" ? (
          <Button
            onClick={() => {
              setNotice(null);
              setEditing("new");
            }}
          >
            {t("allies.add")}
          </Button>
        ) : null}
        <a
          className="button button--secondary"
          href={`/api/assemblies/${assembly.id}/allies/export.xlsx`}
          download
        >
          {t("allies.export")}
        </a>
      </div>
      <Notice text={notice} />
      {editing === "new" ? (
        <AllyForm assemblyId={assembly.id} ally={null} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : null}
      {allies.error ? <LoadError error={allies.error} retry={allies.reload} /> : null}
      {!allies.data && !allies.error ? <Loading /> : null}
      {allies.data?.length === 0 ? <p>{t("allies.empty")}</p> : null}
      {allies.data?.length ? (
        <>
          <p className="page-meta">{t("allies.count", { count: allies.data.length })}</p>
          <ul className="cards">
            {allies.data.map((ally) =>
              editing === ally.id ? (
                <li key={ally.id}>
                  <AllyForm
                    assemblyId={assembly.id}
                    ally={ally}
                    onSaved={saved}
                    onCancel={() => setEditing(null)}
                  />
                </li>
              ) : (
                <li key={ally.id} className="card">
                  <h3 className="card__title">{ally.institution}</h3>
                  <p className="card__meta">
                    {t(`allies.kind.${ally.kind}`)}
                    {ally.presenter ? ` · ${ally.presenter}` : ""}
                  </p>
                  <dl className="facts">
                    {ally.offer ? (
                      <div>
                        <dt>{t("allies.field.offer")}</dt>
                        <dd>{ally.offer}</dd>
                      </div>
                    ) : null}
                    {ally.pitContribution ? (
                      <div>
                        <dt>{t("allies.field.pitContribution")}</dt>
                        <dd>{ally.pitContribution}</dd>
                      </div>
                    ) : null}
                    {ally.contactName || ally.contactPhone || ally.contactEmail ? (
                      <div>
                        <dt>{t("allies.field.contactName")}</dt>
                        <dd>
                          {[ally.contactName, ally.contactPhone, ally.contactEmail]
                            .filter(Boolean)
                            .join(" · ")}
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                  {canEdit ? (
                    <div className="card__actions">
                      <Button variant="secondary" onClick={() => setEditing(ally.id)}>
                        {t("allies.edit", { institution: ally.institution })}
                      </Button>
                      <Button variant="danger" onClick={() => remove(ally)}>
                        {t("allies.delete", { institution: ally.institution })}
                      </Button>
                    </div>
                  ) : null}
                </li>
              ),
            )}
          </ul>
        </>
      ) : null}
    </section>
  );
}
