import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Sets the server's clock to a local time in Bogotá (UTC−5) on the seed's day. */
const setLocalTime = (clock: string) => vi.setSystemTime(new Date(`2023-11-18T${clock}:00-05:00`));

async function setup() {
  vi.useFakeTimers({ toFake: ["Date"] });
  setLocalTime("07:00");
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator);
  const assembly = await createAssembly(operator, agreementId);
  return { operator, agreementId, assembly, blocks: assembly.agenda.map((b) => b.id) };
}

type RunBlock = {
  id: string;
  status: string;
  projectedStart: string | null;
  projectedEnd: string | null;
  delayMinutes: number;
};

describe("run of the day", () => {
  it("starts the day on plan: every block pending at its planned time", async () => {
    const { operator, assembly } = await setup();
    const response = await operator.get(`/api/assemblies/${assembly.id}/run-of-day`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.blocks).toHaveLength(11);
    expect(body.blocks.every((b: RunBlock) => b.status === "pending")).toBe(true);
    expect(body.blocks[0]).toMatchObject({
      title: "Registro",
      start: "07:30",
      projectedStart: "07:30",
      projectedEnd: "08:00",
    });
    expect(body).toMatchObject({
      currentId: null,
      nextId: body.blocks[0].id,
      projectedEndOfDay: "16:30",
      plannedEndOfDay: "16:30",
    });
  });

  it("a late start shifts the projected times of every following block and the end of the day", async () => {
    const { operator, assembly, blocks } = await setup();
    setLocalTime("07:45");
    const started = await operator.post(
      `/api/assemblies/${assembly.id}/run-of-day/blocks/${blocks[0]}/start`,
    );
    expect(started.statusCode).toBe(200);
    const body = started.json();
    expect(body.currentId).toBe(blocks[0]);
    expect(body.timeLeftSeconds).toBe(30 * 60);
    const apertura = body.blocks[1] as RunBlock;
    expect(apertura).toMatchObject({
      start: "08:00",
      projectedStart: "08:15",
      projectedEnd: "08:45",
      delayMinutes: 15,
    });
    expect(body).toMatchObject({ projectedEndOfDay: "16:45", endOfDayDelayMinutes: 15 });

    setLocalTime("08:20");
    const late = (await operator.get(`/api/assemblies/${assembly.id}/run-of-day`)).json();
    expect(late).toMatchObject({
      timeLeftSeconds: 0,
      overrunSeconds: 5 * 60,
      projectedEndOfDay: "16:50",
      endOfDayDelayMinutes: 20,
    });
  });

  it("one tap each: start twice keeps the first start, advance ends and starts, skip and reset", async () => {
    const { operator, assembly, blocks } = await setup();
    const url = (blockId: string, action: string) =>
      `/api/assemblies/${assembly.id}/run-of-day/blocks/${blockId}/${action}`;
    setLocalTime("07:30");
    await operator.post(url(blocks[0]!, "start"));
    setLocalTime("07:40");
    const twice = (await operator.post(url(blocks[0]!, "start"))).json();
    expect(twice.blocks[0].startedAt).toBe("2023-11-18T12:30:00.000Z");

    setLocalTime("08:00");
    const advanced = (await operator.post(`/api/assemblies/${assembly.id}/run-of-day/advance`)).json();
    expect(advanced.blocks.slice(0, 2).map((b: RunBlock) => b.status)).toEqual(["done", "running"]);
    expect(advanced.currentId).toBe(blocks[1]);

    const skipped = (await operator.post(url(blocks[2]!, "skip"))).json();
    expect(skipped.blocks[2]).toMatchObject({ status: "skipped", projectedStart: null });
    expect(skipped.nextId).toBe(blocks[3]);

    const reset = (await operator.post(url(blocks[2]!, "reset"))).json();
    expect(reset.blocks[2].status).toBe("pending");

    setLocalTime("08:25");
    const ended = (await operator.post(url(blocks[1]!, "end"))).json();
    expect(ended.blocks[1]).toMatchObject({ status: "done", projectedEnd: "08:25" });
    expect(ended.currentId).toBeNull();
  });

  it("writes a live event for each tap that changes something, none for one that does not", async () => {
    const { operator, assembly, blocks } = await setup();
    await ctx.app.fanout.flush(); // the setup's own events are delivered before listening
    const received: { type: string; payload: unknown }[] = [];
    ctx.app.fanout.subscribe(assembly.id, (event) => received.push(event));
    await operator.post(`/api/assemblies/${assembly.id}/run-of-day/blocks/${blocks[0]}/start`);
    await operator.post(`/api/assemblies/${assembly.id}/run-of-day/blocks/${blocks[1]}/end`);
    await ctx.app.fanout.flush();
    expect(received).toEqual([
      {
        ...received[0],
        type: "runofday.updated",
        payload: { action: "start", blockId: blocks[0], changed: [blocks[0]] },
      },
    ]);
  });

  it("answers 404 for a block of another assembly and for an unknown action", async () => {
    const { operator, agreementId, assembly } = await setup();
    const other = await createAssembly(operator, agreementId);
    const foreign = await operator.post(
      `/api/assemblies/${assembly.id}/run-of-day/blocks/${other.agenda[0]!.id}/start`,
    );
    expect(foreign.statusCode).toBe(404);
    const unknown = await operator.post(
      `/api/assemblies/${assembly.id}/run-of-day/blocks/${assembly.agenda[0]!.id}/pause`,
    );
    expect(unknown.statusCode).toBe(422);
  });

  it("keeps block runs when the agenda is edited (ids are stable)", async () => {
    const { operator, assembly, blocks } = await setup();
    await operator.post(`/api/assemblies/${assembly.id}/run-of-day/blocks/${blocks[0]}/start`);
    const agenda = (await operator.get(`/api/assemblies/${assembly.id}`)).json().agenda;
    agenda[0].title = "Registro e ingreso";
    expect((await operator.put(`/api/assemblies/${assembly.id}/agenda`, { blocks: agenda })).statusCode).toBe(
      200,
    );
    const body = (await operator.get(`/api/assemblies/${assembly.id}/run-of-day`)).json();
    expect(body.blocks[0]).toMatchObject({ title: "Registro e ingreso", status: "running" });
  });
});

describe("run of the day scope", () => {
  it("another convenio's operator gets 404; a supervisor reads but gets 403 on taps", async () => {
    const { operator, agreementId, assembly, blocks } = await setup();
    const admin = await signIn(ctx, "national_admin");
    const outsider = await signIn(ctx, "partner_operator", { agreementId: await createAgreement(admin) });
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    const tap = `/api/assemblies/${assembly.id}/run-of-day/blocks/${blocks[0]}/start`;

    expect((await outsider.get(`/api/assemblies/${assembly.id}/run-of-day`)).statusCode).toBe(404);
    expect((await outsider.post(tap)).statusCode).toBe(404);
    expect((await supervisor.get(`/api/assemblies/${assembly.id}/run-of-day`)).statusCode).toBe(200);
    const refused = await supervisor.post(tap);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("auth.forbidden");
    expect((await supervisor.post(`/api/assemblies/${assembly.id}/run-of-day/advance`)).statusCode).toBe(403);
    expect((await operator.post(tap)).statusCode).toBe(200);
  });
});
