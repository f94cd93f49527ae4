import "./puzzle.css";
import { type CSSProperties, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { canAddNeed, canAddPlanItem, PLAN_ITEMS_MAX } from "../../../domain/puzzle/rules";
import type { NeedData, PlanItemData } from "../../../shared/schemas/puzzle";
import { useLegend } from "../../app/legend";
import { useLang, useT } from "../../i18n/lang";
import { useLiveEvents } from "../../live/useLiveEvents";
import { ConflictPanel, RejectedPanel } from "../../offline/ConflictPanel";
import { SyncBadge } from "../../offline/SyncBadge";
import { uuid } from "../../offline/uuid";
import { Button } from "../../ui/Button";
import { useDocumentTitle } from "../../ui/Page";
import { TextField } from "../../ui/TextField";
import { describePiece } from "./describe";
import { PHASE_STEP } from "./labels";
import { NeedEditor } from "./NeedEditor";
import { PhaseClock } from "./PhaseClock";
import { PlanItemEditor } from "./PlanItemEditor";
import { SolutionEditor } from "./SolutionEditor";
import { currentDeviceId, type PuzzleSession, storedName, storeName } from "./session";

type Step = 1 | 2 | 3;

/** A draft id per key (a need's solution, a solution's next plan item): kept until that piece is saved. */
function useDraftIds() {
  const ids = useRef(new Map<string, string>());
  return {
    get: (key: string) => {
      let id = ids.current.get(key);
      if (!id) {
        id = uuid();
        ids.current.set(key, id);
      }
      return id;
    },
    renew: (key: string) => ids.current.delete(key),
  };
}

const shorten = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

interface SubtableEditorProps {
  session: PuzzleSession;
  /** Staff correcting a sub-table: their name, shown as a reminder that changes are audited. */
  staffName?: string;
  /** Staff who may read but not correct this sub-table (a supervisor, another table's leader). */
  readOnly?: boolean;
}

/**
 * The puzzle of one sub-table: its axis, the shared phase countdown, who else is editing, what is not sent
 * yet, and the three steps — needs, one solution per need, the work plan — saved as the person types.
 */
export function SubtableEditor({ session, staffName, readOnly = false }: SubtableEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const state = snap.state;
  const live = useLiveEvents(state?.assembly.id, session.onLiveEvent, snap.token ?? undefined);
  const [name, setName] = useState(storedName);
  const [chosenStep, setStep] = useState<Step | null>(null);
  const [addingNeed, setAddingNeed] = useState(false);
  const [addingItem, setAddingItem] = useState<ReadonlySet<string>>(new Set());
  const needDraft = useDraftIds();
  const solutionDrafts = useDraftIds();
  const itemDrafts = useDraftIds();

  useLegend(state?.assembly.legend);
  useDocumentTitle(state ? t("puzzle.capture.subtable", { label: state.subtable.name }) : t("puzzle.title"));

  // Each (re)connection of the live view reads the sub-table again: nothing said meanwhile is missed.
  useEffect(() => {
    if (live.connected) void session.refresh();
  }, [live.connected, session]);

  if (!state) return null;
  const { needs, solutions, planItems } = snap.pieces;
  const conflicts = snap.queue.filter((e) => e.status === "conflict");
  const rejected = snap.queue.filter((e) => e.status === "rejected");
  const locked = new Set(conflicts.map((e) => e.change.pieceId));
  const phaseStep = PHASE_STEP[state.timer.phase];
  const step: Step = chosenStep ?? phaseStep ?? 1;
  const others = state.presence.filter((p) => p.deviceId !== currentDeviceId());
  const summarize = (kind: string, data: Record<string, unknown>) => describePiece(kind, data, t, lang);

  const newNeedId = needDraft.get("need");
  const showNewNeed =
    !needs.some((n) => n.id === newNeedId) && canAddNeed(needs.length) && (needs.length === 0 || addingNeed);
  const saveNeed = (id: string, data: NeedData) => {
    session.save("need.save", id, data);
    if (id === newNeedId) {
      needDraft.renew("need");
      setAddingNeed(false);
    }
  };
  const deleteNeed = (id: string, title: string) => {
    if (window.confirm(t("puzzle.need.deleteConfirm", { title }))) session.remove("need", id);
  };

  const tabs: { n: Step; label: string; count: string }[] = [
    {
      n: 1,
      label: t("puzzle.step1.short"),
      count: t("puzzle.capture.stepCount", { count: needs.length, total: 2 }),
    },
    {
      n: 2,
      label: t("puzzle.step2.short"),
      count: t("puzzle.capture.stepCount", { count: solutions.length, total: Math.max(needs.length, 1) }),
    },
    { n: 3, label: t("puzzle.step3.short"), count: String(planItems.length) },
  ];

  return (
    <div className="capture" style={{ "--axis": state.table.color } as CSSProperties}>
      <header className="capture__head">
        <p className="capture__table">
          {t("puzzle.capture.table", { position: state.table.position, name: state.table.name })}
        </p>
        <h1 className="capture__title">{t("puzzle.capture.subtable", { label: state.subtable.name })}</h1>
        <details className="capture__axis">
          <summary>{t("puzzle.capture.axis")}</summary>
          <p>{state.table.definition}</p>
        </details>
      </header>

      {staffName ? (
        <p className="notice">
          {readOnly ? t("puzzle.capture.readOnly") : t("puzzle.capture.readOnlyStaff", { name: staffName })}
        </p>
      ) : null}
      {snap.phase === "denied" ? (
        <p role="alert" className="form-errors">
          {t("offline.capabilityLost")}
        </p>
      ) : null}
      {snap.cachedAt ? (
        <p className="capture__cached">
          {t("offline.cachedAt", {
            time: new Date(snap.cachedAt).toLocaleTimeString(lang === "en" ? "en-GB" : "es-CO"),
          })}
        </p>
      ) : null}

      <div className="capture__status">
        <PhaseClock timer={state.timer} clockOffsetMs={snap.clockOffsetMs} />
        <SyncBadge
          queue={snap.queue}
          sync={snap.sync}
          onRetry={() => session.retryNow()}
          onExport={() => session.exportStuck()}
        />
      </div>
      <p className="capture__presence">
        {others.length
          ? t("puzzle.capture.others", {
              names: others.map((p) => p.name || t("puzzle.capture.someone")).join(", "),
            })
          : t("puzzle.capture.alone")}
      </p>
      {staffName ? null : (
        <TextField
          id="puzzle-author"
          name="author"
          label={t("puzzle.capture.yourName")}
          hint={t("puzzle.capture.yourNameHint")}
          autoComplete="given-name"
          value={name}
          onChange={(value) => {
            setName(value);
            storeName(value);
          }}
        />
      )}

      <ConflictPanel
        conflicts={conflicts}
        summarize={summarize}
        onKeepMine={(e) => session.keepMine(e)}
        onKeepTheirs={(e) => session.keepTheirs(e)}
      />
      <RejectedPanel rejected={rejected} summarize={summarize} onDiscard={(e) => session.discard(e)} />

      <nav aria-label={t("puzzle.capture.steps")} className="steps">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.n}>
              <button
                type="button"
                className={`steps__tab${tab.n === phaseStep ? " steps__tab--now" : ""}`}
                aria-pressed={tab.n === step}
                onClick={() => setStep(tab.n)}
              >
                <span className="steps__n">{t("puzzle.capture.stepTab", { n: tab.n })}</span>
                <span className="steps__label">{tab.label}</span>
                <span className="steps__count">{tab.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {phaseStep && phaseStep !== step ? (
        <p className="steps__hint">
          <Button variant="secondary" onClick={() => setStep(phaseStep)}>
            {t("puzzle.capture.stepTab", { n: phaseStep })}: {t(`puzzle.step${phaseStep}.short`)}
          </Button>
        </p>
      ) : null}

      <section className="step" aria-labelledby="step-title">
        <h2 id="step-title">{t(`puzzle.step${step}.title`)}</h2>
        <p className="step__guide">{t(`puzzle.step${step}.guide`)}</p>
        <fieldset className="step__pieces" disabled={readOnly}>
          <legend className="visually-hidden">{t(`puzzle.step${step}.title`)}</legend>

          {step === 1 ? (
            <>
              {needs.map((need, index) => (
                <NeedEditor
                  key={need.id}
                  id={need.id}
                  index={index}
                  need={need}
                  locked={locked.has(need.id)}
                  onSave={saveNeed}
                  onDelete={deleteNeed}
                />
              ))}
              {showNewNeed ? (
                <NeedEditor
                  key={newNeedId}
                  id={newNeedId}
                  index={needs.length}
                  need={null}
                  locked={false}
                  onSave={saveNeed}
                  onDelete={deleteNeed}
                />
              ) : null}
              {canAddNeed(needs.length) ? (
                needs.length > 0 && !showNewNeed ? (
                  <Button variant="secondary" onClick={() => setAddingNeed(true)}>
                    {t("puzzle.need.addSecond")}
                  </Button>
                ) : null
              ) : (
                <p className="step__note">{t("puzzle.need.limit")}</p>
              )}
            </>
          ) : null}

          {step === 2 ? (
            needs.length === 0 ? (
              <p className="step__note">{t("puzzle.solution.needFirst")}</p>
            ) : (
              needs.map((need) => {
                const solution = solutions.find((s) => s.needId === need.id) ?? null;
                const id = solution?.id ?? solutionDrafts.get(need.id);
                return (
                  <SolutionEditor
                    key={id}
                    id={id}
                    needId={need.id}
                    needTitle={need.title}
                    solution={solution}
                    suggestions={snap.suggestions}
                    locked={locked.has(id)}
                    onSave={(pieceId, data) => session.save("solution.save", pieceId, data)}
                  />
                );
              })
            )
          ) : null}

          {step === 3 ? (
            solutions.length === 0 ? (
              <p className="step__note">{t("puzzle.plan.solutionFirst")}</p>
            ) : (
              solutions.map((solution) => {
                const items = planItems.filter((p) => p.solutionId === solution.id);
                const draftId = itemDrafts.get(solution.id);
                const showDraft =
                  !items.some((i) => i.id === draftId) &&
                  canAddPlanItem(items.length) &&
                  (items.length === 0 || addingItem.has(solution.id));
                const saveItem = (id: string, data: PlanItemData) => {
                  session.save("planItem.save", id, data);
                  if (id === draftId) {
                    itemDrafts.renew(solution.id);
                    setAddingItem((s) => new Set([...s].filter((x) => x !== solution.id)));
                  }
                };
                return (
                  <section key={solution.id} className="plan" aria-labelledby={`plan-for-${solution.id}`}>
                    <h3 id={`plan-for-${solution.id}`} className="plan__title">
                      {t("puzzle.plan.for", { solution: shorten(solution.description) })}
                    </h3>
                    {items.map((item, index) => (
                      <PlanItemEditor
                        key={item.id}
                        id={item.id}
                        index={index}
                        solutionId={solution.id}
                        item={item}
                        suggestions={snap.suggestions}
                        locked={locked.has(item.id)}
                        onSave={saveItem}
                        onDelete={(id) => session.remove("planItem", id)}
                      />
                    ))}
                    {showDraft ? (
                      <PlanItemEditor
                        key={draftId}
                        id={draftId}
                        index={items.length}
                        solutionId={solution.id}
                        item={null}
                        suggestions={snap.suggestions}
                        locked={false}
                        onSave={saveItem}
                        onDelete={() => undefined}
                      />
                    ) : null}
                    {items.length === 0 ? <p className="step__note">{t("puzzle.plan.missing")}</p> : null}
                    {canAddPlanItem(items.length) ? (
                      items.length > 0 && !showDraft ? (
                        <Button
                          variant="secondary"
                          onClick={() => setAddingItem((s) => new Set([...s, solution.id]))}
                        >
                          {t("puzzle.plan.add")}
                        </Button>
                      ) : null
                    ) : (
                      <p className="step__note">{t("puzzle.plan.limit", { max: PLAN_ITEMS_MAX })}</p>
                    )}
                  </section>
                );
              })
            )
          ) : null}
        </fieldset>
      </section>
    </div>
  );
}
