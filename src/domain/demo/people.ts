// Demo participants for one assembly: people consistent with the organisations they declare, so seeded data
// exercises allocation, check-in and reports the way a real registration list would.

import { NATIONAL_AXES } from "../axes/national-axes";
import type {
  DocumentType,
  GenderIdentity,
  OutreachChannel,
  PopulationGroup,
  Sex,
  Zone,
} from "../registration/catalog";
import type { DeclaredOrganization, PersonData, SensitiveData } from "../registration/person";
import { type DemoOrganization, generateOrganizations } from "./organizations";
import { createRandom, deriveSeed, type Random } from "./random";
import type { RegionProfile } from "./regions";

export interface DemoPeopleOptions {
  region: RegionProfile;
  count: number;
  seed: number;
  /** ISO date (YYYY-MM-DD) on which every age is computed. */
  assemblyDate: string;
}

export interface DemoPopulation {
  organizations: DemoOrganization[];
  people: PersonData[];
}

const ORGANIZATIONS_PER_PERSON = 0.15;
const MEMBER_SHARE = 0.8;
const MINOR_SHARE = 0.015;
const LARGE_MEMBERS = { min: 20, max: 40 } as const;
const REGULAR_MEMBERS = { min: 2, max: 12 } as const;
const SENSITIVE_CONSENT_SHARE = 0.4;
const DISABILITY_SHARE = 0.06;
const YOUTH_MAX_AGE = 28; // Ley 1622 de 2013: young people are 14 to 28
const OLDER_MIN_AGE = 60;
const WOMAN_SHARE = 0.55;
const INTERSEX_SHARE = 0.002;

// biome-ignore format: a long list of names reads better packed
const FEMALE_FIRST_NAMES = [
  "María Fernanda", "Luz Dary", "Ana Milena", "Yurley", "Yuliana", "Leidy Johana", "Diana Marcela",
  "Sandra Patricia", "Martha Cecilia", "Blanca Nubia", "Carmen Rosa", "Gloria Inés", "Luz Marina", "Yenny",
  "Paola Andrea", "Claudia Patricia", "Marisol", "Nidia", "Yaneth", "Deisy", "Ingrid Tatiana", "Daniela",
  "Valentina", "Karen Dayana", "Natalia", "Jessica Paola", "Francy Liliana", "Olga Lucía", "Rosa Elena",
  "Ana Beatriz", "Mercedes", "Dora Alicia", "Maryuri", "Yorley", "Yusmary", "Oriana", "Yorgelis", "Eliana",
  "Angie Carolina", "Laura Sofía", "Luisa Fernanda", "Adriana", "Nelly", "Esperanza", "Rubiela", "Edilma",
  "Nohora", "Aura María", "Yesenia", "Nelcy", "Ana Lucía", "Zulma", "Leidy Yohana", "Dayana", "Mayerly",
] as const;

// biome-ignore format: a long list of names reads better packed
const MALE_FIRST_NAMES = [
  "Yeison", "Jhon Fredy", "Wilmer", "Édgar", "José Luis", "Luis Alberto", "Carlos Arturo", "Jorge Eliécer",
  "Álvaro", "Hernando", "Fredy", "William", "Jhon Jairo", "Orlando", "Nelson", "Giovanny", "Duván",
  "Brayan Stiven", "Kevin Andrés", "Juan David", "Juan Camilo", "Andrés Felipe", "Cristian Camilo",
  "Óscar Iván", "Rubén Darío", "Ramiro", "Luis Eduardo", "Pedro Nel", "José Gregorio", "Yorman", "Deivis",
  "Wilfredo", "Alexánder", "Héctor Fabio", "Jairo", "Gustavo Adolfo", "Edwin", "Diego Fernando", "Sergio",
  "Arley", "Jhonatan", "Eider", "Robinson", "Ever", "Libardo", "Miguel Ángel", "Omar", "Segundo", "Yimmy",
  "Franklin", "Neftalí", "Yeferson",
] as const;

// biome-ignore format: a long list of names reads better packed
const NATIONAL_SURNAMES = [
  "Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández", "Sánchez", "Ramírez", "Pérez",
  "Díaz", "Torres", "Rojas", "Vargas", "Moreno", "Gutiérrez", "Jiménez", "Muñoz", "Castro", "Suárez",
  "Romero", "Herrera", "Medina", "Aguilar", "Parra", "Ortiz", "Quintero", "Sandoval", "Pinzón", "Peña",
  "Garzón", "Lozano", "Cuéllar", "Ospina", "Valencia", "Cortés", "Mendoza", "Acosta", "Ríos",
] as const;

