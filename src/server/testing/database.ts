import pg from "pg";
import { type Database, openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import { ensureNationalAxes } from "../demo/reference-data";

let shared: Promise<Database> | null = null;

/**
 * The test worker's database: embedded PGlite by default, or a database of its own on the PostgreSQL
 * server named by DATABASE_URL (CI runs the API tests both ways).
 */
export function testDatabase(): Promise<Database> {
  shared ??= open();
  return shared;
}

async function open(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const database = url ? await openDatabase({ url: await freshServerDatabase(url) }) : await openDatabase({});
  await migrate(database);
  return database;
}

async function freshServerDatabase(url: string): Promise<string> {
  const name = `minga_test_${process.env.VITEST_POOL_ID ?? "0"}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Empties every table but the migrations' bookkeeping, then puts the national axes back. */
export async function resetDatabase(database: Database): Promise<void> {
  await database.withSession(async (exec) => {
    await exec(`DO $$
      DECLARE names text;
      BEGIN
        SELECT string_agg(quote_ident(tablename), ', ') INTO names
        FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations';
        IF names IS NOT NULL THEN EXECUTE 'TRUNCATE ' || names || ' RESTART IDENTITY CASCADE'; END IF;
      END $$;`);
  });
  await ensureNationalAxes(database.db);
}
