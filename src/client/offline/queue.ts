import type { ChangeConflictDto, PuzzleChange } from "../../shared/schemas/puzzle";
import { CHANGES, idbByIndex, idbDelete, idbPut } from "./idb";

export type QueueStatus = "pending" | "conflict" | "rejected";

/** One change made on the phone, kept until the server has it. */
export interface QueuedChange {
  subtableId: string;
  /** Order of creation: changes are sent, and shown, in this order. */
  seq: number;
  change: PuzzleChange;
  status: QueueStatus;
  /** A send was started: the server may already have it, so its data is never rewritten. */
  attempted: boolean;
  conflict: ChangeConflictDto["conflict"] | null;
  /** Why the server refused it, as a person reads it. */
  error: string | null;
  queuedAt: number;
}

/**
 * A sub-table's queue of changes: in memory for the screen and the sender (checks and updates happen in one
 * turn of the event loop, so sender and editor never race), and in IndexedDB so it survives a reload.
 */
export class ChangeQueue {
  private entries: QueuedChange[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(readonly subtableId: string) {}

  async load(): Promise<void> {
    const stored = await idbByIndex<QueuedChange>(CHANGES, "bySubtable", this.subtableId).catch(() => []);
    const known = new Set(this.entries.map((e) => e.change.changeId));
    this.entries = [...this.entries, ...stored.filter((e) => !known.has(e.change.changeId))].sort(
      (a, b) => a.seq - b.seq,
    );
    this.emit();
  }

  list(): readonly QueuedChange[] {
    return this.entries;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(change: PuzzleChange): QueuedChange {
    const last = this.entries.at(-1)?.seq ?? 0;
    const entry: QueuedChange = {
      subtableId: this.subtableId,
      seq: Math.max(Date.now(), last + 1),
      change,
      status: "pending",
      attempted: false,
      conflict: null,
      error: null,
      queuedAt: Date.now(),
    };
    this.entries = [...this.entries, entry];
    this.save(entry);
    return entry;
  }

  /** Replaces an entry (same change id) with `next`. */
  update(next: QueuedChange): void {
    this.entries = this.entries.map((e) => (e.change.changeId === next.change.changeId ? next : e));
    this.save(next);
  }

  remove(changeIds: readonly string[]): void {
    if (changeIds.length === 0) return;
    const gone = new Set(changeIds);
    this.entries = this.entries.filter((e) => !gone.has(e.change.changeId));
    for (const id of gone) void idbDelete(CHANGES, id).catch(() => undefined);
    this.emit();
  }

  private save(entry: QueuedChange): void {
    // Without IndexedDB (a private window) the queue still works for this visit.
    void idbPut(CHANGES, entry).catch(() => undefined);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
