// Check-in desks in the 7:30 rush: 10 desks of one assembly search (document prefix or name) and mark people
// present at the same time, in a database of 30,000 registrations (60 assemblies of 500, what the national
// programme holds after a year), through the real app (`buildApp` + `app.inject`) on embedded PGlite.

import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { generateDemoPeople } from "../src/domain/demo/people";
import { createRandom } from "../src/domain/demo/random";
import { ARAUCA } from "../src/domain/demo/regions";
import type { PersonData } from "../src/domain/registration/person";
import { buildApp } from "../src/server/app";
import { hashPassword } from "../src/server/auth/password";
import { createSession } from "../src/server/auth/sessions";
import { openDatabase } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrate";
import { registrations, userScopes, users } from "../src/server/db/schema";
import { ensureNationalAxes } from "../src/server/demo/reference-data";
import { insertPeople } from "../src/server/demo/seed";
import { storeAgreement, storeAssembly } from "../src/server/testing/store-fixtures";

const ASSEMBLIES = 60;
const PEOPLE_PER_ASSEMBLY = 500;
const DESKS = 10;
/** Each desk checks in 50 people (the first 5 warm up): all 500 of the assembly, each once. */
const ROUNDS = 50;
const WARMUP_ROUNDS = 5;
// Between a desk's actions (reading the card, tapping), drawn from 100–300 ms: about 20 times faster than a
// person at a desk, so the 10 desks' requests overlap the whole time without each desk firing back to back.
const THINK_MS = { min: 100, max: 300 };

const p95 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number(sorted[Math.ceil(sorted.length * 0.95) - 1]!.toFixed(2));
};

/** What a desk types for a person: the first six digits of the document, or a surname and part of a name. */
function typed(person: PersonData, round: number): string {
  if (round % 2 === 0) return person.documentNumber.slice(0, 6);
  return `${person.lastNames.split(" ")[0]!.toLowerCase()} ${person.firstNames.slice(0, 4)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const database = await openDatabase({});
  await migrate(database);
  const db = database.db;
  await ensureNationalAxes(db);
  const agreementId = await storeAgreement(db);
  const assemblyIds: string[] = [];
  for (let a = 0; a < ASSEMBLIES; a++) {
    const assemblyId = await storeAssembly(db, agreementId, { name: `Asamblea ${a + 1}` });
    const { people } = generateDemoPeople({
      region: ARAUCA,
      count: PEOPLE_PER_ASSEMBLY,
      seed: a + 1,
      assemblyDate: "2023-11-18",
    });
    await insertPeople(db, assemblyId, people, "import");
    assemblyIds.push(assemblyId);
  }
  await database.withSession((exec) => exec("ANALYZE"));

  // The rush is at the first assembly; the other 29,500 registrations share its tables and indexes.
  const assemblyId = assemblyIds[0]!;
  const people = generateDemoPeople({
    region: ARAUCA,
    count: PEOPLE_PER_ASSEMBLY,
    seed: 1,
    assemblyDate: "2023-11-18",
  }).people;
  const ids = new Map(
    (
      await db
        .select({ id: registrations.id, documentNumber: registrations.documentNumber })
        .from(registrations)
        .where(eq(registrations.assemblyId, assemblyId))
    ).map((row) => [row.documentNumber, row.id]),
  );

  const app = await buildApp({ database });
  await app.ready();
  const passwordHash = await hashPassword("contrasena-de-carga");
  const desks: { label: string; token: string; csrfToken: string }[] = [];
  for (let d = 0; d < DESKS; d++) {
    const [user] = await db
      .insert(users)
      .values({ email: `mesa${d + 1}@carga.co`, name: `Mesa ${d + 1}`, role: "desk_staff", passwordHash })
      .returning({ id: users.id });
    await db.insert(userScopes).values({ userId: user!.id, assemblyId });
    desks.push({ label: `Mesa ${d + 1}`, ...(await createSession(db, user!.id)) });
  }

  const lookups: number[] = [];
  const marks: number[] = [];
  await Promise.all(
    desks.map(async (desk, d) => {
      const random = createRandom(d + 1);
      const think = () => sleep(random.int(THINK_MS.min, THINK_MS.max));
      const headers = { cookie: `minga_session=${desk.token}`, "x-csrf-token": desk.csrfToken };
      for (let round = 0; round < ROUNDS; round++) {
        // 37 is prime to 500: the desks together visit every person exactly once.
        const person = people[((round * DESKS + d) * 37) % people.length]!;
        const url = `/api/assemblies/${assemblyId}/checkin/search?q=${encodeURIComponent(typed(person, round))}`;
        let started = performance.now();
        const found = await app.inject({ method: "GET", url, headers });
        const lookupMs = performance.now() - started;
        if (found.statusCode !== 200) throw new Error(`search: ${found.statusCode} ${found.body}`);
        await think();
        started = performance.now();
        const marked = await app.inject({
          method: "POST",
          url: `/api/assemblies/${assemblyId}/checkins`,
          headers,
          payload: { registrationId: ids.get(person.documentNumber), desk: desk.label },
        });
        const markMs = performance.now() - started;
        if (marked.statusCode !== 200 || marked.json().outcome !== "checked_in") {
          throw new Error(`mark: ${marked.statusCode} ${marked.body}`);
        }
        if (round >= WARMUP_ROUNDS) {
          lookups.push(lookupMs);
          marks.push(markMs);
        }
        await think();
      }
    }),
  );
  await app.close();
  await database.close();
  return [
    { name: "checkin.lookup_p95_ms", value: p95(lookups), unit: "ms" },
    { name: "checkin.mark_p95_ms", value: p95(marks), unit: "ms" },
  ];
}
