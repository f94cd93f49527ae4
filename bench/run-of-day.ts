// The run of the day under load: one-tap clock actions from the console while the plenary screen re-reads
// its state after every event (check-ins arriving, as at 8:00), the systematisation PDF, and the pure clock.

import { performance } from "node:perf_hooks";
import { agendaClock, applyClockAction, type BlockRuns } from "../src/domain/agenda/clock";
import { generateDemoPeople } from "../src/domain/demo/people";
import { ARAUCA } from "../src/domain/demo/regions";
import { buildApp } from "../src/server/app";
import { hashPassword } from "../src/server/auth/password";
import { createSession } from "../src/server/auth/sessions";
import { openDatabase } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrate";
import { checkIns, registrations, userScopes, users } from "../src/server/db/schema";
import { ensureNationalAxes } from "../src/server/demo/reference-data";
import { insertPeople } from "../src/server/demo/seed";
import { storeAgreement, storeAssembly } from "../src/server/testing/store-fixtures";
import { type Measure, percentile, round } from "./measure";

const TAPS = 60;
const SCREEN_READS = 200;
const CLOCK_RUNS = 20_000;

async function timed(work: () => Promise<{ statusCode: number; body: string }>): Promise<number> {
  const started = performance.now();
  const response = await work();
  const elapsed = performance.now() - started;
  if (response.statusCode >= 300) throw new Error(`${response.statusCode} ${response.body.slice(0, 200)}`);
  return elapsed;
}

export async function run(): Promise<Measure[]> {
  const database = await openDatabase({});
  await migrate(database);
  const db = database.db;
  await ensureNationalAxes(db);
  const agreementId = await storeAgreement(db);
  const assemblyId = await storeAssembly(db, agreementId);
  const { people } = generateDemoPeople({
    region: ARAUCA,
    count: 500,
    seed: 18112023,
    assemblyDate: "2023-11-18",
  });
  await insertPeople(db, assemblyId, people, "import");
  const present = await db.select({ id: registrations.id }).from(registrations).limit(400);
  await db.insert(checkIns).values(present.map((r) => ({ assemblyId, registrationId: r.id, desk: "1" })));

  const app = await buildApp({ database });
  await app.ready();
  const [user] = await db
    .insert(users)
    .values({
      email: "operador@carga.co",
      name: "Operador",
      role: "partner_operator",
      passwordHash: await hashPassword("x-carga-x"),
    })
    .returning({ id: users.id });
  await db.insert(userScopes).values({ userId: user!.id, agreementId });
  const session = await createSession(db, user!.id);
  const headers = { cookie: `minga_session=${session.token}`, "x-csrf-token": session.csrfToken };
  const { screenKey } = (
    await app.inject({ method: "GET", url: `/api/assemblies/${assemblyId}/projector`, headers })
  ).json();

  // Taps and screen reads interleave, as the console and the projector do on the day.
  const taps: number[] = [];
  const reads: number[] = [];
  const tapping = (async () => {
    for (let i = 0; i < TAPS; i++) {
      taps.push(
        await timed(() =>
          app.inject({ method: "POST", url: `/api/assemblies/${assemblyId}/run-of-day/advance`, headers }),
        ),
      );
      if (i % 12 === 11) {
        // The day over, it starts again: every block back to pending.
        const blocks = (
          await app.inject({ method: "GET", url: `/api/assemblies/${assemblyId}/run-of-day`, headers })
        ).json().blocks;
        for (const block of blocks) {
          await app.inject({
            method: "POST",
            url: `/api/assemblies/${assemblyId}/run-of-day/blocks/${block.id}/reset`,
            headers,
          });
        }
      }
    }
  })();
  const reading = (async () => {
    for (let i = 0; i < SCREEN_READS; i++) {
      reads.push(
        await timed(() =>
          app.inject({ method: "GET", url: `/api/projector/${assemblyId}?key=${screenKey}` }),
        ),
      );
    }
  })();
  await Promise.all([tapping, reading]);

  const url = `/api/assemblies/${assemblyId}/experiences`;
  for (const n of [1, 2, 3]) {
    const page = (
      await app.inject({
        method: "POST",
        url,
        headers,
        payload: { organization: `Asociación cacaotera ${n}`, municipalityCode: "81736" },
      })
    ).json();
    const id = page.experiences.at(-1).id;
    await app.inject({
      method: "PUT",
      url: `${url}/${id}/systematisation`,
      headers,
      payload: {
        contributions: "Aporte al trabajo en red. ".repeat(120),
        learnings: "Aprendizaje. ".repeat(120),
        criteria: ["Valor agregado"],
      },
    });
  }
  const pdfs: number[] = [];
  for (let i = 0; i < 10; i++)
    pdfs.push(await timed(() => app.inject({ method: "GET", url: `${url}/systematisation.pdf`, headers })));
  await app.close();
  await database.close();

  // The pure clock on a 40-block day with half of it held.
  const blocks = Array.from({ length: 40 }, (_, i) => ({
    id: `b${i}`,
    startMinute: 420 + i * 20,
    endMinute: 440 + i * 20,
  }));
  let runs: BlockRuns = {};
  for (let i = 0; i < 20; i++) runs = applyClockAction(blocks, runs, { type: "advance" }, 425 + i * 21);
  const started = performance.now();
  for (let i = 0; i < CLOCK_RUNS; i++) agendaClock(blocks, runs, 800 + (i % 60));
  const clockUs = ((performance.now() - started) * 1000) / CLOCK_RUNS;

  return [
    { name: "runofday.tap_p95_ms", value: round(percentile(taps, 95), 2), unit: "ms" },
    { name: "runofday.projector_screen_p95_ms", value: round(percentile(reads, 95), 2), unit: "ms" },
    { name: "runofday.systematisation_pdf_p95_ms", value: round(percentile(pdfs, 95), 2), unit: "ms" },
    { name: "runofday.clock_40_blocks_us", value: round(clockUs, 2), unit: "µs" },
  ];
}
