import { asc, eq } from "drizzle-orm";
import type {
  NeedPieceDto,
  PlanItemDto,
  PuzzlePieceDto,
  SolutionPieceDto,
} from "../../../shared/schemas/puzzle";
import type { Tx } from "../../db/client";
import { puzzleNeeds, puzzlePlanItems, puzzleSolutions } from "../../db/schema";

export type PieceType = PuzzlePieceDto["type"];

export function toNeed(row: typeof puzzleNeeds.$inferSelect): NeedPieceDto {
  return {
    type: "need",
    id: row.id,
    subtableId: row.subtableId,
    tableId: row.tableId,
    title: row.title,
    description: row.description,
    affectedGroups: row.affectedGroups,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toSolution(row: typeof puzzleSolutions.$inferSelect): SolutionPieceDto {
  return {
    type: "solution",
    id: row.id,
    subtableId: row.subtableId,
    tableId: row.tableId,
    needId: row.needId,
    description: row.description,
    cooperationForm: row.cooperationForm,
    organizations: row.organizations,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toPlanItem(row: typeof puzzlePlanItems.$inferSelect): PlanItemDto {
  return {
    type: "planItem",
    id: row.id,
    subtableId: row.subtableId,
    tableId: row.tableId,
    solutionId: row.solutionId,
    action: row.action,
    owner: row.owner,
    due: row.due,
    resources: row.resources,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findPiece(db: Tx, type: PieceType, id: string): Promise<PuzzlePieceDto | null> {
  if (type === "need") {
    const [row] = await db.select().from(puzzleNeeds).where(eq(puzzleNeeds.id, id));
    return row ? toNeed(row) : null;
  }
  if (type === "solution") {
    const [row] = await db.select().from(puzzleSolutions).where(eq(puzzleSolutions.id, id));
    return row ? toSolution(row) : null;
  }
  const [row] = await db.select().from(puzzlePlanItems).where(eq(puzzlePlanItems.id, id));
  return row ? toPlanItem(row) : null;
}

export interface Pieces {
  needs: NeedPieceDto[];
  solutions: SolutionPieceDto[];
  planItems: PlanItemDto[];
}

/** Every piece of one sub-table (by `subtable_id`) or one assembly (by `assembly_id`), in creation order. */
export async function loadPieces(db: Tx, by: "subtable" | "assembly", id: string): Promise<Pieces> {
  const [needs, solutions, planItems] = await Promise.all([
    db
      .select()
      .from(puzzleNeeds)
      .where(by === "subtable" ? eq(puzzleNeeds.subtableId, id) : eq(puzzleNeeds.assemblyId, id))
      .orderBy(asc(puzzleNeeds.createdAt), asc(puzzleNeeds.id)),
    db
      .select()
      .from(puzzleSolutions)
      .where(by === "subtable" ? eq(puzzleSolutions.subtableId, id) : eq(puzzleSolutions.assemblyId, id))
      .orderBy(asc(puzzleSolutions.createdAt), asc(puzzleSolutions.id)),
    db
      .select()
      .from(puzzlePlanItems)
      .where(by === "subtable" ? eq(puzzlePlanItems.subtableId, id) : eq(puzzlePlanItems.assemblyId, id))
      .orderBy(asc(puzzlePlanItems.createdAt), asc(puzzlePlanItems.id)),
  ]);
  return {
    needs: needs.map(toNeed),
    solutions: solutions.map(toSolution),
    planItems: planItems.map(toPlanItem),
  };
}
