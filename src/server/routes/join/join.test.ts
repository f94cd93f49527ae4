import type { FastifyRequest } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import type { AllocationDto } from "../../../shared/schemas/allocation";
import { resolveSubtableCapability } from "../../allocation/capability";
import { registeredAssembly, saveAllocation } from "../../testing/allocation-fixtures";
import { freshApp, type TestContext } from "../../testing/app";
import { liveAccess } from "../live/access";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const join = (payload: Record<string, unknown>, remoteAddress = "10.0.0.1") =>
  ctx.app.inject({ method: "POST", url: "/api/join", payload, remoteAddress });

async function allocated(seed = 11) {
  const setup = await registeredAssembly(ctx, 40, seed);
  const saved = (await saveAllocation(setup.operator, setup.assemblyId)) as AllocationDto;
  const table = saved.tables.find((t) => t.subtables.length > 0)!;
  return { ...setup, table, subtable: table.subtables[0]! };
}

describe("joining a sub-table with its code", () => {
  it("a valid code, typed loosely, grants a capability for that sub-table only, by cookie or token", async () => {
    const { assemblyId, table, subtable } = await allocated();
    const code = subtable.joinCode!;
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
    const response = await join({ code: typed });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      assemblyId,
      tableId: table.id,
      subtableId: subtable.id,
      subtableLabel: subtable.label,
      tableName: table.name,
    });
    expect(body.legend).toContain("Convenio número");
    const cookie = response.cookies.find((c) => c.name === "minga_join")!;
    expect(cookie).toMatchObject({ httpOnly: true, path: "/" });
    expect(cookie.value).toBe(body.token);

    const me = await ctx.app.inject({
      method: "GET",
      url: "/api/join/me",
      cookies: { minga_join: body.token },
    });
    expect(me.json()).toMatchObject({ subtableId: subtable.id });
    expect((await ctx.app.inject({ method: "GET", url: "/api/join/me" })).json().code).toBe("join.required");

    const request = (headers: Record<string, string>, cookies: Record<string, string>) =>
      ({ headers, cookies, server: ctx.app }) as unknown as FastifyRequest;
    const expected = { assemblyId, tableId: table.id, subtableId: subtable.id };
    expect(await resolveSubtableCapability(request({ "x-join-token": body.token }, {}))).toEqual(expected);
    expect(await resolveSubtableCapability(request({}, { minga_join: body.token }))).toEqual(expected);
    expect(await resolveSubtableCapability(request({}, { minga_join: "otro" }))).toBeNull();
    // The page's own token (header) wins over a cookie left by joining another sub-table.
    expect(
      await resolveSubtableCapability(request({ "x-join-token": body.token }, { minga_join: "otro" })),
    ).toEqual(expected);
    expect(await liveAccess(ctx.database.db, assemblyId, body.token)).toBe(true);
  });

  it("refuses a revoked code, and the phones that joined with it lose their access", async () => {
    const { operator, assemblyId, subtable } = await allocated();
    const token = (await join({ code: subtable.joinCode! })).json().token as string;
    await operator.delete(`/api/subtables/${subtable.id}/join-code`);
    const refused = await join({ code: subtable.joinCode! });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({
      code: "join.invalid_code",
      message:
        "Ese código no existe o ya no es válido. Revise las letras o pida el código al líder de su mesa.",
    });
    expect(await liveAccess(ctx.database.db, assemblyId, token)).toBe(false);
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/join/me", cookies: { minga_join: token } }))
        .statusCode,
    ).toBe(401);
  });

  it("another assembly's code opens only that assembly, and is refused from this assembly's page", async () => {
    const mine = await allocated(11);
    const theirs = await allocated(12);
    const wrongPage = await join({ code: theirs.subtable.joinCode!, assemblyId: mine.assemblyId });
    expect(wrongPage.statusCode).toBe(404);
    const joined = await join({ code: theirs.subtable.joinCode! });
    expect(joined.json().assemblyId).toBe(theirs.assemblyId);
    const token = joined.json().token as string;
    expect(await liveAccess(ctx.database.db, theirs.assemblyId, token)).toBe(true);
    expect(await liveAccess(ctx.database.db, mine.assemblyId, token)).toBe(false);
  });

  it("stops an IP after 20 failed attempts in 10 minutes, while another IP still joins", async () => {
    const { subtable } = await allocated();
    for (let i = 0; i < 20; i++)
      expect((await join({ code: `ZZZZZ${"23456789ABCDEFGHJKMN"[i]}` }, "10.0.0.7")).statusCode).toBe(404);
    const blocked = await join({ code: subtable.joinCode! }, "10.0.0.7");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe("join.rate_limited");
    expect((await join({ code: subtable.joinCode! }, "10.0.0.8")).statusCode).toBe(200);
  });

  it("stops attempts on one code after 30 in 10 minutes, from any IP", async () => {
    const { subtable } = await allocated();
    for (let i = 0; i < 30; i++)
      expect((await join({ code: subtable.joinCode! }, `10.1.0.${i}`)).statusCode).toBe(200);
    expect((await join({ code: subtable.joinCode! }, "10.1.1.1")).statusCode).toBe(429);
  });
});
