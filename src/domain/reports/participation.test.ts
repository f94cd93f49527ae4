import { describe, expect, it } from "vitest";
import { approvalByAssembly, type PuzzleFacts, summarizePuzzle, type VoteFacts } from "./participation";

// Assembly A: sub-table s1 complete (need → solution → plan), s2 with a need still unsolved, s3 empty.
// Assembly B: sub-table s4 complete with two needs.
const FACTS: PuzzleFacts = {
  subtables: [
    { id: "s1", assemblyId: "A" },
    { id: "s2", assemblyId: "A" },
    { id: "s3", assemblyId: "A" },
    { id: "s4", assemblyId: "B" },
  ],
  needs: [
    { id: "n1", subtableId: "s1", axis: "credito" },
    { id: "n2", subtableId: "s2", axis: "credito" },
    { id: "n3", subtableId: "s4", axis: "asociatividad" },
    { id: "n4", subtableId: "s4", axis: "table:mesa local" },
  ],
  solutions: [
    { id: "x1", needId: "n1", cooperationForm: "asociatividad", organizations: 3 },
    { id: "x3", needId: "n3", cooperationForm: "trabajo_en_red", organizations: 1 },
    { id: "x4", needId: "n4", cooperationForm: "asociatividad", organizations: 2 },
  ],
  planItems: [
    { solutionId: "x1", owner: "Asocacao y alcaldía", due: "2024-Q2" },
    { solutionId: "x1", owner: "Cooperativa de Tame", due: "2025-03" },
    { solutionId: "x3", owner: "Alcaldía", due: "2025-Q4" },
    { solutionId: "x4", owner: "Don Pedro", due: "pronto" },
  ],
};

describe("summarizePuzzle", () => {
  const summary = summarizePuzzle(FACTS, ["asociatividad", "credito", "formacion"]);

  it("counts needs, solutions and cooperative solutions (two or more organisations) per axis, axes in order", () => {
    expect(summary.byAxis).toEqual([
      { key: "asociatividad", needs: 1, solutions: 1, cooperative: 0 },
      { key: "credito", needs: 2, solutions: 1, cooperative: 1 },
      { key: "formacion", needs: 0, solutions: 0, cooperative: 0 },
      { key: "table:mesa local", needs: 1, solutions: 1, cooperative: 1 },
    ]);
  });

  it.each<[string, number | undefined, string]>([
    ["A", 33, "one of three sub-tables complete (an unsolved need and an empty one are not)"],
    ["B", 100, "both needs solved and planned"],
    ["C", undefined, "no sub-tables yet: no figure"],
  ])("completion of %s is %s (%s)", (assembly, expected) => {
    expect(summary.completion.get(assembly)).toBe(expected);
  });

  it("counts commitments per kind of owner and per year due, unreadable dates apart", () => {
    expect(Object.fromEntries(summary.commitmentsByOwner.map((c) => [c.key, c.count]))).toEqual({
      organizacion: 1,
      institucion_publica: 1,
      cooperante: 0,
      comunidad: 0,
      alianza: 1,
      sin_clasificar: 1,
    });
    expect(summary.commitmentsByYear).toEqual([
      { key: "2024", count: 1 },
      { key: "2025", count: 2 },
      { key: "sin_fecha", count: 1 },
    ]);
    expect(summary.byCooperationForm).toEqual([
      { key: "asociatividad", count: 2 },
      { key: "trabajo_en_red", count: 1 },
    ]);
  });
});

describe("approvalByAssembly", () => {
  it.each<[VoteFacts[], Record<string, { approved: number; voted: number }>, string]>([
    [[], {}, "no votes"],
    [[{ assemblyId: "A", outcome: null }], {}, "a vote still open counts for nothing"],
    [
      [
        { assemblyId: "A", outcome: "approved" },
        { assemblyId: "A", outcome: "no_quorum" },
        { assemblyId: "B", outcome: "rejected" },
      ],
      { A: { approved: 1, voted: 2 }, B: { approved: 0, voted: 1 } },
      "closed votes per assembly",
    ],
  ])("%# %s", (votes, expected) => {
    expect(Object.fromEntries(approvalByAssembly(votes))).toEqual(expected);
  });
});
