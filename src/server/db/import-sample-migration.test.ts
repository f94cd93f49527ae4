import { afterAll, describe, expect, it } from "vitest";
import { storeAgreement, storeAssembly } from "../testing/store-fixtures";
import { type Database, openDatabase, selectRows } from "./client";
import { loadMigrations, migrate } from "./migrate";

// Migration 0011 keeps each import's first rows beside the file: jobs uploaded before it get theirs from
// the file they kept. A database of its own at 0010 (embedded; the SQL is the same on the server).
describe.skipIf(Boolean(process.env.DATABASE_URL))("migration 0011_import_sample", () => {
  let database: Database | undefined;
  afterAll(() => database?.close());

  it("fills the sample of earlier jobs with their first non-blank rows", async () => {
    database = await openDatabase({});
    const migrations = loadMigrations();
    await migrate(
      database,
      migrations.filter((m) => m.version < "0011"),
    );
    const agreementId = await storeAgreement(database.db);
    const assemblyId = await storeAssembly(database.db, agreementId);
    const rows = [
      ["", ""],
      ["CC", "1"],
      ["", ""],
      ["TI", "2"],
      ["CE", "3"],
      ["PPT", "4"],
    ];
    await selectRows(
      database.db,
      `INSERT INTO import_jobs (assembly_id, file_name, header_row, headers, rows, total)
       VALUES ('${assemblyId}', 'lista.xlsx', 1, '["Tipo","Número"]', '${JSON.stringify(rows)}', 4)`,
    );
    await migrate(database, migrations);
    const [job] = await selectRows<{ sample: string[][] }>(database.db, "SELECT sample FROM import_jobs");
    expect(job!.sample).toEqual([
      ["CC", "1"],
      ["TI", "2"],
      ["CE", "3"],
    ]);
  }, 60_000);
});
