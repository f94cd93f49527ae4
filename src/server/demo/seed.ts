import { count, eq, sql } from "drizzle-orm";
import { generateDemoPeople } from "../../domain/demo/people";
import { ARAUCA } from "../../domain/demo/regions";
import type { PersonData } from "../../domain/registration/person";
import type { Role } from "../../shared/roles";
import { DEFAULT_PARTNER_LEGEND } from "../../shared/schemas/agreement";
import { hashPassword } from "../auth/password";
import type { Db, Tx } from "../db/client";
import { assemblies, assemblyTables, consents, registrations, userScopes, users } from "../db/schema";
import { createAgreement } from "../routes/agreements/store";
import { createAssembly } from "../routes/assemblies/store";
import { ensureNationalAxes } from "./reference-data";

export const DEMO_PASSWORD = "minga-demo-2023";

export interface DemoLogins {
  password: string;
  logins: { role: Role; email: string }[];
}

/** Seeds the demo day on an empty database (no accounts yet); returns the logins to print, or null. */
export async function seedDemoIfEmpty(db: Db): Promise<DemoLogins | null> {
  await ensureNationalAxes(db);
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  const logins = await db.transaction((tx) => seedDemo(tx));
  // PGlite has no autovacuum: without statistics the planner picks nested loops over 500 people.
  await db.execute(sql`ANALYZE`);
  return logins;
}

export async function seedDemo(tx: Tx): Promise<DemoLogins> {
  const agreementId = await createAgreement(tx, {
    number: "002",
    year: 2023,
    partnerName: "UNAD",
    supervisorName: "Supervisión de convenios — Unidad Solidaria",
    startsOn: "2023-06-01",
    endsOn: "2024-06-30",
    legend: DEFAULT_PARTNER_LEGEND("002", 2023, "UNAD"),
    consentText: "",
  });
  const assemblyId = await createAssembly(tx, {
    agreementId,
    name: "Asamblea Regional de Economía Solidaria, Popular y Comunitaria — PIT Arauca",
    departmentCode: "81",
    municipalityCode: "81001",
    venue: "Coliseo cubierto, Arauca",
    date: "2023-11-18",
    capacity: 500,
    projectName: "PIT Arauca: cadena del cacao",
    projectDescription:
      "Proyecto de impacto territorial para fortalecer la asociatividad de las organizaciones cacaoteras y de la economía popular de Arauca.",
  });
  await tx.update(assemblies).set({ status: "registration_open" }).where(eq(assemblies.id, assemblyId));
  const [firstTable] = await tx
    .select()
    .from(assemblyTables)
    .where(eq(assemblyTables.assemblyId, assemblyId))
    .limit(1);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts: {
    role: Role;
    email: string;
    name: string;
    scope: Partial<typeof userScopes.$inferInsert>;
  }[] = [
    { role: "national_admin", email: "admin@minga.demo", name: "Administración Unidad Solidaria", scope: {} },
    { role: "partner_operator", email: "operador@minga.demo", name: "Operador UNAD", scope: { agreementId } },
    {
      role: "supervisor",
      email: "supervisor@minga.demo",
      name: "Supervisión del convenio",
      scope: { agreementId },
    },
    {
      role: "group_leader",
      email: "lider@minga.demo",
      name: "Líder de la mesa 1",
      scope: { agreementId, assemblyId, tableId: firstTable?.id ?? null },
    },
    { role: "desk_staff", email: "registro@minga.demo", name: "Mesa de registro 1", scope: { assemblyId } },
  ];
  for (const account of accounts) {
    const [user] = await tx
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash })
      .returning({ id: users.id });
    if (Object.keys(account.scope).length)
      await tx.insert(userScopes).values({ userId: user!.id, ...account.scope });
  }

  const { people } = generateDemoPeople({
    region: ARAUCA,
    count: 500,
    seed: 18112023,
    assemblyDate: "2023-11-18",
  });
  await insertPeople(tx, assemblyId, people, "demo");
  return { password: DEMO_PASSWORD, logins: accounts.map(({ role, email }) => ({ role, email })) };
}

/** Inserts registrations with their consents (data processing always; sensitive and guardian when given). */
export async function insertPeople(
  tx: Tx,
  assemblyId: string,
  people: PersonData[],
  channel: "demo" | "import",
): Promise<void> {
  for (let start = 0; start < people.length; start += 100) {
    const batch = people.slice(start, start + 100);
    const rows = await tx
      .insert(registrations)
      .values(batch.map((p) => registrationColumns(assemblyId, p, channel)))
      .returning({ id: registrations.id });
    const consentRows = rows.flatMap((row, i) => {
      const person = batch[i]!;
      const kinds = [
        "data",
        ...(person.sensitive ? ["sensitive"] : []),
        ...(person.guardian ? ["guardian"] : []),
      ];
      return kinds.map((kind) => ({ registrationId: row.id, kind, textVersion: 1, channel }));
    });
    await tx.insert(consents).values(consentRows);
  }
}

export function registrationColumns(
  assemblyId: string,
  p: PersonData,
  source: string,
): typeof registrations.$inferInsert {
  return {
    assemblyId,
    documentType: p.documentType,
    documentNumber: p.documentNumber,
    firstNames: p.firstNames,
    lastNames: p.lastNames,
    birthDate: p.birthDate,
    sex: p.sex,
    genderIdentity: p.genderIdentity,
    phone: p.phone,
    email: p.email,
    departmentCode: p.departmentCode,
    municipalityCode: p.municipalityCode,
    zone: p.zone,
    populationGroups: p.populationGroups,
    economy: p.economy,
    organizationName: p.organization?.name ?? null,
    organizationNit: p.organization?.nit ?? null,
    organizationType: p.organization?.type ?? "sin_organizacion",
    organizationRole: p.organization?.role ?? null,
    economicSector: p.organization?.sector ?? null,
    productsServices: p.organization?.productsServices ?? null,
    preferredAxes: p.preferredAxes,
    knowsPit: p.knowsPit,
    heardVia: p.heardVia,
    ethnicity: p.sensitive?.ethnicity ?? null,
    disability: p.sensitive?.disability ?? null,
    conflictVictim: p.sensitive?.conflictVictim ?? null,
    guardianName: p.guardian?.name ?? null,
    guardianDocumentType: p.guardian?.documentType ?? null,
    guardianDocumentNumber: p.guardian?.documentNumber ?? null,
    source,
  };
}
