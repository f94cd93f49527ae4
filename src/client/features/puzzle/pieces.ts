import type {
  NeedPieceDto,
  PlanItemDto,
  PuzzlePieceDto,
  SolutionPieceDto,
} from "../../../shared/schemas/puzzle";
import type { QueuedChange } from "../../offline/queue";

/** The pieces of one sub-table or of the whole assembly, as the server last told us. */
export interface Pieces {
  needs: NeedPieceDto[];
  solutions: SolutionPieceDto[];
  planItems: PlanItemDto[];
}

/** What the screen shows: a piece saved on this phone but not yet on the server is `local`. */
export type Shown<T> = T & { local: boolean };
export interface ShownPieces {
  needs: Shown<NeedPieceDto>[];
  solutions: Shown<SolutionPieceDto>[];
  planItems: Shown<PlanItemDto>[];
}

const upsert = <T extends { id: string; version: number }>(list: T[], piece: T): T[] => {
  const index = list.findIndex((p) => p.id === piece.id);
  if (index < 0) return [...list, piece];
  if (list[index]!.version > piece.version) return list;
  return list.map((p, i) => (i === index ? piece : p));
};

/** A piece saved anywhere: a newer version replaces ours, an older one (a late event) is ignored. */
export function withPiece(pieces: Pieces, piece: PuzzlePieceDto): Pieces {
  if (piece.type === "need") return { ...pieces, needs: upsert(pieces.needs, piece) };
  if (piece.type === "solution") {
    // One solution per need: the server's replaces any other shown for that need.
    const others = pieces.solutions.filter((s) => s.needId !== piece.needId || s.id === piece.id);
    return { ...pieces, solutions: upsert(others, piece) };
  }
  return { ...pieces, planItems: upsert(pieces.planItems, piece) };
}

/** A piece deleted anywhere, with what hangs from it (a need's solution and that solution's plan). */
export function withoutPiece(pieces: Pieces, type: PuzzlePieceDto["type"], id: string): Pieces {
  const needs = type === "need" ? pieces.needs.filter((n) => n.id !== id) : pieces.needs;
  const solutions = pieces.solutions.filter((s) => s.id !== id && needs.some((n) => n.id === s.needId));
  const planItems = pieces.planItems.filter(
    (p) => p.id !== id && solutions.some((s) => s.id === p.solutionId),
  );
  return { needs, solutions, planItems };
}

export interface PieceEventPayload {
  subtableId: string;
  tableId: string;
  pieceType: PuzzlePieceDto["type"];
  pieceId: string;
  piece: PuzzlePieceDto | null;
}

export function withEvent(pieces: Pieces, payload: PieceEventPayload): Pieces {
  return payload.piece
    ? withPiece(pieces, payload.piece)
    : withoutPiece(pieces, payload.pieceType, payload.pieceId);
}

/** The server's pieces with this phone's unsent changes applied on top, in the order they were made. */
export function project(
  base: Pieces,
  queue: readonly QueuedChange[],
  where: { subtableId: string; tableId: string },
): ShownPieces {
  const local = new Set<string>();
  let pieces: Pieces = base;
  for (const entry of queue) {
    if (entry.status === "rejected") continue;
    const change = entry.change;
    const common = {
      ...where,
      id: change.pieceId,
      version: change.baseVersion + 1,
      updatedBy: change.author,
      updatedAt: new Date(entry.queuedAt).toISOString(),
    };
    switch (change.kind) {
      case "need.save":
        pieces = withPiece(pieces, { ...common, type: "need", ...change.data });
        break;
      case "solution.save":
        pieces = withPiece(pieces, { ...common, type: "solution", ...change.data });
        break;
      case "planItem.save":
        pieces = withPiece(pieces, { ...common, type: "planItem", ...change.data });
        break;
      case "need.delete":
        pieces = withoutPiece(pieces, "need", change.pieceId);
        break;
      case "solution.delete":
        pieces = withoutPiece(pieces, "solution", change.pieceId);
        break;
      case "planItem.delete":
        pieces = withoutPiece(pieces, "planItem", change.pieceId);
        break;
    }
    local.add(change.pieceId);
  }
  const mark = <T extends { id: string }>(list: T[]) => list.map((p) => ({ ...p, local: local.has(p.id) }));
  return { needs: mark(pieces.needs), solutions: mark(pieces.solutions), planItems: mark(pieces.planItems) };
}
