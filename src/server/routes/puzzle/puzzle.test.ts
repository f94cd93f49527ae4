import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import type { TableAllocationDto } from "../../../shared/schemas/allocation";
import type { LiveMessage } from "../../../shared/schemas/live";
import type {
  ChangeConflictDto,
  ImportResultDto,
  PuzzleBoardDto,
  PuzzleProgressDto,
  SubtableStateDto,
} from "../../../shared/schemas/puzzle";
import { allies, auditLog, events, puzzleNeeds, registrations } from "../../db/schema";
import { registeredAssembly, saveAllocation } from "../../testing/allocation-fixtures";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement } from "../../testing/fixtures";
import { pdfText } from "../../testing/pdf-text";
import { ensureScreen } from "../projector/screen-key";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

interface Sub {
  id: string;
  tableId: string;
  label: string;
  code: string;
}

/** An assembly of 100 people allocated into five tables, each sub-table with its join code. */
async function allocated() {
  const base = await registeredAssembly(ctx, 100);
  const saved = await saveAllocation(base.operator, base.assemblyId);
  const subs: Sub[] = saved.tables.flatMap((t: TableAllocationDto) =>
    t.subtables.map((s) => ({ id: s.id!, tableId: t.id, label: s.label, code: s.joinCode! })),
  );
  return { ...base, subs };
}

/** A sub-table leader's phone: joined with the code, it sends its token as the join header. */
async function phone(code: string) {
  const joined = await ctx.app.inject({ method: "POST", url: "/api/join", payload: { code } });
  if (joined.statusCode !== 200) throw new Error(`join: ${joined.body}`);
  const token = joined.json().token as string;
  const request = (options: InjectOptions) =>
    ctx.app.inject({ ...options, headers: { "x-join-token": token, ...options.headers } });
  return {
    token,
    get: (url: string) => request({ method: "GET", url }),
    post: (url: string, body: unknown) =>
      request({ method: "POST", url, payload: body as InjectOptions["payload"] }),
  };
}

const needChange = (data: Record<string, unknown> = {}, pieceId = randomUUID(), baseVersion = 0) => ({
  changeId: randomUUID(),
  kind: "need.save",
  pieceId,
  baseVersion,
  data: { title: "Falta de crédito para el cacao", description: "", affectedGroups: ["campesinos"], ...data },
});
const solutionChange = (
  needId: string,
  pieceId = randomUUID(),
  baseVersion = 0,
  description = "Fondo rotatorio entre cooperativas",
) => ({
  changeId: randomUUID(),
  kind: "solution.save",
  pieceId,
  baseVersion,
  data: { needId, description, cooperationForm: "trabajo_en_red", organizations: ["Coopcacao"] },
});
const planChange = (solutionId: string, due = "2024-Q2") => ({
  changeId: randomUUID(),
  kind: "planItem.save",
  pieceId: randomUUID(),
  baseVersion: 0,
  data: { solutionId, action: "Convocar a las cooperativas", owner: "Coopcacao", due, resources: "" },
});
const changesUrl = (sub: Sub) => `/api/puzzle/subtables/${sub.id}/changes`;

