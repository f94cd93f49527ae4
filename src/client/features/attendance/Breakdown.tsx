import type { AttendanceBreakdownDto } from "../../../shared/schemas/attendance";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";

interface BreakdownProps {
  id: string;
  title: string;
  rows: AttendanceBreakdownDto[];
  label: (row: AttendanceBreakdownDto) => string;
}

/** Present out of registered for each value of one dimension, with a bar of the share present. */
export function Breakdown({ id, title, rows, label }: BreakdownProps) {
  const t = useT();
  const { lang } = useLang();
  return (
    <section className="attendance-block" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {rows.length === 0 ? (
        <p className="field__hint">{t("attendance.empty")}</p>
      ) : (
        <table className="attendance-table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{t("attendance.present")}</th>
              <th scope="col">{t("attendance.registered")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("attendance.share")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const share = row.registered ? Math.round((row.present / row.registered) * 100) : 0;
              return (
                <tr key={row.key}>
                  <th scope="row">{label(row)}</th>
                  <td>{formatNumber(row.present, lang)}</td>
                  <td>{formatNumber(row.registered, lang)}</td>
                  <td className="attendance-table__bar">
                    <span className="attendance-bar" aria-hidden="true">
                      <span className="attendance-bar__fill" style={{ width: `${share}%` }} />
                    </span>
                    <span>{share} %</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
