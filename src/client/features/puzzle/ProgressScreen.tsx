import "./puzzle.css";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { policies } from "../../../shared/policies";
import type { PuzzleProgressDto } from "../../../shared/schemas/puzzle";
import { useApi } from "../../api/useApi";
import { useActor } from "../../app/session";
import { useLang, useT } from "../../i18n/lang";
import { useLiveEvents } from "../../live/useLiveEvents";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { ImportStuck } from "./ImportStuck";
import { PhaseClock } from "./PhaseClock";
import { PhaseSettings } from "./PhaseSettings";
import { SpokespersonPicker } from "./SpokespersonPicker";
import { TimerControls } from "./TimerControls";

const RELOADING = ["puzzle.", "allocation.", "subtable.", "table.", "tables."];

/**
 * The table leaders' and operator's board for Momento 4: every sub-table with its pieces per step, last sync
 * and phones connected; the phase timers; the spokesperson; printing, paper entry and stuck changes.
 */
export default function ProgressScreen() {
  const t = useT();
  const { lang } = useLang();
  const actor = useActor();
  const { assembly } = useAssembly();
  useDocumentTitle(`${t("puzzle.progress.title")} · ${assembly.name}`);
  const progress = useApi<PuzzleProgressDto>(`/api/puzzle/assemblies/${assembly.id}/progress`);
  const { reload } = progress;
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = useLiveEvents(assembly.id, (event) => {
    // A burst of saves (25 sub-tables at once) reads the board once a second at most.
    if (!RELOADING.some((prefix) => event.type.startsWith(prefix)) || pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = undefined;
      reload();
    }, 1000);
  });
  useEffect(() => () => clearTimeout(pending.current), []);
  useEffect(() => {
    if (live.connected) reload();
  }, [live.connected, reload]);

  const scope = { agreementId: assembly.agreementId, assemblyId: assembly.id };
  const runsAll = policies.leadTable(actor, scope);
  const data = progress.data;
  if (progress.error && !data) return <LoadError error={progress.error} retry={reload} />;
  if (!data) return <Loading />;
  const offset = live.connected && live.clockOffsetMs !== 0 ? live.clockOffsetMs : 0;
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(lang === "en" ? "en-GB" : "es-CO", {
      hour: "2-digit",
      minute: "2-digit",
    });
  const hasSubtables = data.tables.some((table) => table.subtables.length > 0);

  return (
    <div className="progress">
      <h2>{t("puzzle.progress.title")}</h2>
      <p>{t("puzzle.progress.intro")}</p>
      <p className="progress__links">
        <Link to={`/rompecabezas/${assembly.id}`}>{t("puzzle.progress.bigPuzzle")}</Link>
        {hasSubtables ? (
          <>
            {" · "}
            <a href={`/api/puzzle/assemblies/${assembly.id}/sheets.pdf`}>{t("puzzle.progress.sheets")}</a>
          </>
        ) : null}
      </p>
      {hasSubtables ? null : <p className="notice">{t("puzzle.progress.none")}</p>}

      {runsAll ? (
        <section className="section" aria-labelledby="puzzle-all">
          <h3 id="puzzle-all">{t("puzzle.progress.allTimers")}</h3>
          <TimerControls assemblyId={assembly.id} label={t("puzzle.progress.allTimers")} onDone={reload} />
          <h3>{t("puzzle.settings.title")}</h3>
          <PhaseSettings assemblyId={assembly.id} durations={data.durations} />
          <h3>{t("puzzle.import.title")}</h3>
          <ImportStuck assemblyId={assembly.id} onDone={reload} />
        </section>
      ) : null}

      {data.tables.map((table) => {
        const leads = policies.leadTable(actor, { ...scope, tableId: table.id });
        return (
          <section
            key={table.id}
            className="section progress__table"
            aria-labelledby={`table-${table.id}`}
            style={{ borderColor: table.color }}
          >
            <h3 id={`table-${table.id}`}>
              <span className="swatch" style={{ background: table.color }} aria-hidden="true" />{" "}
              {table.position}. {table.name}
            </h3>
            <PhaseClock timer={table.timer} clockOffsetMs={offset} variant="compact" />
            {leads ? (
              <TimerControls
                assemblyId={assembly.id}
                tableId={table.id}
                timer={table.timer}
                label={`${t("puzzle.progress.tableTimer")} ${table.position}`}
                onDone={reload}
              />
            ) : null}
            <p>
              <strong>{t("puzzle.spokesperson.title")}:</strong>{" "}
              {table.spokesperson
                ? [table.spokesperson.name, table.spokesperson.organization].filter(Boolean).join(" · ")
                : t("puzzle.spokesperson.none")}
            </p>
            {leads && table.subtables.length ? (
              <SpokespersonPicker
                assemblyId={assembly.id}
                tableId={table.id}
                current={table.spokesperson}
                onDone={reload}
              />
            ) : null}
            {table.subtables.length ? (
              <>
                <p>
                  <Link to={`/rompecabezas/${assembly.id}/mesa/${table.id}`}>
                    {t("puzzle.progress.bigPuzzle")}
                  </Link>
                  {" · "}
                  <a href={`/api/puzzle/assemblies/${assembly.id}/sheets.pdf?tableId=${table.id}`}>
                    {t("puzzle.progress.tableSheets")}
                  </a>
                </p>
                <div className="table-scroll">
                  <table className="progress__grid">
                    <thead>
                      <tr>
                        <th scope="col">{t("puzzle.progress.subtable")}</th>
                        <th scope="col">{t("puzzle.progress.code")}</th>
                        <th scope="col">{t("puzzle.progress.needs")}</th>
                        <th scope="col">{t("puzzle.progress.solutions")}</th>
                        <th scope="col">{t("puzzle.progress.planItems")}</th>
                        <th scope="col">{t("puzzle.progress.step")}</th>
                        <th scope="col">{t("puzzle.progress.lastSync")}</th>
                        <th scope="col">{t("puzzle.progress.connected")}</th>
                        <th scope="col">
                          <span className="visually-hidden">{t("puzzle.progress.subtable")}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {table.subtables.map((s) => (
                        <tr key={s.id}>
                          <th scope="row">{s.name}</th>
                          <td>{s.code ?? "—"}</td>
                          <td>{s.needs}</td>
                          <td>{s.solutions}</td>
                          <td>{s.planItems}</td>
                          <td>
                            {s.step
                              ? t(`puzzle.step${s.step as 1 | 2 | 3}.short`)
                              : t("puzzle.progress.complete")}
                          </td>
                          <td>{s.lastChangeAt ? time(s.lastChangeAt) : t("puzzle.progress.never")}</td>
                          <td>
                            {s.connected.length
                              ? s.connected.map((p) => p.name || t("puzzle.capture.someone")).join(", ")
                              : "0"}
                          </td>
                          <td className="progress__actions">
                            <Link to={`/submesas/${s.id}`}>
                              {t("puzzle.progress.open", { label: s.name })}
                            </Link>
                            {leads ? (
                              <Link to={`/submesas/${s.id}/papel`}>
                                {t("puzzle.progress.paper", { label: s.name })}
                              </Link>
                            ) : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
