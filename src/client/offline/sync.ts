import type { ChangeAppliedDto, ChangeConflictDto } from "../../shared/schemas/puzzle";
import type { ChangeQueue, QueuedChange } from "./queue";

export interface SyncStatus {
  sending: boolean;
  /** When the server last answered a change (or the state was read). */
  lastSyncAt: number | null;
  /** When the next attempt runs, after a failed one. */
  retryAt: number | null;
  /** The last attempt could not reach the server. */
  unreachable: boolean;
  /** The server refused the phone's capability (its code was revoked): sending stops. */
  denied: boolean;
}

export interface SyncOptions {
  url: string;
  headers: () => Record<string, string>;
  onApplied: (answer: ChangeAppliedDto) => void;
  onStatus: (status: SyncStatus) => void;
  lastSyncAt: number | null;
}

export const BACKOFF = { firstMs: 1000, maxMs: 60_000 } as const;

/** The delay before attempt `failures + 1`: 1 s, 2 s, 4 s … up to 1 min. */
export const backoffDelay = (failures: number) =>
  Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.max(0, failures - 1));

/** Pieces a change refers to: its own, and the need or solution it hangs from. */
function refersTo(entry: QueuedChange): string[] {
  const change = entry.change;
  if (change.kind === "solution.save") return [change.pieceId, change.data.needId];
  if (change.kind === "planItem.save") return [change.pieceId, change.data.solutionId];
  return [change.pieceId];
}

/**
 * The next change to send: the oldest pending one that touches no piece held by a conflict or a refusal
 * (a solution waits while its need is in conflict; it would be refused otherwise).
 */
export function nextToSend(entries: readonly QueuedChange[]): QueuedChange | null {
  const held = new Set<string>();
  for (const entry of entries) {
    const pieces = refersTo(entry);
    if (entry.status !== "pending" || pieces.some((id) => held.has(id))) {
      held.add(entry.change.pieceId);
      continue;
    }
    return entry;
  }
  return null;
}

/**
 * Sends a queue's changes in order, one at a time: on an answer it moves on, on a conflict or refusal it
 * keeps the change for the person and moves on, and when the server cannot be reached it waits with backoff
 * (1 s up to 1 min) or until the browser says it is online again.
 */
export class ChangeSync {
  private status: SyncStatus;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;
  private stopped = false;
  private readonly online = () => this.kick();

  constructor(
    private readonly queue: ChangeQueue,
    private readonly options: SyncOptions,
  ) {
    this.status = {
      sending: false,
      lastSyncAt: options.lastSyncAt,
      retryAt: null,
      unreachable: false,
      denied: false,
    };
  }

  start(): void {
    window.addEventListener("online", this.online);
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener("online", this.online);
  }

  /** Send now: after a change is queued, on `online`, or when the person asks. */
  kick(): void {
    clearTimeout(this.timer);
    this.failures = 0;
    this.set({ retryAt: null, denied: false });
    void this.flush();
  }

  /** The state was read from the server: that is a sync too. */
  touched(): void {
    this.set({ lastSyncAt: Date.now(), unreachable: false });
  }

  private set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    this.options.onStatus(this.status);
  }

  private async flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.set({ sending: true });
    try {
      for (;;) {
        if (this.stopped) return;
        const entry = nextToSend(this.queue.list());
        if (!entry) break;
        if (!entry.attempted) this.queue.update({ ...entry, attempted: true });
        const outcome = await this.send(entry);
        if (outcome === "retry") {
          this.failures += 1;
          const delay = backoffDelay(this.failures);
          this.set({ unreachable: true, retryAt: Date.now() + delay });
          this.timer = setTimeout(() => void this.flush(), delay);
          return;
        }
        if (outcome === "denied") {
          this.set({ denied: true });
          return;
        }
        this.failures = 0;
        this.set({ lastSyncAt: Date.now(), unreachable: false, retryAt: null });
      }
    } finally {
      this.running = false;
      this.set({ sending: false });
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    }
  }

  private async send(entry: QueuedChange): Promise<"done" | "retry" | "denied"> {
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...this.options.headers(),
        },
        body: JSON.stringify(entry.change),
      });
    } catch {
      return "retry";
    }
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (response.ok && body) {
      this.queue.remove([entry.change.changeId]);
      this.options.onApplied(body as unknown as ChangeAppliedDto);
      return "done";
    }
    if (response.status === 409 && body?.code === "puzzle.conflict") {
      const conflict = (body as unknown as ChangeConflictDto).conflict;
      this.queue.update({ ...entry, status: "conflict", conflict });
      return "done";
    }
    if (response.status === 401 || response.status === 403) return "denied";
    if (
      response.status === 400 ||
      response.status === 404 ||
      response.status === 409 ||
      response.status === 422
    ) {
      const fields = Object.values((body?.fields as Record<string, string> | undefined) ?? {});
      const error = [String(body?.message ?? response.statusText), ...fields].join(" ");
      this.queue.update({ ...entry, status: "rejected", error });
      return "done";
    }
    return "retry";
  }
}
