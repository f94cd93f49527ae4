import { describe, expect, it } from "vitest";
import {
  aggregate,
  arrivalBucket,
  type BreakdownId,
  NO_ANSWER,
  organizationKey,
  type ReportPerson,
} from "./aggregate";

const DAY = "2023-11-18";

function person(overrides: Partial<ReportPerson> = {}): ReportPerson {
  return {
    assemblyId: "a1",
    assemblyDate: DAY,
    birthDate: "1980-05-01",
    sex: "mujer",
    genderIdentity: "femenino",
    zone: "urbana",
    departmentCode: "81",
    municipalityCode: "81001",
    economy: "popular",
    organizationType: "sin_organizacion",
    organizationName: null,
    organizationNit: null,
    populationGroups: [],
    checkedInAt: null,
    walkIn: false,
    returning: false,
    sensitive: null,
    ...overrides,
  };
}

const at = (utc: string) => new Date(`${DAY}T${utc}:00Z`);
const present = (overrides: Partial<ReportPerson> = {}) => person({ checkedInAt: at("12:40"), ...overrides });

function rowsOf(people: ReportPerson[], id: BreakdownId) {
  const breakdown = aggregate(people).breakdowns.find((b) => b.id === id)!;
  return Object.fromEntries(breakdown.rows.map((r) => [r.key, [r.registered, r.present]]));
}

describe("attendance", () => {
  it.each([
    [[], { registered: 0, present: 0, absent: 0, walkIns: 0 }, "nobody registered"],
    [[person(), person()], { registered: 2, present: 0, absent: 2, walkIns: 0 }, "registered, nobody came"],
    [[person(), present()], { registered: 2, present: 1, absent: 1, walkIns: 0 }, "one came in"],
    [
      [present({ walkIn: true }), present(), person()],
      { registered: 3, present: 2, absent: 1, walkIns: 1 },
      "a walk-in is registered and present",
    ],
  ])("%#: %o (%s)", (people, expected) => {
    expect(aggregate(people).attendance).toEqual(expected);
  });
});

describe("breakdowns", () => {
  it.each<[string, ReportPerson[], BreakdownId, Record<string, [number, number]>]>([
    [
      "age on the assembly day: 18 the day before is still a minor, 28 is young, 29 adult, 60 older",
      [
        person({ birthDate: "2005-11-19" }),
        person({ birthDate: "2005-11-18" }),
        present({ birthDate: "1995-01-01" }),
        person({ birthDate: "1994-11-18" }),
        present({ birthDate: "1964-11-19" }),
        person({ birthDate: "1963-11-18" }),
      ],
      "age_band",
      { under_18: [1, 0], "18_28": [2, 1], "29_59": [2, 1], "60_plus": [1, 0] },
    ],
    [
      "every sex of the catalog is a row, even with nobody",
      [person({ sex: "hombre" }), present({ sex: "hombre" })],
      "sex",
      { mujer: [0, 0], hombre: [2, 1], intersexual: [0, 0] },
    ],
    [
      "a blank gender identity counts as no answer",
      [person({ genderIdentity: null }), person()],
      "gender_identity",
      {
        femenino: [1, 0],
        masculino: [0, 0],
        transgenero: [0, 0],
        no_binario: [0, 0],
        otro: [0, 0],
        prefiere_no_decir: [0, 0],
        [NO_ANSWER]: [1, 0],
      },
    ],
    [
      "municipalities only where someone lives, largest first",
      [
        person({ municipalityCode: "81794" }),
        present({ municipalityCode: "81736" }),
        person({ municipalityCode: "81736" }),
      ],
      "municipality",
      { "81736": [2, 1], "81794": [1, 0] },
    ],
    [
      "people who came in at an earlier assembly",
      [present({ returning: true }), person({ returning: true }), present()],
      "returning",
      { returning: [2, 1], first_time: [1, 1] },
    ],
    [
      "sensitive answers of consenting people only; blanks are no answer",
      [
        present({ sensitive: { ethnicity: "indigena", disability: true, conflictVictim: null } }),
        person({ sensitive: { ethnicity: null, disability: false, conflictVictim: true } }),
        person({ sensitive: null }),
      ],
      "ethnicity",
      {
        indigena: [1, 1],
        raizal: [0, 0],
        negro_afrocolombiano: [0, 0],
        palenquero: [0, 0],
        rom: [0, 0],
        ninguno: [0, 0],
        [NO_ANSWER]: [1, 0],
      },
    ],
    [
      "disability and victim count only the yes answers of consenting people",
      [
        present({ sensitive: { ethnicity: null, disability: true, conflictVictim: true } }),
        person({ sensitive: { ethnicity: null, disability: false, conflictVictim: true } }),
        person({ populationGroups: ["discapacidad"] }),
      ],
      "sensitive_conditions",
      { disability: [1, 1], conflict_victim: [2, 1] },
    ],
  ])("%s", (_why, people, id, expected) => {
    expect(rowsOf(people, id)).toEqual(expected);
  });

  it("counts a person in every population group they belong to, so the rows do not add up", () => {
    const people = [
      present({ populationGroups: ["jovenes", "mujeres"] }),
      person({ populationGroups: ["mujeres"] }),
    ];
    const breakdown = aggregate(people).breakdowns.find((b) => b.id === "population_group")!;
    expect(breakdown.additive).toBe(false);
    expect(breakdown.total).toEqual({ registered: 2, present: 1 });
    expect(rowsOf(people, "population_group")).toMatchObject({
      jovenes: [1, 1],
      mujeres: [2, 1],
      tenderos: [0, 0],
    });
  });

  it("totals the sensitive breakdowns over consenting people only", () => {
    const people = [
      present({ sensitive: { ethnicity: "rom", disability: null, conflictVictim: null } }),
      present(),
    ];
    const ethnicity = aggregate(people).breakdowns.find((b) => b.id === "ethnicity")!;
    expect(ethnicity.total).toEqual({ registered: 1, present: 1 });
  });
});

