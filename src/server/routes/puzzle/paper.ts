import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import {
  canAddNeed,
  type FieldProblem,
  needProblems,
  planItemProblems,
  solutionProblems,
} from "../../../domain/puzzle/rules";
import { type Lang, translate } from "../../../shared/i18n";
import type { PaperSheet, PuzzleChange } from "../../../shared/schemas/puzzle";
import type { Tx } from "../../db/client";
import { puzzleNeeds } from "../../db/schema";
import { AppError } from "../../errors";
import type { SubtableRef } from "./changes";

/**
 * A filled paper sheet as the changes a phone would have sent, so it lands in the same puzzle the same way.
 * Every problem of the sheet is reported at once, on the desktop form's own fields (`needs.0.solution.plan.1.due`).
 */
export async function paperChanges(
  tx: Tx,
  target: SubtableRef,
  sheet: PaperSheet,
  lang: Lang,
): Promise<PuzzleChange[]> {
  const fields: Record<string, string> = {};
  const note = (prefix: string, problems: FieldProblem[]) => {
    for (const p of problems) {
      fields[`${prefix}.${p.field}`] = translate(
        lang,
        `puzzle.problem.${p.code}`,
        p.max === undefined ? {} : { max: p.max },
      );
    }
  };
  for (const [i, need] of sheet.needs.entries()) {
    note(`needs.${i}`, needProblems(need));
    if (!need.solution) continue;
    note(`needs.${i}.solution`, solutionProblems(need.solution));
    for (const [j, item] of need.solution.plan.entries())
      note(`needs.${i}.solution.plan.${j}`, planItemProblems(item));
  }
  if (Object.keys(fields).length) throw new AppError("request.invalid", {}, fields);

  const [row] = await tx
    .select({ n: count() })
    .from(puzzleNeeds)
    .where(eq(puzzleNeeds.subtableId, target.subtableId));
  if (!canAddNeed((row?.n ?? 0) + sheet.needs.length - 1)) {
    throw new AppError("puzzle.need_limit", {}, { needs: translate(lang, "error.puzzle.need_limit") });
  }

  const base = { baseVersion: 0, author: "" };
  return sheet.needs.flatMap(({ solution, ...need }): PuzzleChange[] => {
    const needId = randomUUID();
    const changes: PuzzleChange[] = [
      { ...base, changeId: randomUUID(), pieceId: needId, kind: "need.save", data: need },
    ];
    if (!solution) return changes;
    const { plan, ...rest } = solution;
    const solutionId = randomUUID();
    changes.push({
      ...base,
      changeId: randomUUID(),
      pieceId: solutionId,
      kind: "solution.save",
      data: { ...rest, needId },
    });
    for (const item of plan) {
      changes.push({
        ...base,
        changeId: randomUUID(),
        pieceId: randomUUID(),
        kind: "planItem.save",
        data: { ...item, solutionId },
      });
    }
    return changes;
  });
}
