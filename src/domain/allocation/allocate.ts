// Automatic allocation of an assembly's participants into thematic tables (mesas) and sub-tables (sub-mesas).
// Tables follow preferences in rank order as capacity allows; sub-tables mix organisations, municipalities,
// population groups, sexes and ages, with one person who knows the PIT in each where there are enough.

import { createRandom } from "../demo/random";
import { mixCost, organizationLimit, SubtableMix } from "./mix";
import type { Participant, TableSpec } from "./participant";

export const SUBTABLE_SIZE = { min: 8, max: 30, default: 20 } as const;

export interface AllocationInput {
  participants: readonly Participant[];
  /** In display order; only the tables people may be seated at (enabled ones). */
  tables: readonly TableSpec[];
  /** Target sub-table size, 8 to 30. */
  subtableSize: number;
  seed: number;
}

/** One table's sub-tables, each a list of participant ids in place order (place = index + 1). */
export interface TableAllocation {
  tableId: string;
  subtables: string[][];
}

export type AllocationOutcome =
  | { ok: true; tables: TableAllocation[] }
  | { ok: false; code: "allocation.capacity_exceeded"; people: number; capacity: number };

/** How many sub-tables a table of `people` gets: the count whose size comes closest to the target. */
export function subtableCount(people: number, subtableSize: number): number {
  return people === 0 ? 0 : Math.max(1, Math.round(people / subtableSize));
}

/** `people` split into `count` sizes that differ by at most one, the larger first. */
export function balancedSizes(people: number, count: number): number[] {
  const base = Math.floor(people / count);
  return Array.from({ length: count }, (_, index) => base + (index < people % count ? 1 : 0));
}

/**
 * Seats everyone in exactly one table and one sub-table. The same input and seed give the same result
 * whatever the order of the participants.
 */
