// The national dashboard's tables: attendance per assembly, per department where assemblies were held, and
// per year, from the same anonymised rows the breakdowns use.

import { organizationKeys, type ReportPerson } from "./aggregate";

export interface AssemblyFacts {
  id: string;
  /** ISO date. */
  date: string;
  /** Where the assembly was held (not where its people live). */
  departmentCode: string;
}

export interface AttendanceCounts {
  registered: number;
  present: number;
  walkIns: number;
}

export interface TerritoryRow {
  key: string;
  assemblies: number;
  registered: number;
  present: number;
  /** Organisations with someone present. */
  organizations: number;
}

export interface Dashboard {
  byAssembly: Map<string, AttendanceCounts>;
  byDepartment: TerritoryRow[];
  byYear: TerritoryRow[];
}

class Group {
  readonly assemblies = new Set<string>();
  readonly organizations = new Set<string>();
  registered = 0;
  present = 0;
}

export function dashboard(assemblies: readonly AssemblyFacts[], people: readonly ReportPerson[]): Dashboard {
  const byAssembly = new Map<string, AttendanceCounts>(
    assemblies.map((a) => [a.id, { registered: 0, present: 0, walkIns: 0 }]),
  );
  const departments = new Map<string, Group>();
  const years = new Map<string, Group>();
  const factsOf = new Map(assemblies.map((a) => [a.id, a]));
  const keyOf = organizationKeys();
  const groupOf = (groups: Map<string, Group>, key: string) => {
    let group = groups.get(key);
    if (!group) {
      group = new Group();
      groups.set(key, group);
    }
    return group;
  };
  for (const a of assemblies) {
    groupOf(departments, a.departmentCode).assemblies.add(a.id);
    groupOf(years, a.date.slice(0, 4)).assemblies.add(a.id);
  }
  for (const person of people) {
    const facts = factsOf.get(person.assemblyId);
    const counts = byAssembly.get(person.assemblyId);
    if (!facts || !counts) continue;
    const present = person.checkedInAt !== null;
    counts.registered += 1;
    if (present) counts.present += 1;
    if (present && person.walkIn) counts.walkIns += 1;
    const organization = present ? keyOf(person) : null;
    for (const group of [
      groupOf(departments, facts.departmentCode),
      groupOf(years, facts.date.slice(0, 4)),
    ]) {
      group.registered += 1;
      if (present) group.present += 1;
      if (organization) group.organizations.add(organization);
    }
  }
  const rows = (groups: Map<string, Group>) =>
    [...groups.entries()].map(([key, g]) => ({
      key,
      assemblies: g.assemblies.size,
      registered: g.registered,
      present: g.present,
      organizations: g.organizations.size,
    }));
  return {
    byAssembly,
    byDepartment: rows(departments).sort((a, b) => b.registered - a.registered || a.key.localeCompare(b.key)),
    byYear: rows(years).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
