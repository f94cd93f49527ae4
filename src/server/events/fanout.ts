import { and, asc, eq, gt, sql } from "drizzle-orm";
import { type Database, selectRows } from "../db/client";
import { events } from "../db/schema";
import { EVENTS_CHANNEL } from "./outbox";

export interface LiveEvent {
  id: number;
  assemblyId: string | null;
  type: string;
  payload: unknown;
  at: string;
}

const REORDER_WINDOW = 200;
const BATCH = 5000;

type Subscriber = (event: LiveEvent) => void;

/**
 * The one fan-out: a NOTIFY wakes it, it reads every event after the last one it delivered (so nothing is
 * lost when notifications coalesce, and every server instance on one PostgreSQL delivers every event), and
 * hands each event to the subscribers of its assembly.
 */
export class EventFanout {
  private lastId = 0;
  /** Events at or below this id existed before start: never delivered live (clients catch up with since). */
  private floor = 0;
  /** Ids delivered recently: with concurrent transactions ids can commit out of order, so each drain
   *  looks back REORDER_WINDOW ids and skips what it already delivered. */
  private readonly delivered = new Set<number>();
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private draining: Promise<void> | null = null;
  private pending = false;
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.lastId = await this.maxId();
    this.floor = this.lastId;
    this.unlisten = await this.database.listen(EVENTS_CHANNEL, () => this.wake());
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = null;
    await this.draining;
  }

  subscribe(assemblyId: string, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(assemblyId);
    if (!set) {
      set = new Set();
      this.subscribers.set(assemblyId, set);
    }
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(assemblyId);
    };
  }

  /** Events of one assembly after `sinceId`, for a client that reconnects. */
  async since(assemblyId: string, sinceId: number, limit = 1000): Promise<LiveEvent[]> {
    const rows = await this.database.db
      .select()
      .from(events)
      .where(and(eq(events.assemblyId, assemblyId), gt(events.id, sinceId)))
      .orderBy(asc(events.id))
      .limit(limit);
    return rows.map(toLiveEvent);
  }

  get latestId(): number {
    return this.lastId;
  }

  /** Resolves once every event committed so far has been handed to subscribers (tests use it). */
  async flush(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  private wake(): void {
    this.pending = true;
    if (!this.draining) this.draining = this.drain().finally(() => (this.draining = null));
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      this.pending = false;
      // One read: the look-back window minus what was already delivered in it.
      const rows = await this.database.db
        .select()
        .from(events)
        .where(
          and(
            gt(events.id, Math.max(this.floor, this.lastId - REORDER_WINDOW)),
            sql`${events.id} <> ALL(${`{${[...this.delivered].join(",")}}`}::bigint[])`,
          ),
        )
        .orderBy(asc(events.id))
        .limit(BATCH);
      for (const row of rows) {
        this.delivered.add(row.id);
        this.lastId = Math.max(this.lastId, row.id);
        const set = row.assemblyId ? this.subscribers.get(row.assemblyId) : undefined;
        if (!set) continue;
        const event = toLiveEvent(row);
        for (const subscriber of set) subscriber(event);
      }
      for (const id of this.delivered) if (id <= this.lastId - REORDER_WINDOW) this.delivered.delete(id);
      if (rows.length === BATCH) this.pending = true;
    }
  }

  private async maxId(): Promise<number> {
    const [row] = await selectRows<{ max: string | null }>(
      this.database.db,
      "SELECT max(id)::text AS max FROM events",
    );
    return Number(row?.max ?? 0);
  }
}

function toLiveEvent(row: typeof events.$inferSelect): LiveEvent {
  return {
    id: row.id,
    assemblyId: row.assemblyId,
    type: row.type,
    payload: row.payload,
    at: row.createdAt.toISOString(),
  };
}
