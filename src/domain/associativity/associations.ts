// "Possible associations": groups of organisations that come up together for several needs of the assembly.
// A group is kept only when it is closed (no bigger group appears for exactly the same needs), so the list
// shows "these four, for these three needs" once instead of every pair inside it.

export interface NeedOrganizations {
  needId: string;
  organizationIds: readonly string[];
}

export interface Association {
  organizationIds: string[];
  needIds: string[];
}

export interface AssociationOptions {
  /** A group must come up for at least this many needs. */
  minNeeds: number;
  /** Groups of at least this many organisations. */
  minSize: number;
}

const DEFAULTS: AssociationOptions = { minNeeds: 2, minSize: 2 };

/** Closed groups, most needs first, then bigger groups, then by their ids. */
export function associationGroups(
  needs: readonly NeedOrganizations[],
  options: Partial<AssociationOptions> = {},
): Association[] {
  const { minNeeds, minSize } = { ...DEFAULTS, ...options };
  const transactions = needs.map((need) => ({ needId: need.needId, ids: new Set(need.organizationIds) }));
  // Every closed group is an intersection of some needs' organisation sets: grow the family by intersecting.
  const family = new Map<string, string[]>();
  const keyOf = (ids: string[]) => ids.join("\u0000");
  let frontier = transactions.map((t) => [...t.ids].sort()).filter((ids) => ids.length >= minSize);
  for (const ids of frontier) family.set(keyOf(ids), ids);
  while (frontier.length > 0) {
    const next: string[][] = [];
    for (const group of frontier) {
      for (const transaction of transactions) {
        const common = group.filter((id) => transaction.ids.has(id));
        if (common.length < minSize || common.length === group.length) continue;
        const key = keyOf(common);
        if (!family.has(key)) {
          family.set(key, common);
          next.push(common);
        }
      }
    }
    frontier = next;
  }

  const associations: Association[] = [];
  for (const ids of family.values()) {
    const needIds = transactions.filter((t) => ids.every((id) => t.ids.has(id))).map((t) => t.needId);
    if (needIds.length >= minNeeds) associations.push({ organizationIds: ids, needIds });
  }
  return associations
    .filter((association) => isClosed(association, transactions))
    .sort(
      (a, b) =>
        b.needIds.length - a.needIds.length ||
        b.organizationIds.length - a.organizationIds.length ||
        keyOf(a.organizationIds).localeCompare(keyOf(b.organizationIds)),
    );
}

// Closed: the organisations every one of its needs shares are exactly the group.
function isClosed(
  association: Association,
  transactions: readonly { needId: string; ids: Set<string> }[],
): boolean {
  const needs = transactions.filter((t) => association.needIds.includes(t.needId));
  const [first, ...rest] = needs;
  if (!first) return false;
  const shared = [...first.ids].filter((id) => rest.every((t) => t.ids.has(id)));
  return shared.length === association.organizationIds.length;
}
