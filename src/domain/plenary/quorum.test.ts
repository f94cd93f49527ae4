import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countBallots,
  type MajorityRule,
  majorityMet,
  type QuorumRule,
  quorumRequired,
  type VoteChoice,
  type VoteCounts,
  type VoteOutcome,
  voteResult,
} from "./quorum";

const counts = (f: number, a: number, ab: number): VoteCounts => ({ for: f, against: a, abstain: ab });
const majority: QuorumRule = { kind: "majority" };

describe("quorumRequired", () => {
  it.each<[QuorumRule, number, number, string]>([
    [majority, 100, 51, "a majority of 100 checked in is 51"],
    [majority, 101, 51, "a majority of 101 is 51"],
    [majority, 1, 1, "one person checked in must vote"],
    [majority, 0, 1, "nobody checked in: one vote is still needed, so an empty vote never counts"],
    [{ kind: "percent", value: 30 }, 200, 60, "30 % of 200"],
    [{ kind: "percent", value: 30 }, 101, 31, "a fraction of a person rounds up"],
    [{ kind: "percent", value: 10 }, 0, 1, "at least one person"],
    [{ kind: "count", value: 40 }, 500, 40, "a fixed number, whatever the attendance"],
  ])("%o with %i checked in → %i (%s)", (rule, basis, expected) => {
    expect(quorumRequired(rule, basis)).toBe(expected);
  });
});

describe("majorityMet", () => {
  it.each<[MajorityRule, VoteCounts, boolean, string]>([
    ["simple", counts(10, 9, 50), true, "abstentions do not count under a simple majority"],
    ["simple", counts(10, 10, 0), false, "a tie is not a majority"],
    ["simple", counts(0, 0, 12), false, "only abstentions approve nothing"],
    ["absolute", counts(10, 9, 50), false, "abstentions count against under an absolute majority"],
    ["absolute", counts(31, 9, 20), true, "31 of 60 is more than half"],
    ["absolute", counts(30, 10, 20), false, "exactly half is not more than half"],
    ["two_thirds", counts(20, 10, 5), true, "exactly two thirds of for and against"],
    ["two_thirds", counts(19, 10, 0), false, "just under two thirds"],
    ["two_thirds", counts(0, 0, 3), false, "no votes for"],
  ])("%s with %o → %s (%s)", (rule, votes, expected) => {
    expect(majorityMet(rule, votes)).toBe(expected);
  });
});

describe("voteResult", () => {
  it.each<[VoteCounts, number, QuorumRule, MajorityRule, VoteOutcome, number, string]>([
    [counts(40, 5, 6), 100, majority, "simple", "approved", 51, "51 of 100 took part, most for"],
    [counts(40, 5, 5), 100, majority, "simple", "no_quorum", 51, "50 of 100 is not a majority of the room"],
    [counts(20, 20, 20), 100, majority, "simple", "rejected", 51, "a tie with quorum is rejected"],
    [counts(2, 1, 40), 80, majority, "simple", "approved", 41, "abstentions make the quorum, not the result"],
    [counts(2, 1, 40), 80, majority, "absolute", "rejected", 41, "…but count against an absolute majority"],
    [counts(0, 0, 0), 0, majority, "simple", "no_quorum", 1, "an empty room never approves"],
    [counts(12, 3, 0), 500, { kind: "count", value: 15 }, "simple", "approved", 15, "a fixed quorum"],
    [
      counts(12, 3, 0),
      100,
      { kind: "percent", value: 20 },
      "two_thirds",
      "no_quorum",
      20,
      "15 people is short of 20 %",
    ],
    [
      counts(12, 8, 0),
      100,
      { kind: "percent", value: 20 },
      "two_thirds",
      "rejected",
      20,
      "quorum, but 12 of 20 is under two thirds",
    ],
  ])("%o of %i → %s", (votes, basis, quorum, rule, outcome, required) => {
    const result = voteResult({ counts: votes, basis, quorum, majority: rule });
    expect(result.outcome).toBe(outcome);
    expect(result.quorumRequired).toBe(required);
    expect(result.quorumMet).toBe(outcome !== "no_quorum");
    expect(result.participating).toBe(votes.for + votes.against + votes.abstain);
  });

  it("an approved vote always has quorum and more votes for than against", () => {
    const count = fc.nat({ max: 300 });
    fc.assert(
      fc.property(
        count,
        count,
        count,
        count,
        fc.constantFrom<MajorityRule>("simple", "absolute", "two_thirds"),
        (f, a, ab, basis, rule) => {
          const votes = counts(f, a, ab);
          const result = voteResult({ counts: votes, basis, quorum: majority, majority: rule });
          if (result.outcome === "approved") {
            expect(result.participating).toBeGreaterThan(basis / 2);
            expect(f).toBeGreaterThan(a);
          }
        },
      ),
    );
  });
});

describe("countBallots", () => {
  it.each<[VoteChoice[], VoteCounts, string]>([
    [[], counts(0, 0, 0), "no ballots"],
    [["for", "for", "against", "abstain"], counts(2, 1, 1), "one of each, two for"],
  ])("%o → %o (%s)", (ballots, expected) => {
    expect(countBallots(ballots)).toEqual(expected);
  });
});
