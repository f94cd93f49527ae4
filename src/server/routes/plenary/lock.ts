import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { lockProblem } from "../../../domain/plenary/approval";
import type { AgendaDocumentDto } from "../../../shared/schemas/agenda-document";
import type { LockDto } from "../../../shared/schemas/plenary";
import { type Actor, actorLabel } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { plenaryLocks, plenaryVotes } from "../../db/schema";
import { AppError } from "../../errors";

/**
 * Serialises the writes that change an assembly's agenda or votes (consolidation, opening and closing votes,
 * lock and reopen) for the rest of the transaction.
 */
export async function lockAgenda(tx: Tx, assemblyId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7412008, hashtext(${assemblyId}))`);
}

type LockRow = typeof plenaryLocks.$inferSelect;

export async function activeLock(db: Tx, assemblyId: string): Promise<LockRow | null> {
  const [row] = await db
    .select()
    .from(plenaryLocks)
    .where(and(eq(plenaryLocks.assemblyId, assemblyId), isNull(plenaryLocks.reopenedAt)));
  return row ?? null;
}

export const toLock = (row: LockRow): LockDto => ({
  id: row.id,
  lockedAt: row.lockedAt.toISOString(),
  lockedBy: row.lockedByLabel,
  reopenedAt: row.reopenedAt?.toISOString() ?? null,
  reopenedBy: row.reopenedByLabel,
  reason: row.reopenReason,
});

/** Every lock of the agenda with its reopening, the latest first. */
export async function lockHistory(db: Tx, assemblyId: string): Promise<LockRow[]> {
  return db
    .select()
    .from(plenaryLocks)
    .where(eq(plenaryLocks.assemblyId, assemblyId))
    .orderBy(desc(plenaryLocks.lockedAt));
}

/** Refuses unless the agenda may be locked now (approved by a whole-agenda vote since the last reopening). */
export async function assertLockable(tx: Tx, assemblyId: string): Promise<string> {
  const [votes, locks] = await Promise.all([
    tx.select().from(plenaryVotes).where(eq(plenaryVotes.assemblyId, assemblyId)),
    lockHistory(tx, assemblyId),
  ]);
  const reopened = locks.find((lock) => lock.reopenedAt !== null)?.reopenedAt ?? null;
  const problem = lockProblem({
    locked: locks.some((lock) => lock.reopenedAt === null),
    reopenedAt: reopened?.getTime() ?? null,
    votes: votes.map((vote) => ({
      tableId: vote.tableId,
      status: vote.status as "open" | "closed",
      outcome: vote.outcome as "approved" | "rejected" | "no_quorum" | null,
      closedAt: vote.closedAt?.getTime() ?? null,
    })),
  });
  if (problem === "locked") throw new AppError("plenary.locked");
  if (problem === "vote_open") throw new AppError("plenary.vote_open");
  if (problem === "not_approved") throw new AppError("plenary.not_approved");
  const approving = votes
    .filter((vote) => vote.tableId === null && vote.closedAt !== null)
    .sort((a, b) => b.closedAt!.getTime() - a.closedAt!.getTime())[0]!;
  return approving.id;
}

export async function insertLock(
  tx: Tx,
  assemblyId: string,
  voteId: string,
  document: AgendaDocumentDto,
  actor: Actor,
  at: Date,
): Promise<LockRow> {
  const [row] = await tx
    .insert(plenaryLocks)
    .values({
      assemblyId,
      voteId,
      document,
      lockedAt: at,
      lockedBy: actor.userId,
      lockedByLabel: actorLabel(actor),
    })
    .returning();
  return row!;
}

export async function reopenLock(tx: Tx, assemblyId: string, reason: string, actor: Actor): Promise<LockRow> {
  const lock = await activeLock(tx, assemblyId);
  if (!lock) throw new AppError("plenary.not_locked");
  const [row] = await tx
    .update(plenaryLocks)
    .set({
      reopenedAt: new Date(),
      reopenedBy: actor.userId,
      reopenedByLabel: actorLabel(actor),
      reopenReason: reason,
    })
    .where(eq(plenaryLocks.id, lock.id))
    .returning();
  return row!;
}
