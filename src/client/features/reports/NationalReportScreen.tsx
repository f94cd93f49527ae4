import "./reports.css";
import { useSearchParams } from "react-router";
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

const PATH = "/api/reports/national";

/** Unidad Solidaria's dashboard: every assembly, by department and by year, with the national breakdowns. */
export default function NationalReportScreen() {
  const t = useT();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const { data, error, reload } = useReport(PATH + queryString(filters));
  return (
    <Page
      title={t("reports.national.title")}
      actions={
        <ButtonLink variant="secondary" to="/informes">
          {t("reports.agreement.link")}
        </ButtonLink>
      }
    >
      <div className="reports">
        <ReportFilters agreementRequired={false} error={error} />
        <DownloadLinks reportPath={PATH} filters={filters} />
        {error ? <LoadError error={error} retry={reload} /> : null}
        {!data && !error ? <Loading /> : null}
        {data ? <ReportView report={data} /> : null}
      </div>
    </Page>
  );
}
