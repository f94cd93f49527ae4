// The server Playwright talks to: the built app on a fresh demo data directory.
import { rmSync } from "node:fs";

const dataDir = process.env.MINGA_DATA_DIR;
if (!dataDir) throw new Error("MINGA_DATA_DIR must be set for the e2e server");
rmSync(dataDir, { recursive: true, force: true });
await import("../dist/server/main.js");
