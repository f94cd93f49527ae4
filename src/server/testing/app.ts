import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Role } from "../../shared/roles";
import { buildApp } from "../app";
import { hashPassword } from "../auth/password";
import type { Database } from "../db/client";
import { userScopes, users } from "../db/schema";
import { resetDatabase, testDatabase } from "./database";

export interface TestContext {
  app: FastifyInstance;
  database: Database;
}

let current: TestContext | null = null;
/** Uploaded files of this worker's tests: a temporary directory, never the working tree. */
const testDataDir = mkdtempSync(join(tmpdir(), "minga-test-"));

/** The app on the worker's database, emptied: call in beforeEach. */
export async function freshApp(): Promise<TestContext> {
  const database = await testDatabase();
  if (current) await current.app.close();
  await resetDatabase(database);
  const app = await buildApp({ database, config: { loginRateLimit: 1000, dataDir: testDataDir } });
  await app.ready();
  current = { app, database };
  return current;
}

const passwordHash = hashPassword("contrasena-de-prueba");

export interface Scopes {
  agreementId?: string;
  assemblyId?: string;
  tableId?: string;
}

/** A signed-in staff member: requests carry their cookie and CSRF token. */
export interface Client {
  userId: string;
  /** The Cookie header value, for WebSocket upgrades. */
  cookie: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function signIn(ctx: TestContext, role: Role, scopes: Scopes = {}): Promise<Client> {
  counter += 1;
  const email = `${role}.${counter}@prueba.co`;
  const [user] = await ctx.database.db
    .insert(users)
    .values({ email, name: `${role} ${counter}`, role, passwordHash: await passwordHash })
    .returning({ id: users.id });
  if (Object.keys(scopes).length)
    await ctx.database.db.insert(userScopes).values({ userId: user!.id, ...scopes });
  const login = await ctx.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: "contrasena-de-prueba" },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const cookie = login.cookies.find((c) => c.name === "minga_session")!;
  const csrf = login.json().csrfToken as string;
  const request = (options: InjectOptions) =>
    ctx.app.inject({
      ...options,
      cookies: { minga_session: cookie.value },
      headers: { "x-csrf-token": csrf, ...options.headers },
    });
  return {
    userId: user!.id,
    cookie: `minga_session=${cookie.value}`,
    request,
    get: (url) => request({ method: "GET", url }),
    post: (url, body) => request({ method: "POST", url, payload: body as InjectOptions["payload"] }),
    put: (url, body) => request({ method: "PUT", url, payload: body as InjectOptions["payload"] }),
    patch: (url, body) => request({ method: "PATCH", url, payload: body as InjectOptions["payload"] }),
    delete: (url) => request({ method: "DELETE", url }),
  };
}