export function allocate(input: AllocationInput): AllocationOutcome {
  const { tables, subtableSize, seed } = input;
  if (
    !Number.isInteger(subtableSize) ||
    subtableSize < SUBTABLE_SIZE.min ||
    subtableSize > SUBTABLE_SIZE.max
  ) {
    throw new RangeError(
      `Sub-table size must be ${SUBTABLE_SIZE.min} to ${SUBTABLE_SIZE.max}: ${subtableSize}`,
    );
  }
  const capacity = tables.reduce((sum, table) => sum + Math.max(table.capacity, 0), 0);
  if (input.participants.length > capacity) {
    return { ok: false, code: "allocation.capacity_exceeded", people: input.participants.length, capacity };
  }
  const sorted = [...input.participants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lottery = createRandom(seed).shuffle(sorted);
  const seated = assignTables(lottery, tables);
  return {
    ok: true,
    tables: tables.map((table, index) => ({
      tableId: table.id,
      subtables: splitTable(seated[index] ?? [], subtableSize),
    })),
  };
}

/**
 * Round by round: everyone's first preference while its table has room, then the second, and so on. When a
 * table cannot take all who ask for it in a round, those with fewer preferences left go first (they have
 * less to fall back on), then organisations take turns, then the lottery decides. People without a
 * preference, or whose preferred tables are full, go where there is most room.
 */
function assignTables(lottery: readonly Participant[], tables: readonly TableSpec[]): Participant[][] {
  const tableOfAxis = new Map<string, number>();
  tables.forEach((table, index) => {
    if (table.axis !== null && !tableOfAxis.has(table.axis)) tableOfAxis.set(table.axis, index);
  });
  const choices = new Map<Participant, number[]>();
  for (const person of lottery) {
    const ranked = person.preferredAxes.flatMap((axis) => {
      const index = tableOfAxis.get(axis);
      return index === undefined ? [] : [index];
    });
    choices.set(person, [...new Set(ranked)]);
  }
  const seated = tables.map((): Participant[] => []);
  const room = tables.map((table) => Math.max(table.capacity, 0));
  const rounds = Math.max(0, ...[...choices.values()].map((ranked) => ranked.length));

  let waiting: readonly Participant[] = lottery;
  for (let rank = 0; rank < rounds; rank++) {
    const asking = tables.map((): Participant[] => []);
    for (const person of waiting) {
      const table = choices.get(person)?.[rank];
      if (table !== undefined && (room[table] ?? 0) > 0) asking[table]?.push(person);
    }
    const admitted = new Set<Participant>();
    asking.forEach((candidates, table) => {
      const free = room[table] ?? 0;
      const chosen =
        candidates.length <= free
          ? candidates
          : byPriority(candidates, (person) => (choices.get(person)?.length ?? 0) - rank).slice(0, free);
      for (const person of chosen) {
        seated[table]?.push(person);
        admitted.add(person);
      }
      room[table] = free - chosen.length;
    });
    waiting = waiting.filter((person) => !admitted.has(person));
  }

  for (const person of waiting) {
    let best = -1;
    for (let table = 0; table < tables.length; table++) {
      if ((room[table] ?? 0) <= 0) continue;
      if (best < 0 || fillRatio(seated, tables, table) < fillRatio(seated, tables, best)) best = table;
    }
    seated[best]?.push(person);
    room[best] = (room[best] ?? 0) - 1;
  }
  return seated;
}

const fillRatio = (seated: Participant[][], tables: readonly TableSpec[], index: number) =>
  (seated[index]?.length ?? 0) / (tables[index]?.capacity ?? 1);

/**
 * A stable order by `first` (ascending), then by each person's turn within their organisation, so that
 * organisations alternate; the input order decides the rest.
 */
function byPriority(people: readonly Participant[], first: (person: Participant) => number): Participant[] {
  const turns = organizationTurns(people);
  return people
    .map((person, index) => ({ person, index, key: first(person), turn: turns[index] ?? 0 }))
    .sort((a, b) => a.key - b.key || a.turn - b.turn || a.index - b.index)
    .map(({ person }) => person);
}

/** For each person, how many of the same organisation come before them in the list. */
function organizationTurns(people: readonly Participant[]): number[] {
  const seen = new Map<string, number>();
  return people.map((person) => {
    if (person.organization === null) return 0;
    const turn = seen.get(person.organization) ?? 0;
    seen.set(person.organization, turn + 1);
    return turn;
  });
}

/**
 * Splits a table's people into sub-tables of balanced sizes. One person who knows the PIT goes first into
 * each sub-table; then the largest organisations, so their members can still be spread; each person joins
 * the sub-table whose mix suffers least. A last pass swaps people to respect the organisation limit.
 */
function splitTable(members: readonly Participant[], subtableSize: number): string[][] {
  const count = subtableCount(members.length, subtableSize);
  if (count === 0) return [];
  const sizes = balancedSizes(members.length, count);
  const mixes = sizes.map(() => new SubtableMix());
  const placed = sizes.map((): Participant[] => []);
  const organizationSize = new Map<string, number>();
  for (const person of members) {
    if (person.organization !== null) {
      organizationSize.set(person.organization, (organizationSize.get(person.organization) ?? 0) + 1);
    }
  }
  const limitOf = (person: Participant) =>
    person.organization === null
      ? Number.POSITIVE_INFINITY
      : organizationLimit(organizationSize.get(person.organization) ?? 0, count);

  const pitFirst = byPriority(
    members.filter((person) => person.knowsPit),
    () => 0,
  ).slice(0, count);
  const first = new Set(pitFirst);
  const sizeOf = (person: Participant) =>
    person.organization === null ? 0 : (organizationSize.get(person.organization) ?? 0);
  const rest = members
    .filter((person) => !first.has(person))
    .map((person, index) => ({ person, index }))
    .sort(
      (a, b) =>
        sizeOf(b.person) - sizeOf(a.person) ||
        compareText(a.person.organization ?? "", b.person.organization ?? "") ||
        a.index - b.index,
    )
    .map(({ person }) => person);

  for (const person of [...pitFirst, ...rest]) {
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let index = 0; index < count; index++) {
      const mix = mixes[index]!;
      const size = sizes[index]!;
      if (mix.size >= size) continue;
      const cost = mixCost(mix, person, limitOf(person), size);
      if (cost < bestCost) {
        best = index;
        bestCost = cost;
      }
    }
    mixes[best]!.add(person);
    placed[best]!.push(person);
  }
  keepOrganizationLimit(placed, mixes, limitOf);
  return placed.map((list) => list.map((person) => person.id));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Swaps a member of an organisation over its limit with someone from a sub-table where that organisation
 * has room, when the swap breaks no other limit and leaves no sub-table without its PIT person.
 */
function keepOrganizationLimit(
  placed: Participant[][],
  mixes: SubtableMix[],
  limitOf: (person: Participant) => number,
): void {
  for (let from = 0; from < placed.length; from++) {
    const here = placed[from]!;
    for (let i = 0; i < here.length; i++) {
      const person = here[i]!;
      if (mixes[from]!.organizationCount(person.organization) <= limitOf(person)) continue;
      const swap = findSwap(placed, mixes, limitOf, from, person);
      if (!swap) continue;
      const [to, j] = swap;
      const other = placed[to]![j]!;
      mixes[from]!.remove(person);
      mixes[to]!.remove(other);
      mixes[from]!.add(other);
      mixes[to]!.add(person);
      here[i] = other;
      placed[to]![j] = person;
    }
  }
}

function findSwap(
  placed: Participant[][],
  mixes: SubtableMix[],
  limitOf: (person: Participant) => number,
  from: number,
  person: Participant,
): [number, number] | null {
  const source = mixes[from]!;
  for (let to = 0; to < placed.length; to++) {
    const target = mixes[to]!;
    if (to === from || target.organizationCount(person.organization) + 1 > limitOf(person)) continue;
    const candidates = placed[to]!;
    for (let j = 0; j < candidates.length; j++) {
      const other = candidates[j]!;
      if (other.organization === person.organization) continue;
      if (other.organization !== null && source.organizationCount(other.organization) + 1 > limitOf(other))
        continue;
      if (person.knowsPit && !other.knowsPit && source.knowsPit === 1) continue;
      if (other.knowsPit && !person.knowsPit && target.knowsPit === 1) continue;
      return [to, j];
    }
  }
  return null;
}
