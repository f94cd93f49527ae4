// Before the plenary, each table's agenda is consolidated from its sub-tables' need pieces: duplicate needs are
// merged into one item, items are reworded and reordered. The original pieces are never changed or lost: every
// item lists the needs it stands for, and every need of the table stands in exactly one item.

export const ITEM_TITLE_MAX = 200;
export const ITEM_DESCRIPTION_MAX = 2000;

/** A need piece as the consolidation sees it (the puzzle owns the piece). */
export interface SourceNeed {
  id: string;
  tableId: string;
  title: string;
  description: string;
}

/** One item of a table's consolidated agenda. */
export interface AgendaItem {
  id: string;
  tableId: string;
  position: number;
  title: string;
  description: string;
  /** The original need pieces, in the order they joined the item. */
  needIds: string[];
}

export type ConsolidationProblem = "unknown_item" | "merge_needs_two" | "order_mismatch";

export type Consolidated = { ok: true; items: AgendaItem[] } | { ok: false; problem: ConsolidationProblem };

const ok = (items: AgendaItem[]): Consolidated => ({ ok: true, items: renumber(items) });
const fail = (problem: ConsolidationProblem): Consolidated => ({ ok: false, problem });

/** Positions 1…n within each table, keeping the current order (stable for equal positions). */
function renumber(items: AgendaItem[]): AgendaItem[] {
  const next = new Map<string, number>();
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }) => {
      const position = (next.get(item.tableId) ?? 0) + 1;
      next.set(item.tableId, position);
      return item.position === position ? item : { ...item, position };
    });
}

/**
 * The items brought in line with the pieces as they are now: needs that no longer exist leave their item (an
 * item left with none goes), and each need not yet in an item gets its own item — whose id is the need's, so
 * the same pieces always give the same ids — at the end of its table, in the order of `needs`.
 */
export function reconcile(items: readonly AgendaItem[], needs: readonly SourceNeed[]): AgendaItem[] {
  const byId = new Map(needs.map((need) => [need.id, need]));
  const kept = items.flatMap((item) => {
    const needIds = item.needIds.filter((id) => byId.get(id)?.tableId === item.tableId);
    if (needIds.length === 0) return [];
    return [needIds.length === item.needIds.length ? item : { ...item, needIds }];
  });
  const linked = new Set(kept.flatMap((item) => item.needIds));
  const added = needs
    .filter((need) => !linked.has(need.id))
    .map((need) => ({
      id: need.id,
      tableId: need.tableId,
      position: Number.MAX_SAFE_INTEGER,
      title: need.title,
      description: need.description,
      needIds: [need.id],
    }));
  return renumber([...kept, ...added]);
}

/** The items of one table, in order. */
export function tableItems(items: readonly AgendaItem[], tableId: string): AgendaItem[] {
  return items.filter((item) => item.tableId === tableId).sort((a, b) => a.position - b.position);
}

/**
 * Merges `otherIds` into `targetId` (all of one table): the target keeps its wording and position and takes
 * the others' original needs after its own; the others go.
 */
export function merge(
  items: readonly AgendaItem[],
  targetId: string,
  otherIds: readonly string[],
): Consolidated {
  const target = items.find((item) => item.id === targetId);
  const others = [...new Set(otherIds)].filter((id) => id !== targetId);
  if (!target) return fail("unknown_item");
  if (others.length === 0) return fail("merge_needs_two");
  const merged = others.map((id) => items.find((item) => item.id === id && item.tableId === target.tableId));
  if (merged.some((item) => item === undefined)) return fail("unknown_item");
  const gone = new Set(others);
  const needIds = [...target.needIds, ...merged.flatMap((item) => item!.needIds)];
  return ok(
    items
      .filter((item) => !gone.has(item.id))
      .map((item) => (item.id === targetId ? { ...item, needIds } : item)),
  );
}

/** New wording for one item; its original needs keep theirs. */
export function reword(
  items: readonly AgendaItem[],
  itemId: string,
  wording: { title: string; description: string },
): Consolidated {
  if (!items.some((item) => item.id === itemId)) return fail("unknown_item");
  const title = wording.title.trim();
  const description = wording.description.trim();
  return ok(items.map((item) => (item.id === itemId ? { ...item, title, description } : item)));
}

/** The table's items in the order of `ids`, which must name each of them exactly once. */
export function reorder(items: readonly AgendaItem[], tableId: string, ids: readonly string[]): Consolidated {
  const current = tableItems(items, tableId).map((item) => item.id);
  const sameSet =
    ids.length === current.length &&
    new Set(ids).size === ids.length &&
    ids.every((id) => current.includes(id));
  if (!sameSet) return fail("order_mismatch");
  const position = new Map(ids.map((id, index) => [id, index + 1]));
  return ok(
    items.map((item) => (item.tableId === tableId ? { ...item, position: position.get(item.id)! } : item)),
  );
}

/**
 * Undo: the table's items as they were in `snapshot` (taken before an edit), brought in line with the pieces as
 * they are now; the other tables are untouched.
 */
export function restore(
  items: readonly AgendaItem[],
  tableId: string,
  snapshot: readonly AgendaItem[],
  needs: readonly SourceNeed[],
): AgendaItem[] {
  const others = items.filter((item) => item.tableId !== tableId);
  const restored = snapshot.filter((item) => item.tableId === tableId);
  return reconcile([...others, ...restored], needs);
}

/** Problems of a wording a person typed, by field. */
export function wordingProblems(wording: {
  title: string;
  description: string;
}): Record<string, "required" | "too_long"> {
  const problems: Record<string, "required" | "too_long"> = {};
  const title = wording.title.trim();
  if (title === "") problems.title = "required";
  else if (title.length > ITEM_TITLE_MAX) problems.title = "too_long";
  if (wording.description.trim().length > ITEM_DESCRIPTION_MAX) problems.description = "too_long";
  return problems;
}

/** Two lists of items are the same agenda (same ids, order, wording and originals). */
export function sameItems(a: readonly AgendaItem[], b: readonly AgendaItem[]): boolean {
  const key = (items: readonly AgendaItem[]) =>
    JSON.stringify(
      [...items]
        .sort((x, y) => x.tableId.localeCompare(y.tableId) || x.position - y.position)
        .map((i) => [i.id, i.tableId, i.position, i.title, i.description, i.needIds]),
    );
  return key(a) === key(b);
}
