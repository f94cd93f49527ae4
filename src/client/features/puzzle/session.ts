import { estimateClockOffset } from "../../../domain/puzzle/phases";
import type { LiveEventDto } from "../../../shared/schemas/live";
import type {
  NeedData,
  OrganizationSuggestionDto,
  PlanItemData,
  PresenceDto,
  PuzzleChange,
  PuzzlePieceDto,
  SolutionData,
  SubtableStateDto,
  TimerDto,
} from "../../../shared/schemas/puzzle";
import { downloadJson, stuckFile } from "../../offline/export";
import { idbByIndex, idbGet, idbPut, SUBTABLES } from "../../offline/idb";
import { ChangeQueue, type QueuedChange } from "../../offline/queue";
import { ChangeSync, type SyncStatus } from "../../offline/sync";
import { uuid } from "../../offline/uuid";
import {
  type PieceEventPayload,
  type Pieces,
  project,
  type ShownPieces,
  withEvent,
  withoutPiece,
  withPiece,
} from "./pieces";

/** A sub-table's phone joins with its code; staff open any sub-table with their session. */
export type Access = { kind: "phone"; code: string } | { kind: "staff"; subtableId: string };

/** What the phone keeps of a sub-table so the page opens with no connection. */
interface CachedSubtable {
  subtableId: string;
  code: string | null;
  token: string | null;
  state: SubtableStateDto;
  suggestions: OrganizationSuggestionDto[];
  savedAt: number;
  lastSyncAt: number | null;
  clockOffsetMs: number;
}

export type SessionPhase = "loading" | "ready" | "offline_first" | "invalid_code" | "denied";

export interface SessionSnapshot {
  phase: SessionPhase;
  /** The server's message when the code was refused. */
  message: string | null;
  state: SubtableStateDto | null;
  pieces: ShownPieces;
  queue: readonly QueuedChange[];
  sync: SyncStatus;
  suggestions: OrganizationSuggestionDto[];
  /** When the state shown was kept on the phone, until the server answers. */
  cachedAt: number | null;
  /** serverTime − Date.now(): timers count down on the server's clock. */
  clockOffsetMs: number;
  /** The capability, also the key of the live view. */
  token: string | null;
}

type SaveKind = "need.save" | "solution.save" | "planItem.save";
type DataOf<K extends SaveKind> = K extends "need.save"
  ? NeedData
  : K extends "solution.save"
    ? SolutionData
    : PlanItemData;

const NAME_KEY = "minga.puzzle.name";
const DEVICE_KEY = "minga.puzzle.device";
const HEARTBEAT_MS = 20_000;
const EMPTY: ShownPieces = { needs: [], solutions: [], planItems: [] };

export function storedName(): string {
  return localStorage.getItem(NAME_KEY) ?? "";
}
export function storeName(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim().slice(0, 60));
}
/** This phone's id for "who else is editing", kept across visits. */
export function currentDeviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = uuid();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

interface Answer {
  status: number;
  body: Record<string, unknown> | null;
}

/**
 * One open sub-table: the state the server last gave (kept in IndexedDB), the queue of unsent changes on top
 * of it, the sender, the heartbeat and the live events. Screens read `getSnapshot()` and call its actions.
 */
export class PuzzleSession {
  private snapshot: SessionSnapshot = {
    phase: "loading",
    message: null,
    state: null,
    pieces: EMPTY,
    queue: [],
    sync: { sending: false, lastSyncAt: null, retryAt: null, unreachable: false, denied: false },
    suggestions: [],
    cachedAt: null,
    clockOffsetMs: 0,
    token: null,
  };
  private readonly listeners = new Set<() => void>();
  private queue: ChangeQueue | null = null;
  private sync: ChangeSync | null = null;
  private csrf = "";
  /** The sub-table a fresh join opened, until its state is read. */
  private pendingSubtable: string | null = null;
  private stopped = false;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly retryStart = () => void this.start();

  constructor(private readonly access: Access) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;

