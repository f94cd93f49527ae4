let counter = 0;

/** A React key for a row typed in the browser: it has no database id yet (and crypto.randomUUID needs HTTPS). */
export function newRowKey(): string {
  counter += 1;
  return `new-${counter}`;
}

/** The list with the row at `index` swapped with its neighbour in `direction`. */
export function moveRow<T>(rows: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (target < 0 || target >= rows.length) return [...rows];
  const copy = [...rows];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}
