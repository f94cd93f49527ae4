import { describe, expect, it } from "vitest";
import { clampStep, type LockProblem, lockProblem, presentationSteps, type VoteState } from "./approval";

const agenda = (outcome: VoteState["outcome"], closedAt: number | null): VoteState => ({
  tableId: null,
  status: closedAt === null ? "open" : "closed",
  outcome,
  closedAt,
});
const table = (outcome: VoteState["outcome"], closedAt: number): VoteState => ({
  tableId: "T1",
  status: "closed",
  outcome,
  closedAt,
});

describe("lockProblem", () => {
  it.each<[boolean, VoteState[], number | null, LockProblem | null, string]>([
    [false, [agenda("approved", 10)], null, null, "the whole agenda was approved"],
    [false, [], null, "not_approved", "no vote yet"],
    [
      false,
      [table("approved", 10)],
      null,
      "not_approved",
      "a table's vote does not approve the whole agenda",
    ],
    [
      false,
      [agenda("approved", 10), agenda("rejected", 20)],
      null,
      "not_approved",
      "the latest vote decides",
    ],
    [
      false,
      [agenda("no_quorum", 10), agenda("approved", 20)],
      null,
      null,
      "a second vote with quorum approves",
    ],
    [false, [agenda("approved", 10)], 15, "not_approved", "after a reopening a new approval is needed"],
    [false, [agenda("approved", 10), agenda("approved", 20)], 15, null, "approved again after reopening"],
    [
      false,
      [agenda("approved", 10), table(null, 0), { ...table(null, 0), status: "open", closedAt: null }],
      null,
      "vote_open",
      "a vote still open",
    ],
    [true, [agenda("approved", 10)], null, "locked", "already locked"],
  ])("%#: %s", (locked, votes, reopenedAt, expected) => {
    expect(lockProblem({ locked, votes, reopenedAt })).toBe(expected);
  });
});

describe("presentation steps", () => {
  it.each([
    [[], ["intro", "vote"], "a table with no items: title, then its vote"],
    [["a", "b"], ["intro", "item:a", "item:b", "vote"], "one step per item"],
  ])("%o → %o (%s)", (ids, expected) => {
    expect(presentationSteps(ids).map((s) => (s.kind === "item" ? `item:${s.itemId}` : s.kind))).toEqual(
      expected,
    );
  });

  it.each([
    [3, 5, 3, "within range"],
    [7, 5, 4, "past the end: the last step"],
    [-1, 5, 0, "before the start"],
    [2, 0, 0, "no steps"],
  ])("clampStep(%i, %i) → %i (%s)", (step, count, expected) => {
    expect(clampStep(step, count)).toBe(expected);
  });
});
