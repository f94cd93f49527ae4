import "./checkin.css";
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import type { AttendanceDto } from "../../../shared/schemas/attendance";
import type {
  AttendanceCountsDto,
  CheckInEventPayload,
  CheckInResultDto,
  DeskPersonDto,
  DeskSearchResultDto,
} from "../../../shared/schemas/checkin";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { formatNumber } from "../../i18n/format";
import { useLang, useT } from "../../i18n/lang";
import { useLiveEvents } from "../../live/useLiveEvents";
import { Button } from "../../ui/Button";
import { useDocumentTitle } from "../../ui/Page";
import { useAssembly } from "../assemblies/assembly-context";
import { BadgeBatch } from "./BadgeBatch";
import { CameraScanner } from "./CameraScanner";
import { CheckInBanner } from "./CheckInBanner";
import { DeskLabelForm } from "./DeskLabelForm";
import { useDeskLabel } from "./desk-label";
import { PersonCard } from "./PersonCard";
import { WalkInForm } from "./WalkInForm";

const TYPING_PAUSE_MS = 300;

/** The check-in desk: find a person (document, name, QR), mark them present in one tap, register walk-ins. */
export default function DeskScreen() {
  const t = useT();
  const { assembly } = useAssembly();
  const [desk, setDesk] = useDeskLabel(assembly.id);
  const [changing, setChanging] = useState(false);
  useDocumentTitle(`${t("checkin.title")} · ${assembly.name}`);

  if (!desk || changing) {
    return (
      <DeskLabelForm
        current={desk}
        onChoose={(label) => {
          setDesk(label);
          setChanging(false);
        }}
      />
    );
  }
  return <Desk assemblyId={assembly.id} desk={desk} onChangeDesk={() => setChanging(true)} />;
}

