// When the plenary's agenda may be locked: the whole agenda was approved by a vote closed since it was last
// reopened, and no vote is still open. A locked agenda takes no edits and no new votes until it is reopened.
import type { VoteOutcome } from "./quorum";

export interface VoteState {
  /** null: the vote on the whole agenda. */
  tableId: string | null;
  status: "open" | "closed";
  outcome: VoteOutcome | null;
  /** Epoch ms; null while open. */
  closedAt: number | null;
}

export type LockProblem = "locked" | "vote_open" | "not_approved";

export function lockProblem(input: {
  locked: boolean;
  votes: readonly VoteState[];
  /** Epoch ms of the last reopening; null when it was never reopened. */
  reopenedAt: number | null;
}): LockProblem | null {
  if (input.locked) return "locked";
  if (input.votes.some((vote) => vote.status === "open")) return "vote_open";
  const since = input.reopenedAt ?? Number.NEGATIVE_INFINITY;
  const latest = input.votes
    .filter((vote) => vote.tableId === null && vote.closedAt !== null && vote.closedAt > since)
    .sort((a, b) => b.closedAt! - a.closedAt!)[0];
  return latest?.outcome === "approved" ? null : "not_approved";
}

/** The steps the moderator walks for one table: its title and spokesperson, each item, then its vote. */
export type PresentationStep = { kind: "intro" } | { kind: "item"; itemId: string } | { kind: "vote" };

export function presentationSteps(itemIds: readonly string[]): PresentationStep[] {
  return [
    { kind: "intro" },
    ...itemIds.map((itemId) => ({ kind: "item" as const, itemId })),
    { kind: "vote" },
  ];
}

/** A step number kept within the steps there are (items may have been merged since it was chosen). */
export const clampStep = (step: number, count: number) =>
  Math.min(Math.max(0, Math.trunc(step)), Math.max(0, count - 1));
