import { type ChangeEvent, useState } from "react";
import type { MessageKey } from "../../../shared/i18n";
import type { ImportResultDto } from "../../../shared/schemas/puzzle";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useT } from "../../i18n/lang";

/** The operator uploads the file a phone exported with the changes it could not send. */
export function ImportStuck({ assemblyId, onDone }: { assemblyId: string; onDone: () => void }) {
  const t = useT();
  const [result, setResult] = useState<ImportResultDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setResult(null);
    setError(null);
    let content: unknown;
    try {
      content = JSON.parse(await file.text());
    } catch {
      setError(t("puzzle.import.unreadable"));
      return;
    }
    setBusy(true);
    try {
      setResult(await api.post<ImportResultDto>(`/api/puzzle/assemblies/${assemblyId}/import`, content));
      onDone();
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? [failure.message, ...Object.values(failure.fields)].join(" ")
          : String(failure),
      );
    } finally {
      setBusy(false);
    }
  };
  const count = (status: string) => result?.results.filter((r) => r.status === status).length ?? 0;
  return (
    <div className="import-stuck">
      <p>{t("puzzle.import.intro")}</p>
      <div className="field">
        <label htmlFor="import-stuck-file" className="field__label">
          {t("puzzle.import.file")}
        </label>
        <input
          id="import-stuck-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void upload(e)}
          disabled={busy}
          className="input"
        />
      </div>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      <div role="status">
        {result ? (
          <>
            <p className="notice">
              {t("puzzle.import.result", {
                applied: count("applied"),
                already: count("already_applied"),
                conflicts: count("conflict"),
                rejected: count("rejected"),
              })}
            </p>
            <ul>
              {result.results
                .filter((r) => r.message)
                .map((r) => (
                  <li key={r.changeId}>
                    {t(`offline.kind.${r.kind}` as MessageKey)} · {t(`puzzle.import.status.${r.status}`)}:{" "}
                    {r.message}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
