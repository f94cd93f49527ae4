import "./reports.css";
import { policies } from "../../../shared/policies";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { ButtonLink } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { DownloadLinks } from "./DownloadLinks";
import { PeopleList } from "./PeopleList";
import { queryString } from "./query";
import { ReportView } from "./ReportView";
import { useReport } from "./useReport";

/** The assembly's report tab: anonymised counts and charts, downloads, and the named list for who may see it. */
export default function AssemblyReportScreen() {
  const t = useT();
  const actor = useActor();
  const { assembly } = useAssembly();
  const path = `/api/reports/assemblies/${assembly.id}`;
  const { data, error, reload } = useReport(path);
  useDocumentTitle(`${t("reports.kind.assembly")} · ${assembly.name}`);
  const scope = { agreementId: assembly.agreementId, assemblyId: assembly.id };
  return (
    <div className="reports">
      <div className="page-head">
        <h2>{t("reports.kind.assembly")}</h2>
        <div className="page-head__actions">
          <ButtonLink
            variant="secondary"
            to={`/informes${queryString({ agreementId: assembly.agreementId, assemblyId: assembly.id })}`}
          >
            {t("reports.agreement.link")}
          </ButtonLink>
        </div>
      </div>
      <DownloadLinks reportPath={path} filters={{}} />
      {error ? <LoadError error={error} retry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? <ReportView report={data} /> : null}
      {policies.readRegistrations(actor, scope) ? <PeopleList assemblyId={assembly.id} /> : null}
    </div>
  );
}
