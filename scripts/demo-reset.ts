// `npm run demo:reset`: empties the database (embedded or DATABASE_URL) and seeds the demo day again.
import { join } from "node:path";
import { readConfig } from "../src/server/config";
import { openDatabase } from "../src/server/db/client";
import { migrate } from "../src/server/db/migrate";
import { seedDemoIfEmpty } from "../src/server/demo/seed";

const config = readConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : join(config.dataDir, "pg"),
});
await database.withSession(async (exec) => {
  await exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
});
await migrate(database);
const demo = await seedDemoIfEmpty(database.db);
await database.close();
console.log("Demo reiniciada: PIT Arauca con 500 inscripciones.");
if (demo)
  for (const login of demo.logins)
    console.log(`  ${login.role.padEnd(18)} ${login.email}  (${demo.password})`);
