// The rules of a sub-table's puzzle (Momento 4): one need, at most two, on the table's axis; one solution
// per need built on cooperation between organisations; a work plan — who? when? — towards 2024–2026.
// The phone checks them before queueing a change offline and the server checks them again.
import { POPULATION_GROUPS } from "../registration/catalog";

export const NEEDS_MIN = 1;
export const NEEDS_MAX = 2;
export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 600;
export const ORGANIZATIONS_MAX = 12;
export const NAME_MAX = 120;
export const PLAN_ITEMS_MAX = 8;
export const ACTION_MAX = 200;
export const RESOURCES_MAX = 300;

export const COOPERATION_FORMS = [
  "trabajo_en_red",
  "trabajo_comunitario",
  "asociatividad",
  "alianza_institucion",
] as const;
export type CooperationForm = (typeof COOPERATION_FORMS)[number];

export interface NeedDraft {
  title: string;
  description: string;
  affectedGroups: readonly string[];
}

export interface SolutionDraft {
  description: string;
  cooperationForm: string;
  organizations: readonly string[];
}

export interface PlanItemDraft {
  action: string;
  owner: string;
  due: string;
  resources: string;
}

export type ProblemCode =
  | "required"
  | "too_long"
  | "too_many"
  | "duplicate"
  | "unknown_option"
  | "due_format"
  | "due_out_of_range";

/** One broken rule, tied to the field a person fixes (`title`, `organizations.2`). */
export interface FieldProblem {
  field: string;
  code: ProblemCode;
  max?: number;
}

function text(field: string, value: string, max: number, required: boolean): FieldProblem[] {
  const trimmed = value.trim();
  if (required && trimmed === "") return [{ field, code: "required" }];
  if (trimmed.length > max) return [{ field, code: "too_long", max }];
  return [];
}

function names(field: string, values: readonly string[], max: number): FieldProblem[] {
  if (values.length > max) return [{ field, code: "too_many", max }];
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    const key = value.trim().toLocaleLowerCase("es");
    const problems = text(`${field}.${index}`, value, NAME_MAX, true);
    if (problems.length === 0 && seen.has(key))
      problems.push({ field: `${field}.${index}`, code: "duplicate" });
    seen.add(key);
    return problems;
  });
}

export function needProblems(need: NeedDraft): FieldProblem[] {
  const groups = need.affectedGroups.flatMap((group, index): FieldProblem[] =>
    (POPULATION_GROUPS as readonly string[]).includes(group)
      ? []
      : [{ field: `affectedGroups.${index}`, code: "unknown_option" }],
  );
  return [
    ...text("title", need.title, TITLE_MAX, true),
    ...text("description", need.description, DESCRIPTION_MAX, false),
    ...groups,
  ];
}

export function solutionProblems(solution: SolutionDraft): FieldProblem[] {
  const form: FieldProblem[] = (COOPERATION_FORMS as readonly string[]).includes(solution.cooperationForm)
    ? []
    : [{ field: "cooperationForm", code: solution.cooperationForm === "" ? "required" : "unknown_option" }];
  return [
    ...text("description", solution.description, DESCRIPTION_MAX, true),
    ...form,
    ...names("organizations", solution.organizations, ORGANIZATIONS_MAX),
  ];
}

export function planItemProblems(item: PlanItemDraft): FieldProblem[] {
  const due = item.due.trim();
  const parsed = parseDue(due);
  const dueProblem: FieldProblem[] =
    due === ""
      ? [{ field: "due", code: "required" }]
      : !parsed
        ? [{ field: "due", code: "due_format" }]
        : !dueInHorizon(parsed)
          ? [{ field: "due", code: "due_out_of_range" }]
          : [];
  return [
    ...text("action", item.action, ACTION_MAX, true),
    ...text("owner", item.owner, NAME_MAX, true),
    ...dueProblem,
    ...text("resources", item.resources, RESOURCES_MAX, false),
  ];
}

/** A sub-table may add a need while it has fewer than two. */
export const canAddNeed = (needCount: number) => needCount < NEEDS_MAX;
export const canAddPlanItem = (planItemCount: number) => planItemCount < PLAN_ITEMS_MAX;

// ——— When: a month ("2025-03") or a quarter ("2025-Q2") between January 2024 and December 2026 ———

export const HORIZON = { firstYear: 2024, lastYear: 2026 } as const;

export type Due =
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number };

export function parseDue(value: string): Due | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (month) return { kind: "month", year: Number(month[1]), month: Number(month[2]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return { kind: "quarter", year: Number(quarter[1]), quarter: Number(quarter[2]) };
  return null;
}

export const dueInHorizon = (due: Due) => due.year >= HORIZON.firstYear && due.year <= HORIZON.lastYear;

/** Every value the "when" picker offers, in calendar order: each year's quarters, then its months. */
export function dueOptions(): string[] {
  const options: string[] = [];
  for (let year = HORIZON.firstYear; year <= HORIZON.lastYear; year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) options.push(`${year}-Q${quarter}`);
    for (let month = 1; month <= 12; month += 1) options.push(`${year}-${String(month).padStart(2, "0")}`);
  }
  return options;
}

/** The first month a due value covers, for sorting a plan by date ("2025-Q2" → 2025·12+3). */
export function dueSortKey(value: string): number {
  const due = parseDue(value);
  if (!due) return Number.MAX_SAFE_INTEGER;
  return due.year * 12 + (due.kind === "month" ? due.month - 1 : (due.quarter - 1) * 3);
}

// ——— Progress: where a sub-table stands in the three steps ———

export interface PuzzleShape {
  needs: readonly { id: string }[];
  solutions: readonly { id: string; needId: string }[];
  planItems: readonly { solutionId: string }[];
}

export type Step = 1 | 2 | 3;

export interface PuzzleProgress {
  needs: number;
  solutions: number;
  planItems: number;
  /** The first step with something missing; null when the puzzle is complete. */
  step: Step | null;
  /** Needs still without their solution, solutions still without a plan item. */
  needsWithoutSolution: string[];
  solutionsWithoutPlan: string[];
}

export function puzzleProgress(puzzle: PuzzleShape): PuzzleProgress {
  const solved = new Set(puzzle.solutions.map((s) => s.needId));
  const planned = new Set(puzzle.planItems.map((p) => p.solutionId));
  const needsWithoutSolution = puzzle.needs.filter((n) => !solved.has(n.id)).map((n) => n.id);
  const solutionsWithoutPlan = puzzle.solutions.filter((s) => !planned.has(s.id)).map((s) => s.id);
  const step: Step | null =
    puzzle.needs.length < NEEDS_MIN
      ? 1
      : needsWithoutSolution.length
        ? 2
        : solutionsWithoutPlan.length
          ? 3
          : null;
  return {
    needs: puzzle.needs.length,
    solutions: puzzle.solutions.length,
    planItems: puzzle.planItems.length,
    step,
    needsWithoutSolution,
    solutionsWithoutPlan,
  };
}
