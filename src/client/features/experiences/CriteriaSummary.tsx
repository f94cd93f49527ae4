import type { ExperiencesDto } from "../../../shared/schemas/experience";
import { useT } from "../../i18n/lang";

/** How often each good-practice criterion appears across the experiences. */
export function CriteriaSummary({ page }: { page: ExperiencesDto }) {
  const t = useT();
  const names = new Map(page.experiences.map((e) => [e.id, e.organization]));
  return (
    // Fixed layout with wrapping cells: it fits a 360 px phone without scrolling sideways.
    <table className="summary-table">
      <caption className="visually-hidden">{t("experiences.summary.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("experiences.summary.criterion")}</th>
          <th scope="col">{t("experiences.summary.count")}</th>
          <th scope="col">{t("experiences.summary.experiences")}</th>
        </tr>
      </thead>
      <tbody>
        {page.summary.map((row) => (
          <tr key={row.criterion}>
            <th scope="row">
              {row.criterion}
              {row.inList ? null : <span className="page-meta"> {t("experiences.summary.notInList")}</span>}
            </th>
            <td>{row.count}</td>
            <td>{row.experienceIds.map((id) => names.get(id) ?? "").join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
