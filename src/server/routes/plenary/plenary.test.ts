import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { PlenaryAgendaDto, PlenaryScreenDto } from "../../../shared/schemas/plenary";
import { events, plenaryEdits, puzzleNeeds } from "../../db/schema";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement } from "../../testing/fixtures";
import { agendaOf, approveAndLock, handVote, plenaryAssembly, sheet } from "../../testing/plenary-fixtures";
import { ensureScreen } from "../projector/screen-key";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const tableOf = (agenda: PlenaryAgendaDto, tableId: string) => agenda.tables.find((t) => t.id === tableId)!;
const titles = (agenda: PlenaryAgendaDto, tableId: string) =>
  tableOf(agenda, tableId).items.map((i) => i.title);

describe("consolidation", () => {
  it("starts with each need of the puzzle as its own point, with its sub-table, solution and plan", async () => {
    const a = await plenaryAssembly(ctx);
    const agenda = await agendaOf(a.operator, a.assemblyId);
    const table = tableOf(agenda, a.tableId);
    expect(table.items.map((i) => [i.position, i.title])).toEqual([
      [1, "Falta de crédito para el cacao"],
      [2, "Crédito caro para cacaoteros"],
    ]);
    const [first] = table.items;
    expect(first!.originals).toEqual([
      expect.objectContaining({ title: "Falta de crédito para el cacao", subtableLabel: a.first.label }),
    ]);
    expect(first!.solutions[0]).toMatchObject({
      cooperationForm: "trabajo_en_red",
      organizations: ["Coopcacao"],
    });
    expect(first!.plan.map((p) => [p.action, p.due])).toEqual([
      ["Crear un fondo rotatorio", "2024-Q1"],
      ["Gestionar línea con Finagro", "2026-Q4"],
    ]);
    expect(agenda.lock).toBeNull();
    expect(table.canUndo).toBe(false);
  });

  it("merges two needs of different sub-tables into one point that keeps both originals, and audits it", async () => {
    const a = await plenaryAssembly(ctx);
    const [kept, merged] = tableOf(await agendaOf(a.operator, a.assemblyId), a.tableId).items;
    const response = await a.operator.post(
      `/api/assemblies/${a.assemblyId}/plenary/tables/${a.tableId}/merge`,
      {
        targetId: kept!.id,
        itemIds: [merged!.id],
      },
    );
    expect(response.statusCode).toBe(200);
    const [item, ...rest] = tableOf(response.json(), a.tableId).items;
    expect(rest).toEqual([]);
    expect(item!.title).toBe("Falta de crédito para el cacao");
    expect(item!.originals.map((o) => [o.title, o.subtableLabel])).toEqual([
      ["Falta de crédito para el cacao", a.first.label],
      ["Crédito caro para cacaoteros", a.second.label],
    ]);
    expect(item!.solutions).toHaveLength(2);
    expect(item!.plan.map((p) => p.action)).toEqual([
      "Crear un fondo rotatorio",
      "Capacitar en finanzas solidarias",
      "Gestionar línea con Finagro",
    ]);
    // The sub-tables' pieces are untouched.
    const pieces = await ctx.database.db.select().from(puzzleNeeds).where(eq(puzzleNeeds.tableId, a.tableId));
    expect(pieces.map((p) => p.title).sort()).toEqual([
      "Crédito caro para cacaoteros",
      "Falta de crédito para el cacao",
    ]);

    const edits = await a.operator.get(`/api/assemblies/${a.assemblyId}/plenary/tables/${a.tableId}/edits`);
    expect(edits.json()).toEqual([
      expect.objectContaining({
        kind: "merge",
        actor: expect.stringContaining("partner_operator"),
        undone: false,
        before: [
          expect.objectContaining({ title: "Falta de crédito para el cacao" }),
          expect.objectContaining({ title: "Crédito caro para cacaoteros" }),
        ],
        after: [
          expect.objectContaining({ needIds: [kept!.originals[0]!.needId, merged!.originals[0]!.needId] }),
        ],
      }),
    ]);
    const written = await ctx.database.db
      .select()
      .from(events)
      .where(eq(events.type, "plenary.consolidated"));
    expect(written.map((e) => e.payload)).toEqual([{ tableId: a.tableId }]);
  });

  it("refuses to merge a point with itself or with another table's point", async () => {
    const a = await plenaryAssembly(ctx);
    const agenda = await agendaOf(a.operator, a.assemblyId);
    const [point] = tableOf(agenda, a.tableId).items;
    const [foreign] = tableOf(agenda, a.otherTableId).items;
    const url = `/api/assemblies/${a.assemblyId}/plenary/tables/${a.tableId}/merge`;
    const self = await a.operator.post(url, { targetId: point!.id, itemIds: [point!.id] });
    expect(self.statusCode).toBe(422);
    expect(self.json().code).toBe("plenary.merge_needs_two");
    const across = await a.operator.post(url, { targetId: point!.id, itemIds: [foreign!.id] });
    expect(across.statusCode).toBe(409);
    expect(across.json().code).toBe("plenary.unknown_item");
  });

  it("rewords a point without touching its original piece, and shows each problem on its field", async () => {
    const a = await plenaryAssembly(ctx);
    const [point] = tableOf(await agendaOf(a.operator, a.assemblyId), a.tableId).items;
    const url = `/api/assemblies/${a.assemblyId}/plenary/items/${point!.id}`;
    const empty = await a.operator.put(url, { title: "  ", description: "x".repeat(2001) });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().fields).toEqual({
      title: "Este campo es obligatorio.",
      description: "Máximo 2000 caracteres.",
    });
    const saved = await a.operator.put(url, {
      title: "Acceso a crédito solidario para el cacao",
      description: "Tasas justas",
    });
    expect(saved.statusCode).toBe(200);
    const item = tableOf(saved.json(), a.tableId).items[0]!;
    expect(item).toMatchObject({
      title: "Acceso a crédito solidario para el cacao",
      description: "Tasas justas",
    });
    expect(item.originals[0]!.title).toBe("Falta de crédito para el cacao");
  });

  it("reorders a table's points; an order that misses a point is refused", async () => {
    const a = await plenaryAssembly(ctx);
    const [one, two] = tableOf(await agendaOf(a.operator, a.assemblyId), a.tableId).items;
    const url = `/api/assemblies/${a.assemblyId}/plenary/tables/${a.tableId}/order`;
    const partial = await a.operator.put(url, { ids: [two!.id] });
    expect(partial.statusCode).toBe(409);
    expect(partial.json().code).toBe("plenary.order_mismatch");
    const response = await a.operator.put(url, { ids: [two!.id, one!.id] });
    expect(titles(response.json(), a.tableId)).toEqual([
      "Crédito caro para cacaoteros",
      "Falta de crédito para el cacao",
    ]);
  });

  it("undoes the latest edit, then the one before, and records each undo", async () => {
    const a = await plenaryAssembly(ctx);
    const [one, two] = tableOf(await agendaOf(a.operator, a.assemblyId), a.tableId).items;
    const base = `/api/assemblies/${a.assemblyId}/plenary`;
    await a.operator.put(`${base}/items/${one!.id}`, { title: "Crédito solidario", description: "" });
    await a.operator.post(`${base}/tables/${a.tableId}/merge`, { targetId: one!.id, itemIds: [two!.id] });
    expect(titles(await agendaOf(a.operator, a.assemblyId), a.tableId)).toEqual(["Crédito solidario"]);

    const undoMerge = await a.operator.post(`${base}/tables/${a.tableId}/undo`);
    expect(titles(undoMerge.json(), a.tableId)).toEqual([
      "Crédito solidario",
      "Crédito caro para cacaoteros",
    ]);
    const undoWording = await a.operator.post(`${base}/tables/${a.tableId}/undo`);
    expect(titles(undoWording.json(), a.tableId)).toEqual([
      "Falta de crédito para el cacao",
      "Crédito caro para cacaoteros",
    ]);
    expect(tableOf(undoWording.json(), a.tableId).canUndo).toBe(false);
    const nothing = await a.operator.post(`${base}/tables/${a.tableId}/undo`);
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().code).toBe("plenary.nothing_to_undo");

    const edits = await ctx.database.db
      .select()
      .from(plenaryEdits)
      .where(eq(plenaryEdits.tableId, a.tableId));
    expect(edits.map((e) => [e.kind, e.undoneAt !== null]).sort()).toEqual([
      ["merge", true],
      ["reword", true],
      ["undo", false],
      ["undo", false],
    ]);
  });

  it("adds a need written after the consolidation began as a new point at the end", async () => {
    const a = await plenaryAssembly(ctx);
    const [one, two] = tableOf(await agendaOf(a.operator, a.assemblyId), a.tableId).items;
    await a.operator.post(`/api/assemblies/${a.assemblyId}/plenary/tables/${a.tableId}/merge`, {
      targetId: one!.id,
      itemIds: [two!.id],
    });
    const change = await a.operator.post(`/api/puzzle/subtables/${a.second.id}/changes`, {
      changeId: randomUUID(),
      kind: "need.save",
      pieceId: randomUUID(),
      baseVersion: 0,
      data: { title: "Vías terciarias en mal estado", description: "", affectedGroups: [] },
    });
    expect(change.statusCode).toBe(200);
    expect(titles(await agendaOf(a.operator, a.assemblyId), a.tableId)).toEqual([
      "Falta de crédito para el cacao",
      "Vías terciarias en mal estado",
    ]);
  });
});

