import { sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { auditLog, events } from "../db/schema";

export const EVENTS_CHANNEL = "minga_events";

export interface DomainEvent {
  assemblyId: string | null;
  type: string;
  payload?: Record<string, unknown>;
}

/**
 * Writes a domain event in the caller's transaction and asks PostgreSQL to notify listeners when it
 * commits (NOTIFY is delivered only on commit, so a rolled-back change never reaches a live view).
 */
export async function appendEvent(tx: Tx, event: DomainEvent): Promise<number> {
  const [row] = await tx
    .insert(events)
    .values({ assemblyId: event.assemblyId, type: event.type, payload: event.payload ?? {} })
    .returning({ id: events.id });
  const id = row!.id;
  await tx.execute(sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${String(id)})`);
  return id;
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
