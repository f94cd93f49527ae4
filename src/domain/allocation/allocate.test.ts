import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NATIONAL_AXES } from "../axes/national-axes";
import { generateDemoPeople } from "../demo/people";
import { ARAUCA } from "../demo/regions";
import {
  type AllocationInput,
  allocate,
  balancedSizes,
  subtableCount,
  type TableAllocation,
} from "./allocate";
import { placeLateArrival } from "./late-arrival";
import { organizationLimit } from "./mix";
import { AGE_BANDS, type Participant, participantFromPerson, type TableSpec } from "./participant";
import { summarize } from "./summary";

const AXES = NATIONAL_AXES.map((axis) => axis.code);
const OTHER_AXES = AXES.filter((axis) => axis !== "formacion");
const MUNICIPALITIES = ["81001", "81065", "81736", "81794"];
const GROUPS = ["campesinos", "jovenes", "mujeres", "recicladores", "tenderos"];

const nationalTables = (capacity = 100): TableSpec[] =>
  AXES.map((axis) => ({ id: `t-${axis}`, axis, capacity }));

const arbitraryPerson = fc.record({
  preferredAxes: fc.uniqueArray(fc.constantFrom(...AXES), { maxLength: 5 }),
  // Small pools so organisations repeat; "big" appears often to make one large organisation.
  organization: fc.oneof(
    fc.constant(null),
    fc.constantFrom("big", "a", "b", "c", "d", "e"),
    fc.constant("big"),
  ),
  municipality: fc.constantFrom(...MUNICIPALITIES),
  populationGroups: fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 3 }),
  sex: fc.constantFrom("mujer", "hombre", "intersexual"),
  ageBand: fc.constantFrom(...AGE_BANDS),
  knowsPit: fc.boolean(),
});

/** Tables with room for everyone: the capacities drawn, the last one grown when they fall short. */
const arbitraryInput: fc.Arbitrary<AllocationInput> = fc
  .record({
    people: fc.array(arbitraryPerson, { maxLength: 260 }),
    tables: fc.array(
      fc.record({ axis: fc.option(fc.constantFrom(...AXES), { nil: null }), capacity: fc.nat({ max: 120 }) }),
      { minLength: 1, maxLength: 6 },
    ),
    subtableSize: fc.integer({ min: 8, max: 30 }),
    seed: fc.integer(),
  })
  .map(({ people, tables, subtableSize, seed }) => {
    const capacity = tables.reduce((sum, table) => sum + table.capacity, 0);
    // One table per axis, as in an assembly; a repeated axis becomes a local table without one.
    const specs = tables.map((table, index) => ({
      id: `t${index}`,
      axis: tables.findIndex((other) => other.axis === table.axis) === index ? table.axis : null,
      capacity: table.capacity + (index === tables.length - 1 ? Math.max(0, people.length - capacity) : 0),
    }));
    return {
      participants: people.map((person, index) => ({ ...person, id: `p${String(index).padStart(4, "0")}` })),
      tables: specs,
      subtableSize,
      seed,
    };
  });

function seatsOf(tables: readonly TableAllocation[]) {
  return tables.flatMap(({ tableId, subtables }) =>
    subtables.flatMap((list, subtable) =>
      list.map((id, index) => ({ id, tableId, subtable, place: index + 1 })),
    ),
  );
}

function allocated(input: AllocationInput): TableAllocation[] {
  const outcome = allocate(input);
  if (!outcome.ok) throw new Error(`allocation failed: ${outcome.code}`);
  return outcome.tables;
}

const peopleAt = (table: TableAllocation) => table.subtables.reduce((sum, list) => sum + list.length, 0);

