import { useState } from "react";
import type { SpokespersonCandidateDto, SpokespersonDto } from "../../../shared/schemas/puzzle";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";

interface SpokespersonPickerProps {
  assemblyId: string;
  tableId: string;
  current: SpokespersonDto | null;
  onDone: () => void;
}

/** The table elects its spokesperson among its own people; the choice is recorded with the allocation. */
export function SpokespersonPicker({ assemblyId, tableId, current, onDone }: SpokespersonPickerProps) {
  const t = useT();
  const candidates = useApi<SpokespersonCandidateDto[]>(
    `/api/puzzle/assemblies/${assemblyId}/tables/${tableId}/candidates`,
  );
  const [chosen, setChosen] = useState(current?.registrationId ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `spokesperson-${tableId}`;
  const save = async () => {
    if (!chosen) return;
    setBusy(true);
    setMessage(null);
    try {
      await api.put(`/api/assemblies/${assemblyId}/tables/${tableId}/spokesperson`, {
        registrationId: chosen,
      });
      setMessage({ ok: true, text: t("puzzle.spokesperson.saved") });
      onDone();
    } catch (failure) {
      setMessage({ ok: false, text: failure instanceof ApiError ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="spokesperson">
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t("puzzle.spokesperson.choose")}
        </label>
        <select
          id={id}
          className="input input--select"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="">{t("common.choose")}</option>
          {(candidates.data ?? []).map((c) => (
            <option key={c.registrationId} value={c.registrationId}>
              {[
                c.name,
                c.organization,
                c.subtableName ? t("puzzle.capture.subtable", { label: c.subtableName }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" busy={busy} onClick={() => void save()}>
        {t("puzzle.spokesperson.save")}
      </Button>
      <p role="status" className={message && !message.ok ? "field__error" : undefined}>
        {message?.text}
      </p>
    </div>
  );
}
