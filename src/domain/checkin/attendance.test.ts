import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AttendeeFact, summarizeAttendance } from "./attendance";

const person = (overrides: Partial<AttendeeFact> = {}): AttendeeFact => ({
  sex: "mujer",
  municipalityCode: "81001",
  populationGroups: ["campesinos"],
  checkedInAt: null,
  walkIn: false,
  ...overrides,
});
const at = (clock: string) => new Date(`2023-11-18T${clock}:00.000-05:00`);

describe("summarizeAttendance", () => {
  it.each([
    [
      "nobody registered",
      [],
      {
        registered: 0,
        present: 0,
        walkIns: 0,
        arrivals: [],
        bySex: [],
        byMunicipality: [],
        byPopulationGroup: [],
      },
    ],
    [
      "registered but nobody came yet: no arrival buckets",
      [person(), person({ sex: "hombre" })],
      {
        registered: 2,
        present: 0,
        walkIns: 0,
        arrivals: [],
        bySex: [
          { key: "hombre", registered: 1, present: 0 },
          { key: "mujer", registered: 1, present: 0 },
        ],
      },
    ],
    [
      "walk-ins are present and counted apart",
      [person({ checkedInAt: at("07:31") }), person({ checkedInAt: at("07:33"), walkIn: true }), person()],
      { registered: 3, present: 2, walkIns: 1, arrivals: [{ start: "2023-11-18T12:30:00.000Z", count: 2 }] },
    ],
    [
      "arrivals per 10 minutes, empty buckets between kept at zero",
      [
        person({ checkedInAt: at("07:29") }),
        person({ checkedInAt: at("07:30") }),
        person({ checkedInAt: at("07:55") }),
      ],
      {
        arrivals: [
          { start: "2023-11-18T12:20:00.000Z", count: 1 },
          { start: "2023-11-18T12:30:00.000Z", count: 1 },
          { start: "2023-11-18T12:40:00.000Z", count: 0 },
          { start: "2023-11-18T12:50:00.000Z", count: 1 },
        ],
      },
    ],
    [
      "a person in two groups counts in both; a repeated group once",
      [
        person({ populationGroups: ["mujeres", "campesinos", "mujeres"], checkedInAt: at("07:40") }),
        person(),
      ],
      {
        byPopulationGroup: [
          { key: "campesinos", registered: 2, present: 1 },
          { key: "mujeres", registered: 1, present: 1 },
        ],
      },
    ],
    [
      "municipalities ordered by most present, then most registered",
      [
        person({ municipalityCode: "81065" }),
        person({ municipalityCode: "81065" }),
        person({ municipalityCode: "81736", checkedInAt: at("07:45") }),
        person({ municipalityCode: "81001" }),
      ],
      {
        byMunicipality: [
          { key: "81736", registered: 1, present: 1 },
          { key: "81065", registered: 2, present: 0 },
          { key: "81001", registered: 1, present: 0 },
        ],
      },
    ],
  ])("%s", (_why, facts, expected) => {
    expect(summarizeAttendance(facts)).toMatchObject(expected);
  });

  it("keeps every breakdown consistent with the totals", () => {
    const fact = fc.record({
      sex: fc.constantFrom("mujer", "hombre", "intersexual"),
      municipalityCode: fc.constantFrom("81001", "81065", "81736"),
      populationGroups: fc.array(fc.constantFrom("jovenes", "mujeres", "campesinos"), { maxLength: 3 }),
      checkedInAt: fc.option(fc.date({ min: at("07:00"), max: at("09:00"), noInvalidDate: true })),
      walkIn: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 60 }), (facts) => {
        const summary = summarizeAttendance(facts);
        const sum = (rows: { registered: number; present: number }[]) =>
          rows.reduce(
            (acc, r) => ({ registered: acc.registered + r.registered, present: acc.present + r.present }),
            {
              registered: 0,
              present: 0,
            },
          );
        expect(sum(summary.bySex)).toEqual({ registered: summary.registered, present: summary.present });
        expect(sum(summary.byMunicipality)).toEqual({
          registered: summary.registered,
          present: summary.present,
        });
        expect(summary.arrivals.reduce((n, b) => n + b.count, 0)).toBe(summary.present);
        expect(summary.walkIns).toBeLessThanOrEqual(summary.present);
      }),
    );
  });
});
