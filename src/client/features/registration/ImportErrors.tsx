import type { ImportJobDto } from "../../../shared/schemas/import";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { ScrollTable } from "../../ui/ScrollTable";

/** Row-level problems of a finished import, and the workbook of the rows to fix and import again. */
export function ImportErrors({ job }: { job: ImportJobDto }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <section aria-labelledby="importar-errores">
      <h3 id="importar-errores">{t("import.results.errors")}</h3>
      <p>
        <a className="button button--primary" href={`/api/imports/${job.id}/errors.xlsx`} download>
          {t("import.results.download")}
        </a>
      </p>
      {job.errorCount > job.errors.length ? (
        <p className="form__note">
          {t("import.results.firstErrors", {
            shown: formatNumber(job.errors.length, lang),
            total: formatNumber(job.errorCount, lang),
          })}
        </p>
      ) : null}
      <ScrollTable label={t("import.results.errors")}>
        <table className="registration-table">
          <caption className="visually-hidden">{t("import.results.errors")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("import.results.row")}</th>
              <th scope="col">{t("import.mapping.column")}</th>
              <th scope="col">{t("import.results.message")}</th>
            </tr>
          </thead>
          <tbody>
            {job.errors.map((error) => (
              <tr key={`${error.row}-${error.column}-${error.message}`}>
                <td>{error.row}</td>
                <td>{error.column}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
