import "./plenary.css";
import { useEffect, useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { LiveEventDto } from "../../../shared/schemas/live";
import type { PlenaryScreenDto } from "../../../shared/schemas/plenary";
import type { VoteCountsDto } from "../../../shared/schemas/vote";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useLang, useT } from "../../i18n/lang";
import { useLiveEvents } from "../../live/useLiveEvents";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { dueLabel } from "../puzzle/labels";
import { ResultsChart } from "../votes/ResultsChart";

/** Re-reads at most once a second however many events arrive (a burst of edits → one reload). */
function useCoalesced(work: () => void): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      work();
    }, 1000);
  };
}

function Stage({ screen }: { screen: PlenaryScreenDto }) {
  const t = useT();
  const { lang } = useLang();
  const { table, item, vote } = screen;
  const kicker = table
    ? t("plenary.screen.table", { position: table.position })
    : t("plenary.screen.wholeAgenda");
  if (screen.current === "vote") {
    const subject = table ? table.name : t("plenary.screen.wholeAgenda");
    return (
      <div className="pl-vote">
        <p className="pl-kicker">{t("plenary.screen.voteStep")}</p>
        <h1 className="pl-title">{subject}</h1>
        {vote?.counts ? (
          <ResultsChart counts={vote.counts} title={t("votes.chart.title")} theme="dark" />
        ) : (
          <p className="pl-text">{vote ? t("votes.hand.title") : t("plenary.screen.noVote")}</p>
        )}
        {vote?.result ? <p className="pl-outcome">{t(`votes.outcome.${vote.result.outcome}`)}</p> : null}
      </div>
    );
  }
  if (screen.current === "item" && item) {
    return (
      <div className="pl-item">
        <p className="pl-kicker">
          {kicker} · {t("plenary.doc.item")} {item.position}
        </p>
        <h1 className="pl-title">{item.title}</h1>
        {item.description ? <p className="pl-text">{item.description}</p> : null}
        <div className="pl-columns">
          <section aria-labelledby="pl-solutions">
            <h2 id="pl-solutions">{t("plenary.item.solutions")}</h2>
            <ul>
              {item.solutions.map((solution) => (
                <li key={solution.id}>
                  {solution.description}
                  {solution.organizations.length ? (
                    <span className="pl-meta"> — {solution.organizations.join(", ")}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="pl-plan">
            <h2 id="pl-plan">{t("plenary.item.plan")}</h2>
            <ul>
              {item.plan.map((plan) => (
                <li key={plan.id}>
                  {plan.action}
                  <span className="pl-meta">
                    {" "}
                    — {plan.owner}, {dueLabel(plan.due, lang, t)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    );
  }
  if (table) {
    return (
      <div className="pl-intro">
        <p className="pl-kicker">{kicker}</p>
        <h1 className="pl-title">{table.name}</h1>
        {table.spokesperson ? (
          <p className="pl-text">{t("plenary.spokesperson", { name: table.spokesperson.name })}</p>
        ) : null}
        {table.items.length ? (
          <ol className="pl-points">
            {table.items.map((point) => (
              <li key={point.id}>{point.title}</li>
            ))}
          </ol>
        ) : (
          <p className="pl-text">{t("plenary.screen.noItems")}</p>
        )}
      </div>
    );
  }
  return (
    <div className="pl-intro">
      <h1 className="pl-title">{t("plenary.screen.wholeAgenda")}</h1>
      <div className="pl-columns">
        {screen.tables.map((each) => (
          <section key={each.id} aria-labelledby={`pl-table-${each.id}`}>
            <h2 id={`pl-table-${each.id}`}>{each.name}</h2>
            <ol>
              {each.items.map((point) => (
                <li key={point.id}>{point.title}</li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}

/**
 * The plenary on the projector: each table's agenda walked step by step by the moderator, then its vote with the
 * results live. Opened with the projector's key (no staff session); the convenio legend always on screen.
 */
export default function PlenaryScreen() {
  const t = useT();
  const { assemblyId = "" } = useParams();
  const [params] = useSearchParams();
  const key = params.get("key") ?? "";
  const resource = useApi<PlenaryScreenDto>(
    `/api/assemblies/${assemblyId}/plenary/screen${key ? `?key=${encodeURIComponent(key)}` : ""}`,
  );
  const reload = useCoalesced(resource.reload);
  const { data, setData } = resource;
  const live = useLiveEvents(
    assemblyId,
    (event: LiveEventDto) => {
      const payload = event.payload as { voteId?: string; counts?: VoteCountsDto };
      // Ballots carry the new counts: the chart moves without a round trip.
      if (event.type === "vote.ballot" && data?.vote && payload.voteId === data.vote.id && payload.counts) {
        setData({ ...data, vote: { ...data.vote, counts: payload.counts } });
      } else if (/^(plenary|vote|puzzle\.piece)/.test(event.type)) {
        reload();
      }
    },
    key || undefined,
  );
  const frame = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  useLegend(data?.assembly.legend);
  useDocumentTitle(data ? `${t("plenary.screen.title")} · ${data.assembly.name}` : t("plenary.screen.title"));
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  if (!data) {
    if (resource.error) {
      return (
        <div role="alert" className="form-errors">
          <p className="form-errors__title">
            {resource.error.code === "runofday.screen_key"
              ? t("plenary.screen.keyInvalid")
              : resource.error.message}
          </p>
        </div>
      );
    }
    return <Loading />;
  }
  return (
    <div ref={frame} className="plenary-screen">
      <div className="plenary-screen__bar">
        <p className="plenary-screen__assembly">{data.assembly.name}</p>
        <p className="plenary-screen__step">
          {t("plenary.screen.step", { step: data.step + 1, count: data.stepCount })}
        </p>
        {!live.connected || resource.error ? (
          <p className="plenary-screen__offline" role="status">
            {t("plenary.screen.offline")}
          </p>
        ) : null}
        <button
          type="button"
          className="plenary-screen__fullscreen"
          onClick={() =>
            document.fullscreenElement
              ? void document.exitFullscreen()
              : void frame.current?.requestFullscreen()
          }
        >
          {fullscreen ? t("plenary.screen.exitFullscreen") : t("plenary.screen.fullscreen")}
        </button>
      </div>
      <div className="plenary-screen__stage">
        <Stage screen={data} />
      </div>
      <p className="plenary-screen__legend">{data.assembly.legend}</p>
    </div>
  );
}
