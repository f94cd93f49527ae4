import { describe, expect, it } from "vitest";
import type { TableAllocation } from "./allocate";
import type { Participant, TableSpec } from "./participant";
import { summarize } from "./summary";

const person = (id: string, preferredAxes: string[], extra: Partial<Participant> = {}): Participant => ({
  id,
  preferredAxes,
  organization: null,
  municipality: "81001",
  populationGroups: [],
  sex: "mujer",
  ageBand: "29_44",
  knowsPit: false,
  ...extra,
});

const tables: TableSpec[] = [
  { id: "A", axis: "asociatividad", capacity: 10 },
  { id: "C", axis: "credito", capacity: 10 },
  { id: "L", axis: null, capacity: 10 },
];

describe("summarize", () => {
  it.each([
    [
      "first, second, none honoured and no preference; one sub-table without PIT",
      [
        person("1", ["asociatividad"], { knowsPit: true }),
        person("2", ["credito", "asociatividad"]),
        person("3", ["credito"]),
        person("4", []),
        person("5", ["credito"], { knowsPit: true }),
      ],
      [
        { tableId: "A", subtables: [["1", "2"]] },
        { tableId: "C", subtables: [["5"]] },
        { tableId: "L", subtables: [["3", "4"]] },
      ],
      {
        participants: 5,
        withPreferences: 4,
        byRank: [2, 1],
        firstChoicePercent: 50,
        notHonoured: 1,
        withoutPreferences: 1,
        tables: 3,
        subtables: 3,
        subtablesWithoutPit: 1,
        subtablesOverOrganizationLimit: 0,
        lines: [
          { code: "first_choice", params: { percent: 50 } },
          { code: "some_choice", params: { percent: 75 } },
          { code: "not_honoured", params: { count: 1 } },
          { code: "without_preferences", params: { count: 1 } },
          { code: "subtables", params: { subtables: 3, tables: 3, people: 5 } },
          { code: "subtables_without_pit", params: { count: 1 } },
        ],
      },
    ],
    [
      "an organisation of four in one sub-table is reported; empty tables are not counted",
      ["a", "b", "c", "d"].map((id) => person(id, [], { organization: "coop", knowsPit: true })),
      [
        { tableId: "A", subtables: [["a", "b", "c", "d"]] },
        { tableId: "C", subtables: [] },
      ],
      {
        participants: 4,
        withPreferences: 0,
        byRank: [],
        firstChoicePercent: 0,
        notHonoured: 0,
        withoutPreferences: 4,
        tables: 1,
        subtables: 1,
        subtablesWithoutPit: 0,
        subtablesOverOrganizationLimit: 1,
        lines: [
          { code: "without_preferences", params: { count: 4 } },
          { code: "subtables", params: { subtables: 1, tables: 1, people: 4 } },
          { code: "all_subtables_with_pit", params: {} },
          { code: "organization_over_limit", params: { count: 1, limit: 3 } },
        ],
      },
    ],
  ] as [string, Participant[], TableAllocation[], unknown][])("%s", (_why, people, allocation, expected) => {
    expect(summarize(people, tables, allocation)).toEqual(expected);
  });
});
