import { describe, expect, it } from "vitest";
import type { ReportPerson } from "./aggregate";
import { type AssemblyFacts, type AttendanceCounts, dashboard } from "./dashboard";

const ASSEMBLIES: AssemblyFacts[] = [
  { id: "arauca", date: "2023-11-18", departmentCode: "81" },
  { id: "tame", date: "2024-03-02", departmentCode: "81" },
  { id: "tumaco", date: "2023-12-01", departmentCode: "52" },
  { id: "empty", date: "2024-05-10", departmentCode: "05" },
];

function person(assemblyId: string, came: boolean, overrides: Partial<ReportPerson> = {}): ReportPerson {
  return {
    assemblyId,
    assemblyDate: "2023-11-18",
    birthDate: "1980-01-01",
    sex: "mujer",
    genderIdentity: null,
    zone: "urbana",
    departmentCode: "81",
    municipalityCode: "81001",
    economy: "popular",
    organizationType: "asociacion",
    organizationName: "Asocacao",
    organizationNit: null,
    populationGroups: [],
    checkedInAt: came ? new Date("2023-11-18T12:40:00Z") : null,
    walkIn: false,
    returning: false,
    sensitive: null,
    ...overrides,
  };
}

const PEOPLE = [
  person("arauca", true),
  person("arauca", true, { walkIn: true, organizationName: "Recicladores" }),
  person("arauca", false, { organizationName: "Mototaxistas" }),
  person("tame", true),
  person("tumaco", true, { organizationName: "Concha y piangua" }),
  person("elsewhere", true),
];

describe("dashboard", () => {
  const result = dashboard(ASSEMBLIES, PEOPLE);

  it.each<[string, AttendanceCounts | undefined, string]>([
    [
      "arauca",
      { registered: 3, present: 2, walkIns: 1 },
      "a walk-in counts as registered, present and walk-in",
    ],
    ["tame", { registered: 1, present: 1, walkIns: 0 }, "another assembly of the same department"],
    ["empty", { registered: 0, present: 0, walkIns: 0 }, "an assembly without registrations is still listed"],
    ["elsewhere", undefined, "people of an assembly outside the report are left out"],
  ])("%s → %o (%s)", (id, expected) => {
    expect(result.byAssembly.get(id)).toEqual(expected);
  });

  it("totals by the department the assemblies were held in, largest first", () => {
    expect(result.byDepartment).toEqual([
      { key: "81", assemblies: 2, registered: 4, present: 3, organizations: 2 },
      { key: "52", assemblies: 1, registered: 1, present: 1, organizations: 1 },
      { key: "05", assemblies: 1, registered: 0, present: 0, organizations: 0 },
    ]);
  });

  it("totals by year, counting an organisation present at two assemblies once", () => {
    expect(result.byYear).toEqual([
      { key: "2023", assemblies: 2, registered: 4, present: 3, organizations: 3 },
      { key: "2024", assemblies: 2, registered: 1, present: 1, organizations: 1 },
    ]);
  });
});