describe("who may consolidate", () => {
  it("another convenio's operator gets 404; the supervisor reads but gets 403 on writes", async () => {
    const a = await plenaryAssembly(ctx);
    const [point] = tableOf(await agendaOf(a.operator, a.assemblyId), a.tableId).items;
    const stranger = await signIn(ctx, "partner_operator");
    await createAgreement(stranger);
    const supervisor = await signIn(ctx, "supervisor", { agreementId: a.agreementId });
    const rename = `/api/assemblies/${a.assemblyId}/plenary/items/${point!.id}`;
    expect((await stranger.get(`/api/assemblies/${a.assemblyId}/plenary`)).statusCode).toBe(404);
    expect((await stranger.put(rename, { title: "Otro", description: "" })).statusCode).toBe(404);
    expect((await supervisor.get(`/api/assemblies/${a.assemblyId}/plenary`)).statusCode).toBe(200);
    expect((await supervisor.put(rename, { title: "Otro", description: "" })).statusCode).toBe(403);
    expect(
      (await supervisor.post(`/api/assemblies/${a.assemblyId}/plenary/tables/${a.tableId}/undo`)).statusCode,
    ).toBe(403);
  });

  it("a table's leader consolidates its own table and not another", async () => {
    const a = await plenaryAssembly(ctx);
    const agenda = await agendaOf(a.operator, a.assemblyId);
    const leader = await signIn(ctx, "group_leader", {
      agreementId: a.agreementId,
      assemblyId: a.assemblyId,
      tableId: a.tableId,
    });
    const own = tableOf(agenda, a.tableId).items[0]!;
    const foreign = tableOf(agenda, a.otherTableId).items[0]!;
    const base = `/api/assemblies/${a.assemblyId}/plenary/items`;
    expect(
      (await leader.put(`${base}/${own.id}`, { title: "Crédito justo", description: "" })).statusCode,
    ).toBe(200);
    expect((await leader.put(`${base}/${foreign.id}`, { title: "Otra", description: "" })).statusCode).toBe(
      403,
    );
  });
});

