import { useState } from "react";
import { PEOPLE_EXPORT_FORMATS, type ReportPeopleDto } from "../../../shared/schemas/report";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { ScrollTable } from "../../ui/ScrollTable";

/**
 * The named list of an assembly, for the roles allowed to see personal data. It is fetched only when asked
 * for, because every view and download is written to the audit log.
 */
export function PeopleList({ assemblyId }: { assemblyId: string }) {
  const t = useT();
  const { lang } = useLang();
  const [list, setList] = useState<ReportPeopleDto | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/reports/assemblies/${assemblyId}/people`;
  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setList(await api.get<ReportPeopleDto>(path));
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const yesNo = (value: boolean) => t(value ? "reports.yes" : "reports.no");
  return (
    <section className="report-section" aria-labelledby="report-people">
      <h2 id="report-people">{t("reports.people.title")}</h2>
      <p className="report__note">{t("reports.people.warning")}</p>
      <div className="report-downloads">
        {list ? null : (
          <Button variant="secondary" busy={busy} onClick={show}>
            {t("reports.people.show")}
          </Button>
        )}
        {PEOPLE_EXPORT_FORMATS.map((format) => (
          <a
            key={format}
            className="button button--secondary"
            href={`${path}/export?format=${format}`}
            download
          >
            {t(`reports.download.${format}`)}
          </a>
        ))}
      </div>
      {error ? <LoadError error={error} retry={show} /> : null}
      {list ? (
        <ScrollTable label={t("reports.people.title")}>
          <table className="report-table">
            <caption className="visually-hidden">{t("reports.people.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reports.people.name")}</th>
                <th scope="col">{t("reports.people.document")}</th>
                <th scope="col">{t("reports.people.phone")}</th>
                <th scope="col">{t("reports.people.municipality")}</th>
                <th scope="col">{t("reports.people.organization")}</th>
                <th scope="col">{t("reports.people.present")}</th>
              </tr>
            </thead>
            <tbody>
              {list.people.map((p) => (
                <tr key={p.registrationId}>
                  <th scope="row">
                    {p.firstNames} {p.lastNames}
                  </th>
                  <td>
                    {p.documentType} {p.documentNumber}
                  </td>
                  <td>{p.phone}</td>
                  <td>{p.municipalityName}</td>
                  <td>{p.organizationName ?? ""}</td>
                  <td>{yesNo(p.present)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("reports.total")}</th>
                <td colSpan={5}>{formatNumber(list.people.length, lang)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
