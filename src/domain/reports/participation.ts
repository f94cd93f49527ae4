// Momento 4 and 5 in numbers: the pieces the sub-tables built (needs, solutions, commitments) and the plenary's
// votes. Pieces and votes are not people, so none of this is suppressed.

import { parseDue, puzzleProgress } from "../puzzle/rules";
import { OWNER_TYPES, type OwnerType, ownerType } from "./owner-type";

export interface PuzzleFacts {
  subtables: readonly { id: string; assemblyId: string }[];
  /** `axis`: the national axis code of the need's table, or the table's own key when it has none. */
  needs: readonly { id: string; subtableId: string; axis: string }[];
  solutions: readonly { id: string; needId: string; cooperationForm: string; organizations: number }[];
  planItems: readonly { solutionId: string; owner: string; due: string }[];
}

export interface VoteFacts {
  assemblyId: string;
  outcome: string | null;
}

export interface Count {
  key: string;
  count: number;
}

export interface PuzzleSummary {
  byAxis: { key: string; needs: number; solutions: number; cooperative: number }[];
  byCooperationForm: Count[];
  commitmentsByOwner: (Count & { key: OwnerType })[];
  commitmentsByYear: Count[];
  /** Per assembly: the share (0–100) of its sub-tables whose puzzle is complete; absent without sub-tables. */
  completion: Map<string, number>;
}

/** A solution is built on cooperation between organisations when it names at least two. */
export const COOPERATIVE_MIN_ORGANIZATIONS = 2;
export const NO_DUE = "sin_fecha";

function counted(counts: Map<string, number>, order: readonly string[] = []): Count[] {
  const keys = [...order, ...[...counts.keys()].filter((k) => !order.includes(k)).sort()];
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

export function summarizePuzzle(facts: PuzzleFacts, axisOrder: readonly string[] = []): PuzzleSummary {
  const axisOf = new Map(facts.needs.map((n) => [n.id, n.axis]));
  const axes = new Map<string, { needs: number; solutions: number; cooperative: number }>();
  const axis = (key: string) => {
    let row = axes.get(key);
    if (!row) {
      row = { needs: 0, solutions: 0, cooperative: 0 };
      axes.set(key, row);
    }
    return row;
  };
  for (const key of axisOrder) axis(key);
  for (const need of facts.needs) axis(need.axis).needs += 1;
  const forms = new Map<string, number>();
  for (const solution of facts.solutions) {
    const row = axis(axisOf.get(solution.needId) ?? "");
    row.solutions += 1;
    if (solution.organizations >= COOPERATIVE_MIN_ORGANIZATIONS) row.cooperative += 1;
    bump(forms, solution.cooperationForm);
  }
  const owners = new Map<string, number>();
  const years = new Map<string, number>();
  for (const item of facts.planItems) {
    bump(owners, ownerType(item.owner));
    bump(years, parseDue(item.due.trim())?.year.toString() ?? NO_DUE);
  }

  // A sub-table's puzzle is complete when every step has its pieces (puzzleProgress, the puzzle's own rule).
  const needSubtable = new Map(facts.needs.map((n) => [n.id, n.subtableId]));
  const solutionSubtable = new Map(facts.solutions.map((s) => [s.id, needSubtable.get(s.needId)]));
  const puzzles = new Map(
    facts.subtables.map((s) => [
      s.id,
      {
        needs: [] as { id: string }[],
        solutions: [] as { id: string; needId: string }[],
        planItems: [] as { solutionId: string }[],
      },
    ]),
  );
  for (const need of facts.needs) puzzles.get(need.subtableId)?.needs.push(need);
  for (const solution of facts.solutions)
    puzzles.get(needSubtable.get(solution.needId) ?? "")?.solutions.push(solution);
  for (const item of facts.planItems)
    puzzles.get(solutionSubtable.get(item.solutionId) ?? "")?.planItems.push(item);
  const perAssembly = new Map<string, { subtables: number; complete: number }>();
  for (const subtable of facts.subtables) {
    const tally = perAssembly.get(subtable.assemblyId) ?? { subtables: 0, complete: 0 };
    tally.subtables += 1;
    if (puzzleProgress(puzzles.get(subtable.id)!).step === null) tally.complete += 1;
    perAssembly.set(subtable.assemblyId, tally);
  }

  return {
    byAxis: [...axes.entries()].map(([key, row]) => ({ key, ...row })),
    byCooperationForm: counted(forms),
    commitmentsByOwner: counted(owners, OWNER_TYPES).map((c) => ({ ...c, key: c.key as OwnerType })),
    commitmentsByYear: counted(years).sort((a, b) =>
      a.key === NO_DUE ? 1 : b.key === NO_DUE ? -1 : a.key.localeCompare(b.key),
    ),
    completion: new Map(
      [...perAssembly.entries()].map(([id, t]) => [id, Math.round((100 * t.complete) / t.subtables)]),
    ),
  };
}

/** Per assembly, the plenary votes closed and how many approved. */
export function approvalByAssembly(
  votes: readonly VoteFacts[],
): Map<string, { approved: number; voted: number }> {
  const result = new Map<string, { approved: number; voted: number }>();
  for (const vote of votes) {
    if (vote.outcome === null) continue;
    const tally = result.get(vote.assemblyId) ?? { approved: 0, voted: 0 };
    tally.voted += 1;
    if (vote.outcome === "approved") tally.approved += 1;
    result.set(vote.assemblyId, tally);
  }
  return result;
}