describe("the plenary screen", () => {
  it("is walked step by step by the moderator and read with the projector's key", async () => {
    const a = await plenaryAssembly(ctx);
    const { screenKey } = await ensureScreen(ctx.database.db, a.assemblyId);
    const url = `/api/assemblies/${a.assemblyId}/plenary/screen`;
    const moved = await a.operator.put(url, { tableId: a.tableId, step: 1 });
    expect(moved.json()).toMatchObject({ screenKey, tableId: a.tableId, step: 1, stepCount: 4 });

    const screen = await ctx.app.inject({
      method: "GET",
      url: `${url}?key=${encodeURIComponent(screenKey)}`,
    });
    expect(screen.statusCode).toBe(200);
    const body = screen.json() as PlenaryScreenDto;
    expect(body).toMatchObject({
      current: "item",
      step: 1,
      item: { title: "Falta de crédito para el cacao" },
    });
    expect(body.assembly.legend).toContain("Convenio número");

    const past = await a.operator.put(url, { tableId: a.tableId, step: 40 });
    expect(past.json()).toMatchObject({ step: 3 });
    const vote = await ctx.app.inject({ method: "GET", url: `${url}?key=${encodeURIComponent(screenKey)}` });
    expect(vote.json()).toMatchObject({ current: "vote", vote: null });

    const wrong = await ctx.app.inject({ method: "GET", url: `${url}?key=otra` });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe("runofday.screen_key");
    const moves = await ctx.database.db
      .select()
      .from(events)
      .where(and(eq(events.type, "plenary.screen"), eq(events.assemblyId, a.assemblyId)));
    expect(moves.map((e) => e.payload)).toEqual([
      { tableId: a.tableId, step: 1 },
      { tableId: a.tableId, step: 3 },
    ]);
  });
});

