// A person who arrives after the allocation is seated without moving anyone already seated.

import { SUBTABLE_SIZE, type TableAllocation } from "./allocate";
import { mixCost, organizationLimit, SubtableMix } from "./mix";
import type { Participant, TableSpec } from "./participant";

export interface LateArrivalInput {
  tables: readonly TableSpec[];
  allocation: readonly TableAllocation[];
  /** Everyone already seated, by id: their organisations and origins decide the best sub-table. */
  seated: ReadonlyMap<string, Participant>;
  person: Participant;
}

export type LateArrivalOutcome =
  | { ok: true; tableId: string; subtable: number; tables: TableAllocation[] }
  | { ok: false; code: "allocation.no_room" };

/**
 * The person's most preferred table with room (or, without one, the table with the most room for its
 * capacity), and in it the smallest sub-table whose mix suffers least, so sizes stay within one of each
 * other. A new sub-table opens only when every sub-table of the table already has the maximum size.
 */
export function placeLateArrival({
  tables,
  allocation,
  seated,
  person,
}: LateArrivalInput): LateArrivalOutcome {
  const people = (tableId: string) =>
    allocation
      .find((entry) => entry.tableId === tableId)
      ?.subtables.reduce((sum, list) => sum + list.length, 0) ?? 0;
  const open = tables.filter((table) => people(table.id) < table.capacity);
  const preferred = person.preferredAxes
    .map((axis) => open.find((table) => table.axis === axis))
    .find((table) => table !== undefined);
  const table =
    preferred ??
    open.reduce<TableSpec | undefined>(
      (best, candidate) =>
        best === undefined || people(candidate.id) / candidate.capacity < people(best.id) / best.capacity
          ? candidate
          : best,
      undefined,
    );
  if (!table) return { ok: false, code: "allocation.no_room" };

  const subtables = allocation.find((entry) => entry.tableId === table.id)?.subtables ?? [];
  const smallest = Math.min(...subtables.map((list) => list.length));
  let chosen = subtables.length;
  if (subtables.length > 0 && smallest < SUBTABLE_SIZE.max) {
    const members = subtables.flat();
    const sameOrganization = members.filter(
      (id) => person.organization !== null && seated.get(id)?.organization === person.organization,
    ).length;
    const limit = organizationLimit(sameOrganization + 1, subtables.length);
    let bestCost = Number.POSITIVE_INFINITY;
    subtables.forEach((list, index) => {
      if (list.length !== smallest) return;
      const mix = new SubtableMix();
      for (const id of list) {
        const member = seated.get(id);
        if (member) mix.add(member);
      }
      const cost = mixCost(mix, person, limit, smallest + 1);
      if (cost < bestCost) {
        bestCost = cost;
        chosen = index;
      }
    });
  }

  const next = allocation.map((entry) =>
    entry.tableId === table.id
      ? {
          tableId: entry.tableId,
          subtables: [
            ...entry.subtables.map((list, index) => (index === chosen ? [...list, person.id] : list)),
            ...(chosen === entry.subtables.length ? [[person.id]] : []),
          ],
        }
      : entry,
  );
  if (!next.some((entry) => entry.tableId === table.id))
    next.push({ tableId: table.id, subtables: [[person.id]] });
  return { ok: true, tableId: table.id, subtable: chosen, tables: next };
}
