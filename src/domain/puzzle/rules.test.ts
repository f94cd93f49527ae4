import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canAddNeed,
  canAddPlanItem,
  dueOptions,
  dueSortKey,
  type FieldProblem,
  needProblems,
  parseDue,
  planItemProblems,
  puzzleProgress,
  solutionProblems,
} from "./rules";

const need = { title: "Acceso a crédito asociativo", description: "", affectedGroups: ["campesinos"] };
const solution = {
  description: "Fondo rotatorio entre cooperativas",
  cooperationForm: "trabajo_en_red",
  organizations: ["Coopcacao"],
};
const item = { action: "Convocar mesa de crédito", owner: "Coopcacao", due: "2024-Q2", resources: "" };

describe("needProblems", () => {
  it.each<[string, Partial<typeof need>, FieldProblem[]]>([
    ["a complete need", {}, []],
    ["title is required", { title: "   " }, [{ field: "title", code: "required" }]],
    ["80 characters is the limit", { title: "a".repeat(80) }, []],
    ["81 characters is too long", { title: "a".repeat(81) }, [{ field: "title", code: "too_long", max: 80 }]],
    ["spaces around do not count", { title: ` ${"a".repeat(80)} ` }, []],
    ["the description is optional", { description: "" }, []],
    [
      "the description has a limit",
      { description: "x".repeat(601) },
      [{ field: "description", code: "too_long", max: 600 }],
    ],
    ["nobody affected is allowed", { affectedGroups: [] }, []],
    [
      "groups come from the registration list",
      { affectedGroups: ["mujeres", "piratas"] },
      [{ field: "affectedGroups.1", code: "unknown_option" }],
    ],
  ])("%s", (_why, change, expected) => {
    expect(needProblems({ ...need, ...change })).toEqual(expected);
  });
});

describe("solutionProblems", () => {
  it.each<[string, Partial<typeof solution>, FieldProblem[]]>([
    ["a complete solution", {}, []],
    ["each cooperation form is accepted", { cooperationForm: "alianza_institucion" }, []],
    ["the description is required", { description: "" }, [{ field: "description", code: "required" }]],
    [
      "a form of cooperation is required",
      { cooperationForm: "" },
      [{ field: "cooperationForm", code: "required" }],
    ],
    [
      "only the four forms",
      { cooperationForm: "caridad" },
      [{ field: "cooperationForm", code: "unknown_option" }],
    ],
    ["organisations may be empty", { organizations: [] }, []],
    [
      "an empty organisation name",
      { organizations: ["Coopcacao", " "] },
      [{ field: "organizations.1", code: "required" }],
    ],
    [
      "the same organisation twice",
      { organizations: ["Coopcacao", "coopcacao "] },
      [{ field: "organizations.1", code: "duplicate" }],
    ],
    [
      "at most twelve organisations",
      { organizations: Array.from({ length: 13 }, (_, i) => `Org ${i}`) },
      [{ field: "organizations", code: "too_many", max: 12 }],
    ],
  ])("%s", (_why, change, expected) => {
    expect(solutionProblems({ ...solution, ...change })).toEqual(expected);
  });
});

describe("planItemProblems", () => {
  it.each<[string, Partial<typeof item>, FieldProblem[]]>([
    ["a complete item", {}, []],
    ["a month in the horizon", { due: "2026-12" }, []],
    ["the first month of the horizon", { due: "2024-01" }, []],
    ["a quarter", { due: "2025-Q4" }, []],
    ["before January 2024", { due: "2023-12" }, [{ field: "due", code: "due_out_of_range" }]],
    ["after December 2026", { due: "2027-Q1" }, [{ field: "due", code: "due_out_of_range" }]],
    ["month 13 does not exist", { due: "2025-13" }, [{ field: "due", code: "due_format" }]],
    ["a fifth quarter does not exist", { due: "2025-Q5" }, [{ field: "due", code: "due_format" }]],
    ["a full date is not a month", { due: "2025-03-01" }, [{ field: "due", code: "due_format" }]],
    ["when is required", { due: "" }, [{ field: "due", code: "required" }]],
    ["who is required", { owner: "" }, [{ field: "owner", code: "required" }]],
    ["the action is required", { action: "" }, [{ field: "action", code: "required" }]],
    [
      "resources are optional but limited",
      { resources: "r".repeat(301) },
      [{ field: "resources", code: "too_long", max: 300 }],
    ],
  ])("%s", (_why, change, expected) => {
    expect(planItemProblems({ ...item, ...change })).toEqual(expected);
  });
});

describe("limits", () => {
  it.each([
    [0, true, "the first need"],
    [1, true, "a second need"],
    [2, false, "never a third"],
  ])("canAddNeed(%i) = %s (%s)", (count, expected) => {
    expect(canAddNeed(count)).toBe(expected);
  });
  it.each([
    [7, true],
    [8, false],
  ])("canAddPlanItem(%i) = %s", (count, expected) => {
    expect(canAddPlanItem(count)).toBe(expected);
  });
});

describe("due values", () => {
  it.each([
    ["2024-03", { kind: "month", year: 2024, month: 3 }],
    ["2025-Q2", { kind: "quarter", year: 2025, quarter: 2 }],
    ["2025-q2", null],
    ["25-03", null],
  ])("parseDue(%s)", (value, expected) => {
    expect(parseDue(value)).toEqual(expected);
  });

  it("offers 48 values (3 years × 4 quarters + 12 months), every one valid and in date order", () => {
    const options = dueOptions();
    expect(options).toHaveLength(48);
    for (const value of options) expect(planItemProblems({ ...item, due: value })).toEqual([]);
    const keys = options.map(dueSortKey);
    expect(keys.filter((key, i) => i > 0 && key < keys[i - 1]! && !options[i]!.includes("-01"))).toEqual([]);
  });

  it("accepts exactly the months of 2024–2026 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const due = `${year}-${String(month).padStart(2, "0")}`;
        const ok = planItemProblems({ ...item, due }).length === 0;
        expect(ok).toBe(year >= 2024 && year <= 2026);
      }),
    );
  });
});

describe("puzzleProgress", () => {
  const n = (id: string) => ({ id });
  const s = (id: string, needId: string) => ({ id, needId });
  const p = (solutionId: string) => ({ solutionId });
  it.each([
    ["nothing yet: step 1", { needs: [], solutions: [], planItems: [] }, 1, [], []],
    ["a need without solution: step 2", { needs: [n("a")], solutions: [], planItems: [] }, 2, ["a"], []],
    [
      "a solution without plan: step 3",
      { needs: [n("a")], solutions: [s("x", "a")], planItems: [] },
      3,
      [],
      ["x"],
    ],
    ["complete", { needs: [n("a")], solutions: [s("x", "a")], planItems: [p("x")] }, null, [], []],
    [
      "the second need still lacks its solution",
      { needs: [n("a"), n("b")], solutions: [s("x", "a")], planItems: [p("x")] },
      2,
      ["b"],
      [],
    ],
  ])("%s", (_why, puzzle, step, needsWithoutSolution, solutionsWithoutPlan) => {
    expect(puzzleProgress(puzzle)).toMatchObject({ step, needsWithoutSolution, solutionsWithoutPlan });
  });
});
