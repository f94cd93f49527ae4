// `npm run bench`: builds, runs every benchmark module, prints one JSON line per measure. Never fails a test
// run: a module that throws prints an error line and the others still run.
import { execSync } from "node:child_process";
import type { Measure } from "./measure";

type Module = { run: () => Promise<Measure[]> };
const MODULES: Record<string, () => Promise<Module>> = {
  foundation: () => import("./foundation"),
  registration: () => import("./registration"),
  checkin: () => import("./checkin"),
  allocation: () => import("./allocation"),
  "run-of-day": () => import("./run-of-day"),
  puzzle: () => import("./puzzle"),
  plenary: () => import("./plenary"),
  reports: () => import("./reports"),
  associativity: () => import("./associativity"),
};

execSync("npm run build", { stdio: ["ignore", "ignore", "inherit"] });
const only = process.argv.slice(2);
for (const [name, load] of Object.entries(MODULES)) {
  if (only.length && !only.includes(name)) continue;
  try {
    for (const measure of await (await load()).run()) console.log(JSON.stringify(measure));
  } catch (error) {
    console.log(JSON.stringify({ name: `${name}.error`, value: Number.NaN, unit: String(error) }));
  }
}