  private set(patch: Partial<SessionSnapshot>): void {
    const next = { ...this.snapshot, ...patch };
    if (next.state && this.queue && ("state" in patch || "queue" in patch)) {
      const { subtable } = next.state;
      next.pieces = project(next.state, next.queue, { subtableId: subtable.id, tableId: subtable.tableId });
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private get subtableId(): string | null {
    return this.snapshot.state?.subtable.id ?? (this.access.kind === "staff" ? this.access.subtableId : null);
  }

  private headers(): Record<string, string> {
    if (this.access.kind === "staff") return { "x-csrf-token": this.csrf };
    return this.snapshot.token ? { "x-join-token": this.snapshot.token } : {};
  }

  private async request(method: string, path: string, body?: unknown): Promise<Answer | null> {
    try {
      const response = await fetch(path, {
        method,
        credentials: "same-origin",
        headers: {
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...this.headers(),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json().catch(() => null)) as Record<string, unknown> | null,
      };
    } catch {
      return null;
    }
  }

  async start(): Promise<void> {
    window.removeEventListener("online", this.retryStart);
    const cached = await this.loadCache();
    if (this.stopped) return;
    if (cached) {
      this.set({
        phase: "ready",
        state: cached.state,
        suggestions: cached.suggestions,
        cachedAt: cached.savedAt,
        clockOffsetMs: cached.clockOffsetMs,
        token: cached.token,
      });
    }
    if (this.access.kind === "staff") {
      const session = await this.request("GET", "/api/auth/session");
      this.csrf = String(session?.body?.csrfToken ?? "");
    } else if (!cached && !(await this.join())) {
      return;
    }
    if (this.stopped) return;
    const subtableId = cached?.subtableId ?? this.pendingSubtable ?? this.subtableId;
    if (!subtableId) return;
    await this.open(subtableId, cached?.lastSyncAt ?? null);
  }

  stop(): void {
    this.stopped = true;
    this.sync?.stop();
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.persistTimer);
    window.removeEventListener("online", this.retryStart);
  }

  private async loadCache(): Promise<CachedSubtable | null> {
    try {
      if (this.access.kind === "staff")
        return (await idbGet<CachedSubtable>(SUBTABLES, this.access.subtableId)) ?? null;
      const [found] = await idbByIndex<CachedSubtable>(SUBTABLES, "byCode", this.access.code.toUpperCase());
      return found ?? null;
    } catch {
      return null;
    }
  }

  /** Joins with the code: a capability for this sub-table. False when it could not (no network, bad code). */
  private async join(): Promise<boolean> {
    if (this.access.kind !== "phone") return false;
    const answer = await this.request("POST", "/api/join", { code: this.access.code });
    if (!answer) {
      if (!this.snapshot.state) {
        this.set({ phase: "offline_first" });
        window.addEventListener("online", this.retryStart, { once: true });
      }
      return false;
    }
    if (answer.status !== 200 || !answer.body) {
      this.set({
        phase: this.snapshot.state ? "denied" : "invalid_code",
        message: String(answer.body?.message ?? ""),
      });
      return false;
    }
    this.set({ token: String(answer.body.token) });
    this.pendingSubtable = String(answer.body.subtableId);
    return true;
  }

  private async open(subtableId: string, lastSyncAt: number | null): Promise<void> {
    const queue = new ChangeQueue(subtableId);
    this.queue = queue;
    queue.subscribe(() => this.set({ queue: queue.list() }));
    await queue.load();
    if (this.stopped) return;
    this.sync = new ChangeSync(queue, {
      url: `/api/puzzle/subtables/${subtableId}/changes`,
      headers: () => this.headers(),
      onApplied: (answer) => this.applyPiece(answer.kind, answer.pieceId, answer.piece),
      onStatus: (sync) => {
        this.set({ sync });
        if (sync.denied) void this.recover();
      },
      lastSyncAt,
    });
    this.sync.start();
    await this.refresh();
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    void this.heartbeat();
  }

  /** Reads the sub-table from the server (after opening, and whenever the live view reconnects). */
  refresh = async (rejoined = false): Promise<void> => {
    const subtableId = this.pendingSubtable ?? this.subtableId;
    if (!subtableId || this.stopped) return;
    const sent = Date.now();
    const answer = await this.request("GET", `/api/puzzle/subtables/${subtableId}`);
    if (!answer) return;
    if (answer.status === 401 || answer.status === 403 || answer.status === 404) {
      if (this.access.kind === "phone" && !rejoined && answer.status !== 403 && (await this.join()))
        return this.refresh(true);
      this.set({ phase: "denied", message: String(answer.body?.message ?? "") });
      return;
    }
    if (answer.status !== 200 || !answer.body) return;
    const state = answer.body as unknown as SubtableStateDto;
    this.pendingSubtable = null;
    this.set({
      phase: "ready",
      state,
      cachedAt: null,
      clockOffsetMs: estimateClockOffset(sent, state.serverTime, Date.now()),
    });
    this.sync?.touched();
    const suggestions = await this.request("GET", `/api/puzzle/subtables/${subtableId}/suggestions`);
    if (suggestions?.status === 200 && suggestions.body) {
      this.set({ suggestions: suggestions.body.organizations as OrganizationSuggestionDto[] });
    }
    this.persist();
  };

  /** The capability was refused while sending: join again with the code (a new token), or stop. */
  private async recover(): Promise<void> {
    if (this.access.kind === "phone" && (await this.join())) {
      this.sync?.kick();
      return;
    }
    if (this.access.kind === "phone") this.set({ phase: "denied" });
  }

  private async heartbeat(): Promise<void> {
    const subtableId = this.subtableId;
    if (!subtableId || this.stopped) return;
    const sent = Date.now();
    const answer = await this.request("POST", `/api/puzzle/subtables/${subtableId}/presence`, {
      deviceId: currentDeviceId(),
      name: storedName(),
    });
    if (answer?.status !== 200 || !answer.body || !this.snapshot.state) return;
    const serverTime = Number(answer.body.serverTime);
    this.set({
      state: { ...this.snapshot.state, presence: answer.body.presence as PresenceDto[] },
      clockOffsetMs: estimateClockOffset(sent, serverTime, Date.now()),
    });
  }

  /** Keeps the state on the phone (debounced): the page opens from it with no connection. */
  private persist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      const { state, suggestions, token, sync, clockOffsetMs } = this.snapshot;
      if (!state) return;
      const record: CachedSubtable = {
        subtableId: state.subtable.id,
        code: this.access.kind === "phone" ? this.access.code.toUpperCase() : null,
        token,
        state,
        suggestions,
        savedAt: Date.now(),
        lastSyncAt: sync.lastSyncAt,
        clockOffsetMs,
      };
      void idbPut(SUBTABLES, record).catch(() => undefined);
    }, 300);
  }

  /** A newer state from the server: shown, and kept on the phone. */
  private keep(state: SubtableStateDto): void {
    this.set({ state });
    this.persist();
  }

  private withPieces(update: (pieces: Pieces) => Pieces): void {
    const state = this.snapshot.state;
    if (state) this.keep({ ...state, ...update(state) });
  }

  private applyPiece(kind: string, pieceId: string, piece: PuzzlePieceDto | null): void {
    const type = kind.split(".")[0] as PuzzlePieceDto["type"];
    this.withPieces((pieces) => (piece ? withPiece(pieces, piece) : withoutPiece(pieces, type, pieceId)));
  }

  /** Events of the assembly's live view: pieces of this sub-table, its table's timer, who is editing. */
  onLiveEvent = (event: LiveEventDto): void => {
    const state = this.snapshot.state;
    if (!state) return;
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    switch (event.type) {
      case "puzzle.piece_saved":
      case "puzzle.piece_deleted":
        if (payload.subtableId === state.subtable.id)
          this.withPieces((pieces) => withEvent(pieces, payload as unknown as PieceEventPayload));
        break;
      case "puzzle.timer": {
        const timer = (payload.timers as TimerDto[]).find((t) => t.tableId === state.table.id);
        if (timer) this.set({ state: { ...state, timer } });
        break;
      }
      case "puzzle.presence":
        if (payload.subtableId === state.subtable.id)
          this.set({ state: { ...state, presence: payload.presence as PresenceDto[] } });
        break;
      case "puzzle.settings":
        this.set({ state: { ...state, durations: payload.durations as SubtableStateDto["durations"] } });
        break;
      case "subtable.join_code_changed":
        if (payload.subtableId === state.subtable.id) void this.refresh();
        break;
    }
  };

  // ——— Changes the person makes ———

  private entriesOf(pieceId: string): QueuedChange[] {
    return (this.queue?.list() ?? []).filter((e) => e.change.pieceId === pieceId && e.status !== "rejected");
  }

  private serverVersion(pieceId: string): number | null {
    const state = this.snapshot.state;
    const piece =
      state && [...state.needs, ...state.solutions, ...state.planItems].find((p) => p.id === pieceId);
    return piece ? piece.version : null;
  }

  /** The version the server will hold once this phone's queued changes of the piece are applied. */
  private expectedVersion(pieceId: string): number {
    const last = this.entriesOf(pieceId).at(-1);
    if (last) return last.change.kind.endsWith(".delete") ? 0 : last.change.baseVersion + 1;
    return this.serverVersion(pieceId) ?? 0;
  }

  save<K extends SaveKind>(kind: K, pieceId: string, data: DataOf<K>): void {
    if (!this.queue) return;
    const author = storedName();
    const last = this.entriesOf(pieceId).at(-1);
    if (last && last.status === "pending" && !last.attempted && last.change.kind === kind) {
      // Never sent: the newest text replaces it instead of queueing one more change.
      this.queue.update({ ...last, change: { ...last.change, author, data } as PuzzleChange });
    } else {
      this.queue.add({
        changeId: uuid(),
        kind,
        pieceId,
        baseVersion: this.expectedVersion(pieceId),
        author,
        data,
      } as PuzzleChange);
    }
    this.sync?.kick();
  }

  remove(type: PuzzlePieceDto["type"], pieceId: string): void {
    if (!this.queue) return;
    const queue = this.queue;
    const dependents = this.dependentEntries(type, pieceId).filter((e) => !e.attempted);
    const own = this.entriesOf(pieceId);
    const neverSent = this.serverVersion(pieceId) === null && own.every((e) => !e.attempted);
    queue.remove([...dependents, ...(neverSent ? own : [])].map((e) => e.change.changeId));
    if (!neverSent) {
      const kind = `${type}.delete` as const;
      queue.add({
        changeId: uuid(),
        kind,
        pieceId,
        baseVersion: this.expectedVersion(pieceId),
        author: storedName(),
      });
    }
    this.sync?.kick();
  }

  /** Queued changes of what hangs from a piece: they would be refused once it is gone. */
  private dependentEntries(type: PuzzlePieceDto["type"], pieceId: string): QueuedChange[] {
    const entries = this.queue?.list() ?? [];
    const solutionIds = new Set<string>(type === "solution" ? [pieceId] : []);
    if (type === "need") {
      for (const e of entries)
        if (e.change.kind === "solution.save" && e.change.data.needId === pieceId)
          solutionIds.add(e.change.pieceId);
      for (const s of this.snapshot.state?.solutions ?? []) if (s.needId === pieceId) solutionIds.add(s.id);
    }
    return entries.filter(
      (e) =>
        e.change.pieceId !== pieceId &&
        ((e.change.kind === "planItem.save" && solutionIds.has(e.change.data.solutionId)) ||
          (type === "need" && solutionIds.has(e.change.pieceId))),
    );
  }

  /** Plan items queued for a solution that turned out to be a duplicate now hang from the kept one. */
  private repoint(fromSolutionId: string, toSolutionId: string): void {
    for (const e of this.queue?.list() ?? []) {
      if (e.change.kind === "planItem.save" && e.change.data.solutionId === fromSolutionId && !e.attempted) {
        this.queue?.update({
          ...e,
          change: { ...e.change, data: { ...e.change.data, solutionId: toSolutionId } },
        });
      }
    }
  }

  /** Resolves a conflict with this phone's version: saved again on top of the server's current one. */
  keepMine(entry: QueuedChange): void {
    const queue = this.queue;
    const theirs = entry.conflict?.theirs ?? null;
    if (!queue) return;
    queue.remove([entry.change.changeId]);
    if (theirs) this.withPieces((pieces) => withPiece(pieces, theirs));
    const change = entry.change;
    if (change.kind.endsWith(".delete")) {
      if (theirs)
        queue.add({
          ...change,
          changeId: uuid(),
          pieceId: theirs.id,
          baseVersion: theirs.version,
        } as PuzzleChange);
    } else {
      if (theirs && theirs.id !== change.pieceId) this.repoint(change.pieceId, theirs.id);
      queue.add({
        ...change,
        changeId: uuid(),
        pieceId: theirs?.id ?? change.pieceId,
        baseVersion: theirs?.version ?? 0,
      } as PuzzleChange);
    }
    this.sync?.kick();
  }

  /** Resolves a conflict with the server's version: this phone's change is dropped. */
  keepTheirs(entry: QueuedChange): void {
    const theirs = entry.conflict?.theirs ?? null;
    this.queue?.remove([entry.change.changeId]);
    if (theirs) {
      if (theirs.id !== entry.change.pieceId) this.repoint(entry.change.pieceId, theirs.id);
      this.withPieces((pieces) => withPiece(pieces, theirs));
    } else {
      const type = entry.change.kind.split(".")[0] as PuzzlePieceDto["type"];
      this.withPieces((pieces) => withoutPiece(pieces, type, entry.change.pieceId));
    }
    this.sync?.kick();
  }

  discard(entry: QueuedChange): void {
    this.queue?.remove([entry.change.changeId]);
  }

  retryNow(): void {
    this.sync?.kick();
  }

  /** Downloads every change still on the phone, for the operator to import. */
  exportStuck(): void {
    const { state, queue } = this.snapshot;
    if (!state || queue.length === 0) return;
    const label = state.subtable.name.replace(/[^\w.-]+/g, "-");
    downloadJson(
      `minga-submesa-${label}-cambios.json`,
      stuckFile(state.assembly.id, state.subtable.id, queue),
    );
  }
}
