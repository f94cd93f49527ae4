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
 * Writes a domain event in the caller's transaction and asks PostgreSQL to notify listeners when it
 * commits (NOTIFY is delivered only on commit, so a rolled-back change never reaches a live view).
 * Answers the event's id and payload (as computed, when it was SQL).
 */
export async function appendEvent(
  tx: Tx,
  event: DomainEvent,
): Promise<{ id: number; payload: Record<string, unknown> }> {
  const payload = is(event.payload, SQL) ? event.payload : sql`${JSON.stringify(event.payload ?? {})}::jsonb`;
  // One round trip: the insert and its notification (each write of the day pays for it).
  const [row] = await selectRows<{ id: string; payload: Record<string, unknown> }>(
    tx,
    sql`WITH inserted AS (
        INSERT INTO events (assembly_id, type, payload)
        VALUES (${event.assemblyId}, ${event.type}, ${payload})
        RETURNING id, payload
      )
      SELECT id::text, payload, pg_notify(${EVENTS_CHANNEL}, id::text) FROM inserted`,
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