const EMAIL_DOMAINS = [
  ["gmail.com", 70],
  ["hotmail.com", 18],
  ["yahoo.es", 5],
  ["outlook.com", 7],
] as const;

// Prefixes Colombian operators use for mobile numbers.
const MOBILE_PREFIXES = [...Array.from({ length: 25 }, (_, i) => String(300 + i)), "350", "351"];

const ADULT_AGE_BANDS = [
  [18, 24, 12],
  [25, 34, 22],
  [35, 44, 22],
  [45, 54, 20],
  [55, 64, 14],
  [65, 80, 10],
] as const;

const AXIS_COUNT_WEIGHTS = [
  [0, 15],
  [1, 20],
  [2, 25],
  [3, 40],
] as const;

const MEMBER_OUTREACH: readonly (readonly [OutreachChannel, number])[] = [
  ["organizacion", 40],
  ["convocatoria_cooperante", 15],
  ["voz_a_voz", 15],
  ["redes_sociales", 10],
  ["radio", 8],
  ["alcaldia", 8],
  ["otro", 4],
];
const UNAFFILIATED_OUTREACH: readonly (readonly [OutreachChannel, number])[] = [
  ["voz_a_voz", 30],
  ["redes_sociales", 20],
  ["radio", 15],
  ["alcaldia", 15],
  ["convocatoria_cooperante", 15],
  ["otro", 5],
];

const LEADERSHIP_ROLES = [
  ["representante legal", "representante legal"],
  ["presidenta", "presidente"],
  ["tesorera", "tesorero"],
] as const;

const AXIS_CODES = NATIONAL_AXES.map((axis) => axis.code);
const DAY_MS = 86_400_000;

