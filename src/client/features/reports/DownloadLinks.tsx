import { EXPORT_FORMATS } from "../../../shared/schemas/report";
import { useT } from "../../i18n/lang";
import { exportUrl } from "./query";

/** PDF, XLSX and CSV of the report on screen, with the same filters. */
export function DownloadLinks({
  reportPath,
  filters,
}: {
  reportPath: string;
  filters: Record<string, string | undefined>;
}) {
  const t = useT();
  return (
    <nav aria-label={t("reports.download.title")} className="report-downloads">
      {EXPORT_FORMATS.map((format) => (
        <a
          key={format}
          className="button button--secondary"
          href={exportUrl(reportPath, filters, format)}
          download
        >
          {t(`reports.download.${format}`)}
        </a>
      ))}
    </nav>
  );
}
