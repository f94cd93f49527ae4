import type { AttendanceDto } from "../../../shared/schemas/attendance";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { formatClock } from "../checkin/time";

interface ArrivalsChartProps {
  arrivals: AttendanceDto["arrivals"];
  bucketMinutes: number;
  /** The projector's large version: no table headers, bars only with their numbers. */
  large?: boolean;
}

/** Arrivals per 10 minutes as horizontal bars: a table, so screen readers read times and counts. */
export function ArrivalsChart({ arrivals, bucketMinutes, large = false }: ArrivalsChartProps) {
  const t = useT();
  const { lang } = useLang();
  if (arrivals.length === 0) return <p className="field__hint">{t("attendance.noArrivals")}</p>;
  const most = Math.max(...arrivals.map((bucket) => bucket.count), 1);
  const end = (start: string) => new Date(Date.parse(start) + bucketMinutes * 60_000).toISOString();
  return (
    <table className={large ? "arrivals arrivals--large" : "arrivals"}>
      <caption className="visually-hidden">{t("attendance.arrivals", { minutes: bucketMinutes })}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t("attendance.time")}</th>
          <th scope="col">{t("attendance.arrivalsCount")}</th>
        </tr>
      </thead>
      <tbody>
        {arrivals.map((bucket) => (
          <tr key={bucket.start}>
            <th scope="row" className="arrivals__time">
              {formatClock(bucket.start, lang)} – {formatClock(end(bucket.start), lang)}
            </th>
            <td className="arrivals__cell">
              <span className="attendance-bar" aria-hidden="true">
                <span className="attendance-bar__fill" style={{ width: `${(bucket.count / most) * 100}%` }} />
              </span>
              <span className="arrivals__count">{formatNumber(bucket.count, lang)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
