import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type Measure, percentile, round } from "./measure";

const PORT = 4390;
const base = `http://127.0.0.1:${PORT}`;

/** Starts the built server on a data dir; resolves with the ms until /api/health answers 200. */
async function startServer(dataDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", MINGA_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: "ignore",
  });
  for (;;) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null) throw new Error("server exited during start");
    await sleep(20);
  }
  const readyMs = performance.now() - started;
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { readyMs, stop };
}

async function login(): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "operador@minga.demo", password: "minga-demo-2023" }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("minga_session="))!;
  return cookie.split(";")[0]!;
}

/**
 * 50 concurrent clients reading the demo assembly with its agenda for 10 s, each on its own kept-alive
 * connection, as a phone's browser keeps one. The clients use node:http: `fetch` (undici) costs ~400 µs of
 * CPU per request on the same two cores as the server, which made the load generator, not the server, the
 * bottleneck being measured.
 */
async function readLoad(cookie: string): Promise<number[]> {
  const assemblies = (await (await fetch(`${base}/api/assemblies`, { headers: { cookie } })).json()) as {
    id: string;
  }[];
  const path = `/api/assemblies/${assemblies[0]!.id}`;
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const read = () =>
    new Promise<void>((resolve, reject) => {
      get({ host: "127.0.0.1", port: PORT, path, agent, headers: { cookie } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`GET ${path}: ${response.statusCode}`));
        response.resume();
        response.on("end", resolve);
        response.on("error", reject);
      }).on("error", reject);
    });
  const latencies: number[] = [];
  const until = performance.now() + 10_000;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await read();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  agent.destroy();
  return latencies;
}

export async function run(): Promise<Measure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "minga-bench-"));
  try {
    const first = await startServer(dataDir); // seeds the demo
    await first.stop();
    const second = await startServer(dataDir);
    const cookie = await login();
    const latencies = await readLoad(cookie);
    await second.stop();
    return [
      { name: "startup.ready_ms", value: round(second.readyMs), unit: "ms" },
      { name: "api.read_p95_ms", value: round(percentile(latencies, 95)), unit: "ms" },
      { name: "api.read_requests", value: latencies.length, unit: "count" },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
