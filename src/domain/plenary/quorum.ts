// Momento 5: the plenary approves each table's agenda and the whole agenda. A vote needs a quorum (by default a
// majority of the people checked in when the vote opens) and a majority rule (simple by default).

export const VOTE_CHOICES = ["for", "against", "abstain"] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

/** How many people must take part (a favor, en contra or abstención) for the vote to count. */
export type QuorumRule =
  | { kind: "majority" }
  | { kind: "percent"; value: number }
  | { kind: "count"; value: number };

export const QUORUM_KINDS = ["majority", "percent", "count"] as const;
export const DEFAULT_QUORUM: QuorumRule = { kind: "majority" };

/**
 * simple: more votes for than against (abstentions do not count); absolute: more votes for than half of
 * everyone who took part (abstentions count against); two_thirds: at least two thirds of the votes for and
 * against are for.
 */
export const MAJORITY_RULES = ["simple", "absolute", "two_thirds"] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];
export const DEFAULT_MAJORITY: MajorityRule = "simple";

export type VoteOutcome = "approved" | "rejected" | "no_quorum";

export interface VoteResult {
  participating: number;
  quorumRequired: number;
  quorumMet: boolean;
  outcome: VoteOutcome;
}

export const participating = (counts: VoteCounts) => counts.for + counts.against + counts.abstain;

/** People needed for the quorum out of `basis`, the people checked in when the vote opened. */
export function quorumRequired(rule: QuorumRule, basis: number): number {
  switch (rule.kind) {
    case "majority":
      return Math.floor(basis / 2) + 1;
    case "percent":
      return Math.max(1, Math.ceil((basis * rule.value) / 100));
    case "count":
      return rule.value;
  }
}

export function majorityMet(rule: MajorityRule, counts: VoteCounts): boolean {
  switch (rule) {
    case "simple":
      return counts.for > counts.against;
    case "absolute":
      return 2 * counts.for > participating(counts);
    case "two_thirds":
      return counts.for > 0 && 3 * counts.for >= 2 * (counts.for + counts.against);
  }
}

export function voteResult(input: {
  counts: VoteCounts;
  basis: number;
  quorum: QuorumRule;
  majority: MajorityRule;
}): VoteResult {
  const taking = participating(input.counts);
  const required = quorumRequired(input.quorum, input.basis);
  const quorumMet = taking >= required;
  const outcome: VoteOutcome = !quorumMet
    ? "no_quorum"
    : majorityMet(input.majority, input.counts)
      ? "approved"
      : "rejected";
  return { participating: taking, quorumRequired: required, quorumMet, outcome };
}

/** Adds up digital ballots. */
export function countBallots(choices: readonly VoteChoice[]): VoteCounts {
  const counts: VoteCounts = { for: 0, against: 0, abstain: 0 };
  for (const choice of choices) counts[choice] += 1;
  return counts;
}
