import { and, count, eq, sql } from "drizzle-orm";
import {
  canAddNeed,
  canAddPlanItem,
  type FieldProblem,
  needProblems,
  PLAN_ITEMS_MAX,
  planItemProblems,
  solutionProblems,
} from "../../../domain/puzzle/rules";
import { type Lang, translate } from "../../../shared/i18n";
import type {
  ChangeAppliedDto,
  ChangeConflictDto,
  PuzzleChange,
  PuzzlePieceDto,
} from "../../../shared/schemas/puzzle";
import type { Tx } from "../../db/client";
import { puzzleChanges, puzzleNeeds, puzzlePlanItems, puzzleSolutions } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import { appendAudit, appendEvent } from "../../events/outbox";
import { activeLock } from "../plenary/lock";
import { findPiece, type PieceType, toNeed, toPlanItem, toSolution } from "./pieces";

/** The sub-table a change lands in. */
export interface SubtableRef {
  assemblyId: string;
  tableId: string;
  subtableId: string;
}

/** Who writes: a phone with the sub-table's code, or staff (their corrections are audited). */
export type Writer =
  | { kind: "phone" }
  | { kind: "staff"; userId: string; label: string; source: "staff" | "paper" | "import" };

export type ChangeOutcome =
  | { status: 200; body: ChangeAppliedDto; replayed: boolean }
  | { status: 409; body: ChangeConflictDto };

const typeOf = (kind: PuzzleChange["kind"]): PieceType => kind.split(".")[0] as PieceType;

/** Rule problems → 422 with one message per field (`data.title`), in the person's language. */
function refuse(problems: FieldProblem[], lang: Lang): never {
  const fields = Object.fromEntries(
    problems.map((p) => [
      `data.${p.field}`,
      translate(lang, `puzzle.problem.${p.code}`, p.max === undefined ? {} : { max: p.max }),
    ]),
  );
  throw new AppError("request.invalid", {}, fields);
}

/**
 * Applies one change from a phone (or staff) exactly once. A change id seen before is answered with what it
 * got the first time. An edit or delete made on a version that is no longer current, or a second solution
 * for one need, comes back as a conflict with both versions and changes nothing. Rule problems → 422.
 * Changes of one sub-table are applied one at a time (an advisory lock), so limits hold under concurrency.
 */
