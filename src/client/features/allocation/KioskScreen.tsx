import "./allocation.css";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useParams } from "react-router";
import type { KioskDto, KioskResultDto } from "../../../shared/schemas/allocation";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { useDocumentTitle } from "../../ui/Page";

/** On a shared kiosk the answer does not stay on screen for the next person to read. */
const CLEAR_AFTER_MS = 45_000;
/** A kiosk opened before the tables are published asks again, so nobody has to reload it. */
const RECHECK_MS = 15_000;

/**
 * "¿Dónde me siento?": a participant types their document or name and sees their table, sub-table and
 * place, with only their first name and initial. Large type for a projector, and usable on a phone.
 */
export default function KioskScreen() {
  const t = useT();
  const { assemblyId = "" } = useParams();
  const kiosk = useApi<KioskDto>(`/api/kiosk/${assemblyId}`);
  useLegend(kiosk.data?.legend);
  useDocumentTitle(t("allocation.kiosk.title"));
  const inputId = useId();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<KioskResultDto | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const { reload } = kiosk;
  const waiting = kiosk.data?.published === false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, RECHECK_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  useEffect(() => {
    if (!result && !error) return;
    const timer = setTimeout(() => {
      setResult(null);
      setError(null);
      setQuery("");
    }, CLEAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [result, error]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setResult(
        await api.get<KioskResultDto>(`/api/kiosk/${assemblyId}/seat?q=${encodeURIComponent(query)}`),
      );
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setResult(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (kiosk.error) return <LoadError error={kiosk.error} retry={kiosk.reload} />;
  if (!kiosk.data) return <Loading />;
  return (
    <div className="kiosk">
      <h1 className="kiosk__title">{t("allocation.kiosk.title")}</h1>
      <p className="kiosk__assembly">{kiosk.data.assemblyName}</p>
      {kiosk.data.published ? (
        <search className="kiosk__search">
          <form onSubmit={search} className="kiosk__form">
            <label htmlFor={inputId} className="kiosk__label">
              {t("allocation.kiosk.label")}
            </label>
            <div className="kiosk__row">
              <input
                id={inputId}
                className="input kiosk__input"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                autoComplete="off"
                enterKeyHint="search"
              />
              <Button type="submit" busy={busy} className="kiosk__button">
                {t("allocation.kiosk.search")}
              </Button>
            </div>
          </form>
        </search>
      ) : (
        <p className="kiosk__message">{t("allocation.kiosk.not_published")}</p>
      )}
      <div aria-live="polite" className="kiosk__results">
        {error ? <p className="kiosk__message">{error.message}</p> : null}
        {result?.matchedBy === "too_short" ? (
          <p className="kiosk__message">{t("allocation.kiosk.too_short")}</p>
        ) : null}
        {result && result.matchedBy !== "too_short" && result.matches.length === 0 ? (
          <p className="kiosk__message">
            {t(
              result.matchedBy === "document"
                ? "allocation.kiosk.none_document"
                : "allocation.kiosk.none_name",
            )}
          </p>
        ) : null}
        {result?.matches.length ? (
          <ul className="kiosk__matches">
            {result.matches.map((match) => (
              <li
                key={`${match.subtableLabel}-${match.place}`}
                className="kiosk__match"
                style={{ borderLeftColor: match.color }}
              >
                <p className="kiosk__name">{match.displayName}</p>
                <p className="kiosk__seat">
                  {t("allocation.kiosk.table", { position: match.tablePosition, name: match.tableName })}
                </p>
                <p className="kiosk__seat kiosk__seat--big">
                  {t("allocation.kiosk.subtable", { label: match.subtableLabel, place: match.place })}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
        {result?.more ? <p className="kiosk__message">{t("allocation.kiosk.more")}</p> : null}
      </div>
    </div>
  );
}
