import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";

// The real server process on an embedded data dir: killed hard, it must open again; stopped with SIGTERM,
// it must close PGlite and exit cleanly.
const dataDir = mkdtempSync(join(tmpdir(), "minga-durability-"));
const port = 4380 + Number(process.env.VITEST_POOL_ID ?? 0);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      MINGA_DATA_DIR: dataDir,
      MINGA_DEMO: "0",
      DATABASE_URL: "",
    },
    stdio: "ignore",
  });
}

async function healthy(): Promise<boolean> {
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await sleep(100);
  }
  return false;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe.skipIf(Boolean(process.env.DATABASE_URL))("embedded data dir", () => {
  it("opens again after the process is killed, and shuts down cleanly on SIGTERM", async () => {
    const first = start();
    expect(await healthy()).toBe(true);
    const killed = exited(first);
    first.kill("SIGKILL");
    await killed;

    const second = start();
    expect(await healthy()).toBe(true);
    const stopped = exited(second);
    second.kill("SIGTERM");
    expect(await stopped).toBe(0);
  }, 90_000);
});
