import { describe, expect, it } from "vitest";
import { NATIONAL_AXES } from "../axes/national-axes";
import type { DocumentType, OrganizationType, PopulationGroup } from "../registration/catalog";
import { isValidNit } from "../registration/nit";
import type { PersonData } from "../registration/person";
import { type DemoOrganization, economyOf, generateOrganizations } from "./organizations";
import { type DemoPeopleOptions, generateDemoPeople } from "./people";
import { ARAUCA, NARINO_COSTA, type RegionProfile } from "./regions";

const AXIS_CODES = new Set(NATIONAL_AXES.map((axis) => axis.code));
const DOCUMENT_NUMBER_PATTERNS: Partial<Record<DocumentType, RegExp>> = {
  CC: /^\d{6,10}$/,
  TI: /^1\d{9}$/,
  CE: /^\d{6,7}$/,
  PPT: /^\d{7}$/,
};
const NEVER_MATCHES = /(?!)/;

const ASSEMBLIES: [string, DemoPeopleOptions][] = [
  ["Arauca, seed 1", { region: ARAUCA, count: 500, seed: 1, assemblyDate: "2023-11-18" }],
  ["Arauca on a leap day", { region: ARAUCA, count: 500, seed: 2024, assemblyDate: "2024-02-29" }],
  ["Nariño coast", { region: NARINO_COSTA, count: 500, seed: 7, assemblyDate: "2024-06-15" }],
  ["a small Arauca assembly", { region: ARAUCA, count: 40, seed: 3, assemblyDate: "2023-11-18" }],
];
const FULL_ASSEMBLIES = ASSEMBLIES.filter(([, options]) => options.count === 500);

