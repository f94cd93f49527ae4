import { mkdir, rmdir } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { generateDemoPeople } from "../src/domain/demo/people";
import { ARAUCA } from "../src/domain/demo/regions";
import { expect } from "./fixtures";

/** What the journeys share about the demo day the e2e server seeds. */
export const LEGEND =
  "Esta actividad se realiza en el marco del Convenio número 002 de 2023, suscrito entre la Unidad Solidaria y la UNAD";

/** The demo seed's people: the same generator and seed as src/server/demo/seed.ts. */
export const DEMO_PEOPLE = generateDemoPeople({
  region: ARAUCA,
  count: 500,
  seed: 18112023,
  assemblyDate: "2023-11-18",
}).people;

/** The demo assembly's id, read with the request context's session. */
export async function demoAssemblyId(request: APIRequestContext): Promise<string> {
  const assemblies = (await (await request.get("/api/assemblies")).json()) as { id: string; name: string }[];
  return assemblies.find((a) => a.name.endsWith("PIT Arauca"))!.id;
}

/** The signed-in staff member's API calls, with the session's CSRF token. */
export async function staffApi(request: APIRequestContext) {
  const { csrfToken } = (await (await request.get("/api/auth/session")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": csrfToken };
  return {
    post: (url: string, data: unknown) => request.post(url, { data, headers }),
    get: (url: string) => request.get(url),
  };
}
export type StaffApi = Awaited<ReturnType<typeof staffApi>>;

export interface Subtable {
  id: string;
  label: string;
  joinCode: string | null;
}

/** The demo's tables and sub-tables, allocating the 500 people when no journey did yet. */
export async function demoAllocation(api: StaffApi, assemblyId: string) {
  type Allocation = { run: unknown; tables: { id: string; subtables: Subtable[] }[] };
  const current = (await (await api.get(`/api/assemblies/${assemblyId}/allocation`)).json()) as Allocation;
  if (current.run) return current;
  const saved = await api.post(`/api/assemblies/${assemblyId}/allocation`, {
    source: "registered",
    subtableSize: 20,
    seed: 7,
  });
  expect(saved.status()).toBe(201);
  return (await saved.json()) as Allocation;
}

/**
 * Journeys that allocate the demo or write on its sub-tables run one at a time: a directory made
 * atomically is the lock, shared by the test workers of one e2e server.
 */
export async function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const lock = `.tmp/e2e-allocation-${process.env.E2E_PORT ?? 4173}.lock`;
  await mkdir(".tmp", { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(lock);
  }
}