interface Seat {
  organization: DemoOrganization;
  members: number;
  /** Relative pull of this organisation when spreading the remaining members. */
  pull: number;
  /** Adult members already given a leadership role: the first ones at the door lead. */
  leaders: number;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

interface Generation {
  region: RegionProfile;
  random: Random;
  assemblyDate: CalendarDate;
  /** Chance of being a woman for people not in a women's organisation, so that all together reach WOMAN_SHARE. */
  womanShare: number;
  takenDocuments: Set<string>;
  takenPhones: Set<string>;
  takenEmails: Set<string>;
}

/** `count` participants of the region and the organisations they belong to; the same options give the same data. */
export function generateDemoPeople({ region, count, seed, assemblyDate }: DemoPeopleOptions): DemoPopulation {
  const organizations = generateOrganizations(
    region,
    deriveSeed(seed, `${region.key}/organizations`),
    Math.round(count * ORGANIZATIONS_PER_PERSON),
  );
  const random = createRandom(deriveSeed(seed, `${region.key}/people`));
  const seats = assignSeats(organizations, Math.round(count * MEMBER_SHARE), random);
  const members = seats.flatMap((seat) => Array.from({ length: seat.members }, () => seat));
  const womenOnly = members.filter((seat) => seat.organization.memberGroups.includes("mujeres")).length;
  const generation: Generation = {
    region,
    random,
    assemblyDate: parseIsoDate(assemblyDate),
    womanShare: Math.max(0, (WOMAN_SHARE * count - womenOnly) / Math.max(1, count - womenOnly)),
    takenDocuments: new Set(),
    takenPhones: new Set(),
    takenEmails: new Set(),
  };
  const seatOf: (Seat | null)[] = random.shuffle([
    ...members,
    ...Array.from({ length: count - members.length }, () => null),
  ]);

  const minorEligible = seatOf.flatMap((seat, index) =>
    seat === null || seat.organization.memberGroups.includes("jovenes") ? [index] : [],
  );
  const minors = new Set(random.shuffle(minorEligible).slice(0, Math.round(count * MINOR_SHARE)));
  const adults = seatOf.flatMap((_, index) => (minors.has(index) ? [] : [index]));
  const migrants = new Set(random.shuffle(adults).slice(0, Math.round(count * region.migrantShare)));

  const people = seatOf.map((seat, index) =>
    generatePerson(generation, seat, minors.has(index), migrants.has(index)),
  );
  return { organizations, people };
}

/** Large organisations first, then at least two members each, then the rest spread by each one's pull. */
function assignSeats(organizations: readonly DemoOrganization[], members: number, random: Random): Seat[] {
  const seats = organizations.map((organization) => ({
    organization,
    members: 0,
    pull: random.int(1, 4),
    leaders: 0,
  }));
  let left = members;
  const give = (seat: Seat, wanted: number) => {
    const given = Math.min(wanted, left);
    seat.members += given;
    left -= given;
  };
  for (const seat of seats.filter((candidate) => candidate.organization.large)) {
    give(seat, Math.min(random.int(LARGE_MEMBERS.min, LARGE_MEMBERS.max), Math.floor(members / 4)));
  }
  const regular = seats.filter((seat) => !seat.organization.large);
  for (const seat of regular) {
    give(seat, REGULAR_MEMBERS.min);
  }
  while (left > 0) {
    const open = regular.filter((seat) => seat.members < REGULAR_MEMBERS.max);
    if (open.length === 0) {
      break;
    }
    give(
      random.weightedPick(open, (seat) => seat.pull),
      1,
    );
  }
  return seats;
}

function generatePerson(
  generation: Generation,
  seat: Seat | null,
  minor: boolean,
  migrant: boolean,
): PersonData {
  const { region, random } = generation;
  const organization = seat?.organization ?? null;
  const memberGroups = organization?.memberGroups ?? [];

  const sex = memberGroups.includes("mujeres") ? "mujer" : sexFor(random, generation.womanShare);
  const age = ageFor(random, memberGroups, minor);
  const birthDate = birthDateForAge(random, generation.assemblyDate, age);
  const birthYear = Number(birthDate.slice(0, 4));
  const documentType = minor ? "TI" : migrant ? (random.chance(0.7) ? "PPT" : "CE") : "CC";
  const firstNames = firstNamesFor(random, sex);
  const surnames = surnamePair(generation);

  // Most members live where their organisation is based; the rest travel from elsewhere in the region.
  const home = organization !== null && random.chance(0.85) ? organization.municipalityCode : null;
  const municipality =
    region.municipalities.find((candidate) => candidate.code === home) ??
    random.weightedPick(region.municipalities, (candidate) => candidate.weight);
  const sensitive = random.chance(SENSITIVE_CONSENT_SHARE)
    ? sensitiveDataFor(generation, memberGroups.includes("discapacidad"))
    : null;
  const populationGroups = populationGroupsFor(generation, memberGroups, { sex, age, minor, sensitive });
  const role = seat === null ? null : roleFor(random, seat, sex, minor);

  return {
    documentType,
    documentNumber: drawUnique(generation.takenDocuments, () =>
      String(documentNumberFor(random, documentType, birthYear, sex)),
    ),
    firstNames,
    lastNames: surnames.join(" "),
    birthDate,
    sex,
    genderIdentity: genderIdentityFor(random, sex),
    phone: drawUnique(generation.takenPhones, () => mobilePhone(random)),
    email: random.chance(age < 30 ? 0.78 : age < 60 ? 0.62 : 0.3)
      ? uniqueEmail(generation, firstNames, surnames[0], birthYear)
      : null,
    departmentCode: region.departmentCode,
    municipalityCode: municipality.code,
    zone: zoneFor(random, populationGroups.includes("campesinos") ? 0.15 : municipality.urbanShare),
    populationGroups,
    economy: organization?.economy ?? "popular",
    organization: organization === null ? null : declare(organization, role),
    preferredAxes: preferredAxesFor(random, organization?.favouredAxis ?? null),
    knowsPit: random.chance(isLeadership(role) ? 0.4 : 0.12),
    heardVia: random.chance(0.03)
      ? null
      : random.weightedPick(seat === null ? UNAFFILIATED_OUTREACH : MEMBER_OUTREACH, weightOf)[0],
    sensitive,
    guardian: minor ? guardianFor(generation, surnames) : null,
  };
}

function weightOf(entry: readonly [unknown, number]): number {
  return entry[1];
}

function sexFor(random: Random, womanShare: number): Sex {
  const roll = random.next();
  return roll < INTERSEX_SHARE ? "intersexual" : roll < INTERSEX_SHARE + womanShare ? "mujer" : "hombre";
}

function ageFor(random: Random, memberGroups: readonly PopulationGroup[], minor: boolean): number {
  if (minor) {
    return random.int(16, 17);
  }
  if (memberGroups.includes("jovenes")) {
    return random.int(18, YOUTH_MAX_AGE);
  }
  if (memberGroups.includes("personas_mayores")) {
    return random.int(OLDER_MIN_AGE, 80);
  }
  const [min, max] = random.weightedPick(ADULT_AGE_BANDS, (band) => band[2]);
  return random.int(min, max);
}

/** A birth date that makes the person exactly `age` years old on `on`. */
function birthDateForAge(random: Random, on: CalendarDate, age: number): string {
  const latest = sameDayInYear(on, on.year - age);
  const earliest = sameDayInYear(on, on.year - age - 1) + DAY_MS;
  const day = random.int(0, (latest - earliest) / DAY_MS);
  return new Date(earliest + day * DAY_MS).toISOString().slice(0, 10);
}

// 29 February becomes 28 February in common years: someone born on the 28th has had their birthday by the 29th.
function sameDayInYear(date: CalendarDate, year: number): number {
  const time = Date.UTC(year, date.month - 1, date.day);
  return new Date(time).getUTCMonth() === date.month - 1
    ? time
    : Date.UTC(year, date.month - 1, date.day - 1);
}

function parseIsoDate(text: string): CalendarDate {
  const date = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  ) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${text}`);
  }
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function firstNamesFor(random: Random, sex: Sex): string {
  const female = sex === "mujer" || (sex === "intersexual" && random.chance(0.5));
  return random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
}

function surname({ random, region }: Generation): string {
  return random.chance(region.localSurnameShare)
    ? random.pick(region.localSurnames)
    : random.pick(NATIONAL_SURNAMES);
}

/** Paternal and maternal surnames, which are rarely the same. */
function surnamePair(generation: Generation): [string, string] {
  const paternal = surname(generation);
  let maternal = surname(generation);
  while (maternal === paternal) {
    maternal = surname(generation);
  }
  return [paternal, maternal];
}

function documentNumberFor(
  random: Random,
  type: Extract<DocumentType, "CC" | "TI" | "CE" | "PPT">,
  birthYear: number,
  sex: Sex,
): number {
  switch (type) {
    case "TI":
      return random.int(1_000_000_000, 1_129_999_999);
    case "CE":
      return random.int(100_000, 1_999_999);
    case "PPT":
      return random.int(1_000_000, 7_999_999);
    case "CC":
      return cedulaNumber(random, birthYear, sex);
  }
}

// Cédulas issued since 2004 reuse the 10-digit NUIP; older ones came from number series split by sex.
function cedulaNumber(random: Random, birthYear: number, sex: Sex): number {
  if (birthYear >= 1986) {
    return random.int(1_000_000_000, 1_129_999_999);
  }
  if (sex === "mujer") {
    return random.int(20_000_000, 69_999_999);
  }
  if (birthYear < 1955 && random.chance(0.3)) {
    return random.int(100_000, 999_999);
  }
  return random.chance(0.6) ? random.int(1_000_000, 19_999_999) : random.int(70_000_000, 99_999_999);
}

/** Draws until the value is not taken yet, then takes it. */
function drawUnique(taken: Set<string>, draw: () => string): string {
  let value = draw();
  while (taken.has(value)) {
    value = draw();
  }
  taken.add(value);
  return value;
}

function mobilePhone(random: Random): string {
  return `+57${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
}

function uniqueEmail(
  { random, takenEmails }: Generation,
  firstNames: string,
  surname: string,
  birthYear: number,
): string {
  const first = asciiLowercase(firstNames.split(" ")[0] ?? firstNames);
  const last = asciiLowercase(surname);
  const local = random.pick([
    `${first}.${last}`,
    `${first}${last}${String(birthYear).slice(2)}`,
    `${first}_${last}${random.int(1, 99)}`,
  ]);
  const domain = random.weightedPick(EMAIL_DOMAINS, weightOf)[0];
  let email = `${local}@${domain}`;
  for (let suffix = 2; takenEmails.has(email); suffix++) {
    email = `${local}${suffix}@${domain}`;
  }
  takenEmails.add(email);
  return email;
}

function asciiLowercase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

function genderIdentityFor(random: Random, sex: Sex): GenderIdentity | null {
  const roll = random.next();
  if (roll < 0.08) {
    return null;
  }
  if (roll < 0.09) {
    return "transgenero";
  }
  if (roll < 0.1) {
    return "no_binario";
  }
  if (roll < 0.12) {
    return "prefiere_no_decir";
  }
  if (sex === "intersexual") {
    return "otro";
  }
  return sex === "mujer" ? "femenino" : "masculino";
}

function zoneFor(random: Random, urbanShare: number): Zone {
  if (random.chance(urbanShare)) {
    return "urbana";
  }
  return random.chance(0.65) ? "rural" : "rural_dispersa";
}

function sensitiveDataFor({ random, region }: Generation, declaresDisability: boolean): SensitiveData {
  return {
    ethnicity: random.chance(0.05) ? null : random.weightedPick(region.ethnicityWeights, weightOf)[0],
    disability: declaresDisability || random.chance(DISABILITY_SHARE),
    conflictVictim: random.chance(0.05) ? null : random.chance(region.conflictVictimShare),
  };
}

/** The organisation's groups (or a trade when it has none), then up to three in all from what the person is. */
function populationGroupsFor(
  { random, region }: Generation,
  memberGroups: readonly PopulationGroup[],
  person: { sex: Sex; age: number; minor: boolean; sensitive: SensitiveData | null },
): PopulationGroup[] {
  const groups = new Set<PopulationGroup>(memberGroups);
  if (person.minor) {
    groups.add("jovenes");
  }
  if (memberGroups.length === 0) {
    const trades = region.occupationWeights.filter(
      ([group]) => !(person.minor && group === "trabajo_sexual"),
    );
    groups.add(random.weightedPick(trades, weightOf)[0]);
  }
  const traits: [PopulationGroup, boolean][] = [
    ["mujeres", person.sex === "mujer" && random.chance(0.35)],
    ["jovenes", person.age <= YOUTH_MAX_AGE && random.chance(0.5)],
    ["personas_mayores", person.age >= OLDER_MIN_AGE && random.chance(0.7)],
    ["discapacidad", person.sensitive?.disability === true && random.chance(0.8)],
  ];
  for (const [group, applies] of traits) {
    if (applies && groups.size < 3) {
      groups.add(group);
    }
  }
  return [...groups];
}

function roleFor(random: Random, seat: Seat, sex: Sex, minor: boolean): string | null {
  const leadership = minor ? undefined : LEADERSHIP_ROLES[seat.leaders];
  if (leadership !== undefined) {
    seat.leaders++;
    return sex === "mujer" ? leadership[0] : leadership[1];
  }
  if (random.chance(0.1)) {
    return null;
  }
  const { type } = seat.organization;
  if (type === "grupo_comunitario" || type === "organizacion_economia_popular") {
    return "integrante";
  }
  return sex === "mujer" ? "asociada" : "asociado";
}

function isLeadership(role: string | null): boolean {
  return LEADERSHIP_ROLES.some((names) => names.some((name) => name === role));
}

function declare(organization: DemoOrganization, role: string | null): DeclaredOrganization {
  const { name, nit, type, sector, productsServices } = organization;
  return { name, nit, type, role, sector, productsServices };
}

function preferredAxesFor(random: Random, favouredAxis: string | null): string[] {
  const count = random.weightedPick(AXIS_COUNT_WEIGHTS, weightOf)[0];
  const shuffled = random.shuffle(AXIS_CODES);
  const ranked =
    favouredAxis !== null && random.chance(0.6)
      ? [favouredAxis, ...shuffled.filter((code) => code !== favouredAxis)]
      : shuffled;
  return ranked.slice(0, count);
}

/** A parent as legal representative: the mother passes on her first surname as the child's second. */
function guardianFor(generation: Generation, [paternal, maternal]: [string, string]): PersonData["guardian"] {
  const { random } = generation;
  const mother = random.chance(0.7);
  const name = mother
    ? `${random.pick(FEMALE_FIRST_NAMES)} ${maternal} ${surname(generation)}`
    : `${random.pick(MALE_FIRST_NAMES)} ${paternal} ${surname(generation)}`;
  const birthYear = generation.assemblyDate.year - random.int(32, 55);
  return {
    name,
    documentType: "CC",
    documentNumber: drawUnique(generation.takenDocuments, () =>
      String(cedulaNumber(random, birthYear, mother ? "mujer" : "hombre")),
    ),
  };
}
