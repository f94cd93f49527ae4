// `npm test`: unit and API tests (Vitest), then the browser journeys (Playwright) on a fresh build.
// Both always run; the last line sums them, and the exit code is non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { summarize } from "./test-summary.mjs";

mkdirSync(".tmp", { recursive: true });
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const vitest = run("npx", ["vitest", "run"], { MINGA_TEST_JSON: ".tmp/vitest.json" });
const build = run("npm", ["run", "build"]);
const playwright =
  build === 0 ? run("npx", ["playwright", "test"], { MINGA_E2E_JSON: ".tmp/playwright.json" }) : 1;

const { passed, failed } = summarize([".tmp/vitest.json", ".tmp/playwright.json"]);
const broken = vitest !== 0 || build !== 0 || playwright !== 0;
console.log(`${passed} passed, ${failed + (broken && failed === 0 ? 1 : 0)} failed`);
process.exit(broken ? 1 : 0);
