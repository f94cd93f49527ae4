import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import {
  countBallots,
  type MajorityRule,
  type QuorumRule,
  type VoteChoice,
  type VoteCounts,
  voteResult,
} from "../../../domain/plenary/quorum";
import type { VoteDto, VoteMethod, VoteOpenInput } from "../../../shared/schemas/vote";
import type { Actor, Scope } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { assemblies, assemblyTables, checkIns, plenaryBallots, plenaryVotes } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { appendEvent } from "../../events/outbox";
import { activeLock, lockAgenda } from "../plenary/lock";

type VoteRow = typeof plenaryVotes.$inferSelect;

const quorumOf = (row: VoteRow): QuorumRule =>
  row.quorumKind === "majority"
    ? { kind: "majority" }
    : { kind: row.quorumKind as "percent" | "count", value: row.quorumValue ?? 1 };

const countsOf = (row: VoteRow): VoteCounts | null =>
  row.votesFor === null
    ? null
    : { for: row.votesFor, against: row.votesAgainst ?? 0, abstain: row.votesAbstain ?? 0 };

function toVote(row: VoteRow, tableName: string | null, liveCounts: VoteCounts | undefined): VoteDto {
  const counts = countsOf(row);
  return {
    id: row.id,
    assemblyId: row.assemblyId,
    tableId: row.tableId,
    tableName,
    method: row.method as VoteMethod,
    quorum: quorumOf(row),
    majority: row.majority as MajorityRule,
    basis: row.quorumBasis,
    status: row.status as VoteDto["status"],
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    counts: counts ?? liveCounts ?? null,
    result:
      counts && row.outcome
        ? {
            participating: counts.for + counts.against + counts.abstain,
            quorumRequired: row.quorumRequired ?? 0,
            quorumMet: row.quorumMet ?? false,
            outcome: row.outcome as NonNullable<VoteDto["result"]>["outcome"],
          }
        : null,
  };
}

/** Ballots of one digital vote, added up. */
export async function ballotCounts(db: Tx, voteId: string): Promise<VoteCounts> {
  const rows = await db
    .select({ choice: plenaryBallots.choice })
    .from(plenaryBallots)
    .where(eq(plenaryBallots.voteId, voteId));
  return countBallots(rows.map((r) => r.choice as VoteChoice));
}

/** Votes as people read them; `live` adds the running count of an open digital vote's ballots. */
async function present(
  db: Tx,
  rows: { vote: VoteRow; tableName: string | null }[],
  live = true,
): Promise<VoteDto[]> {
  return Promise.all(
    rows.map(async ({ vote, tableName }) =>
      toVote(
        vote,
        tableName,
        live && vote.status === "open" && vote.method === "digital"
          ? await ballotCounts(db, vote.id)
          : undefined,
      ),
    ),
  );
}

const voteColumns = { vote: plenaryVotes, tableName: assemblyTables.name };

/** Every vote of an assembly, the latest first. */
export async function listVotes(db: Tx, assemblyId: string): Promise<VoteDto[]> {
  const rows = await db
    .select(voteColumns)
    .from(plenaryVotes)
    .leftJoin(assemblyTables, eq(assemblyTables.id, plenaryVotes.tableId))
    .where(eq(plenaryVotes.assemblyId, assemblyId))
    .orderBy(desc(plenaryVotes.openedAt));
  return present(db, rows);
}

export async function openVote(db: Tx, assemblyId: string): Promise<VoteDto | null> {
  const rows = await db
    .select(voteColumns)
    .from(plenaryVotes)
    .leftJoin(assemblyTables, eq(assemblyTables.id, plenaryVotes.tableId))
    .where(and(eq(plenaryVotes.assemblyId, assemblyId), eq(plenaryVotes.status, "open")));
  return (await present(db, rows))[0] ?? null;
}

export async function getVote(db: Tx, voteId: string): Promise<VoteDto> {
  const rows = await db
    .select(voteColumns)
    .from(plenaryVotes)
    .leftJoin(assemblyTables, eq(assemblyTables.id, plenaryVotes.tableId))
    .where(eq(plenaryVotes.id, voteId));
  const [vote] = await present(db, rows);
  if (!vote) throw notFound();
  return vote;
}

/** The convenio and assembly of a vote, for authorisation; 404 when there is none. */
export async function voteScope(db: Tx, voteId: string): Promise<Scope & { assemblyId: string }> {
  const [row] = await db
    .select({ agreementId: assemblies.agreementId, assemblyId: plenaryVotes.assemblyId })
    .from(plenaryVotes)
    .innerJoin(assemblies, eq(assemblies.id, plenaryVotes.assemblyId))
    .where(eq(plenaryVotes.id, voteId));
  if (!row) throw notFound();
  return row;
}

/** People checked in now: the quorum's basis when a vote opens. */
export async function checkedInCount(db: Tx, assemblyId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(checkIns)
    .where(and(eq(checkIns.assemblyId, assemblyId), isNull(checkIns.undoneAt)));
  return row?.n ?? 0;
}

