import type { ReportTableDto } from "../../../shared/schemas/report";
import { useLang, useT } from "../../i18n/lang";
import { ScrollTable } from "../../ui/ScrollTable";
import { formatCell } from "./cells";

/** One breakdown as a table: its rows, then its total. It is also the chart's text alternative. */
export function ReportTable({ table }: { table: ReportTableDto }) {
  const t = useT();
  const { lang } = useLang();
  const withCategory = table.rows.some((row) => row.category !== undefined);
  return (
    <ScrollTable label={table.title}>
      <table className="report-table">
        <caption className="visually-hidden">{table.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reports.category")}</th>
            {withCategory ? <th scope="col">{t("reports.table.organization_type")}</th> : null}
            {table.measures.map((measure) => (
              <th scope="col" key={measure} className="report-table__number">
                {t(`reports.measure.${measure}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {withCategory ? <td>{row.category}</td> : null}
              {row.cells.map((cell, i) => (
                <td key={table.measures[i]} className="report-table__number">
                  {formatCell(cell, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("reports.total")}</th>
            {withCategory ? <td /> : null}
            {table.total.map((cell, i) => (
              <td key={table.measures[i]} className="report-table__number">
                {formatCell(cell, lang)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