describe("lock and reopen", () => {
  it("locks only after the whole agenda is approved; a locked agenda takes no edits and no votes", async () => {
    const a = await plenaryAssembly(ctx);
    const lockUrl = `/api/assemblies/${a.assemblyId}/plenary/lock`;
    const early = await a.operator.post(lockUrl);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("plenary.not_approved");
    await handVote(a.operator, a.assemblyId, a.tableId, { for: 9, against: 0, abstain: 0 });
    expect((await a.operator.post(lockUrl)).json().code).toBe("plenary.not_approved");
    await handVote(a.operator, a.assemblyId, null, { for: 2, against: 1, abstain: 0 });
    expect((await a.operator.post(lockUrl)).json().code).toBe("plenary.not_approved");

    const lock = await approveAndLock(a.operator, a.assemblyId);
    expect(lock).toMatchObject({ lockedBy: expect.stringContaining("partner_operator"), reopenedAt: null });
    const agenda = await agendaOf(a.operator, a.assemblyId);
    expect(agenda.lock?.id).toBe(lock.id);
    const [point] = tableOf(agenda, a.tableId).items;
    const edit = await a.operator.put(`/api/assemblies/${a.assemblyId}/plenary/items/${point!.id}`, {
      title: "Otra",
      description: "",
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe("plenary.locked");
    const vote = await a.operator.post(`/api/assemblies/${a.assemblyId}/votes`, {
      tableId: null,
      method: "hand",
    });
    expect(vote.json().code).toBe("plenary.locked");
    expect((await a.operator.post(lockUrl)).json().code).toBe("plenary.locked");
    // The pieces the agenda was built from are frozen with it.
    const late = await a.operator.post(
      `/api/puzzle/subtables/${a.first.id}/paper`,
      sheet("Una necesidad tardía", [{ action: "Algo", owner: "Alguien", due: "2025-01" }]),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: "puzzle.agenda_locked",
      message: expect.stringContaining("La plenaria ya aprobó y bloqueó la agenda"),
    });
  });

  it("reopens with a recorded reason, and a new approval is needed to lock again", async () => {
    const a = await plenaryAssembly(ctx);
    await approveAndLock(a.operator, a.assemblyId);
    const url = `/api/assemblies/${a.assemblyId}/plenary/reopen`;
    const short = await a.operator.post(url, { reason: "error" });
    expect(short.statusCode).toBe(422);
    expect(short.json().fields.reason).toBe("Explique el motivo en al menos 10 caracteres.");
    const supervisor = await signIn(ctx, "supervisor", { agreementId: a.agreementId });
    expect((await supervisor.post(url, { reason: "Falta una necesidad de la mesa 3" })).statusCode).toBe(403);

    const reopened = await a.operator.post(url, { reason: "Falta una necesidad de la mesa 3" });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({
      reason: "Falta una necesidad de la mesa 3",
      reopenedBy: expect.stringContaining("partner_operator"),
    });
    const agenda = await agendaOf(a.operator, a.assemblyId);
    expect(agenda.lock).toBeNull();
    expect(agenda.locks[0]).toMatchObject({ reason: "Falta una necesidad de la mesa 3" });
    expect((await a.operator.post(url, { reason: "Otra vez, sin cerrar" })).json().code).toBe(
      "plenary.not_locked",
    );

    const again = await a.operator.post(`/api/assemblies/${a.assemblyId}/plenary/lock`);
    expect(again.json().code).toBe("plenary.not_approved");
    await approveAndLock(a.operator, a.assemblyId);
    expect((await agendaOf(a.operator, a.assemblyId)).locks).toHaveLength(2);
  });
});
