// Small-cell suppression: a report never lets a reader single out fewer than five people. A count of 1–4
// shows "<5"; zero stays 0 (it says nothing about any one person). In a line of cells that adds up to a
// total the reader can see, hiding one cell is not enough — the total minus the others gives it back — so
// more cells are hidden ("*") until no hidden cell can be worked out from the total.

export const SMALL_CELL_LIMIT = 5;
/** A count of 1 to 4 people. */
export const SMALL = "<5";
/** A count hidden only so that a small one cannot be recovered by subtraction. */
export const HIDDEN = "*";

export type Cell = number | typeof SMALL | typeof HIDDEN;

export const isSmall = (n: number) => n > 0 && n < SMALL_CELL_LIMIT;

/** One count on its own: "<5" for 1–4 people, the number otherwise. */
export function suppressCount(n: number): Cell {
  return isSmall(n) ? SMALL : n;
}

/** What a reader who sees the markers knows about a hidden cell; no cell exceeds the hidden cells' sum. */
const boundsOf = (cell: Cell, hiddenSum: number): [number, number] =>
  cell === SMALL ? [1, SMALL_CELL_LIMIT - 1] : [SMALL_CELL_LIMIT, hiddenSum];

/**
 * Whether some hidden cell of the line has exactly one possible value, given that the hidden cells add up
 * to `hiddenSum` (the total minus the visible cells) and what each marker says about its cell.
 */
function someHiddenCellIsDetermined(cells: readonly Cell[], hiddenSum: number): boolean {
  const hidden = cells.filter((cell) => typeof cell !== "number").map((cell) => boundsOf(cell, hiddenSum));
  if (hidden.length === 0) return false;
  const lowSum = hidden.reduce((sum, [low]) => sum + low, 0);
  const highSum = hidden.reduce((sum, [, high]) => sum + high, 0);
  return hidden.some(([low, high]) => {
    const least = Math.max(low, hiddenSum - (highSum - high));
    const most = Math.min(high, hiddenSum - (lowSum - low));
    return least === most;
  });
}

/**
 * The cells of one line of counts. When `additive`, the counts add up to a total the reader sees (each person
 * is in exactly one cell), so cells are hidden, smallest first, until no hidden one can be recovered.
 * Zeros are never hidden to protect another cell: a hidden zero could be told apart from the markers.
 */
export function suppressLine(values: readonly number[], additive: boolean): Cell[] {
  const cells = values.map(suppressCount);
  const total = values.reduce((sum, n) => sum + n, 0);
  if (!additive || isSmall(total)) return cells;
  const hiddenSum = () => values.reduce((sum, n, i) => sum + (typeof cells[i] === "number" ? 0 : n), 0);
  while (someHiddenCellIsDetermined(cells, hiddenSum())) {
    const candidates = values
      .map((n, i) => [n, i] as const)
      .filter(([n, i]) => n > 0 && typeof cells[i] === "number")
      .sort(([a], [b]) => a - b);
    const next = candidates[0];
    if (!next) break;
    cells[next[1]] = HIDDEN;
  }
  return cells;
}

/** A table of counts: one line per column (e.g. registered, present), each with its total. */
export interface CountColumns {
  rows: readonly (readonly number[])[];
  totals: readonly number[];
  /** Each person is in exactly one row, so every column adds up to its total. */
  additive: boolean;
}

export interface SuppressedColumns {
  rows: Cell[][];
  totals: Cell[];
}

/** Suppresses each column of a table as its own line; totals only by the small-cell rule. */
export function suppressColumns({ rows, totals, additive }: CountColumns): SuppressedColumns {
  const columns = totals.map((_, column) =>
    suppressLine(
      rows.map((row) => row[column] ?? 0),
      additive,
    ),
  );
  return {
    rows: rows.map((_, row) => totals.map((_, column) => columns[column]![row]!)),
    totals: totals.map(suppressCount),
  };
}
