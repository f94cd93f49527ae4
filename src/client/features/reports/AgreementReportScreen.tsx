import "./reports.css";
import { useSearchParams } from "react-router";
import type { AgreementDto } from "../../../shared/schemas/agreement";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useT } from "../../i18n/lang";
import { ButtonLink } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { DownloadLinks } from "./DownloadLinks";
import { filtersFrom, queryString } from "./query";
import { ReportFilters } from "./ReportFilters";
import { ReportView } from "./ReportView";
import { useReport } from "./useReport";

/** A convenio's report: its assemblies, filtered by department, dates and assembly; the first convenio by default. */
export default function AgreementReportScreen() {
  const t = useT();
  const actor = useActor();
  const [params] = useSearchParams();
  const { agreementId: chosen, ...filters } = filtersFrom(params);
  const agreements = useApi<AgreementDto[]>("/api/agreements");
  const agreementId = chosen ?? agreements.data?.[0]?.id;
  const path = agreementId ? `/api/reports/agreements/${agreementId}` : null;
  const { data, error, reload } = useReport(path && path + queryString(filters));
  return (
    <Page
      title={t("reports.title")}
      actions={
        actor.role === "national_admin" ? (
          <ButtonLink variant="secondary" to="/informes/nacional">
            {t("reports.national.link")}
          </ButtonLink>
        ) : null
      }
    >
      <div className="reports">
        {agreements.data?.length === 0 ? <p>{t("reports.empty")}</p> : null}
        {agreementId ? (
          <ReportFilters key={agreementId} agreementRequired defaultAgreementId={agreementId} error={error} />
        ) : null}
        {path ? <DownloadLinks reportPath={path} filters={filters} /> : null}
        {data ? <h2 className="report__title">{data.title}</h2> : null}
        {error ? <LoadError error={error} retry={reload} /> : null}
        {(!data && !error && path) || agreements.loading ? <Loading /> : null}
        {data ? <ReportView report={data} /> : null}
      </div>
    </Page>
  );
}
