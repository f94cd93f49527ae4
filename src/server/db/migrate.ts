import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIGRATIONS_DIR } from "../paths";
import { type Database, selectRows } from "./client";

export interface Migration {
  version: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: name.replace(/\.sql$/, ""), sql: readFileSync(join(dir, name), "utf8") }));
}

/**
 * Applies the migrations not yet applied, each in its own transaction, and returns the latest version.
 * Idempotent; an advisory lock keeps two servers starting on one PostgreSQL from racing.
 */
export async function migrate(database: Database, migrations = loadMigrations()): Promise<string> {
  await database.withSession(async (exec) => {
    await exec("SELECT pg_advisory_lock(7412001);");
    try {
      await exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      );`);
      const applied = new Set((await appliedVersions(database)).map((row) => row.version));
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        try {
          await exec(
            `BEGIN;\n${migration.sql}\nINSERT INTO schema_migrations (version) VALUES ('${migration.version}');\nCOMMIT;`,
          );
        } catch (error) {
          await exec("ROLLBACK;");
          throw error;
        }
      }
    } finally {
      await exec("SELECT pg_advisory_unlock(7412001);");
    }
  });
  return migrations.at(-1)?.version ?? "none";
}

export async function appliedVersions(database: Database): Promise<{ version: string }[]> {
  return selectRows<{ version: string }>(
    database.db,
    "SELECT version FROM schema_migrations ORDER BY version",
  );
}
