import "./attendance.css";
import { Link } from "react-router";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { ArrivalsChart } from "./ArrivalsChart";
import { Breakdown } from "./Breakdown";
import { breakdownLabels } from "./labels";
import { useAttendance } from "./useAttendance";

/** The staff's live attendance: counters, arrivals per 10 minutes, and who came by sex, place and group. */
export default function AttendanceScreen() {
  const t = useT();
  const { lang } = useLang();
  const { assembly } = useAssembly();
  const { data, error, reload, live } = useAttendance(assembly.id);
  useDocumentTitle(`${t("attendance.title")} · ${assembly.name}`);
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Loading />;
  const labels = breakdownLabels(t);
  const share = data.registered ? Math.round((data.present / data.registered) * 100) : 0;
  return (
    <div className="attendance">
      <div className="page-head">
        <h2 className="attendance__title">{t("attendance.title")}</h2>
        <div className="page-head__actions">
          <Link className="button button--secondary" to={`/asistencia/${assembly.id}`} target="_blank">
            {t("attendance.projector.open")}
          </Link>
        </div>
      </div>
      <p className="field__hint">{live.connected ? t("attendance.live") : t("attendance.offline")}</p>
      <dl className="attendance-counters" aria-live="polite">
        <div>
          <dt>{t("attendance.present")}</dt>
          <dd data-testid="attendance-present">{formatNumber(data.present, lang)}</dd>
        </div>
        <div>
          <dt>{t("attendance.registered")}</dt>
          <dd>{formatNumber(data.registered, lang)}</dd>
        </div>
        <div>
          <dt>{t("attendance.walkIns")}</dt>
          <dd>{formatNumber(data.walkIns, lang)}</dd>
        </div>
        <div>
          <dt>{t("attendance.share")}</dt>
          <dd>{share} %</dd>
        </div>
      </dl>
      <section className="attendance-block" aria-labelledby="attendance-arrivals">
        <h3 id="attendance-arrivals">{t("attendance.arrivals", { minutes: data.bucketMinutes })}</h3>
        <ArrivalsChart arrivals={data.arrivals} bucketMinutes={data.bucketMinutes} />
      </section>
      <div className="attendance-grid">
        <Breakdown id="attendance-sex" title={t("attendance.bySex")} rows={data.bySex} label={labels.sex} />
        <Breakdown
          id="attendance-groups"
          title={t("attendance.byPopulationGroup")}
          rows={data.byPopulationGroup}
          label={labels.populationGroup}
        />
        <Breakdown
          id="attendance-places"
          title={t("attendance.byMunicipality")}
          rows={data.byMunicipality}
          label={labels.municipality}
        />
      </div>
    </div>
  );
}