export async function applyChange(
  tx: Tx,
  target: SubtableRef,
  writer: Writer,
  change: PuzzleChange,
  lang: Lang,
): Promise<ChangeOutcome> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7412006, hashtext(${target.subtableId}))`);
  const [seen] = await tx.select().from(puzzleChanges).where(eq(puzzleChanges.changeId, change.changeId));
  if (seen) {
    if (seen.subtableId !== target.subtableId) throw notFound();
    return { status: 200, body: seen.response as ChangeAppliedDto, replayed: true };
  }
  // The plenary approved and locked the agenda built from these pieces: they stay as approved until it reopens.
  if (await activeLock(tx, target.assemblyId)) throw new AppError("puzzle.agenda_locked");

  const type = typeOf(change.kind);
  const current = await findPiece(tx, type, change.pieceId);
  if (current && current.subtableId !== target.subtableId) throw notFound();
  const conflict = (theirs: PuzzlePieceDto | null): ChangeOutcome => ({
    status: 409,
    body: {
      code: "puzzle.conflict",
      message: translate(lang, "error.puzzle.conflict"),
      conflict: {
        changeId: change.changeId,
        kind: change.kind,
        pieceId: change.pieceId,
        baseVersion: change.baseVersion,
        mine: "data" in change ? change.data : null,
        theirs,
      },
    },
  });

  const deleting = change.kind.endsWith(".delete");
  if (deleting) {
    if (current && current.version !== change.baseVersion) return conflict(current);
  } else if (change.baseVersion === 0 ? current !== null : current?.version !== change.baseVersion) {
    return conflict(current);
  }

  // Phones record the name their person typed (may be empty); staff their account.
  const by = writer.kind === "phone" ? change.author : writer.label;
  const now = new Date();
  let piece: PuzzlePieceDto | null = null;
  switch (change.kind) {
    case "need.save": {
      const problems = needProblems(change.data);
      if (problems.length) refuse(problems, lang);
      const values = {
        title: change.data.title.trim(),
        description: change.data.description.trim(),
        affectedGroups: [...new Set(change.data.affectedGroups)],
        updatedBy: by,
        updatedAt: now,
      };
      if (!current) {
        const [row] = await tx
          .select({ n: count() })
          .from(puzzleNeeds)
          .where(eq(puzzleNeeds.subtableId, target.subtableId));
        if (!canAddNeed(row?.n ?? 0)) throw new AppError("puzzle.need_limit");
        const [created] = await tx
          .insert(puzzleNeeds)
          .values({
            ...values,
            id: change.pieceId,
            assemblyId: target.assemblyId,
            tableId: target.tableId,
            subtableId: target.subtableId,
          })
          .returning();
        piece = toNeed(created!);
      } else {
        const [updated] = await tx
          .update(puzzleNeeds)
          .set({ ...values, version: current.version + 1 })
          .where(eq(puzzleNeeds.id, change.pieceId))
          .returning();
        piece = toNeed(updated!);
      }
      break;
    }
    case "solution.save": {
      const problems = solutionProblems(change.data);
      if (problems.length) refuse(problems, lang);
      const values = {
        description: change.data.description.trim(),
        cooperationForm: change.data.cooperationForm,
        organizations: change.data.organizations.map((o) => o.trim()),
        updatedBy: by,
        updatedAt: now,
      };
      if (!current) {
        const need = await findPiece(tx, "need", change.data.needId);
        if (!need || need.subtableId !== target.subtableId) {
          throw new AppError(
            "puzzle.need_missing",
            {},
            { "data.needId": translate(lang, "error.puzzle.need_missing") },
          );
        }
        // One solution per need: a second one made elsewhere is a conflict with the first.
        const [existing] = await tx.select().from(puzzleSolutions).where(eq(puzzleSolutions.needId, need.id));
        if (existing) return conflict(toSolution(existing));
        const [created] = await tx
          .insert(puzzleSolutions)
          .values({
            ...values,
            id: change.pieceId,
            needId: need.id,
            assemblyId: target.assemblyId,
            tableId: target.tableId,
            subtableId: target.subtableId,
          })
          .returning();
        piece = toSolution(created!);
      } else {
        // A solution stays with the need it was made for.
        const [updated] = await tx
          .update(puzzleSolutions)
          .set({ ...values, version: current.version + 1 })
          .where(eq(puzzleSolutions.id, change.pieceId))
          .returning();
        piece = toSolution(updated!);
      }
      break;
    }
    case "planItem.save": {
      const problems = planItemProblems(change.data);
      if (problems.length) refuse(problems, lang);
      const values = {
        action: change.data.action.trim(),
        owner: change.data.owner.trim(),
        due: change.data.due.trim(),
        resources: change.data.resources.trim(),
        updatedBy: by,
        updatedAt: now,
      };
      if (!current) {
        const solution = await findPiece(tx, "solution", change.data.solutionId);
        if (!solution || solution.subtableId !== target.subtableId) {
          throw new AppError(
            "puzzle.solution_missing",
            {},
            { "data.solutionId": translate(lang, "error.puzzle.solution_missing") },
          );
        }
        const [row] = await tx
          .select({ n: count() })
          .from(puzzlePlanItems)
          .where(eq(puzzlePlanItems.solutionId, solution.id));
        if (!canAddPlanItem(row?.n ?? 0)) throw new AppError("puzzle.plan_limit", { max: PLAN_ITEMS_MAX });
        const [created] = await tx
          .insert(puzzlePlanItems)
          .values({
            ...values,
            id: change.pieceId,
            solutionId: solution.id,
            assemblyId: target.assemblyId,
            tableId: target.tableId,
            subtableId: target.subtableId,
          })
          .returning();
        piece = toPlanItem(created!);
      } else {
        const [updated] = await tx
          .update(puzzlePlanItems)
          .set({ ...values, version: current.version + 1 })
          .where(eq(puzzlePlanItems.id, change.pieceId))
          .returning();
        piece = toPlanItem(updated!);
      }
      break;
    }
    case "need.delete":
      await tx
        .delete(puzzleNeeds)
        .where(and(eq(puzzleNeeds.id, change.pieceId), eq(puzzleNeeds.subtableId, target.subtableId)));
      break;
    case "solution.delete":
      await tx
        .delete(puzzleSolutions)
        .where(
          and(eq(puzzleSolutions.id, change.pieceId), eq(puzzleSolutions.subtableId, target.subtableId)),
        );
      break;
    case "planItem.delete":
      await tx
        .delete(puzzlePlanItems)
        .where(
          and(eq(puzzlePlanItems.id, change.pieceId), eq(puzzlePlanItems.subtableId, target.subtableId)),
        );
      break;
  }

  const body: ChangeAppliedDto = {
    status: "applied",
    changeId: change.changeId,
    kind: change.kind,
    pieceId: change.pieceId,
    piece,
    appliedAt: now.toISOString(),
  };
  const source = writer.kind === "phone" ? "phone" : writer.source;
  await tx.insert(puzzleChanges).values({
    changeId: change.changeId,
    assemblyId: target.assemblyId,
    subtableId: target.subtableId,
    kind: change.kind,
    pieceId: change.pieceId,
    source,
    response: body,
    appliedAt: now,
  });
  if (writer.kind === "staff") {
    await appendAudit(tx, {
      actor: { id: writer.userId, label: writer.label },
      action: `puzzle.${change.kind}`,
      entity: `puzzle_${type}`,
      entityId: change.pieceId,
      before: current,
      after: piece,
    });
  }
  await appendEvent(tx, {
    assemblyId: target.assemblyId,
    type: deleting ? "puzzle.piece_deleted" : "puzzle.piece_saved",
    payload: {
      changeId: change.changeId,
      kind: change.kind,
      subtableId: target.subtableId,
      tableId: target.tableId,
      pieceType: type,
      pieceId: change.pieceId,
      piece,
      source,
    },
  });
  return { status: 200, body, replayed: false };
}
