// Momento 4 under the day's load: 25 sub-table phones each saving a piece every 2 s while 600 live views
// (phones and screens) are connected, against the built server listening on 127.0.0.1 in its own process.
// Measures how long a write takes and how long until its event has reached every viewer; and how much
// JavaScript the sub-table capture page loads (gzip), from the build's manifest.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import WebSocket from "ws";
import { type Measure, percentile, round } from "./measure";

const WRITERS = 25;
const VIEWERS = 600;
const PERIOD_MS = 2000;
const RUN_MS = 20_000;
/** A write whose event has not reached every viewer by then counts as this late. */
const DELIVERY_TIMEOUT_MS = 10_000;
const CAPTURE_SCREEN = "src/client/features/puzzle/CaptureScreen.tsx";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startServer(port: number, dataDir: string) {
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", MINGA_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (child.exitCode !== null) throw new Error("the server exited during start");
    await sleep(50);
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { base, stop };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${(await response.text()).slice(0, 200)}`);
  return (await response.json()) as T;
}

/** The operator signs in and allocates the demo's 500 people: 5 tables × 5 sub-tables, each with its code. */
async function prepare(base: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "operador@minga.demo", password: "minga-demo-2023" }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith("minga_session="))!
    .split(";")[0]!;
  const { csrfToken } = await json<{ csrfToken: string }>(login);
  const [assembly] = await json<{ id: string }[]>(
    await fetch(`${base}/api/assemblies`, { headers: { cookie } }),
  );
  const allocation = await json<{ tables: { subtables: { id: string; joinCode: string }[] }[] }>(
    await fetch(`${base}/api/assemblies/${assembly!.id}/allocation`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: JSON.stringify({ source: "registered", subtableSize: 20, seed: 1 }),
    }),
  );
  const subtables = allocation.tables.flatMap((t) => t.subtables).slice(0, WRITERS);
  const writers = [];
  for (const subtable of subtables) {
    const joined = await json<{ token: string }>(
      await fetch(`${base}/api/join`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: subtable.joinCode }),
      }),
    );
    writers.push({ subtableId: subtable.id, token: joined.token });
  }
  return { assemblyId: assembly!.id, cookie, writers };
}

interface Delivery {
  ackAt: number | null;
  received: number;
  lastAt: number;
}

/** 600 live views on the assembly; each saved piece's event is counted per change id as it arrives. */
async function connectViewers(
  base: string,
  assemblyId: string,
  cookie: string,
  deliveries: Map<string, Delivery>,
) {
  const url = `${base.replace("http", "ws")}/api/live?assembly=${assemblyId}`;
  const sockets: WebSocket[] = [];
  for (let start = 0; start < VIEWERS; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, VIEWERS - start) }, () => {
        const socket = new WebSocket(url, { headers: { cookie } });
        sockets.push(socket);
        return new Promise<void>((resolve, reject) => {
          socket.once("error", reject);
          socket.on("message", (raw) => {
            const message = JSON.parse(raw.toString()) as {
              type: string;
              event?: { type: string; payload: { changeId?: string } };
            };
            if (message.type === "hello") resolve();
            const changeId =
              message.event?.type === "puzzle.piece_saved" ? message.event.payload.changeId : undefined;
            if (!changeId) return;
            const delivery = deliveries.get(changeId) ?? { ackAt: null, received: 0, lastAt: 0 };
            delivery.received += 1;
            delivery.lastAt = performance.now();
            deliveries.set(changeId, delivery);
          });
        });
      }),
    );
  }
  return sockets;
}

/** One phone: a need created, then edited every 2 s (each save a change with the version it edits). */
async function writer(
  base: string,
  who: { subtableId: string; token: string },
  delayMs: number,
  until: number,
  deliveries: Map<string, Delivery>,
  writes: number[],
) {
  await sleep(delayMs);
  const pieceId = randomUUID();
  let version = 0;
  while (performance.now() < until) {
    const changeId = randomUUID();
    const started = performance.now();
    const response = await fetch(`${base}/api/puzzle/subtables/${who.subtableId}/changes`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-join-token": who.token },
      body: JSON.stringify({
        changeId,
        kind: "need.save",
        pieceId,
        baseVersion: version,
        data: {
          title: `Necesidad ${version + 1}`,
          description: "Acceso a crédito blando para el cacao",
          affectedGroups: ["campesinos"],
        },
      }),
    });
    const answer = await json<{ piece: { version: number } }>(response);
    const ackAt = performance.now();
    writes.push(ackAt - started);
    version = answer.piece.version;
    const delivery = deliveries.get(changeId) ?? { ackAt: null, received: 0, lastAt: 0 };
    delivery.ackAt = ackAt;
    deliveries.set(changeId, delivery);
    await sleep(Math.max(0, started + PERIOD_MS - performance.now()));
  }
}

/** Gzip bytes of the JavaScript the capture route loads: the entry, the route's chunk and their static imports. */
export function captureJsGzipKb(clientDir = "dist/client"): number {
  type Chunk = { file: string; src?: string; isEntry?: boolean; imports?: string[] };
  const manifest = JSON.parse(readFileSync(join(clientDir, ".vite", "manifest.json"), "utf8")) as Record<
    string,
    Chunk
  >;
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) walk(imported);
  };
  for (const [key, chunk] of Object.entries(manifest))
    if (chunk.isEntry || chunk.src === CAPTURE_SCREEN) walk(key);
  if (![...seen].some((key) => manifest[key]!.src === CAPTURE_SCREEN))
    throw new Error("the capture screen is not in the build");
  let bytes = 0;
  for (const key of seen) {
    const file = manifest[key]!.file;
    if (file.endsWith(".js")) bytes += gzipSync(readFileSync(join(clientDir, file)), { level: 9 }).length;
  }
  return bytes / 1024;
}

export async function run(): Promise<Measure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "minga-bench-puzzle-"));
  const server = await startServer(await freePort(), dataDir);
  const sockets: WebSocket[] = [];
  try {
    const { assemblyId, cookie, writers } = await prepare(server.base);
    const deliveries = new Map<string, Delivery>();
    sockets.push(...(await connectViewers(server.base, assemblyId, cookie, deliveries)));
    const writes: number[] = [];
    const until = performance.now() + RUN_MS;
    await Promise.all(
      writers.map((w, i) => writer(server.base, w, (i * PERIOD_MS) / WRITERS, until, deliveries, writes)),
    );
    const settle = performance.now() + DELIVERY_TIMEOUT_MS;
    while ([...deliveries.values()].some((d) => d.received < VIEWERS) && performance.now() < settle)
      await sleep(50);

    const fanout = [...deliveries.values()]
      .filter((d) => d.ackAt !== null)
      .map((d) => (d.received < VIEWERS ? DELIVERY_TIMEOUT_MS : Math.max(0, d.lastAt - d.ackAt!)));
    const incomplete = [...deliveries.values()].filter((d) => d.received < VIEWERS).length;
    return [
      { name: "puzzle.fanout_p95_ms", value: round(percentile(fanout, 95)), unit: "ms" },
      { name: "puzzle.write_p95_ms", value: round(percentile(writes, 95)), unit: "ms" },
      { name: "puzzle.writes", value: writes.length, unit: "count" },
      {
        name: "puzzle.events_delivered",
        value: [...deliveries.values()].reduce((sum, d) => sum + d.received, 0),
        unit: "count",
      },
      { name: "puzzle.writes_not_delivered_to_all", value: incomplete, unit: "count" },
      { name: "client.capture_js_gzip_kb", value: round(captureJsGzipKb()), unit: "KB" },
    ];
  } finally {
    for (const socket of sockets) socket.terminate();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
