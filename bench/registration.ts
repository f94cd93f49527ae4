// Bulk import of a partner's list: an XLSX of 10,000 people (5 % of rows with a mistake) uploaded, mapped
// and run through the real app on embedded PGlite, timed from upload to the job's end, with peak memory.

import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { generateDemoPeople } from "../src/domain/demo/people";
import { ARAUCA } from "../src/domain/demo/regions";
import type { PersonData } from "../src/domain/registration/person";
import { formatMobile } from "../src/domain/registration/phone";
import { buildApp } from "../src/server/app";
import { hashPassword } from "../src/server/auth/password";
import { createSession } from "../src/server/auth/sessions";
import { openDatabase } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrate";
import { assemblies, userScopes, users } from "../src/server/db/schema";
import { ensureNationalAxes } from "../src/server/demo/reference-data";
import { XLSX_TYPE } from "../src/server/documents/xlsx-legend";
import { multipartBody } from "../src/server/testing/multipart";
import { storeAgreement, storeAssembly } from "../src/server/testing/store-fixtures";
import { translate } from "../src/shared/i18n";
import { type Measure, round } from "./measure";

const ROWS = 10_000;
const INVALID_EVERY = 20;

const COLUMNS = [
  "documentType",
  "documentNumber",
  "firstNames",
  "lastNames",
  "birthDate",
  "sex",
  "phone",
  "email",
  "departmentCode",
  "municipalityCode",
  "zone",
  "populationGroups",
  "economy",
  "organizationName",
  "organizationType",
  "economicSector",
  "productsServices",
  "knowsPit",
  "dataConsent",
] as const;

const es = (key: string) => translate("es", key as Parameters<typeof translate>[1]);
const dmy = (iso: string) => iso.split("-").reverse().join("/");

function cells(person: PersonData, index: number): (string | Date)[] {
  const values: Record<(typeof COLUMNS)[number], string | Date> = {
    documentType: person.documentType,
    documentNumber: person.documentNumber,
    firstNames: person.firstNames,
    lastNames: person.lastNames,
    birthDate: index % 2 ? new Date(`${person.birthDate}T00:00:00Z`) : dmy(person.birthDate),
    sex: es(`catalog.sex.${person.sex}`),
    phone: formatMobile(person.phone),
    email: person.email ?? "",
    departmentCode: "Arauca",
    municipalityCode: person.municipalityCode,
    zone: es(`catalog.zone.${person.zone}`),
    populationGroups: person.populationGroups.map((g) => es(`catalog.populationGroup.${g}`)).join("; "),
    economy: es(`catalog.economy.${person.economy}`),
    organizationName: person.organization?.name ?? "",
    organizationType: es(`catalog.organizationType.${person.organization?.type ?? "sin_organizacion"}`),
    economicSector: person.organization ? es(`catalog.sector.${person.organization.sector}`) : "",
    productsServices: person.organization?.productsServices ?? "",
    knowsPit: person.knowsPit ? "Sí" : "No",
    // Minors come with their representative in real lists; here they are adults to keep the file simple.
    dataConsent: "Sí",
  };
  // One row in twenty has the mistakes partners' lists have: a landline, a date that does not exist, a
  // document with a letter, a missing sex.
  if (index % INVALID_EVERY === 7) {
    const mistake = ((index / INVALID_EVERY) % 4) | 0;
    if (mistake === 0) values.phone = "607 885 1234";
    else if (mistake === 1) values.birthDate = "31/02/1980";
    else if (mistake === 2) values.documentNumber = `${person.documentNumber.slice(0, -1)}O`;
    else values.sex = "";
  }
  return COLUMNS.map((column) => values[column]);
}

/** 10,000 different people: the demo generator makes up to a few hundred per run, so it runs with many seeds. */
function people(): PersonData[] {
  const byDocument = new Map<string, PersonData>();
  for (let seed = 1; byDocument.size < ROWS; seed++) {
    for (const person of generateDemoPeople({ region: ARAUCA, count: 500, seed, assemblyDate: "2023-11-18" })
      .people) {
      byDocument.set(`${person.documentType}:${person.documentNumber}`, person);
    }
  }
  return [...byDocument.values()].slice(0, ROWS);
}

async function partnerList(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Asistentes");
  sheet.addRow(COLUMNS.map((column) => es(`registration.field.${column}`)));
  people().forEach((person, index) => {
    sheet.addRow(cells({ ...person, birthDate: adult(person.birthDate) }, index));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Moves a minor's birth year back so everyone in the list is an adult on the assembly day. */
const adult = (birthDate: string) => (birthDate > "2005-11-18" ? `1999${birthDate.slice(4)}` : birthDate);

export async function run(): Promise<Measure[]> {
  const file = await partnerList();
  const database = await openDatabase({});
  await migrate(database);
  const db = database.db;
  await ensureNationalAxes(db);
  const agreementId = await storeAgreement(db);
  const assemblyId = await storeAssembly(db, agreementId, {
    name: "Asamblea de importación",
    capacity: 5000,
  });
  await db.update(assemblies).set({ status: "registration_open" }).where(eq(assemblies.id, assemblyId));
  const [user] = await db
    .insert(users)
    .values({
      email: "operador@bench",
      name: "Operador",
      role: "partner_operator",
      passwordHash: await hashPassword("x"),
    })
    .returning({ id: users.id });
  await db.insert(userScopes).values({ userId: user!.id, agreementId });
  const session = await createSession(db, user!.id);
  const app = await buildApp({ database });
  await app.ready();
  const headers = { cookie: `minga_session=${session.token}`, "x-csrf-token": session.csrfToken };

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const body = multipartBody({}, { name: "lista.xlsx", type: XLSX_TYPE, bytes: file });
  const uploaded = await app.inject({
    method: "POST",
    url: `/api/assemblies/${assemblyId}/imports`,
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
  const job = uploaded.json() as { id: string; proposedMapping: (string | null)[] };
  await app.inject({
    method: "POST",
    url: `/api/imports/${job.id}/run`,
    payload: { mapping: job.proposedMapping },
    headers,
  });
  let result: { status: string; created: number; invalid: number };
  for (;;) {
    result = (await app.inject({ method: "GET", url: `/api/imports/${job.id}`, headers })).json();
    if (result.status !== "running") break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  await app.close();
  await database.close();
  if (result.status !== "done" || result.created + result.invalid !== ROWS) {
    throw new Error(`import ended ${result.status}: ${result.created} created, ${result.invalid} invalid`);
  }
  return [
    { name: "registration.import_10k_ms", value: round(elapsed), unit: "ms" },
    { name: "registration.import_10k_rss_mb", value: round(peakRss / 1024 / 1024), unit: "MB" },
    // The whole import runs in this process (app and embedded database): CPU time reads true on a busy machine.
    { name: "registration.import_10k_cpu_ms", value: round((cpu.user + cpu.system) / 1000), unit: "ms" },
  ];
}