describe("the sub-table's phone", () => {
  it("opens its sub-table with the table's axis, its definition, no pieces yet and the timer idle", async () => {
    const { subs } = await allocated();
    const sub = subs[0]!;
    const response = await (await phone(sub.code)).get(`/api/puzzle/subtables/${sub.id}`);
    expect(response.statusCode).toBe(200);
    const state = response.json() as SubtableStateDto;
    expect(state.subtable).toMatchObject({ id: sub.id, name: sub.label });
    expect(state.table.name).toBe("Asociatividad y Trabajo en Red");
    expect(state.table.definition).toContain("objetivo en común");
    expect(state.assembly.legend).toContain("Convenio número");
    expect(state.needs).toEqual([]);
    expect(state.timer).toMatchObject({ phase: "idle", running: false });
    expect(state.durations).toEqual({ need: 15, solution: 15, plan: 20 });
  });

  it("applies a change once: the same change id sent again gets the same answer and writes nothing more", async () => {
    const { subs } = await allocated();
    const sub = subs[0]!;
    const leader = await phone(sub.code);
    const change = needChange();
    const first = await leader.post(changesUrl(sub), change);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      status: "applied",
      pieceId: change.pieceId,
      piece: { type: "need", version: 1 },
    });
    const again = await leader.post(changesUrl(sub), change);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.headers["x-minga-replayed"]).toBe("1");
    const rows = await ctx.database.db.select().from(puzzleNeeds).where(eq(puzzleNeeds.subtableId, sub.id));
    expect(rows).toHaveLength(1);
    const written = await ctx.database.db.select().from(events).where(eq(events.type, "puzzle.piece_saved"));
    expect(written).toHaveLength(1);
  });

  it("answers an edit made on a stale version with both versions, and applies nothing", async () => {
    const { subs } = await allocated();
    const sub = subs[0]!;
    const [a, b] = [await phone(sub.code), await phone(sub.code)];
    const created = needChange();
    await a.post(changesUrl(sub), created);
    const byA = await a.post(
      changesUrl(sub),
      needChange({ title: "Crédito sin fiador" }, created.pieceId, 1),
    );
    expect(byA.json().piece.version).toBe(2);

    const byB = await b.post(
      changesUrl(sub),
      needChange({ title: "Crédito con tasa justa" }, created.pieceId, 1),
    );
    expect(byB.statusCode).toBe(409);
    const body = byB.json() as ChangeConflictDto;
    expect(body.code).toBe("puzzle.conflict");
    expect(body.conflict.mine).toMatchObject({ title: "Crédito con tasa justa" });
    expect(body.conflict.theirs).toMatchObject({ type: "need", title: "Crédito sin fiador", version: 2 });
    const [row] = await ctx.database.db.select().from(puzzleNeeds).where(eq(puzzleNeeds.id, created.pieceId));
    expect(row!.title).toBe("Crédito sin fiador");

    const staleDelete = await b.post(changesUrl(sub), {
      changeId: randomUUID(),
      kind: "need.delete",
      pieceId: created.pieceId,
      baseVersion: 1,
    });
    expect(staleDelete.statusCode).toBe(409);
    const deleted = await b.post(changesUrl(sub), {
      changeId: randomUUID(),
      kind: "need.delete",
      pieceId: created.pieceId,
      baseVersion: 2,
    });
    expect(deleted.json()).toMatchObject({ status: "applied", piece: null });
    const editDeleted = await a.post(changesUrl(sub), needChange({}, created.pieceId, 2));
    expect(editDeleted.statusCode).toBe(409);
    expect((editDeleted.json() as ChangeConflictDto).conflict.theirs).toBeNull();
  });

  it("keeps one solution per need: a second one made on another phone is a conflict with the first", async () => {
    const { subs } = await allocated();
    const sub = subs[0]!;
    const [a, b] = [await phone(sub.code), await phone(sub.code)];
    const need = needChange();
    await a.post(changesUrl(sub), need);
    const first = await a.post(changesUrl(sub), solutionChange(need.pieceId));
    expect(first.statusCode).toBe(200);
    const second = await b.post(changesUrl(sub), solutionChange(need.pieceId, randomUUID(), 0, "Otra idea"));
    expect(second.statusCode).toBe(409);
    expect((second.json() as ChangeConflictDto).conflict.theirs).toMatchObject({
      type: "solution",
      id: first.json().pieceId,
    });
  });

  it("refuses a third need, a solution for an unknown need and a plan item outside 2024–2026", async () => {
    const { subs } = await allocated();
    const sub = subs[0]!;
    const leader = await phone(sub.code);
    expect((await leader.post(changesUrl(sub), needChange())).statusCode).toBe(200);
    expect(
      (await leader.post(changesUrl(sub), needChange({ title: "Formación en asociatividad" }))).statusCode,
    ).toBe(200);
    const third = await leader.post(changesUrl(sub), needChange({ title: "Una más" }));
    expect(third.statusCode).toBe(422);
    expect(third.json()).toMatchObject({
      code: "puzzle.need_limit",
      message: "Cada sub-mesa nombra una necesidad, máximo dos.",
    });

    const orphan = await leader.post(changesUrl(sub), solutionChange(randomUUID()));
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json().fields).toEqual({ "data.needId": "La necesidad de esta solución ya no existe." });

    const state = (await leader.get(`/api/puzzle/subtables/${sub.id}`)).json() as SubtableStateDto;
    const solution = await leader.post(changesUrl(sub), solutionChange(state.needs[0]!.id));
    const late = await leader.post(changesUrl(sub), planChange(solution.json().pieceId, "2027-01"));
    expect(late.statusCode).toBe(422);
    expect(late.json().fields).toEqual({ "data.due": "Debe estar entre enero de 2024 y diciembre de 2026." });
    expect(
      (await leader.post(changesUrl(sub), planChange(solution.json().pieceId, "2026-12"))).statusCode,
    ).toBe(200);
  });

  it("answers bad input with 422 and a Spanish message per field", async () => {
    const { subs } = await allocated();
    const sub = subs[0]!;
    const leader = await phone(sub.code);
    const bad = await leader.post(
      changesUrl(sub),
      needChange({ title: "x".repeat(81), affectedGroups: ["piratas"] }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toEqual({
      code: "request.invalid",
      message: "Revise los datos: hay campos con errores.",
      fields: {
        "data.title": "Máximo 80 caracteres.",
        "data.affectedGroups.0": "Elija una opción de la lista.",
      },
    });
    const empty = await leader.post(changesUrl(sub), {
      ...solutionChange(randomUUID()),
      data: { needId: randomUUID(), description: " ", cooperationForm: "", organizations: [] },
    });
    expect(empty.json().fields).toEqual({
      "data.description": "Este campo es obligatorio.",
      "data.cooperationForm": "Este campo es obligatorio.",
    });
    const shapeless = await leader.post(changesUrl(sub), { changeId: "no", kind: "need.save" });
    expect(shapeless.statusCode).toBe(422);
    expect(shapeless.json().code).toBe("request.invalid");
    expect(Object.keys(shapeless.json().fields ?? {})).not.toHaveLength(0);
  });

  it("cannot read or touch another sub-table with its code", async () => {
    const { subs } = await allocated();
    const [mine, other] = [subs[0]!, subs[1]!];
    const leader = await phone(mine.code);
    const neighbour = await phone(other.code);
    const theirs = needChange();
    await neighbour.post(changesUrl(other), theirs);

    expect((await leader.get(`/api/puzzle/subtables/${other.id}`)).statusCode).toBe(404);
    expect((await leader.post(changesUrl(other), needChange())).statusCode).toBe(404);
    // Their piece sent through my own sub-table is not found either.
    expect(
      (await leader.post(changesUrl(mine), needChange({ title: "Cambiado" }, theirs.pieceId, 1))).statusCode,
    ).toBe(404);
    // Nor can a change id already applied elsewhere be replayed here.
    expect((await leader.post(changesUrl(mine), theirs)).statusCode).toBe(404);
    const [row] = await ctx.database.db.select().from(puzzleNeeds).where(eq(puzzleNeeds.id, theirs.pieceId));
    expect(row!.title).toBe("Falta de crédito para el cacao");

    const anonymous = await ctx.app.inject({ method: "GET", url: `/api/puzzle/subtables/${mine.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("lets other phones and the projector see a saved piece live through the token's WebSocket", async () => {
    const { subs, assemblyId } = await allocated();
    const sub = subs[0]!;
    const [a, b] = [await phone(sub.code), await phone(sub.code)];
    const received: LiveMessage[] = [];
    const socket = await ctx.app.injectWS(
      `/api/live?assembly=${assemblyId}&key=${encodeURIComponent(b.token)}`,
      {},
      {
        onInit: (ws) => ws.on("message", (raw) => received.push(JSON.parse(raw.toString()) as LiveMessage)),
      },
    );
    const change = needChange();
    await a.post(changesUrl(sub), change);
    await ctx.app.fanout.flush();
    await expect
      .poll(() => received.find((m) => m.type === "event" && m.event.type === "puzzle.piece_saved"))
      .toMatchObject({
        event: {
          payload: {
            changeId: change.changeId,
            subtableId: sub.id,
            piece: { title: "Falta de crédito para el cacao" },
          },
        },
      });
    socket.terminate();
  });

  it("records heartbeats as who else is editing", async () => {
    const { subs } = await allocated();
    const sub = subs[0]!;
    const [a, b] = [await phone(sub.code), await phone(sub.code)];
    const [deviceA, deviceB] = [randomUUID(), randomUUID()];
    await a.post(`/api/puzzle/subtables/${sub.id}/presence`, { deviceId: deviceA, name: "Ana" });
    const response = await b.post(`/api/puzzle/subtables/${sub.id}/presence`, {
      deviceId: deviceB,
      name: "Luis",
    });
    expect(response.json().presence.map((p: { name: string }) => p.name)).toEqual(["Ana", "Luis"]);
    expect(
      await ctx.database.db.select().from(events).where(eq(events.type, "puzzle.presence")),
    ).toHaveLength(2);
    await a.post(`/api/puzzle/subtables/${sub.id}/presence`, { deviceId: deviceA, name: "Ana" });
    expect(
      await ctx.database.db.select().from(events).where(eq(events.type, "puzzle.presence")),
    ).toHaveLength(2);
  });

  it("suggests the assembly's registered organisations and its allies, each once", async () => {
    const { subs, assemblyId, ids } = await allocated();
    await ctx.database.db
      .update(registrations)
      .set({ organizationName: " Coopcacao " })
      .where(eq(registrations.id, ids[0]!));
    await ctx.database.db
      .update(registrations)
      .set({ organizationName: "COOPCACAO" })
      .where(eq(registrations.id, ids[1]!));
    await ctx.database.db.insert(allies).values({ assemblyId, institution: "SENA", kind: "national" });
    const leader = await phone(subs[0]!.code);
    const { organizations } = (await leader.get(`/api/puzzle/subtables/${subs[0]!.id}/suggestions`)).json();
    expect(organizations).toContainEqual({ name: "SENA", source: "ally" });
    expect(organizations.filter((o: { name: string }) => o.name.toLowerCase() === "coopcacao")).toHaveLength(
      1,
    );
  });
});

describe("staff on the puzzle", () => {
  it("audits the operator's corrections with before and after; only the operator and the table's leader correct", async () => {
    const { subs, operator, agreementId, assemblyId } = await allocated();
    const sub = subs[0]!;
    const leader = await phone(sub.code);
    const created = needChange();
    await leader.post(changesUrl(sub), created);
    const corrected = await operator.post(
      changesUrl(sub),
      needChange({ title: "Crédito asociativo" }, created.pieceId, 1),
    );
    expect(corrected.statusCode).toBe(200);
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, created.pieceId));
    expect(entry).toMatchObject({
      action: "puzzle.need.save",
      before: { title: "Falta de crédito para el cacao" },
      after: { title: "Crédito asociativo" },
    });
    expect(entry!.actorLabel).toContain("partner_operator");

    const otherLeader = await signIn(ctx, "group_leader", {
      agreementId,
      assemblyId,
      tableId: subs[1]!.tableId,
    });
    expect((await otherLeader.post(changesUrl(sub), needChange({}, created.pieceId, 2))).statusCode).toBe(
      403,
    );
    expect((await otherLeader.get(`/api/puzzle/subtables/${sub.id}`)).statusCode).toBe(200);
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    expect((await supervisor.get(`/api/puzzle/subtables/${sub.id}`)).statusCode).toBe(200);
    expect((await supervisor.post(changesUrl(sub), needChange({}, created.pieceId, 2))).statusCode).toBe(403);
    const outsider = await signIn(ctx, "partner_operator", { agreementId: await createAgreement(operator) });
    expect((await outsider.get(`/api/puzzle/subtables/${sub.id}`)).statusCode).toBe(404);
    const ownLeader = await signIn(ctx, "group_leader", { agreementId, assemblyId, tableId: sub.tableId });
    expect(
      (await ownLeader.post(changesUrl(sub), needChange({ title: "Crédito justo" }, created.pieceId, 2)))
        .statusCode,
    ).toBe(200);
  });

  it("runs the phase timers: the table's leader on their table, the operator on all, with the assembly's lengths", async () => {
    const { subs, operator, agreementId, assemblyId } = await allocated();
    const url = `/api/puzzle/assemblies/${assemblyId}/timers`;
    const leader = await signIn(ctx, "group_leader", { agreementId, assemblyId, tableId: subs[0]!.tableId });

    expect(
      (
        await leader.put(`/api/puzzle/assemblies/${assemblyId}/settings`, {
          need: 10,
          solution: 12,
          plan: 25,
        })
      ).statusCode,
    ).toBe(403);
    const lengths = await operator.put(`/api/puzzle/assemblies/${assemblyId}/settings`, {
      need: 10,
      solution: 12,
      plan: 0,
    });
    expect(lengths.json().fields).toEqual({ plan: "Mínimo 1 minuto." });
    expect(
      (
        await operator.put(`/api/puzzle/assemblies/${assemblyId}/settings`, {
          need: 10,
          solution: 12,
          plan: 25,
        })
      ).statusCode,
    ).toBe(200);

    const started = await leader.post(url, { action: "start", tableId: subs[0]!.tableId });
    expect(started.statusCode).toBe(200);
    expect(started.json().timers).toEqual([
      expect.objectContaining({
        tableId: subs[0]!.tableId,
        phase: "need",
        running: true,
        durationMs: 600_000,
      }),
    ]);
    expect((await leader.post(url, { action: "start", tableId: subs[1]!.tableId })).statusCode).toBe(403);
    expect((await leader.post(url, { action: "start" })).statusCode).toBe(403);
    const again = await leader.post(url, { action: "start", tableId: subs[0]!.tableId });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: "puzzle.phase_transition",
      message: "El temporizador no puede hacer eso ahora: ya empezó.",
    });

    const all = await operator.post(url, { action: "start" });
    expect(all.json().timers).toHaveLength(4);
    expect((await operator.post(url, { action: "extend" })).statusCode).toBe(422);
    const extended = await operator.post(url, { action: "extend", minutes: 5, tableId: subs[0]!.tableId });
    expect(extended.json().timers[0].durationMs).toBe(900_000);
    const skipped = await operator.post(url, { action: "skip", tableId: subs[0]!.tableId });
    expect(skipped.json().timers[0]).toMatchObject({ phase: "solution", durationMs: 720_000, elapsedMs: 0 });

    const state = (
      await (await phone(subs[0]!.code)).get(`/api/puzzle/subtables/${subs[0]!.id}`)
    ).json() as SubtableStateDto;
    expect(state.timer).toMatchObject({ phase: "solution", running: true });
    expect(state.serverTime).toBeGreaterThanOrEqual(state.timer.startedAt!);
    expect(await ctx.database.db.select().from(events).where(eq(events.type, "puzzle.timer"))).toHaveLength(
      4,
    );
  });

  it("shows the progress board: pieces per step, last sync, phones connected, the table's spokesperson", async () => {
    const { subs, operator, assemblyId } = await allocated();
    const sub = subs[0]!;
    const leader = await phone(sub.code);
    const need = needChange();
    await leader.post(changesUrl(sub), need);
    await leader.post(changesUrl(sub), solutionChange(need.pieceId));
    await leader.post(`/api/puzzle/subtables/${sub.id}/presence`, { deviceId: randomUUID(), name: "Ana" });
    const candidates = (
      await operator.get(`/api/puzzle/assemblies/${assemblyId}/tables/${sub.tableId}/candidates`)
    ).json();
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates[0]).toHaveProperty("subtableName", sub.label);
    await operator.put(`/api/assemblies/${assemblyId}/tables/${sub.tableId}/spokesperson`, {
      registrationId: candidates[0].registrationId,
    });

    const progress = (
      await operator.get(`/api/puzzle/assemblies/${assemblyId}/progress`)
    ).json() as PuzzleProgressDto;
    const table = progress.tables.find((t) => t.id === sub.tableId)!;
    expect(table.spokesperson).toMatchObject({ registrationId: candidates[0].registrationId });
    const row = table.subtables.find((s) => s.id === sub.id)!;
    expect(row).toMatchObject({ code: sub.code, needs: 1, solutions: 1, planItems: 0, step: 3 });
    expect(row.lastChangeAt).not.toBeNull();
    expect(row.connected.map((p) => p.name)).toEqual(["Ana"]);
    const untouched = progress.tables.flatMap((t) => t.subtables).find((s) => s.id === subs[1]!.id)!;
    expect(untouched).toMatchObject({ needs: 0, step: 1, lastChangeAt: null, connected: [] });
  });

  it("serves the big puzzle to staff, to the projector's key and to the assembly's phones only", async () => {
    const { subs, assemblyId, operator } = await allocated();
    const sub = subs[0]!;
    const leader = await phone(sub.code);
    await leader.post(changesUrl(sub), needChange());
    const board = (await operator.get(`/api/puzzle/assemblies/${assemblyId}/board`)).json() as PuzzleBoardDto;
    expect(board.tables).toHaveLength(5);
    expect(board.tables.flatMap((t) => t.subtables).map((s) => s.id)).toContain(sub.id);
    expect(board.needs).toHaveLength(1);
    expect(board.assembly.legend).toContain("Convenio número");

    const screen = await ensureScreen(ctx.database.db, assemblyId);
    const projector = await ctx.app.inject({
      method: "GET",
      url: `/api/puzzle/assemblies/${assemblyId}/board?key=${screen.screenKey}`,
    });
    expect(projector.statusCode).toBe(200);
    expect((await leader.get(`/api/puzzle/assemblies/${assemblyId}/board`)).statusCode).toBe(200);
    const wrongKey = await ctx.app.inject({
      method: "GET",
      url: `/api/puzzle/assemblies/${assemblyId}/board?key=nope`,
    });
    expect(wrongKey.statusCode).toBe(401);
  });

  it("imports a phone's stuck changes once, reporting what applied, what was there and what was refused", async () => {
    const { subs, operator, assemblyId } = await allocated();
    const sub = subs[0]!;
    const leader = await phone(sub.code);
    const sent = needChange();
    await leader.post(changesUrl(sub), sent);
    const stuck = needChange({ title: "Formación en cooperativismo" });
    const file = {
      kind: "minga.puzzle.changes",
      assemblyId,
      subtableId: sub.id,
      exportedAt: new Date().toISOString(),
      changes: [sent, stuck, solutionChange(stuck.pieceId), planChange(randomUUID())],
    };
    const response = await operator.post(`/api/puzzle/assemblies/${assemblyId}/import`, file);
    expect(response.statusCode).toBe(200);
    const { results } = response.json() as ImportResultDto;
    expect(results.map((r) => r.status)).toEqual(["already_applied", "applied", "applied", "rejected"]);
    expect(results[3]!.message).toContain("La solución de este compromiso ya no existe.");
    const again = (
      await operator.post(`/api/puzzle/assemblies/${assemblyId}/import`, file)
    ).json() as ImportResultDto;
    expect(again.results.map((r) => r.status)).toEqual([
      "already_applied",
      "already_applied",
      "already_applied",
      "rejected",
    ]);
    const audited = await ctx.database.db.select().from(auditLog).where(like(auditLog.action, "puzzle.%"));
    expect(audited.map((a) => a.action).sort()).toEqual(["puzzle.need.save", "puzzle.solution.save"]);

    const otherAssembly = { ...file, assemblyId: randomUUID() };
    expect(
      (await operator.post(`/api/puzzle/assemblies/${assemblyId}/import`, otherAssembly)).json().code,
    ).toBe("puzzle.import_other_assembly");
  });

  it("types a filled paper sheet into the same puzzle, with every problem on its field", async () => {
    const { subs, operator } = await allocated();
    const sub = subs[0]!;
    const url = `/api/puzzle/subtables/${sub.id}/paper`;
    const sheet = {
      needs: [
        {
          title: "Acceso a crédito blando",
          description: "Los bancos no prestan a las asociaciones",
          affectedGroups: ["campesinos", "mujeres"],
          solution: {
            description: "Fondo rotatorio entre cooperativas",
            cooperationForm: "asociatividad",
            organizations: ["Coopcacao", "Asocacao"],
            plan: [
              { action: "Constituir el fondo", owner: "Coopcacao", due: "2024-06", resources: "Aportes" },
            ],
          },
        },
      ],
    };
    const bad = await operator.post(url, {
      needs: [
        {
          ...sheet.needs[0]!,
          title: "",
          solution: {
            ...sheet.needs[0]!.solution,
            plan: [{ action: "x", owner: "y", due: "2030-01", resources: "" }],
          },
        },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields).toEqual({
      "needs.0.title": "Este campo es obligatorio.",
      "needs.0.solution.plan.0.due": "Debe estar entre enero de 2024 y diciembre de 2026.",
    });
    const saved = await operator.post(url, sheet);
    expect(saved.statusCode).toBe(200);
    const state = saved.json() as SubtableStateDto;
    expect(state.needs.map((n) => n.title)).toEqual(["Acceso a crédito blando"]);
    expect(state.solutions[0]).toMatchObject({
      needId: state.needs[0]!.id,
      organizations: ["Coopcacao", "Asocacao"],
    });
    expect(state.planItems[0]).toMatchObject({ solutionId: state.solutions[0]!.id, due: "2024-06" });
    const tooMany = await operator.post(url, { needs: [sheet.needs[0], sheet.needs[0]] });
    expect(tooMany.json().code).toBe("puzzle.need_limit");
    const paperAudit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "puzzle.paper"), eq(auditLog.entityId, sub.id)));
    expect(paperAudit).toHaveLength(1);
  });

  it("prints the sub-table sheet with its code, the steps and the convenio legend on every page", async () => {
    const { subs, operator, assemblyId } = await allocated();
    const sub = subs[0]!;
    const response = await operator.get(`/api/puzzle/subtables/${sub.id}/sheet.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(response.rawPayload);
    expect(text).toContain(`Código: ${sub.code}`);
    expect(text).toContain("Paso 1: la necesidad (ficha azul)");
    expect(text).toContain("Forma de cooperación");
    expect(text.match(/Convenio número/g)?.length).toBe(2);
    const all = await operator.get(`/api/puzzle/assemblies/${assemblyId}/sheets.pdf`);
    expect(pdfText(all.rawPayload).match(/Convenio número/g)?.length).toBe(2 * subs.length);
    expect((await (await phone(sub.code)).get(`/api/puzzle/subtables/${sub.id}/sheet.pdf`)).statusCode).toBe(
      401,
    );
  });
});
