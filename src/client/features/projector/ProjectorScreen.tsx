import "./projector.css";
import { useCallback, useEffect, useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { ProjectorScreenDto } from "../../../shared/schemas/projector";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useT } from "../../i18n/lang";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { useLiveReload } from "../run-of-day/useLiveReload";
import { useNow } from "../run-of-day/useNow";
import { BlockView, PuzzleView, SlideView, TimerView, WelcomeView } from "./views";

const cacheKey = (assemblyId: string) => `minga.projector.${assemblyId}`;

function cached(assemblyId: string): ProjectorScreenDto | null {
  try {
    const text = localStorage.getItem(cacheKey(assemblyId));
    return text ? (JSON.parse(text) as ProjectorScreenDto) : null;
  } catch {
    return null;
  }
}

/** Calls `work` at most once per `ms`, always running the last call (a burst of events → one reload). */
function useThrottled(work: () => void, ms: number): () => void {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    const wait = last.current + ms - Date.now();
    if (timer.current) return;
    timer.current = setTimeout(
      () => {
        timer.current = undefined;
        last.current = Date.now();
        work();
      },
      Math.max(0, wait),
    );
  }, [work, ms]);
}

/**
 * The plenary screen: opened with its key (no staff session), switched remotely by the console, readable
 * from 10 m, with the convenio legend always on screen. It keeps showing the last state while offline and
 * catches up when the connection returns.
 */
export default function ProjectorScreen() {
  const t = useT();
  const { assemblyId = "" } = useParams();
  const [params] = useSearchParams();
  const key = params.get("key") ?? "";
  const path = `/api/projector/${assemblyId}${key ? `?key=${encodeURIComponent(key)}` : ""}`;
  const resource = useApi<ProjectorScreenDto>(path);
  const reload = useThrottled(resource.reload, 1000);
  const live = useLiveReload(assemblyId, { "*": reload }, key || undefined);
  const now = useNow(live.clockOffsetMs, 500);
  const frame = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  // A rotated key shuts this screen out: it says so rather than showing a stale state forever.
  const shutOut = resource.error?.code === "runofday.screen_key";
  const screen = shutOut ? null : (resource.data ?? cached(assemblyId));

  useEffect(() => {
    if (shutOut) localStorage.removeItem(cacheKey(assemblyId));
    else if (resource.data) localStorage.setItem(cacheKey(assemblyId), JSON.stringify(resource.data));
  }, [assemblyId, resource.data, shutOut]);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  useLegend(screen?.assembly.legend);
  useDocumentTitle(screen ? `${t("projector.title")} · ${screen.assembly.name}` : t("projector.title"));

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void frame.current?.requestFullscreen();
  };

  if (!screen) {
    if (resource.error) {
      const message = shutOut ? t("projector.keyInvalid") : resource.error.message;
      return (
        <div role="alert" className="form-errors">
          <p className="form-errors__title">{message}</p>
        </div>
      );
    }
    return <Loading />;
  }
  const offline = !live.connected || resource.error !== null;
  const props = { screen, now, screenKey: key };
  const View = {
    welcome: WelcomeView,
    block: BlockView,
    slide: SlideView,
    experience_timer: TimerView,
    puzzle: PuzzleView,
  }[screen.state.view];
  return (
    <div ref={frame} className="projector" data-view={screen.state.view}>
      <div className="projector__bar">
        <p className="projector__assembly">{screen.assembly.name}</p>
        {offline ? (
          <p className="projector__offline" role="status">
            {t("projector.offline")}
          </p>
        ) : null}
        <button type="button" className="projector__fullscreen" onClick={toggleFullscreen}>
          {fullscreen ? t("projector.exitFullscreen") : t("projector.fullscreen")}
        </button>
      </div>
      <div className="projector__stage">
        <View {...props} />
      </div>
      <p className="projector__legend">{screen.assembly.legend}</p>
    </div>
  );
}
