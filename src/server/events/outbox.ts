import { is, SQL, sql } from "drizzle-orm";
import { selectRows, type Tx } from "../db/client";
import { auditLog } from "../db/schema";

export const EVENTS_CHANNEL = "minga_events";

export interface DomainEvent {
  assemblyId: string | null;
  type: string;
  /** The payload, or an SQL expression that computes it (a jsonb) in the same statement. */
  payload?: Record<string, unknown> | SQL;
}

/**
 * The write of one event per row of `source` (a FROM clause; none for one event) and its notification, as
 * two CTEs for a bigger statement: `event` inserts, `notified` answers `id` and `payload` and asks PostgreSQL
 * to notify listeners on commit. The statement must read `notified`, or the notification is not sent.
 */
export function eventCtes(event: DomainEvent, source: SQL = sql``): SQL {
  const payload = is(event.payload, SQL) ? event.payload : sql`${JSON.stringify(event.payload ?? {})}::jsonb`;
  return sql`event AS (
      INSERT INTO events (assembly_id, type, payload)
      SELECT ${event.assemblyId}::uuid, ${event.type}, ${payload} ${source}
      RETURNING id, payload
    ),
    notified AS (SELECT id, payload, pg_notify(${EVENTS_CHANNEL}, id::text) FROM event)`;
}

/**
 * Writes a domain event in the caller's transaction and asks PostgreSQL to notify listeners when it
 * commits (NOTIFY is delivered only on commit, so a rolled-back change never reaches a live view).
 * Answers the event's id and payload (as computed, when it was SQL).
 */
export async function appendEvent(
  tx: Tx,
  event: DomainEvent,
): Promise<{ id: number; payload: Record<string, unknown> }> {
  // One round trip: the insert and its notification (each write of the day pays for it).
  const [row] = await selectRows<{ id: string; payload: Record<string, unknown> }>(
    tx,
    sql`WITH ${eventCtes(event)} SELECT id::text, payload FROM notified`,
  );
  return { id: Number(row!.id), payload: row!.payload };
}

export interface AuditEntry {
  actor: { id: string | null; label: string };
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Who did what, when, with the before and after: for corrections and personal-data access. */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
