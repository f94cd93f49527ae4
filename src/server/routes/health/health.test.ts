import { getTableConfig } from "drizzle-orm/pg-core";
import { beforeEach, describe, expect, it } from "vitest";
import { selectRows } from "../../db/client";
import { loadMigrations, migrate } from "../../db/migrate";
import * as schema from "../../db/schema";
import { freshApp, type TestContext } from "../../testing/app";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

describe("health and OpenAPI", () => {
  it("reports the database and the latest migration", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      database: process.env.DATABASE_URL ? "postgres" : "pglite",
      migration: loadMigrations().at(-1)!.version,
    });
  });

  it("sends the security headers on every answer", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["content-security-policy"]).toContain("connect-src 'self' ws: wss:");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("serves an OpenAPI 3.1 document with every API route", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.keys(doc.paths);
    for (const path of [
      "/api/health",
      "/api/auth/login",
      "/api/agreements",
      "/api/assemblies/{id}/agenda",
      "/api/users",
    ]) {
      expect(documented).toContain(path);
    }
  });

  it("answers unknown API paths with the error shape", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/nada" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: "resource.not_found", message: "No encontramos lo que busca." });
  });
});

describe("migrations", () => {
  it("are idempotent", async () => {
    await expect(migrate(ctx.database)).resolves.toBe(loadMigrations().at(-1)!.version);
  });

  it("create every table and column of the Drizzle schema", async () => {
    const columns = await selectRows<{ table_name: string; column_name: string }>(
      ctx.database.db,
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const present = new Set(columns.map((c) => `${c.table_name}.${c.column_name}`));
    const tables = Object.values(schema).filter(
      (value) => typeof value === "object" && value !== null && Symbol.for("drizzle:IsDrizzleTable") in value,
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const config = getTableConfig(table as Parameters<typeof getTableConfig>[0]);
      for (const column of config.columns)
        expect(present, `${config.name}.${column.name}`).toContain(`${config.name}.${column.name}`);
    }
  });
});
