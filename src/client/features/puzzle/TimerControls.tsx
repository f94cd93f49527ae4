import { useState } from "react";
import type { TimerDto } from "../../../shared/schemas/puzzle";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";

const EXTEND_MINUTES = 5;

interface TimerControlsProps {
  assemblyId: string;
  /** One table; omitted: every table of the assembly. */
  tableId?: string;
  /** The timer shown, to offer only what applies; omitted (every table): every action. */
  timer?: TimerDto;
  label: string;
  onDone: () => void;
}

/** Start, pause, resume, extend, skip or reset a table's phase timer (or every table's at once). */
export function TimerControls({ assemblyId, tableId, timer, label, onDone }: TimerControlsProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: string, minutes?: number) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/puzzle/assemblies/${assemblyId}/timers`, { action, minutes, tableId });
      onDone();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  const inPhase = timer ? timer.phase !== "idle" && timer.phase !== "done" : true;
  const actions = [
    { action: "start", show: !timer || !inPhase, text: t("puzzle.phase.start") },
    { action: "pause", show: !timer || (inPhase && timer.running), text: t("puzzle.phase.pause") },
    { action: "resume", show: !timer || (inPhase && !timer.running), text: t("puzzle.phase.resume") },
    { action: "extend", show: inPhase, text: t("puzzle.phase.extend", { minutes: EXTEND_MINUTES }) },
    { action: "skip", show: inPhase, text: t("puzzle.phase.skip") },
    { action: "reset", show: timer?.phase !== "idle", text: t("puzzle.phase.reset") },
  ];
  return (
    <fieldset className="timer-controls">
      <legend className="visually-hidden">{label}</legend>
      {actions
        .filter((a) => a.show)
        .map((a) => (
          <Button
            key={a.action}
            variant={a.action === "start" || a.action === "skip" ? "primary" : "secondary"}
            busy={busy}
            onClick={() => void run(a.action, a.action === "extend" ? EXTEND_MINUTES : undefined)}
          >
            {a.text}
          </Button>
        ))}
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