describe("organisations represented", () => {
  it.each<
    [string, ReportPerson[], { registered: number; present: number }, Record<string, [number, number]>]
  >([
    [
      "one NIT is one organisation however its name is written",
      [
        present({
          organizationName: "Asocacao",
          organizationNit: "9001234568",
          organizationType: "asociacion",
        }),
        person({
          organizationName: "ASOCACAO Arauca",
          organizationNit: "900123456-8",
          organizationType: "asociacion",
        }),
      ],
      { registered: 1, present: 1 },
      { "nit:9001234568": [2, 1] },
    ],
    [
      "without NIT, names written alike (accents, case, spaces) are one organisation",
      [
        person({ organizationName: "Cooperativa  Cacaotera", organizationType: "cooperativa" }),
        person({ organizationName: "cooperativa cacaotéra", organizationType: "cooperativa" }),
        present({ organizationName: "Recicladores Unidos", organizationType: "asociacion" }),
      ],
      { registered: 2, present: 1 },
      { "name:cooperativa cacaotera": [2, 0], "name:recicladores unidos": [1, 1] },
    ],
    [
      "people without an organisation are not counted",
      [present(), person()],
      { registered: 0, present: 0 },
      {},
    ],
  ])("%s", (_why, people, counts, rows) => {
    const result = aggregate(people);
    expect(result.organizations).toEqual(counts);
    expect(rowsOf(people, "organizations")).toEqual(rows);
  });

  it("keeps the first name and the type of each organisation", () => {
    const people = [
      present({
        organizationName: "Asocacao",
        organizationNit: "9001234568",
        organizationType: "asociacion",
      }),
    ];
    const row = aggregate(people).breakdowns.find((b) => b.id === "organizations")!.rows[0];
    expect(row).toMatchObject({ name: "Asocacao", category: "asociacion" });
  });

  it.each([
    [{ organizationName: null, organizationNit: null }, null],
    [{ organizationName: "  ", organizationNit: null }, null],
    [{ organizationName: "Ñapa Útil", organizationNit: null }, "name:napa util"],
    [{ organizationName: "x", organizationNit: "800.197.268-4" }, "nit:8001972684"],
  ])("organizationKey(%o) → %s", (input, expected) => {
    expect(organizationKey(input)).toBe(expected);
  });
});

describe("arrivals", () => {
  it.each([
    ["12:30", "07:30", "UTC−5: 12:30 UTC is 7:30 at the venue"],
    ["12:44", "07:30", "inside the 7:30 bucket"],
    ["12:45", "07:45", "a new bucket every 15 minutes"],
    ["04:59", "23:45", "before 5:00 UTC is the previous evening"],
  ])("%s UTC → %s (%s)", (utc, expected) => {
    expect(arrivalBucket(at(utc))).toBe(expected);
  });

  it("fills the empty buckets between the first and the last arrival", () => {
    const people = [present({ checkedInAt: at("12:31") }), present({ checkedInAt: at("13:20") }), person()];
    expect(rowsOf(people, "arrivals")).toEqual({
      "07:30": [0, 1],
      "07:45": [0, 0],
      "08:00": [0, 0],
      "08:15": [0, 1],
    });
  });

  it("has no buckets before anyone comes in", () => {
    expect(rowsOf([person()], "arrivals")).toEqual({});
  });
});
