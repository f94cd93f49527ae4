// Reports on a PGlite database of 60 assemblies × 500 registrations (30,000 people, two demo regions), most of
// them checked in; a third of the assemblies repeat an earlier one's people, so "returning" has work to do.

import { sql } from "drizzle-orm";
import { generateDemoPeople } from "../src/domain/demo/people";
import { ARAUCA, NARINO_COSTA } from "../src/domain/demo/regions";
import { type Database, openDatabase } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrate";
import { ensureNationalAxes } from "../src/server/demo/reference-data";
import { insertPeople } from "../src/server/demo/seed";
import { assemblyReport, nationalReport } from "../src/server/routes/reports/store";
import { storeAgreement, storeAssembly } from "../src/server/testing/store-fixtures";
import { type Measure, round } from "./measure";

const ASSEMBLIES = 60;
const PEOPLE = 500;
const RUNS = 5;
const AGREEMENTS = 12;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median wall time and median CPU time of this process (PGlite runs in it) over RUNS runs, after a warm-up. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await work(); // warm-up: first-query planning and module loading are not the report's cost
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    await work();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Fills a migrated database with the benchmark's assemblies; returns their ids, oldest first. */
export async function fillDatabase(database: Database): Promise<string[]> {
  const { db } = database;
  await ensureNationalAxes(db);
  const assemblyIds: string[] = [];
  await db.transaction(async (tx) => {
    const agreementIds: string[] = [];
    for (let n = 0; n < AGREEMENTS; n += 1) {
      agreementIds.push(
        await storeAgreement(tx, {
          number: String(101 + n).padStart(3, "0"),
          partnerName: `Cooperante ${n + 1}`,
        }),
      );
    }
    for (let i = 0; i < ASSEMBLIES; i += 1) {
      const region = i % 2 === 0 ? ARAUCA : NARINO_COSTA;
      const agreementId = agreementIds[i % AGREEMENTS]!;
      const date = `${2023 + Math.floor(i / 30)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(10 + (i % 15)).padStart(2, "0")}`;
      const assemblyId = await storeAssembly(tx, agreementId, {
        name: `Asamblea ${i + 1} — ${region.name}`,
        departmentCode: region.departmentCode,
        municipalityCode: region.municipalities[0]!.code,
        date,
        capacity: PEOPLE,
      });
      // Assemblies 40–59 bring back the people of assemblies 0–19 (same region, later date).
      const seed = i < 40 ? i + 1 : i - 39;
      const { people } = generateDemoPeople({ region, count: PEOPLE, seed, assemblyDate: date });
      await insertPeople(tx, assemblyId, people, "demo");
      assemblyIds.push(assemblyId);
    }
    // Nine in ten come in, between 7:00 and 8:30 on the venue's clock; one in twenty of them at the desk.
    await tx.execute(sql`
        INSERT INTO check_ins (assembly_id, registration_id, at, desk, walk_in)
        SELECT r.assembly_id, r.id,
          (a.date + time '12:00') AT TIME ZONE 'UTC' + (abs(hashtext(r.document_number)) % 90) * interval '1 minute',
          'Mesa ' || (1 + abs(hashtext(r.id::text)) % 6), abs(hashtext(r.phone)) % 20 = 0
        FROM registrations r JOIN assemblies a ON a.id = r.assembly_id
        WHERE abs(hashtext(r.id::text)) % 10 <> 0`);
  });
  await database.withSession((exec) => exec("ANALYZE;"));
  return assemblyIds;
}

export async function run(): Promise<Measure[]> {
  const database = await openDatabase({});
  try {
    await migrate(database);
    const { db } = database;
    const assemblyIds = await fillDatabase(database);
    const one = assemblyIds[45]!;
    const assembly = await timed(() => assemblyReport(db, one, "es"));
    const national = await timed(() => nationalReport(db, {}, "es"));
    // CPU time too: on a busy machine the wall time mostly measures the wait for a core.
    return [
      { name: "reports.assembly_ms", value: round(assembly.wall), unit: "ms" },
      { name: "reports.national_ms", value: round(national.wall), unit: "ms" },
      { name: "reports.assembly_cpu_ms", value: round(assembly.cpu), unit: "ms" },
      { name: "reports.national_cpu_ms", value: round(national.cpu), unit: "ms" },
    ];
  } finally {
    await database.close();
  }
}
