// The counts a report is made of, from one anonymised row per registration. Nothing here names a person:
// the rows carry coded answers only, and sensitive answers only for people who consented to give them.

import { AGE_BANDS, ageBand, ageOn } from "../registration/age";
import {
  ECONOMIES,
  ETHNICITIES,
  GENDER_IDENTITIES,
  ORGANIZATION_TYPES,
  POPULATION_GROUPS,
  SEXES,
  ZONES,
} from "../registration/catalog";
import { foldText } from "../text/normalize";

/** One registration as reports count it. */
export interface ReportPerson {
  assemblyId: string;
  /** ISO date of the assembly: ages are counted on it. */
  assemblyDate: string;
  birthDate: string;
  sex: string;
  genderIdentity: string | null;
  zone: string;
  departmentCode: string;
  municipalityCode: string;
  economy: string;
  organizationType: string;
  organizationName: string | null;
  organizationNit: string | null;
  populationGroups: readonly string[];
  /** The active check-in's time; null when the person did not come in. */
  checkedInAt: Date | null;
  /** Registered at the desk on the day. */
  walkIn: boolean;
  /** Came in at an earlier assembly under the same document type and number. */
  returning: boolean;
  /** Only for people who gave the sensitive-data consent; null otherwise, and then nothing is counted. */
  sensitive: { ethnicity: string | null; disability: boolean | null; conflictVictim: boolean | null } | null;
}

/** Rows for people who left an optional question blank. */
export const NO_ANSWER = "sin_dato";
export const ARRIVAL_BUCKET_MINUTES = 15;
/** Colombia keeps UTC−5 all year: arrival times are read on the venue's clock. */
export const COLOMBIA_UTC_OFFSET_MINUTES = -300;

export const BREAKDOWN_IDS = [
  "arrivals",
  "population_group",
  "sex",
  "gender_identity",
  "age_band",
  "zone",
  "department",
  "municipality",
  "economy",
  "organization_type",
  "organizations",
  "returning",
  "ethnicity",
  "sensitive_conditions",
] as const;
export type BreakdownId = (typeof BREAKDOWN_IDS)[number];

export const MEASURES = ["registered", "present"] as const;
export type Measure = (typeof MEASURES)[number];

export interface CountRow {
  key: string;
  /** For organisations: the name as first registered (the key is its NIT or folded name). */
  name?: string;
  /** For organisations: their type. */
  category?: string;
  registered: number;
  present: number;
}

export interface Breakdown {
  id: BreakdownId;
  /** Which counts the breakdown shows: arrivals only have people present. */
  measures: readonly Measure[];
  /** Each person is in exactly one row, so the rows add up to the total. */
  additive: boolean;
  rows: CountRow[];
  /** The people the breakdown is about (everyone, those with an organisation, those who consented). */
  total: { registered: number; present: number };
}

export interface Attendance {
  registered: number;
  present: number;
  absent: number;
  walkIns: number;
}

export interface Aggregate {
  attendance: Attendance;
  /** How many organisations had someone registered, and someone present. Organisations, not people. */
  organizations: { registered: number; present: number };
  breakdowns: Breakdown[];
}

type OrganizationFields = Pick<ReportPerson, "organizationName" | "organizationNit">;

/** An organisation is the same across registrations when its NIT is, or else its name written alike. */
export function organizationKey(person: OrganizationFields): string | null {
  if (person.organizationNit) return `nit:${person.organizationNit.replace(/\D/g, "")}`;
  const name = person.organizationName ? foldText(person.organizationName) : "";
  return name ? `name:${name}` : null;
}

/** `organizationKey` remembering the names it has folded: thousands of people share a few hundred names. */
export function organizationKeys(): (person: OrganizationFields) => string | null {
  const folded = new Map<string, string | null>();
  return (person) => {
    if (person.organizationNit || !person.organizationName) return organizationKey(person);
    let key = folded.get(person.organizationName);
    if (key === undefined) {
      key = organizationKey(person);
      folded.set(person.organizationName, key);
    }
    return key;
  };
}