describe("allocate: properties", () => {
  it("seats everyone exactly once", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const ids = seatsOf(allocated(input)).map((seat) => seat.id);
        expect(ids.sort()).toEqual(input.participants.map((p) => p.id).sort());
      }),
    );
  });

  it("keeps every table within its capacity", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        for (const table of allocated(input)) {
          const spec = input.tables.find((t) => t.id === table.tableId)!;
          expect(peopleAt(table)).toBeLessThanOrEqual(spec.capacity);
        }
      }),
    );
  });

  it("keeps sub-table sizes within one of each other inside a table, near the target size", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        for (const table of allocated(input)) {
          const sizes = table.subtables.map((list) => list.length);
          if (sizes.length === 0) continue;
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          expect(sizes.length).toBe(subtableCount(peopleAt(table), input.subtableSize));
        }
      }),
    );
  });

  it("gives a preferred table away only when it is full", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const tables = allocated(input);
        const count = new Map(tables.map((table) => [table.tableId, peopleAt(table)]));
        const tableOf = new Map(seatsOf(tables).map((seat) => [seat.id, seat.tableId]));
        const axisOf = new Map(input.tables.map((table) => [table.id, table.axis]));
        for (const person of input.participants) {
          const seatedAxis = axisOf.get(tableOf.get(person.id)!);
          const rank = seatedAxis == null ? -1 : person.preferredAxes.indexOf(seatedAxis);
          const better = rank < 0 ? person.preferredAxes : person.preferredAxes.slice(0, rank);
          for (const axis of better) {
            const table = input.tables.find((t) => t.axis === axis);
            if (table) expect(count.get(table.id), `${person.id} lost ${axis}`).toBe(table.capacity);
          }
        }
      }),
    );
  });

  it("spreads each organisation: at most 3 per sub-table, or an even share when it is too big for that", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const byId = new Map(input.participants.map((p) => [p.id, p]));
        for (const table of allocated(input)) {
          const members = table.subtables.flat().map((id) => byId.get(id)!);
          for (const organization of new Set(members.map((p) => p.organization))) {
            if (organization === null) continue;
            const total = members.filter((p) => p.organization === organization).length;
            const limit = organizationLimit(total, table.subtables.length);
            for (const list of table.subtables) {
              const here = list.filter((id) => byId.get(id)!.organization === organization).length;
              expect(here, `${organization} in ${table.tableId}`).toBeLessThanOrEqual(limit);
            }
          }
        }
      }),
    );
  });

  it("puts someone who knows the PIT in every sub-table when the table has enough of them", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const knows = new Set(input.participants.filter((p) => p.knowsPit).map((p) => p.id));
        for (const table of allocated(input)) {
          const pit = table.subtables.flat().filter((id) => knows.has(id)).length;
          if (pit < table.subtables.length) continue;
          for (const list of table.subtables) expect(list.some((id) => knows.has(id))).toBe(true);
        }
      }),
    );
  });

  it("is deterministic for the same input and seed, whatever the order of the participants", () => {
    fc.assert(
      fc.property(arbitraryInput, fc.integer(), (input, shuffleSeed) => {
        const reordered = fc.sample(
          fc.shuffledSubarray([...input.participants], {
            minLength: input.participants.length,
          }),
          { numRuns: 1, seed: shuffleSeed },
        )[0]!;
        expect(allocate({ ...input, participants: reordered })).toEqual(allocate(input));
      }),
      { numRuns: 50 },
    );
  });

  it("places a late arrival without moving anyone already seated", () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryPerson, (input, newcomer) => {
        const person = { ...newcomer, id: "late" };
        const tables = input.tables.map((table, index) =>
          index === 0 ? { ...table, capacity: table.capacity + 1 } : table,
        );
        const before = allocated(input);
        const seated = new Map(input.participants.map((p) => [p.id, p]));
        const outcome = placeLateArrival({ tables, allocation: before, seated, person });
        if (!outcome.ok) throw new Error("there was room");
        const after = seatsOf(outcome.tables);
        expect(after.filter((seat) => seat.id !== "late")).toEqual(seatsOf(before));
        expect(after.find((seat) => seat.id === "late")).toMatchObject({
          tableId: outcome.tableId,
          subtable: outcome.subtable,
        });
        const table = outcome.tables.find((t) => t.tableId === outcome.tableId)!;
        const sizes = table.subtables.map((list) => list.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(peopleAt(table)).toBeLessThanOrEqual(tables.find((t) => t.id === outcome.tableId)!.capacity);
      }),
    );
  });
});