/** Whole years between an ISO birth date and an ISO date, computed independently of the generator. */
function ageOn(birthDate: string, date: string): number {
  const [birthYear, birthMonthDay] = [Number(birthDate.slice(0, 4)), birthDate.slice(5)];
  const [year, monthDay] = [Number(date.slice(0, 4)), date.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}

function share(people: readonly PersonData[], holds: (person: PersonData) => boolean): number {
  return people.filter(holds).length / people.length;
}

function organizationOf(
  organizations: readonly DemoOrganization[],
  person: PersonData,
): DemoOrganization | undefined {
  return organizations.find((organization) => organization.name === person.organization?.name);
}

describe("generateDemoPeople", () => {
  it.each(ASSEMBLIES)("%s: the same options give identical data, another seed other data", (_, options) => {
    const first = generateDemoPeople(options);
    expect(generateDemoPeople(options)).toEqual(first);
    expect(generateDemoPeople({ ...options, seed: options.seed + 1 }).people).not.toEqual(first.people);
  });

  it.each(ASSEMBLIES)("%s: makes `count` people and about one organisation per 6.7 people", (_, options) => {
    const { organizations, people } = generateDemoPeople(options);
    expect(people).toHaveLength(options.count);
    expect(organizations).toHaveLength(Math.round(options.count * 0.15));
    expect(new Set(organizations.map((organization) => organization.name)).size).toBe(organizations.length);
  });

  it.each(ASSEMBLIES)("%s: document numbers and phones are unique, guardians included", (_, options) => {
    const { people } = generateDemoPeople(options);
    const documents = [
      ...people.map((person) => person.documentNumber),
      ...people.flatMap((person) => (person.guardian ? [person.guardian.documentNumber] : [])),
    ];
    expect(new Set(documents).size).toBe(documents.length);
    expect(new Set(people.map((person) => person.phone)).size).toBe(people.length);
  });

  it.each(ASSEMBLIES)("%s: fields have the shapes the registration form stores", (_, options) => {
    const { people } = generateDemoPeople(options);
    for (const person of people) {
      expect(person.documentNumber).toMatch(DOCUMENT_NUMBER_PATTERNS[person.documentType] ?? NEVER_MATCHES);
      expect(person.phone).toMatch(/^\+573(0\d|1\d|2[0-4]|5[01])\d{7}$/);
      if (person.email !== null) expect(person.email).toMatch(/^[a-z0-9._]+@[a-z]+\.[a-z]+$/);
      expect(person.lastNames.split(" ")).toHaveLength(2);
    }
  });

  it.each(ASSEMBLIES)("%s: everyone lives in one of the region's municipalities", (_, options) => {
    const { people } = generateDemoPeople(options);
    const codes = new Set(options.region.municipalities.map((municipality) => municipality.code));
    for (const person of people) {
      expect(person.departmentCode).toBe(options.region.departmentCode);
      expect(codes).toContain(person.municipalityCode);
    }
  });

  it.each(ASSEMBLIES)(
    "%s: ages are 16–80; minors hold a TI and have a guardian, adults neither",
    (_, options) => {
      const { people } = generateDemoPeople(options);
      for (const person of people) {
        const age = ageOn(person.birthDate, options.assemblyDate);
        expect(age).toBeGreaterThanOrEqual(16);
        expect(age).toBeLessThanOrEqual(80);
        if (age < 18) {
          expect(person.documentType).toBe("TI");
          expect(person.guardian).toMatchObject({
            documentType: "CC",
            documentNumber: expect.stringMatching(/^\d+$/),
          });
        } else {
          expect(person.documentType).not.toBe("TI");
          expect(person.guardian).toBeNull();
        }
      }
    },
  );

  it.each(ASSEMBLIES)("%s: every declared NIT carries a valid check digit", (_, options) => {
    const { organizations, people } = generateDemoPeople(options);
    const nits = [...organizations, ...people.flatMap((person) => person.organization ?? [])].flatMap(
      (organization) => organization.nit ?? [],
    );
    expect(nits.length).toBeGreaterThan(0);
    expect(nits.filter((nit) => !isValidNit(nit))).toEqual([]);
  });

  it.each(ASSEMBLIES)(
    "%s: a member declares their organisation as generated, with its economy",
    (_, options) => {
      const { organizations, people } = generateDemoPeople(options);
      for (const person of people) {
        const organization = organizationOf(organizations, person);
        if (person.organization === null) {
          expect(person.economy).toBe("popular");
          continue;
        }
        expect(organization).toBeDefined();
        expect(person.organization).toMatchObject({
          nit: organization?.nit,
          type: organization?.type,
          sector: organization?.sector,
          productsServices: organization?.productsServices,
        });
        expect(person.economy).toBe(organization?.economy);
      }
    },
  );

  it.each(ASSEMBLIES)("%s: population groups are 1–3, distinct and agree with the person", (_, options) => {
    const { organizations, people } = generateDemoPeople(options);
    for (const person of people) {
      const groups = person.populationGroups;
      const age = ageOn(person.birthDate, options.assemblyDate);
      expect(groups.length).toBeGreaterThanOrEqual(1);
      expect(groups.length).toBeLessThanOrEqual(3);
      expect(new Set(groups).size).toBe(groups.length);
      expect(groups).toEqual(
        expect.arrayContaining([...(organizationOf(organizations, person)?.memberGroups ?? [])]),
      );
      if (groups.includes("mujeres")) expect(person.sex).toBe("mujer");
      if (groups.includes("jovenes")) expect(age).toBeLessThanOrEqual(28);
      if (groups.includes("personas_mayores")) expect(age).toBeGreaterThanOrEqual(60);
      if (groups.includes("discapacidad")) expect(person.sensitive?.disability).not.toBe(false);
      if (age < 18) expect(groups).not.toContain("trabajo_sexual");
    }
  });

  it.each(ASSEMBLIES)("%s: preferred axes are at most three distinct national axes", (_, options) => {
    const { people } = generateDemoPeople(options);
    for (const { preferredAxes } of people) {
      expect(preferredAxes.length).toBeLessThanOrEqual(3);
      expect(new Set(preferredAxes).size).toBe(preferredAxes.length);
      for (const code of preferredAxes) expect(AXIS_CODES).toContain(code);
    }
  });

  it.each(FULL_ASSEMBLIES)("%s: shares stay near the targets", (_, options) => {
    const { people } = generateDemoPeople(options);
    const minors = share(people, (person) => ageOn(person.birthDate, options.assemblyDate) < 18);
    expect(minors).toBeGreaterThan(0);
    expect(minors).toBeLessThan(0.03);
    expect(share(people, (person) => person.sex === "mujer")).toBeCloseTo(0.55, 1);
    expect(share(people, (person) => person.email !== null)).toBeCloseTo(0.6, 1);
    expect(share(people, (person) => person.organization !== null)).toBeCloseTo(0.8, 2);
    expect(share(people, (person) => person.sensitive !== null)).toBeCloseTo(0.4, 1);
    expect(share(people, (person) => person.knowsPit)).toBeCloseTo(0.25, 1);
    expect(share(people, (person) => person.preferredAxes.length === 0)).toBeCloseTo(0.15, 1);
  });

  it.each(FULL_ASSEMBLIES)(
    "%s: one or two organisations bring 20–40 members, every other 2–12",
    (_, options) => {
      const { organizations, people } = generateDemoPeople(options);
      const sizes = organizations.map(
        (organization) => people.filter((person) => person.organization?.name === organization.name).length,
      );
      const large = sizes.filter((size) => size >= 20);
      expect(large.length).toBeGreaterThanOrEqual(1);
      expect(large.length).toBeLessThanOrEqual(2);
      for (const size of large) expect(size).toBeLessThanOrEqual(40);
      for (const size of sizes.filter((size) => size < 20)) {
        expect(size).toBeGreaterThanOrEqual(2);
        expect(size).toBeLessThanOrEqual(12);
      }
    },
  );

  it.each([["2023-02-30"], ["18/11/2023"], [""]])("rejects the assembly date %j", (assemblyDate) => {
    expect(() => generateDemoPeople({ region: ARAUCA, count: 10, seed: 1, assemblyDate })).toThrow(
      RangeError,
    );
  });
});

describe("Arauca, 500 people", () => {
  const { organizations, people } = generateDemoPeople(ASSEMBLIES[0]![1]);
  const hasGroup = (group: PopulationGroup) => (organization: DemoOrganization) =>
    organization.memberGroups.includes(group);

  it.each<[string, (organization: DemoOrganization) => boolean, number]>([
    ["cacao associations", (organization) => /cacao/i.test(organization.name), 4],
    [
      "a solidarity finance cooperative",
      (organization) => organization.type === "cooperativa" && organization.sector === "financiero_solidario",
      1,
    ],
    ["a training organisation", (organization) => organization.productsServices.includes("capacitación"), 1],
    ["recyclers", hasGroup("recicladores"), 1],
    ["street vendors", hasGroup("vendedores_informales"), 1],
    ["mototaxi drivers", hasGroup("mototaxistas"), 1],
    ["women's groups", hasGroup("mujeres"), 1],
    ["youth groups", hasGroup("jovenes"), 1],
  ])("has %s", (_, matches, minimum) => {
    expect(organizations.filter(matches).length).toBeGreaterThanOrEqual(minimum);
  });

  it("has 60–90 organisations, most with a NIT", () => {
    expect(organizations.length).toBeGreaterThanOrEqual(60);
    expect(organizations.length).toBeLessThanOrEqual(90);
    expect(organizations.filter((organization) => organization.nit !== null).length).toBeGreaterThan(
      organizations.length / 2,
    );
  });

  it("has migrants holding a CE or a PPT", () => {
    expect(people.filter((person) => person.documentType === "CE").length).toBeGreaterThan(0);
    expect(people.filter((person) => person.documentType === "PPT").length).toBeGreaterThan(0);
  });
});

describe("generateOrganizations", () => {
  it.each([
    ["Arauca", ARAUCA],
    ["Nariño coast", NARINO_COSTA],
  ])("%s: starts with the named organisations, in order", (_, region) => {
    const named = region.namedOrganizations.map((organization) => organization.name);
    expect(generateOrganizations(region, 1, 3).map((organization) => organization.name)).toEqual(
      named.slice(0, 3),
    );
    expect(
      generateOrganizations(region, 1, 60)
        .slice(0, named.length)
        .map((organization) => organization.name),
    ).toEqual(named);
  });

  it("refuses more organisations than the region's templates can name", () => {
    expect(() => generateOrganizations(ARAUCA, 1, 10_000)).toThrow(RangeError);
  });
});

describe("economyOf", () => {
  it.each<[OrganizationType, PopulationGroup[], string]>([
    ["cooperativa", ["recicladores"], "solidaria"],
    ["fondo_empleados", ["otro"], "solidaria"],
    ["mutual", [], "solidaria"],
    ["grupo_comunitario", ["mujeres"], "comunitaria"],
    ["organizacion_economia_popular", ["mototaxistas"], "popular"],
    ["asociacion", ["vendedores_informales"], "popular"],
    ["asociacion", ["mototaxistas"], "popular"],
    ["asociacion", ["campesinos"], "solidaria"],
    ["asociacion", ["campesinos", "mujeres"], "solidaria"],
  ])("%s of %j → %s", (type, memberGroups, expected) => {
    expect(economyOf(type, memberGroups)).toBe(expected);
  });
});

describe("region profiles", () => {
  it.each<[string, RegionProfile]>([
    ["Arauca", ARAUCA],
    ["Nariño coast", NARINO_COSTA],
  ])("%s: every municipality code belongs to the department and organisations sit in them", (_, region) => {
    const codes = region.municipalities.map((municipality) => municipality.code);
    for (const code of codes) expect(code).toMatch(new RegExp(`^${region.departmentCode}\\d{3}$`));
    const used = [
      ...region.namedOrganizations.map((organization) => organization.municipalityCode),
      ...region.organizationTemplates.flatMap((template) => template.municipalityCodes ?? []),
    ];
    for (const code of used) expect(codes).toContain(code);
  });
});
