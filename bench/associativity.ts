// Associativity quality and speed, on the real SQL and scoring (embedded PGlite):
// - precision@5 and recall@10 over the labelled needs of bench/data/associativity-eval.json, each region's
//   assembly seeded with the demo generator's participants (so organisations go through the de-duplication);
// - p95 latency of the suggestions for one need among ~3,500 organisations (a national year: the demo
//   generator across many seeds, all in one assembly's registry, the worst case for one query).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { generateDemoPeople } from "../src/domain/demo/people";
import { ARAUCA, NARINO_COSTA, type RegionProfile } from "../src/domain/demo/regions";
import type { PersonData } from "../src/domain/registration/person";
import { type Database, openDatabase, selectRows } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrate";
import { ensureNationalAxes } from "../src/server/demo/reference-data";
import { insertPeople } from "../src/server/demo/seed";
import { ensureRegistry } from "../src/server/routes/associativity/registry";
import { loadSuggestionContext, suggest } from "../src/server/routes/associativity/suggest";
import { storeAgreement, storeAssembly } from "../src/server/testing/store-fixtures";
import { DEFAULT_PARTNER_LEGEND } from "../src/shared/schemas/agreement";
import { type Measure, percentile, round } from "./measure";

interface EvalRegion {
  key: string;
  seed: number;
  participants: number;
  assemblyDate: string;
  municipalityCode: string;
}

interface EvalNeed {
  id: string;
  region: string;
  axis: string;
  text: string;
  relevant: string[];
}

interface EvalSet {
  regions: EvalRegion[];
  needs: EvalNeed[];
}

const REGIONS: Record<string, RegionProfile> = { arauca: ARAUCA, narino_costa: NARINO_COSTA };
const NATIONAL_ORGANIZATIONS = 3500;

function loadEvalSet(): EvalSet {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, "data", "associativity-eval.json"), "utf8"),
  ) as EvalSet;
}

async function newAssembly(
  database: Database,
  region: RegionProfile,
  name: string,
  municipalityCode: string,
  date: string,
) {
  return database.db.transaction(async (tx) => {
    const agreementId = await storeAgreement(tx, {
      number: String(Math.floor(Math.random() * 900_000) + 100),
      legend: DEFAULT_PARTNER_LEGEND("002", 2023, "UNAD"),
    });
    return storeAssembly(tx, agreementId, {
      name,
      departmentCode: region.departmentCode,
      municipalityCode,
      date,
    });
  });
}

async function seedPeople(database: Database, assemblyId: string, people: PersonData[]): Promise<void> {
  await database.db.transaction((tx) => insertPeople(tx, assemblyId, people, "demo"));
}

/** Mean precision@5 and recall@10 of the suggestions against the labels, and each need's top 5 for reading. */
async function evaluate(database: Database, evalSet = loadEvalSet()) {
  const assemblies = new Map<string, string>();
  for (const region of evalSet.regions) {
    const profile = REGIONS[region.key];
    if (!profile) throw new Error(`Unknown region ${region.key}`);
    const assemblyId = await newAssembly(
      database,
      profile,
      `Evaluación ${profile.name}`,
      region.municipalityCode,
      region.assemblyDate,
    );
    const { people } = generateDemoPeople({
      region: profile,
      count: region.participants,
      seed: region.seed,
      assemblyDate: region.assemblyDate,
    });
    await seedPeople(database, assemblyId, people);
    assemblies.set(region.key, assemblyId);
  }

  const results = [];
  for (const need of evalSet.needs) {
    const assemblyId = assemblies.get(need.region)!;
    const context = await loadSuggestionContext(database.db, assemblyId, "es");
    const found = await suggest(
      database.db,
      context,
      { text: need.text, axisCode: need.axis, cooperating: [], subtableId: null },
      10,
    );
    const names = found.map((s) => s.organization.name);
    const relevant = new Set(need.relevant);
    const hits = (k: number) => names.slice(0, k).filter((name) => relevant.has(name)).length;
    results.push({
      id: need.id,
      precisionAt5: hits(5) / 5,
      recallAt10: hits(10) / relevant.size,
      top5: names.slice(0, 5),
    });
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    precisionAt5: mean(results.map((r) => r.precisionAt5)),
    recallAt10: mean(results.map((r) => r.recallAt10)),
    results,
  };
}

/** Seeds that make about NATIONAL_ORGANIZATIONS distinct organisations (about 50 each once de-duplicated). */
const FIRST_SEEDS = 70;

/** An assembly holding a national year's organisations, from the demo generator over many seeds. */
async function nationalYear(database: Database): Promise<{ assemblyId: string; organizations: number }> {
  const assemblyId = await newAssembly(database, ARAUCA, "Año nacional", "81001", "2023-11-18");
  const documents = new Set<string>();
  let organizations = 0;
  let seed = 0;
  while (organizations < NATIONAL_ORGANIZATIONS) {
    for (const last = seed === 0 ? FIRST_SEEDS : seed + 5; seed < last; ) {
      seed += 1;
      const region = seed % 2 === 0 ? ARAUCA : NARINO_COSTA;
      const { people } = generateDemoPeople({ region, count: 500, seed, assemblyDate: "2023-11-18" });
      const fresh = people.filter((p) => !documents.has(`${p.documentType}${p.documentNumber}`));
      for (const p of fresh) documents.add(`${p.documentType}${p.documentNumber}`);
      await seedPeople(database, assemblyId, fresh);
    }
    await ensureRegistry(database.db, assemblyId);
    const [row] = await selectRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM organizations WHERE assembly_id = ${assemblyId}`,
    );
    organizations = row?.n ?? 0;
  }
  // What autovacuum does on a server: the bulk load leaves dead rows and stale statistics behind.
  await database.withSession((exec) => exec("VACUUM ANALYZE"));
  return { assemblyId, organizations };
}

export async function run(): Promise<Measure[]> {
  const database = await openDatabase({});
  try {
    await migrate(database);
    await ensureNationalAxes(database.db);
    const quality = await evaluate(database);

    const { assemblyId, organizations } = await nationalYear(database);
    const evalSet = loadEvalSet();
    const latencies: number[] = [];
    for (let round_ = 0; round_ < 4; round_++) {
      for (const need of evalSet.needs) {
        const started = performance.now();
        const context = await loadSuggestionContext(database.db, assemblyId, "es");
        await suggest(
          database.db,
          context,
          { text: need.text, axisCode: need.axis, cooperating: [], subtableId: null },
          5,
        );
        // The first round warms the caches, as the first phones of the day do.
        if (round_ > 0) latencies.push(performance.now() - started);
      }
    }
    return [
      { name: "associativity.precision_at_5", value: round(quality.precisionAt5, 3), unit: "ratio" },
      { name: "associativity.recall_at_10", value: round(quality.recallAt10, 3), unit: "ratio" },
      { name: "associativity.suggest_p95_ms", value: round(percentile(latencies, 95)), unit: "ms" },
      { name: "associativity.suggest_organizations", value: organizations, unit: "count" },
    ];
  } finally {
    await database.close();
  }
}
