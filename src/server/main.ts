import { mkdirSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { buildApp } from "./app";
import { readConfig } from "./config";
import { openDatabase } from "./db/client";
import { migrate } from "./db/migrate";
import { ensureNationalAxes } from "./demo/reference-data";
import { seedDemoIfEmpty } from "./demo/seed";
import { CLIENT_DIST_DIR } from "./paths";
import { recoverImports } from "./registration/import/job";

const config = readConfig();
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : join(config.dataDir, "pg"),
});
await migrate(database);
const demo = config.seedDemo ? await seedDemoIfEmpty(database.db) : null;
if (!config.seedDemo) await ensureNationalAxes(database.db);
const app = await buildApp({
  database,
  logger: process.env.MINGA_LOG === "1",
  config: { clientDir: CLIENT_DIST_DIR, dataDir: config.dataDir, loginRateLimit: config.loginRateLimit },
});
await app.listen({ port: config.port, host: config.host });
const resumed = await recoverImports(database.db, (error) => app.log.error(error));
if (resumed.length) console.log(`Importaciones reanudadas tras un corte: ${resumed.length}.`);

const lanUrls = Object.values(networkInterfaces())
  .flat()
  .filter((net) => net && net.family === "IPv4" && !net.internal)
  .map((net) => `http://${net!.address}:${config.port}`);
console.log(
  `\nMinga está lista (${database.kind === "pglite" ? `base embebida en ${config.dataDir}` : "PostgreSQL"}).`,
);
console.log(`  Local:      http://localhost:${config.port}`);
for (const url of lanUrls) console.log(`  Red local:  ${url}   (teléfonos en el mismo Wi-Fi)`);
if (demo) {
  console.log(`\nAccesos de demostración (contraseña para todos: ${demo.password}):`);
  for (const login of demo.logins) console.log(`  ${login.role.padEnd(18)} ${login.email}`);
}

// A clean stop closes PGlite so its data directory is consistent on the next start.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    process.exit(0);
  });
}