function Desk({
  assemblyId,
  desk,
  onChangeDesk,
}: {
  assemblyId: string;
  desk: string;
  onChangeDesk: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<DeskSearchResultDto | null>(null);
  const [searchError, setSearchError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<CheckInResultDto | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [counts, setCounts] = useState<AttendanceCountsDto | null>(null);
  const [camera, setCamera] = useState(false);
  const [walkIn, setWalkIn] = useState(false);
  const searchField = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  /** The text of the last search sent, so a pause after Enter (a scanner's) does not send it twice. */
  const requested = useRef("");
  const shown = useRef<{ query: string; ids: Set<string> }>({ query: "", ids: new Set() });

  const search = useCallback(
    async (text: string) => {
      const sequence = ++latest.current;
      requested.current = text;
      if (!text.trim()) {
        setFound(null);
        setSearchError(null);
        return;
      }
      try {
        const answer = await api.get<DeskSearchResultDto>(
          `/api/assemblies/${assemblyId}/checkin/search?q=${encodeURIComponent(text)}`,
        );
        if (sequence !== latest.current) return;
        setFound(answer);
        setSearchError(null);
        shown.current = { query: text, ids: new Set(answer.people.map((p) => p.registrationId)) };
      } catch (failure) {
        if (sequence !== latest.current || !(failure instanceof ApiError)) return;
        setFound(null);
        setSearchError(failure);
      }
    },
    [assemblyId],
  );

  // Search while the desk types (after a short pause); Enter — what a USB scanner sends — searches at once.
  useEffect(() => {
    if (query === requested.current) return;
    const timer = setTimeout(() => void search(query), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  useEffect(() => {
    api.get<AttendanceDto>(`/api/assemblies/${assemblyId}/attendance`).then(
      ({ registered, present, walkIns }) => setCounts({ registered, present, walkIns }),
      () => setCounts(null),
    );
  }, [assemblyId]);

  // Other desks' check-ins: the counter follows, and a person on screen shows they came in.
  useLiveEvents(assemblyId, (event) => {
    if (event.type !== "checkin.created" && event.type !== "checkin.undone") return;
    const payload = event.payload as CheckInEventPayload;
    setCounts({ registered: payload.registered, present: payload.present, walkIns: payload.walkIns });
    if (shown.current.ids.has(payload.registrationId)) void search(shown.current.query);
  });

  const focusSearch = () => searchField.current?.focus();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void search(query);
  };

  const act = async (work: () => Promise<CheckInResultDto>) => {
    if (busy) return;
    setBusy(true);
    setActionError(null);
    try {
      const answer = await work();
      setResult(answer);
      setCounts(answer.counts);
      setFound(
        (current) =>
          current && {
            ...current,
            people: current.people.map((p) =>
              p.registrationId === answer.person.registrationId ? answer.person : p,
            ),
          },
      );
      return answer;
    } catch (failure) {
      if (failure instanceof ApiError) setActionError(failure);
      else throw failure;
    } finally {
      setBusy(false);
    }
  };

  const mark = async (person: DeskPersonDto) => {
    const answer = await act(() =>
      api.post<CheckInResultDto>(`/api/assemblies/${assemblyId}/checkins`, {
        registrationId: person.registrationId,
        desk,
      }),
    );
    // Ready for the next person in line.
    if (answer?.outcome === "checked_in") {
      setQuery("");
      setFound(null);
      focusSearch();
    }
  };

  const undo = (checkInId: string) =>
    void act(() => api.post<CheckInResultDto>(`/api/assemblies/${assemblyId}/checkins/${checkInId}/undo`));

  const badgeUrl = (registrationId: string) =>
    `/api/assemblies/${assemblyId}/badges.pdf?format=label&registrations=${registrationId}`;

  return (
    <div className="desk">
      <div className="desk__bar">
        <p className="desk__label">
          {t("checkin.desk.current")} <strong>{desk}</strong>
        </p>
        <Button variant="quiet" onClick={onChangeDesk}>
          {t("checkin.desk.change")}
        </Button>
        {counts ? (
          <p className="desk__counts" aria-live="polite">
            {t("checkin.counts", {
              present: formatNumber(counts.present, lang),
              registered: formatNumber(counts.registered, lang),
              walkIns: formatNumber(counts.walkIns, lang),
            })}
          </p>
        ) : null}
      </div>

      <CheckInBanner result={result} badgeUrl={badgeUrl} undoing={busy} onUndo={undo} />
      {actionError ? (
        <p role="alert" className="form-errors">
          {actionError.message}
        </p>
      ) : null}

      {walkIn ? (
        <WalkInForm
          assemblyId={assemblyId}
          desk={desk}
          onCancel={() => {
            setWalkIn(false);
            focusSearch();
          }}
          onDone={(answer) => {
            setWalkIn(false);
            setResult(answer);
            setCounts(answer.counts);
            focusSearch();
          }}
        />
      ) : (
        <>
          <search className="desk-search">
            <form onSubmit={onSubmit}>
              <label htmlFor="desk-query" className="field__label">
                {t("checkin.search.label")}
              </label>
              <p id="desk-query-hint" className="field__hint">
                {t("checkin.search.hint")}
              </p>
              <div className="desk-search__row">
                <input
                  ref={searchField}
                  id="desk-query"
                  type="search"
                  className="input desk-search__input"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  aria-describedby="desk-query-hint"
                  autoComplete="off"
                  autoCorrect="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  enterKeyHint="search"
                  // biome-ignore lint/a11y/noAutofocus: the desk page exists to type or scan into this field.
                  autoFocus
                />
                <Button type="submit">{t("checkin.search.submit")}</Button>
              </div>
              <div className="card__actions">
                <Button variant="secondary" onClick={() => setCamera((open) => !open)} aria-expanded={camera}>
                  {t("checkin.camera.open")}
                </Button>
                <Button variant="secondary" onClick={() => setWalkIn(true)}>
                  {t("checkin.walkIn.open")}
                </Button>
              </div>
            </form>
          </search>
          {camera ? (
            <CameraScanner
              onScan={(text) => {
                setCamera(false);
                setQuery(text);
                void search(text);
              }}
              onClose={() => setCamera(false)}
            />
          ) : null}
          <SearchResults found={found} error={searchError} busy={busy} onMark={mark} />
        </>
      )}

      <BadgeBatch assemblyId={assemblyId} />
    </div>
  );
}

interface SearchResultsProps {
  found: DeskSearchResultDto | null;
  error: ApiError | null;
  busy: boolean;
  onMark: (person: DeskPersonDto) => void;
}

function SearchResults({ found, error, busy, onMark }: SearchResultsProps) {
  const t = useT();
  const summary = error
    ? error.message
    : !found
      ? ""
      : found.matchedBy === "too_short"
        ? t("checkin.search.tooShort")
        : found.people.length === 0
          ? t("checkin.search.none")
          : found.people.length === 1
            ? t("checkin.search.one")
            : t("checkin.search.count", { count: found.people.length });
  return (
    <section aria-labelledby="desk-results-title" className="desk-results">
      <h2 id="desk-results-title" className="visually-hidden">
        {t("checkin.search.results")}
      </h2>
      <p role="status" className={error ? "field__error" : "field__hint"}>
        {summary}
      </p>
      {found?.people.length ? (
        <ul className="cards">
          {found.people.map((person) => (
            <PersonCard key={person.registrationId} person={person} busy={busy} onMark={onMark} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
