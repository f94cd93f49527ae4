import { Suspense, useMemo } from "react";
import { NavLink, Outlet, useParams } from "react-router";
import { policies } from "../../../shared/policies";
import type { AssemblyDto } from "../../../shared/schemas/assembly";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { ASSEMBLY_TABS, mayOpen } from "../../app/routes";
import { useActor } from "../../app/session";
import { formatDate } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page, useDocumentTitle } from "../../ui/Page";
import { AssemblyContext } from "./assembly-context";
import { STATUS_LABELS } from "./labels";

/** The frame of every assembly screen: its name, its tabs, and its convenio legend in the footer. */
export default function AssemblyLayout() {
  const t = useT();
  const { lang } = useLang();
  const actor = useActor();
  const { id = "" } = useParams();
  const { data, error, reload, setData } = useApi<AssemblyDto>(`/api/assemblies/${id}`);
  const assembly = data?.id === id ? data : null;
  useLegend(assembly?.legend);
  useDocumentTitle(assembly?.name ?? t("assemblies.title"));

  const context = useMemo(
    () =>
      assembly && {
        assembly,
        canEdit: policies.editAssembly(actor, { agreementId: assembly.agreementId, assemblyId: assembly.id }),
        setAssembly: setData,
        reload,
      },
    [assembly, actor, setData, reload],
  );

  if (error) {
    return (
      <Page title={t("assemblies.title")}>
        <LoadError error={error} retry={reload} />
      </Page>
    );
  }
  if (!context) return <Loading />;
  const tabs = ASSEMBLY_TABS.filter((tab) => mayOpen(tab.access, actor.role));
  return (
    <AssemblyContext.Provider value={context}>
      <div className="page-head">
        <h1>{context.assembly.name}</h1>
      </div>
      <p className="page-meta">
        {context.assembly.municipalityName}, {context.assembly.departmentName} ·{" "}
        {formatDate(context.assembly.date, lang)} · {t(STATUS_LABELS[context.assembly.status])}
      </p>
      <nav aria-label={t("assemblies.tabs")} className="tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={tab.path ? `/asambleas/${id}/${tab.path}` : `/asambleas/${id}`} end>
                {t(tab.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </AssemblyContext.Provider>
  );
}