/** "HH:MM" of the start of the bucket the instant falls in, on the venue's clock. */
export function arrivalBucket(at: Date, bucketMinutes = ARRIVAL_BUCKET_MINUTES): string {
  const minutes = Math.floor(at.getTime() / 60_000) + COLOMBIA_UTC_OFFSET_MINUTES;
  const ofDay = ((minutes % 1440) + 1440) % 1440;
  return clock(Math.floor(ofDay / bucketMinutes) * bucketMinutes);
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

class Tally {
  readonly rows = new Map<string, CountRow>();
  constructor(order: readonly string[] = []) {
    for (const key of order) this.rows.set(key, { key, registered: 0, present: 0 });
  }
  add(key: string, present: boolean): CountRow {
    let row = this.rows.get(key);
    if (!row) {
      row = { key, registered: 0, present: 0 };
      this.rows.set(key, row);
    }
    row.registered += 1;
    if (present) row.present += 1;
    return row;
  }
  /** Catalog order, then unknown codes, with the blank answers last. */
  inOrder(): CountRow[] {
    const rows = [...this.rows.values()];
    return [...rows.filter((r) => r.key !== NO_ANSWER), ...rows.filter((r) => r.key === NO_ANSWER)];
  }
  /** Largest first: lists that have no natural order (places, organisations). */
  bySize(): CountRow[] {
    return [...this.rows.values()].sort(
      (a, b) => b.registered - a.registered || b.present - a.present || a.key.localeCompare(b.key),
    );
  }
}

/** Every bucket from the first arrival to the last, empty ones included, so the chart shows the gaps. */
function arrivalRows(tally: Tally, bucketMinutes: number): CountRow[] {
  const minutesOf = (key: string) => Number(key.slice(0, 2)) * 60 + Number(key.slice(3));
  const starts = [...tally.rows.keys()].map(minutesOf);
  if (starts.length === 0) return [];
  const rows: CountRow[] = [];
  for (let m = Math.min(...starts); m <= Math.max(...starts); m += bucketMinutes) {
    const key = clock(m);
    rows.push({ key, registered: 0, present: tally.rows.get(key)?.present ?? 0 });
  }
  return rows;
}

const both = ["registered", "present"] as const;

/** All the breakdowns of a report over the given registrations. */
export function aggregate(
  people: readonly ReportPerson[],
  bucketMinutes = ARRIVAL_BUCKET_MINUTES,
): Aggregate {
  const arrivals = new Tally();
  const tallies = {
    population_group: new Tally(POPULATION_GROUPS),
    sex: new Tally(SEXES),
    gender_identity: new Tally(GENDER_IDENTITIES),
    age_band: new Tally(AGE_BANDS),
    zone: new Tally(ZONES),
    department: new Tally(),
    municipality: new Tally(),
    economy: new Tally(ECONOMIES),
    organization_type: new Tally(ORGANIZATION_TYPES),
    organizations: new Tally(),
    returning: new Tally(["returning", "first_time"]),
    ethnicity: new Tally([...ETHNICITIES, NO_ANSWER]),
    sensitive_conditions: new Tally(["disability", "conflict_victim"]),
  };
  const everyone = { registered: 0, present: 0 };
  const withOrganization = { registered: 0, present: 0 };
  const consenting = { registered: 0, present: 0 };
  let walkIns = 0;
  const keyOf = organizationKeys();
  const count = (total: { registered: number; present: number }, present: boolean) => {
    total.registered += 1;
    if (present) total.present += 1;
  };

  for (const person of people) {
    const present = person.checkedInAt !== null;
    count(everyone, present);
    if (person.checkedInAt) {
      arrivals.add(arrivalBucket(person.checkedInAt, bucketMinutes), true);
      if (person.walkIn) walkIns += 1;
    }
    for (const group of new Set(person.populationGroups)) tallies.population_group.add(group, present);
    tallies.sex.add(person.sex, present);
    tallies.gender_identity.add(person.genderIdentity ?? NO_ANSWER, present);
    tallies.age_band.add(ageBand(ageOn(person.birthDate, person.assemblyDate)), present);
    tallies.zone.add(person.zone, present);
    tallies.department.add(person.departmentCode, present);
    tallies.municipality.add(person.municipalityCode, present);
    tallies.economy.add(person.economy, present);
    tallies.organization_type.add(person.organizationType, present);
    tallies.returning.add(person.returning ? "returning" : "first_time", present);
    const organization = keyOf(person);
    if (organization) {
      count(withOrganization, present);
      const row = tallies.organizations.add(organization, present);
      row.name ??= person.organizationName ?? person.organizationNit ?? organization;
      row.category ??= person.organizationType;
    }
    if (person.sensitive) {
      count(consenting, present);
      tallies.ethnicity.add(person.sensitive.ethnicity ?? NO_ANSWER, present);
      if (person.sensitive.disability) tallies.sensitive_conditions.add("disability", present);
      if (person.sensitive.conflictVictim) tallies.sensitive_conditions.add("conflict_victim", present);
    }
  }

  const organizations = [...tallies.organizations.rows.values()];
  const breakdown = (id: BreakdownId, rows: CountRow[], additive = true, total = everyone): Breakdown => ({
    id,
    measures: both,
    additive,
    rows,
    total: { ...total },
  });
  return {
    attendance: {
      registered: everyone.registered,
      present: everyone.present,
      absent: everyone.registered - everyone.present,
      walkIns,
    },
    organizations: {
      registered: organizations.length,
      present: organizations.filter((row) => row.present > 0).length,
    },
    breakdowns: [
      {
        id: "arrivals",
        measures: ["present"],
        additive: true,
        rows: arrivalRows(arrivals, bucketMinutes),
        total: { registered: 0, present: everyone.present },
      },
      // A person may belong to several population groups: the rows do not add up.
      breakdown("population_group", tallies.population_group.inOrder(), false),
      breakdown("sex", tallies.sex.inOrder()),
      breakdown("gender_identity", tallies.gender_identity.inOrder()),
      breakdown("age_band", tallies.age_band.inOrder()),
      breakdown("zone", tallies.zone.inOrder()),
      breakdown("department", tallies.department.bySize()),
      breakdown("municipality", tallies.municipality.bySize()),
      breakdown("economy", tallies.economy.inOrder()),
      breakdown("organization_type", tallies.organization_type.inOrder()),
      breakdown("organizations", tallies.organizations.bySize(), true, withOrganization),
      breakdown("returning", tallies.returning.inOrder()),
      breakdown("ethnicity", tallies.ethnicity.inOrder(), true, consenting),
      breakdown("sensitive_conditions", tallies.sensitive_conditions.inOrder(), false, consenting),
    ],
  };
}
