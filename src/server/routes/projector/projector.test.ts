import { beforeEach, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { generateDemoPeople } from "../../../domain/demo/people";
import { ARAUCA } from "../../../domain/demo/regions";
import type { LiveMessage } from "../../../shared/schemas/live";
import { checkIns, registrations } from "../../db/schema";
import { registrationColumns } from "../../demo/seed";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { multipartBody, SAMPLE_FILES } from "../../testing/multipart";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

async function setup() {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator, { number: "002", year: 2023 });
  const assembly = await createAssembly(operator, agreementId);
  const console = (await operator.get(`/api/assemblies/${assembly.id}/projector`)).json();
  return { operator, agreementId, assembly, key: console.screenKey as string };
}

const screen = (assemblyId: string, key?: string) =>
  ctx.app.inject({
    method: "GET",
    url: `/api/projector/${assemblyId}${key === undefined ? "" : `?key=${encodeURIComponent(key)}`}`,
  });

describe("plenary projector", () => {
  it("opens with the screen key and no session; a wrong or missing key is refused", async () => {
    const { assembly, key } = await setup();
    expect(key.length).toBeGreaterThanOrEqual(20);
    const ok = await screen(assembly.id, key);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      assembly: { municipalityName: "Arauca", departmentName: "Arauca" },
      state: { view: "welcome" },
      runOfDay: { plannedEndOfDay: "16:30" },
    });
    expect(ok.json().assembly.legend).toContain("Convenio número 002 de 2023");
    for (const bad of ["clave-equivocada", undefined]) {
      const refused = await screen(assembly.id, bad);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: "runofday.screen_key" });
    }
    expect((await screen("00000000-0000-4000-8000-000000000000", key)).statusCode).toBe(404);
  });

  it("rotating the key shuts out the old link", async () => {
    const { operator, assembly, key } = await setup();
    const rotated = (await operator.post(`/api/assemblies/${assembly.id}/projector/key`)).json();
    expect(rotated.screenKey).not.toBe(key);
    expect((await screen(assembly.id, key)).statusCode).toBe(403);
    expect((await screen(assembly.id, rotated.screenKey)).statusCode).toBe(200);
  });

  it("counts attendance from active check-ins, of the registrations", async () => {
    const { assembly, key } = await setup();
    const { people } = generateDemoPeople({ region: ARAUCA, count: 3, seed: 7, assemblyDate: "2023-11-18" });
    const rows = await ctx.database.db
      .insert(registrations)
      .values(people.map((p) => registrationColumns(assembly.id, p, "test")))
      .returning({ id: registrations.id });
    await ctx.database.db.insert(checkIns).values([
      { assemblyId: assembly.id, registrationId: rows[0]!.id, desk: "1" },
      { assemblyId: assembly.id, registrationId: rows[1]!.id, desk: "1", undoneAt: new Date() },
    ]);
    expect((await screen(assembly.id, key)).json().attendance).toEqual({ present: 1, registered: 3 });
  });

  it("switches views remotely with a live event, and refuses items of another assembly", async () => {
    const { operator, agreementId, assembly, key } = await setup();
    const received: string[] = [];
    ctx.app.fanout.subscribe(assembly.id, (event) => received.push(event.type));
    const switched = await operator.put(`/api/assemblies/${assembly.id}/projector`, { view: "block" });
    expect(switched.statusCode).toBe(200);
    await ctx.app.fanout.flush();
    expect(received).toContain("projector.updated");
    expect((await screen(assembly.id, key)).json().state.view).toBe("block");

    const other = await createAssembly(operator, agreementId);
    const foreign = await operator.put(`/api/assemblies/${assembly.id}/projector`, {
      view: "puzzle",
      tableId: other.tables[0]!.id,
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json()).toMatchObject({
      code: "runofday.unknown_item",
      fields: { tableId: expect.any(String) },
    });
    const puzzle = await operator.put(`/api/assemblies/${assembly.id}/projector`, {
      view: "puzzle",
      tableId: assembly.tables[0]!.id,
    });
    expect(puzzle.statusCode).toBe(200);
    expect((await screen(assembly.id, key)).json().table.id).toBe(assembly.tables[0]!.id);

    const bad = await operator.put(`/api/assemblies/${assembly.id}/projector`, { view: "cine" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields.view).toBe("Elija qué muestra la pantalla.");
  });

  it("uploads image slides checked by content, adds video links, and serves files with the key", async () => {
    const { operator, assembly, key } = await setup();
    const upload = (name: string, type: string, bytes: Buffer) =>
      operator.request({
        method: "POST",
        url: `/api/assemblies/${assembly.id}/slides`,
        ...multipartBody({ title: "Afiche" }, { name, type, bytes }),
      });

    const png = await upload("afiche.png", "image/png", SAMPLE_FILES.png);
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({
      kind: "image",
      mimeType: "image/png",
      fileName: "afiche.png",
      position: 1,
    });
    const renamed = await upload("afiche.png", "image/png", SAMPLE_FILES.exe);
    expect(renamed.statusCode).toBe(422);
    expect(renamed.json()).toMatchObject({
      code: "material.file_type",
      fields: { file: expect.any(String) },
    });

    const video = await operator.post(`/api/assemblies/${assembly.id}/slides/links`, {
      title: "Campaña",
      url: "https://youtu.be/dQw4w9WgXcQ",
    });
    expect(video.json()).toMatchObject({ kind: "video", position: 2 });
    const badLink = await operator.post(`/api/assemblies/${assembly.id}/slides/links`, {
      url: "javascript:alert(1)",
    });
    expect(badLink.statusCode).toBe(422);
    expect(badLink.json().fields.url).toBe("Escriba un enlace completo que empiece por https://.");

    await operator.put(`/api/assemblies/${assembly.id}/slides/order`, { ids: [video.json().id] });
    await operator.put(`/api/assemblies/${assembly.id}/projector`, { view: "slide", slideId: png.json().id });
    const shown = (await screen(assembly.id, key)).json();
    expect(shown.slide).toMatchObject({ id: png.json().id, position: 2 });

    const file = await ctx.app.inject({
      method: "GET",
      url: `/api/projector/${assembly.id}/slides/${png.json().id}/file?key=${key}`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.rawPayload.equals(SAMPLE_FILES.png)).toBe(true);
    const noKey = await ctx.app.inject({
      method: "GET",
      url: `/api/projector/${assembly.id}/slides/${png.json().id}/file`,
    });
    expect(noKey.statusCode).toBe(403);

    expect((await operator.delete(`/api/assemblies/${assembly.id}/slides/${png.json().id}`)).statusCode).toBe(
      200,
    );
    const after = (await screen(assembly.id, key)).json();
    expect(after.state.slideId).toBeNull();
    expect(after.slide.id).toBe(video.json().id);
  });

  it("lets the live WebSocket in with the screen key", async () => {
    const { assembly, key } = await setup();
    const messages: LiveMessage[] = [];
    const socket: WebSocket = await ctx.app.injectWS(
      `/api/live?assembly=${assembly.id}&key=${key}`,
      {},
      {
        onInit: (ws) => ws.on("message", (raw) => messages.push(JSON.parse(raw.toString()))),
      },
    );
    await expect.poll(() => messages.map((m) => m.type)).toContain("hello");
    expect(messages.map((m) => m.type)).not.toContain("denied");
    socket.terminate();
  });
});

describe("projector scope", () => {
  it("another convenio's operator gets 404; a supervisor gets 403 on the console and its writes", async () => {
    const { agreementId, assembly } = await setup();
    const admin = await signIn(ctx, "national_admin");
    const outsider = await signIn(ctx, "partner_operator", { agreementId: await createAgreement(admin) });
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    expect((await outsider.get(`/api/assemblies/${assembly.id}/projector`)).statusCode).toBe(404);
    expect(
      (await outsider.put(`/api/assemblies/${assembly.id}/projector`, { view: "block" })).statusCode,
    ).toBe(404);
    expect((await outsider.get(`/api/projector/${assembly.id}`)).statusCode).toBe(404);
    expect(
      (await supervisor.put(`/api/assemblies/${assembly.id}/projector`, { view: "block" })).statusCode,
    ).toBe(403);
    expect(
      (
        await supervisor.post(`/api/assemblies/${assembly.id}/slides/links`, {
          url: "https://example.org/a.png",
        })
      ).statusCode,
    ).toBe(403);
    expect((await supervisor.get(`/api/projector/${assembly.id}`)).statusCode).toBe(200);
  });
});
