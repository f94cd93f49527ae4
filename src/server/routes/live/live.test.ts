import { beforeEach, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import type { LiveMessage } from "../../../shared/schemas/live";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

/** Collects a socket's messages; `next(predicate)` waits for the first one that matches. */
function collect(socket: WebSocket) {
  const messages: LiveMessage[] = [];
  const waiters: { test: (m: LiveMessage) => boolean; resolve: (m: LiveMessage) => void }[] = [];
  socket.on("message", (raw) => {
    const message = JSON.parse(raw.toString()) as LiveMessage;
    messages.push(message);
    for (const waiter of waiters.splice(0)) {
      if (waiter.test(message)) waiter.resolve(message);
      else waiters.push(waiter);
    }
  });
  return {
    messages,
    next: (test: (m: LiveMessage) => boolean) =>
      new Promise<LiveMessage>((resolve, reject) => {
        const found = messages.find(test);
        if (found) return resolve(found);
        waiters.push({ test, resolve });
        setTimeout(() => reject(new Error(`no matching message in ${JSON.stringify(messages)}`)), 5000);
      }),
  };
}

/** Opens a live socket with its collector attached before the first message can arrive. */
async function connect(url: string, cookie?: string) {
  let inbox: ReturnType<typeof collect> | undefined;
  const socket = await ctx.app.injectWS(url, cookie ? { headers: { cookie } } : {}, {
    onInit: (ws) => {
      inbox = collect(ws);
    },
  });
  return { socket, inbox: inbox! };
}

describe("live events over WebSocket", () => {
  it("catches up from `since`, then streams new events once each", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const assembly = await createAssembly(operator, await createAgreement(operator));
    const { socket, inbox } = await connect(`/api/live?assembly=${assembly.id}&since=0`, operator.cookie);
    const created = await inbox.next((m) => m.type === "event" && m.event.type === "assembly.created");
    expect(created.type).toBe("event");

    const agenda = (await operator.get(`/api/assemblies/${assembly.id}`)).json().agenda;
    await operator.put(`/api/assemblies/${assembly.id}/agenda`, { blocks: agenda });
    await ctx.app.fanout.flush();
    await inbox.next((m) => m.type === "event" && m.event.type === "agenda.updated");
    const ids = inbox.messages.flatMap((m) => (m.type === "event" ? [m.event.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    socket.terminate();
  });

  it("answers pings with the server time, for clock-offset correction", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const assembly = await createAssembly(operator, await createAgreement(operator));
    const { socket, inbox } = await connect(`/api/live?assembly=${assembly.id}`, operator.cookie);
    socket.send(JSON.stringify({ type: "ping", clientTime: 42 }));
    const pong = await inbox.next((m) => m.type === "pong");
    expect(pong).toMatchObject({ type: "pong", clientTime: 42 });
    socket.terminate();
  });

  it("denies a view without a session or key, and another convenio's staff", async () => {
    const admin = await signIn(ctx, "national_admin");
    const assembly = await createAssembly(admin, await createAgreement(admin));
    const anonymous = await connect(`/api/live?assembly=${assembly.id}`);
    await anonymous.inbox.next((m) => m.type === "denied");
    const outsider = await signIn(ctx, "partner_operator", { agreementId: await createAgreement(admin) });
    const other = await connect(`/api/live?assembly=${assembly.id}`, outsider.cookie);
    await other.inbox.next((m) => m.type === "denied");
  });
});
