import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGE_BANDS, ageBand, ageOn, birthDateRange, isMinorOn } from "./age";

describe("ageOn", () => {
  it.each([
    ["2005-11-18", "2023-11-18", 18, "turns 18 on the assembly day"],
    ["2005-11-19", "2023-11-18", 17, "turns 18 the day after"],
    ["1990-01-01", "2023-11-18", 33, "birthday earlier in the year"],
    ["1990-12-31", "2023-11-18", 32, "birthday later in the year"],
    ["2004-02-29", "2023-02-28", 18, "leap-day birthday not yet completed on 28 February"],
    ["2004-02-29", "2023-03-01", 19, "leap-day birthday completed on 1 March"],
    ["2004-02-29", "2024-02-29", 20, "leap-day birthday on a leap year"],
  ])("born %s, on %s → %i (%s)", (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });
});

describe("ageBand and minors", () => {
  it.each([
    [0, "under_18"],
    [17, "under_18"],
    [18, "18_28"],
    [28, "18_28"],
    [29, "29_59"],
    [59, "29_59"],
    [60, "60_plus"],
    [101, "60_plus"],
  ] as const)("%i → %s", (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it.each([
    ["2005-11-19", "2023-11-18", true, "one day short of 18 on the assembly day"],
    ["2005-11-18", "2023-11-18", false, "18 on the day"],
    ["2006-01-01", "2023-11-18", true, "registered long before, still 17 on the day"],
  ])("born %s, assembly %s → minor %s (%s)", (birth, on, expected) => {
    expect(isMinorOn(birth, on)).toBe(expected);
  });
});

describe("birthDateRange", () => {
  const isoDate = fc
    .date({
      min: new Date("1920-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it("holds exactly the birth dates whose age falls in the band", () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.constantFrom(...AGE_BANDS), (birth, on, band) => {
        fc.pre(birth <= on);
        const { from, to } = birthDateRange(band, on);
        const inRange = (from === null || birth >= from) && (to === null || birth <= to);
        return inRange === (ageBand(ageOn(birth, on)) === band);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["under_18", "2023-11-18", { from: "2005-11-19", to: null }],
    ["60_plus", "2023-11-18", { from: null, to: "1963-11-18" }],
    ["18_28", "2024-02-29", { from: "1995-03-01", to: "2006-02-28" }],
  ] as const)("%s on %s", (band, on, expected) => {
    expect(birthDateRange(band, on)).toEqual(expected);
  });
});