const person = (id: string, overrides: Partial<Participant> = {}): Participant => ({
  id,
  preferredAxes: [],
  organization: null,
  municipality: "81001",
  populationGroups: [],
  sex: "mujer",
  ageBand: "29_44",
  knowsPit: false,
  ...overrides,
});

const many = (count: number, make: (index: number) => Partial<Participant>) =>
  Array.from({ length: count }, (_, index) => person(`p${String(index).padStart(4, "0")}`, make(index)));

const demoPeople = (count: number, seed: number) =>
  generateDemoPeople({ region: ARAUCA, count, seed, assemblyDate: "2023-11-18" }).people.map((p, index) =>
    participantFromPerson(`r${String(index).padStart(5, "0")}`, p, "2023-11-18"),
  );

describe("allocate: cases", () => {
  it.each([
    [
      "everyone prefers the same axis: it fills, the rest spread over the other tables",
      many(500, () => ({ preferredAxes: ["credito"] })),
      nationalTables(),
      { t_credito: 100, total: 500, subtables: 25, firstChoicePercent: 20, notHonoured: 400 },
    ],
    [
      "37 people: nobody is left out, sub-tables stay small when a table has few people",
      many(37, (i) => ({ preferredAxes: [AXES[i % 5]!], knowsPit: i % 4 === 0 })),
      nationalTables(),
      { t_credito: 8, total: 37, subtables: 5, firstChoicePercent: 100, notHonoured: 0 },
    ],
    [
      "1,000 people of the demo region in five tables of 200",
      demoPeople(1000, 5),
      nationalTables(200),
      { total: 1000, subtables: 50, notHonoured: 0 },
    ],
  ] as const)("%s", (_why, participants, tables, expected) => {
    const result = allocated({ participants, tables, subtableSize: 20, seed: 42 });
    const summary = summarize(participants, tables, result);
    if ("t_credito" in expected)
      expect(peopleAt(result.find((t) => t.tableId === "t-credito")!)).toBe(expected.t_credito);
    expect(summary.participants).toBe(expected.total);
    expect(summary.subtables).toBe(expected.subtables);
    if ("firstChoicePercent" in expected)
      expect(summary.firstChoicePercent).toBe(expected.firstChoicePercent);
    expect(summary.notHonoured).toBe(expected.notHonoured);
    for (const table of result) {
      const sizes = table.subtables.map((list) => list.length);
      if (sizes.length) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ["without preferences, spread over every sub-table: at most 3 in each", [], AXES, 3],
    [
      "all asking for one table of 100: 12 in each of its 5 sub-tables, no more",
      ["formacion"],
      OTHER_AXES,
      12,
    ],
  ])("one organisation of 60 among 500, %s", (_why, preferredAxes, othersAsk, expectedMax) => {
    const participants = many(500, (i) =>
      i < 60
        ? { organization: "nit:9001", preferredAxes }
        : {
            organization: `org-${i % 110}`,
            preferredAxes: [othersAsk[i % othersAsk.length]!],
            municipality: MUNICIPALITIES[i % 4]!,
          },
    );
    const result = allocated({ participants, tables: nationalTables(), subtableSize: 20, seed: 7 });
    const big = new Set(participants.filter((p) => p.organization === "nit:9001").map((p) => p.id));
    const perSubtable = result.flatMap((t) =>
      t.subtables.map((list) => list.filter((id) => big.has(id)).length),
    );
    expect(Math.max(...perSubtable)).toBe(expectedMax);
    expect(summarize(participants, nationalTables(), result).subtablesOverOrganizationLimit).toBe(
      expectedMax > 3 ? 5 : 0,
    );
  });

  it("mixes municipalities: no sub-table of the demo's 500 is made of one municipality", () => {
    const participants = demoPeople(500, 18112023);
    const byId = new Map(participants.map((p) => [p.id, p]));
    const result = allocated({ participants, tables: nationalTables(), subtableSize: 20, seed: 1 });
    for (const list of result.flatMap((t) => t.subtables)) {
      const municipalities = new Set(list.map((id) => byId.get(id)!.municipality));
      expect(municipalities.size).toBeGreaterThan(1);
    }
  });

  it("another seed gives another draw", () => {
    const participants = many(200, (i) => ({ preferredAxes: [AXES[i % 2]!] }));
    const input = { participants, tables: nationalTables(60), subtableSize: 20, seed: 1 };
    expect(allocate({ ...input, seed: 2 })).not.toEqual(allocate(input));
  });

  it("refuses when the tables cannot hold everyone", () => {
    expect(
      allocate({ participants: many(501, () => ({})), tables: nationalTables(), subtableSize: 20, seed: 1 }),
    ).toEqual({
      ok: false,
      code: "allocation.capacity_exceeded",
      people: 501,
      capacity: 500,
    });
  });

  it.each([[7], [31], [20.5]])("refuses a sub-table size of %s", (size) => {
    expect(() =>
      allocate({ participants: [], tables: nationalTables(), subtableSize: size, seed: 1 }),
    ).toThrow(RangeError);
  });

  it.each([
    [100, 20, 5, "exact"],
    [37, 20, 2, "1.85 rounds to 2"],
    [29, 20, 1, "1.45 rounds to 1"],
    [5, 20, 1, "a small table still has one sub-table"],
    [0, 20, 0, "an empty table has none"],
    [100, 8, 13, "12.5 rounds to 13"],
  ])("%i people with target %i make %i sub-tables (%s)", (people, size, expected) => {
    expect(subtableCount(people, size)).toBe(expected);
  });

  it.each([
    [100, 5, [20, 20, 20, 20, 20]],
    [37, 2, [19, 18]],
    [103, 5, [21, 21, 21, 20, 20]],
  ])("%i people in %i sub-tables: %o", (people, count, expected) => {
    expect(balancedSizes(people, count)).toEqual(expected);
  });
});

describe("placeLateArrival", () => {
  const capacities = [4, 3, 3, 0, 5];
  const tables = nationalTables().map((table, index) => ({ ...table, capacity: capacities[index]! }));
  const allocation: TableAllocation[] = [
    { tableId: "t-asociatividad", subtables: [["a1", "a2"], ["a3"]] },
    { tableId: "t-credito", subtables: [["c1", "c2", "c3"]] },
    { tableId: "t-formacion", subtables: [["f1"]] },
  ];
  const seated = new Map(["a1", "a2", "a3", "c1", "c2", "c3", "f1"].map((id) => [id, person(id)]));

  it.each([
    ["their first preference has room: the smallest sub-table", ["asociatividad"], "t-asociatividad", 1],
    ["a full first preference: the next one", ["credito", "formacion"], "t-formacion", 0],
    ["no preference: the table with most room", [], "t-integracion_territorial", 0],
  ])("%s", (_why, preferredAxes, tableId, subtable) => {
    const outcome = placeLateArrival({
      tables,
      allocation,
      seated,
      person: person("new", { preferredAxes }),
    });
    expect(outcome).toMatchObject({ ok: true, tableId, subtable });
  });

  it("says so when every table is full", () => {
    const full = nationalTables(0);
    expect(placeLateArrival({ tables: full, allocation, seated, person: person("new") })).toEqual({
      ok: false,
      code: "allocation.no_room",
    });
  });
});
