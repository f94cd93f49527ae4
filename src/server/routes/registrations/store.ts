import { and, arrayContains, asc, count, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { type AgeBand, ageBand, ageOn, birthDateRange } from "../../../domain/registration/age";
import { maskDocument } from "../../../domain/registration/document";
import { foldText } from "../../../domain/text/normalize";
import type {
  AnonymousRegistrationDto,
  MaskedRegistrationDto,
  PublicAssemblyDto,
  RegistrationDto,
  RegistrationListDto,
  RegistrationListQuery,
  RegistrationRowDto,
} from "../../../shared/schemas/registration";
import type { Scope } from "../../auth/actor";
import type { Tx } from "../../db/client";
import { agreements, assemblies, assemblyTables, axes, consents, registrations } from "../../db/schema";
import { notFound } from "../../errors";
import { divipola } from "../../places";
import { credentialKey, signCredential } from "../../registration/credential";
import { latestConsent } from "../agreements/store";
import { listRegistrationFields } from "../registration-fields/store";

type RegistrationRow = typeof registrations.$inferSelect;

/** The convenio and assembly a registration belongs to, for authorisation; 404 when it does not exist. */
export async function registrationScope(
  db: Tx,
  registrationId: string,
): Promise<Scope & { assemblyId: string }> {
  const [row] = await db
    .select({ agreementId: assemblies.agreementId, assemblyId: registrations.assemblyId })
    .from(registrations)
    .innerJoin(assemblies, eq(assemblies.id, registrations.assemblyId))
    .where(eq(registrations.id, registrationId));
  if (!row) throw notFound();
  return row;
}

async function assemblyDate(db: Tx, assemblyId: string): Promise<string> {
  const [row] = await db
    .select({ date: assemblies.date })
    .from(assemblies)
    .where(eq(assemblies.id, assemblyId));
  if (!row) throw notFound();
  return row.date;
}

const municipalityName = (code: string) => divipola().municipality(code)?.name ?? code;
const departmentName = (code: string) => divipola().department(code)?.name ?? code;

export function maskedPerson(
  row: Pick<RegistrationRow, "id" | "firstNames" | "lastNames" | "documentType" | "documentNumber">,
) {
  return {
    id: row.id,
    firstNames: row.firstNames,
    lastInitials: row.lastNames
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => `${part[0]}.`)
      .join(" "),
    documentType: row.documentType,
    documentMasked: maskDocument(row.documentNumber),
  } as MaskedRegistrationDto;
}

export async function getMaskedPerson(db: Tx, registrationId: string): Promise<MaskedRegistrationDto> {
  const [row] = await db.select().from(registrations).where(eq(registrations.id, registrationId));
  if (!row) throw notFound();
  return maskedPerson(row);
}

