import "./attendance.css";
import { useEffect, useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { useLegend } from "../../app/legend";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { ArrivalsChart } from "./ArrivalsChart";
import { useAttendance } from "./useAttendance";

const RECENT_BUCKETS = 8;

/** The large-type attendance for a projector: readable from the back of the hall, live, legend always on. */
export default function AttendanceProjectorScreen() {
  const t = useT();
  const { lang } = useLang();
  const { assemblyId = "" } = useParams();
  const [params] = useSearchParams();
  const { data, error, reload, live } = useAttendance(assemblyId, params.get("key") ?? undefined);
  const frame = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  useLegend(data?.legend);
  useDocumentTitle(data ? `${t("attendance.title")} · ${data.assemblyName}` : t("attendance.title"));
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Loading />;
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void frame.current?.requestFullscreen();
  };
  return (
    <div ref={frame} className="attendance-projector">
      <div className="attendance-projector__bar">
        <p className="attendance-projector__assembly">{data.assemblyName}</p>
        {live.connected ? null : <p className="attendance-projector__offline">{t("attendance.offline")}</p>}
        <button type="button" className="attendance-projector__button" onClick={toggleFullscreen}>
          {fullscreen ? t("attendance.projector.exitFullscreen") : t("attendance.projector.fullscreen")}
        </button>
      </div>
      <div className="attendance-projector__body">
        <h1 className="attendance-projector__title">{t("attendance.projector.title")}</h1>
        <p className="attendance-projector__count" aria-live="polite">
          <span className="attendance-projector__present">{formatNumber(data.present, lang)}</span>
          <span className="attendance-projector__of">
            {t("attendance.projector.of", { registered: formatNumber(data.registered, lang) })}
          </span>
        </p>
        <p className="attendance-projector__walkins">
          {t("attendance.projector.walkIns", { walkIns: formatNumber(data.walkIns, lang) })}
        </p>
        <ArrivalsChart
          arrivals={data.arrivals.slice(-RECENT_BUCKETS)}
          bucketMinutes={data.bucketMinutes}
          large
        />
      </div>
      <footer className="attendance-projector__legend">{data.legend}</footer>
    </div>
  );
}