/** Opens a vote; the agenda must not be locked and no other vote may be open. */
export async function startVote(
  tx: Tx,
  assemblyId: string,
  input: VoteOpenInput,
  actor: Actor,
): Promise<string> {
  await lockAgenda(tx, assemblyId);
  if (await activeLock(tx, assemblyId)) throw new AppError("plenary.locked");
  if (await openVote(tx, assemblyId)) throw new AppError("vote.already_open");
  if (input.tableId) {
    const [table] = await tx
      .select({ id: assemblyTables.id })
      .from(assemblyTables)
      .where(and(eq(assemblyTables.id, input.tableId), eq(assemblyTables.assemblyId, assemblyId)));
    if (!table) throw notFound();
  }
  const [row] = await tx
    .insert(plenaryVotes)
    .values({
      assemblyId,
      tableId: input.tableId,
      method: input.method,
      quorumKind: input.quorum.kind,
      quorumValue: input.quorum.kind === "majority" ? null : input.quorum.value,
      majority: input.majority,
      quorumBasis: await checkedInCount(tx, assemblyId),
      status: "open",
      openedBy: actor.userId,
    })
    .returning({ id: plenaryVotes.id });
  await appendEvent(tx, {
    assemblyId,
    type: "vote.opened",
    payload: { voteId: row!.id, tableId: input.tableId },
  });
  return row!.id;
}

/** The vote's row, locked for this transaction: a ballot and the closing never cross. */
async function lockedVote(tx: Tx, voteId: string): Promise<VoteRow> {
  const [row] = await tx.select().from(plenaryVotes).where(eq(plenaryVotes.id, voteId)).for("update");
  if (!row) throw notFound();
  return row;
}

/** Closes a vote with the moderator's hand count or its ballots, and records the result. */
export async function closeVote(
  tx: Tx,
  voteId: string,
  handCounts: VoteCounts | undefined,
  actor: Actor,
): Promise<void> {
  const vote = await lockedVote(tx, voteId);
  if (vote.status !== "open") throw new AppError("vote.closed");
  let counts: VoteCounts;
  if (vote.method === "hand") {
    if (!handCounts) {
      const message = "votes.problem.count";
      throw new AppError(
        "vote.counts_required",
        {},
        { "counts.for": message, "counts.against": message, "counts.abstain": message },
      );
    }
    counts = handCounts;
  } else {
    counts = await ballotCounts(tx, voteId);
  }
  const result = voteResult({
    counts,
    basis: vote.quorumBasis,
    quorum: quorumOf(vote),
    majority: vote.majority as MajorityRule,
  });
  await tx
    .update(plenaryVotes)
    .set({
      status: "closed",
      closedAt: new Date(),
      closedBy: actor.userId,
      votesFor: counts.for,
      votesAgainst: counts.against,
      votesAbstain: counts.abstain,
      quorumRequired: result.quorumRequired,
      quorumMet: result.quorumMet,
      outcome: result.outcome,
    })
    .where(eq(plenaryVotes.id, voteId));
  await appendEvent(tx, {
    assemblyId: vote.assemblyId,
    type: "vote.closed",
    payload: { voteId, tableId: vote.tableId, counts: { ...counts }, outcome: result.outcome },
  });
}

/** Records or changes one person's ballot in the open digital vote; only people checked in vote. */
export async function castBallot(
  tx: Tx,
  assemblyId: string,
  voteId: string,
  registrationId: string,
  choice: VoteChoice,
): Promise<{ choice: VoteChoice; changedAt: Date }> {
  const vote = await lockedVote(tx, voteId);
  if (vote.assemblyId !== assemblyId) throw notFound();
  if (vote.status !== "open") throw new AppError("vote.closed");
  if (vote.method !== "digital") throw new AppError("vote.not_digital");
  if (!(await isCheckedIn(tx, assemblyId, registrationId))) throw new AppError("vote.not_checked_in");
  const now = new Date();
  await tx
    .insert(plenaryBallots)
    .values({ voteId, registrationId, choice, castAt: now, changedAt: now })
    .onConflictDoUpdate({
      target: [plenaryBallots.voteId, plenaryBallots.registrationId],
      set: { choice, changedAt: now, changes: sql`${plenaryBallots.changes} + 1` },
    });
  // Counts only: who voted what never leaves the database.
  await appendEvent(tx, {
    assemblyId,
    type: "vote.ballot",
    payload: { voteId, counts: { ...(await ballotCounts(tx, voteId)) } },
  });
  return { choice, changedAt: now };
}

export async function ballotOf(db: Tx, voteId: string, registrationId: string) {
  const [row] = await db
    .select()
    .from(plenaryBallots)
    .where(and(eq(plenaryBallots.voteId, voteId), eq(plenaryBallots.registrationId, registrationId)));
  return row ? { voteId, choice: row.choice as VoteChoice, changedAt: row.changedAt.toISOString() } : null;
}

export async function isCheckedIn(db: Tx, assemblyId: string, registrationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: checkIns.id })
    .from(checkIns)
    .where(
      and(
        eq(checkIns.assemblyId, assemblyId),
        eq(checkIns.registrationId, registrationId),
        isNull(checkIns.undoneAt),
      ),
    );
  return row !== undefined;
}

/**
 * The open vote, or the latest when none is open: what the phones show. They poll it, and see no counts until the
 * vote closes, so the open vote's ballots are not counted here.
 */
export async function currentVote(db: Tx, assemblyId: string): Promise<VoteDto | null> {
  const rows = await db
    .select(voteColumns)
    .from(plenaryVotes)
    .leftJoin(assemblyTables, eq(assemblyTables.id, plenaryVotes.tableId))
    .where(eq(plenaryVotes.assemblyId, assemblyId))
    .orderBy(sql`${plenaryVotes.status} = 'open' DESC`, desc(plenaryVotes.openedAt))
    .limit(1);
  return (await present(db, rows, false))[0] ?? null;
}