export async function getRegistration(db: Tx, id: string): Promise<RegistrationDto> {
  const [row] = await db
    .select({ registration: registrations, date: assemblies.date })
    .from(registrations)
    .innerJoin(assemblies, eq(assemblies.id, registrations.assemblyId))
    .where(eq(registrations.id, id));
  if (!row) throw notFound();
  const r = row.registration;
  const consentRows = await db
    .select()
    .from(consents)
    .where(eq(consents.registrationId, id))
    .orderBy(asc(consents.givenAt));
  const age = ageOn(r.birthDate, row.date);
  type Dto = RegistrationDto;
  return {
    id: r.id,
    assemblyId: r.assemblyId,
    documentType: r.documentType as Dto["documentType"],
    documentNumber: r.documentNumber,
    firstNames: r.firstNames,
    lastNames: r.lastNames,
    birthDate: r.birthDate,
    age,
    ageBand: ageBand(age),
    sex: r.sex as Dto["sex"],
    genderIdentity: r.genderIdentity as Dto["genderIdentity"],
    genderIdentityOther: r.genderIdentityOther,
    phone: r.phone,
    email: r.email,
    departmentCode: r.departmentCode,
    departmentName: departmentName(r.departmentCode),
    municipalityCode: r.municipalityCode,
    municipalityName: municipalityName(r.municipalityCode),
    zone: r.zone as Dto["zone"],
    populationGroups: r.populationGroups as Dto["populationGroups"],
    economy: r.economy as Dto["economy"],
    organizationName: r.organizationName,
    organizationNit: r.organizationNit,
    organizationType: r.organizationType as Dto["organizationType"],
    organizationRole: r.organizationRole,
    economicSector: r.economicSector as Dto["economicSector"],
    productsServices: r.productsServices,
    preferredAxes: r.preferredAxes,
    knowsPit: r.knowsPit,
    heardVia: r.heardVia as Dto["heardVia"],
    sensitiveConsent: consentRows.some((c) => c.kind === "sensitive" && c.withdrawnAt === null),
    ethnicity: r.ethnicity as Dto["ethnicity"],
    disability: r.disability,
    conflictVictim: r.conflictVictim,
    guardianName: r.guardianName,
    guardianDocumentType: r.guardianDocumentType as Dto["guardianDocumentType"],
    guardianDocumentNumber: r.guardianDocumentNumber,
    extra: r.extra as Dto["extra"],
    source: r.source as Dto["source"],
    consents: consentRows.map((c) => ({
      kind: c.kind as Dto["consents"][number]["kind"],
      textVersion: c.textVersion,
      channel: c.channel as Dto["consents"][number]["channel"],
      givenAt: c.givenAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    })),
    credential: signCredential(await credentialKey(db), r.id, r.credentialNonce),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** `%`, `_` and `\` typed by a person are literal characters in a LIKE pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(
  assemblyId: string,
  date: string,
  query: RegistrationListQuery,
  personal: boolean,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(registrations.assemblyId, assemblyId)];
  // Searching by name would tell an anonymised reader who registered: only personal-data readers search.
  if (personal && query.q) {
    for (const word of foldText(query.q).split(" ")) {
      const term = /\d/.test(word) ? word.replace(/[.-]/g, "") : word;
      conditions.push(sql`${registrations.searchText} LIKE ${`%${likeLiteral(term)}%`}`);
    }
  }
  if (query.municipalityCode) conditions.push(eq(registrations.municipalityCode, query.municipalityCode));
  if (query.sex) conditions.push(eq(registrations.sex, query.sex));
  if (query.source) conditions.push(eq(registrations.source, query.source));
  if (query.populationGroup)
    conditions.push(arrayContains(registrations.populationGroups, [query.populationGroup]));
  if (query.ageBand) {
    const { from, to } = birthDateRange(query.ageBand, date);
    if (from) conditions.push(gte(registrations.birthDate, from));
    if (to) conditions.push(lte(registrations.birthDate, to));
  }
  return and(...conditions);
}

function toRow(r: RegistrationRow, date: string): RegistrationRowDto {
  return {
    id: r.id,
    documentType: r.documentType as RegistrationRowDto["documentType"],
    documentNumber: r.documentNumber,
    firstNames: r.firstNames,
    lastNames: r.lastNames,
    ageBand: ageBand(ageOn(r.birthDate, date)),
    sex: r.sex as RegistrationRowDto["sex"],
    phone: r.phone,
    municipalityName: municipalityName(r.municipalityCode),
    organizationName: r.organizationName,
    source: r.source as RegistrationRowDto["source"],
    createdAt: r.createdAt.toISOString(),
  };
}

function toAnonymous(r: RegistrationRow, date: string): AnonymousRegistrationDto {
  return {
    id: r.id,
    ageBand: ageBand(ageOn(r.birthDate, date)),
    sex: r.sex as AnonymousRegistrationDto["sex"],
    municipalityName: municipalityName(r.municipalityCode),
    zone: r.zone as AnonymousRegistrationDto["zone"],
    populationGroups: r.populationGroups as AnonymousRegistrationDto["populationGroups"],
    economy: r.economy as AnonymousRegistrationDto["economy"],
    organizationType: r.organizationType as AnonymousRegistrationDto["organizationType"],
    source: r.source as AnonymousRegistrationDto["source"],
  };
}

export async function listRegistrations(
  db: Tx,
  assemblyId: string,
  query: RegistrationListQuery,
  personal: boolean,
): Promise<RegistrationListDto> {
  const date = await assemblyDate(db, assemblyId);
  const where = filters(assemblyId, date, query, personal);
  const [total] = await db.select({ n: count() }).from(registrations).where(where);
  // Anonymised rows are not in name order, which would let a reader line them up with a list of names.
  const order = personal
    ? [asc(registrations.lastNames), asc(registrations.firstNames), asc(registrations.id)]
    : [desc(registrations.createdAt), asc(registrations.id)];
  const rows = await db
    .select()
    .from(registrations)
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return personal
    ? { personal: true, total: total?.n ?? 0, items: rows.map((r) => toRow(r, date)) }
    : { personal: false, total: total?.n ?? 0, items: rows.map((r) => toAnonymous(r, date)) };
}

/** Every registration of an assembly for an export, in name order, with the age on the assembly date. */
export async function exportRegistrations(
  db: Tx,
  assemblyId: string,
): Promise<{ row: RegistrationRow; age: number; ageBand: AgeBand }[]> {
  const date = await assemblyDate(db, assemblyId);
  const rows = await db
    .select()
    .from(registrations)
    .where(eq(registrations.assemblyId, assemblyId))
    .orderBy(asc(registrations.lastNames), asc(registrations.firstNames));
  return rows.map((row) => {
    const age = ageOn(row.birthDate, date);
    return { row, age, ageBand: ageBand(age) };
  });
}

export interface AssemblyHeading {
  id: string;
  name: string;
  date: string;
  venue: string;
  status: string;
  agreementId: string;
  departmentName: string;
  municipalityName: string;
  legend: string;
}

export async function assemblyHeading(db: Tx, assemblyId: string): Promise<AssemblyHeading> {
  const [row] = await db
    .select({ assembly: assemblies, legend: agreements.legend })
    .from(assemblies)
    .innerJoin(agreements, eq(agreements.id, assemblies.agreementId))
    .where(eq(assemblies.id, assemblyId));
  if (!row) throw notFound();
  const a = row.assembly;
  return {
    id: a.id,
    name: a.name,
    date: a.date,
    venue: a.venue,
    status: a.status,
    agreementId: a.agreementId,
    departmentName: departmentName(a.departmentCode),
    municipalityName: municipalityName(a.municipalityCode),
    legend: row.legend,
  };
}

const REGISTRATION_OPEN_STATUSES = new Set(["registration_open", "in_progress"]);

/**
 * What the registration form needs about an assembly: nothing personal. The public page gets 404 for a draft
 * assembly (not published yet); staff preparing it read it with `{ published: false }`.
 */
export async function registrationForm(
  db: Tx,
  assemblyId: string,
  { published = true } = {},
): Promise<PublicAssemblyDto> {
  const heading = await assemblyHeading(db, assemblyId);
  if (published && heading.status === "draft") throw notFound();
  const [consent, axisRows, fields] = await Promise.all([
    latestConsent(db, heading.agreementId),
    db
      .select({ code: axes.code, name: assemblyTables.name })
      .from(assemblyTables)
      .innerJoin(axes, eq(axes.id, assemblyTables.axisId))
      .where(and(eq(assemblyTables.assemblyId, assemblyId), eq(assemblyTables.enabled, true)))
      .orderBy(asc(assemblyTables.position)),
    listRegistrationFields(db, { activeOnly: true }),
  ]);
  return {
    id: heading.id,
    name: heading.name,
    date: heading.date,
    venue: heading.venue,
    departmentName: heading.departmentName,
    municipalityName: heading.municipalityName,
    legend: heading.legend,
    registrationOpen: REGISTRATION_OPEN_STATUSES.has(heading.status),
    consentText: consent?.body ?? "",
    consentVersion: consent?.version ?? 0,
    axes: axisRows,
    extraFields: fields,
  };
}

/** The registration of a document in an assembly when the date of birth matches it; null otherwise. */
export async function findByIdentity(
  db: Tx,
  assemblyId: string,
  identity: { documentType: string; documentNumber: string; birthDate: string },
): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.assemblyId, assemblyId),
        eq(registrations.documentType, identity.documentType),
        eq(registrations.documentNumber, identity.documentNumber),
        eq(registrations.birthDate, identity.birthDate),
      ),
    );
  return row ?? null;
}
