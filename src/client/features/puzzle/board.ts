import type { LayoutTable } from "../../../domain/puzzle/layout";
import type { LiveEventDto } from "../../../shared/schemas/live";
import type { PuzzleBoardDto, TimerDto } from "../../../shared/schemas/puzzle";
import { type PieceEventPayload, withEvent } from "./pieces";

/** The big puzzle after one live event; null when the event needs the board read again (new sub-tables). */
export function boardWithEvent(board: PuzzleBoardDto, event: LiveEventDto): PuzzleBoardDto | null {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case "puzzle.piece_saved":
    case "puzzle.piece_deleted":
      return { ...board, ...withEvent(board, payload as unknown as PieceEventPayload) };
    case "puzzle.timer": {
      const timers = new Map((payload.timers as TimerDto[]).map((timer) => [timer.tableId, timer]));
      return {
        ...board,
        tables: board.tables.map((table) => ({ ...table, timer: timers.get(table.id) ?? table.timer })),
      };
    }
    case "puzzle.settings":
      return { ...board, durations: payload.durations as PuzzleBoardDto["durations"] };
    case "tables.updated":
    case "allocation.saved":
    case "assembly.updated":
      return null;
    default:
      return board;
  }
}

/** The board's tables as the layout reads them: sub-tables in order, needs in the order they were made. */
export function layoutTables(board: PuzzleBoardDto): LayoutTable[] {
  const solutionOf = new Map(board.solutions.map((s) => [s.needId, s]));
  const itemsOf = new Map<string, string[]>();
  for (const item of board.planItems)
    itemsOf.set(item.solutionId, [...(itemsOf.get(item.solutionId) ?? []), item.id]);
  return board.tables.map((table) => ({
    id: table.id,
    subtables: table.subtables.map((subtable) => ({
      id: subtable.id,
      needs: board.needs
        .filter((n) => n.subtableId === subtable.id)
        .map((need) => {
          const solution = solutionOf.get(need.id);
          return {
            id: need.id,
            solution: solution ? { id: solution.id, planItemIds: itemsOf.get(solution.id) ?? [] } : null,
          };
        }),
    })),
  }));
}

export interface TableCount {
  tableId: string;
  needs: number;
  solutions: number;
  planItems: number;
}

export function countsByTable(board: PuzzleBoardDto): TableCount[] {
  return board.tables.map((table) => ({
    tableId: table.id,
    needs: board.needs.filter((p) => p.tableId === table.id).length,
    solutions: board.solutions.filter((p) => p.tableId === table.id).length,
    planItems: board.planItems.filter((p) => p.tableId === table.id).length,
  }));
}
