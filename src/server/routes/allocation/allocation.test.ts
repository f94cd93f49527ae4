import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { generateDemoPeople } from "../../../domain/demo/people";
import { ARAUCA } from "../../../domain/demo/regions";
import type {
  AllocationDto,
  AllocationPreviewDto,
  TableAllocationDto,
} from "../../../shared/schemas/allocation";
import { seatOf, seatsOf } from "../../allocation/seat";
import { allocationMoves, auditLog, puzzleNeeds, registrations, seats } from "../../db/schema";
import { insertPeople } from "../../demo/seed";
import { checkIn, registeredAssembly, saveAllocation } from "../../testing/allocation-fixtures";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { pdfText } from "../../testing/pdf-text";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const seatMap = async (assemblyId: string) =>
  new Map(
    (await ctx.database.db.select().from(seats).where(eq(seats.assemblyId, assemblyId))).map((s) => [
      s.registrationId,
      `${s.subtableId}#${s.place}`,
    ]),
  );

const allMembers = (allocation: AllocationDto) =>
  allocation.tables.flatMap((t) => t.subtables.flatMap((s) => s.members));

describe("allocation: preview, save, lock", () => {
  it("previews without saving, the same seed gives the same preview, and saving it seats everyone with codes", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 100);
    const url = `/api/assemblies/${assemblyId}/allocation`;
    const first = await operator.post(`${url}/preview`, { source: "registered", subtableSize: 20 });
    expect(first.statusCode).toBe(200);
    const preview = first.json() as AllocationPreviewDto;
    expect(preview.summary.participants).toBe(100);
    expect(preview.summary.lines.map((line) => line.code)).toContain("first_choice");
    expect(preview.tables).toHaveLength(5);
    expect(
      preview.tables.flatMap((t) => t.subtables).every((s) => s.id === null && s.members.length === 0),
    ).toBe(true);
    expect(preview.tables.reduce((sum, t) => sum + t.composition.people, 0)).toBe(100);

    const again = (
      await operator.post(`${url}/preview`, { source: "registered", subtableSize: 20, seed: preview.seed })
    ).json();
    expect(again).toEqual(preview);
    expect(((await operator.get(url)).json() as AllocationDto).run).toBeNull();

    const saved = await saveAllocation(operator, assemblyId, { seed: preview.seed });
    expect(saved.run).toMatchObject({
      source: "registered",
      subtableSize: 20,
      seed: preview.seed,
      locked: false,
    });
    expect(saved.summary).toEqual(preview.summary);
    expect(allMembers(saved)).toHaveLength(100);
    const subtables = saved.tables.flatMap((t: TableAllocationDto) => t.subtables);
    expect(
      subtables.every((s: TableAllocationDto["subtables"][number]) =>
        /^[2-9A-HJKMNP-Z]{6}$/.test(s.joinCode ?? ""),
      ),
    ).toBe(true);
    expect(saved.tables.map((t: TableAllocationDto) => t.subtables.map((s) => s.composition.people))).toEqual(
      preview.tables.map((t) => t.subtables.map((s) => s.composition.people)),
    );
    const suggested = subtables.filter(
      (s: TableAllocationDto["subtables"][number]) => s.leader?.status === "suggested",
    );
    expect(suggested.length).toBeGreaterThan(0);
  });

  it("refuses to re-run a locked allocation with a clear message, and records the unlock with its reason", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 60);
    const url = `/api/assemblies/${assemblyId}/allocation`;
    await saveAllocation(operator, assemblyId);
    const locked = await operator.post(`${url}/lock`);
    expect(locked.statusCode).toBe(200);
    expect(locked.json().run).toMatchObject({ locked: true, lockedBy: expect.any(String) });

    for (const attempt of [
      operator.post(url, { source: "registered" }),
      operator.post(`${url}/preview`, { source: "registered" }),
    ]) {
      const refused = await attempt;
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe("allocation.locked");
      expect(refused.json().message).toMatch(
        /^La distribución está bloqueada desde .+ Para volver a generarla, desbloquéela indicando el motivo\.$/,
      );
    }

    const noReason = await operator.post(`${url}/unlock`, { reason: "" });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().fields.reason).toBe(
      "Explique por qué desbloquea la distribución (al menos 5 caracteres).",
    );
    const unlocked = await operator.post(`${url}/unlock`, { reason: "Llegaron 40 personas más" });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().run).toMatchObject({
      locked: false,
      unlocks: [{ reason: "Llegaron 40 personas más" }],
    });
    expect((await operator.post(`${url}/unlock`, { reason: "otra vez" })).json().code).toBe(
      "allocation.not_locked",
    );
    expect((await operator.post(url, { source: "registered", seed: 9 })).statusCode).toBe(201);
    const actions = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, "allocation"))
      .orderBy(auditLog.id);
    expect(actions.map((a) => a.action)).toEqual([
      "allocation.save",
      "allocation.lock",
      "allocation.unlock",
      "allocation.save",
    ]);
  });

  it("refuses to allocate again once the sub-tables hold puzzle pieces, and keeps them", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 40);
    const saved = await saveAllocation(operator, assemblyId);
    const table = saved.tables[0] as TableAllocationDto;
    const sub = table.subtables[0]!;
    await ctx.database.db.insert(puzzleNeeds).values({
      id: randomUUID(),
      assemblyId,
      tableId: table.id,
      subtableId: sub.id!,
      title: "Crédito para el cacao",
      updatedBy: "test",
    });
    const again = await operator.post(`/api/assemblies/${assemblyId}/allocation`, { source: "registered" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: "allocation.puzzle_started",
      message: expect.stringContaining("1 piezas del rompecabezas"),
    });
    expect(await ctx.database.db.select().from(puzzleNeeds)).toHaveLength(1);
  });

  it("allocates only the people checked in when asked", async () => {
    const { operator, assemblyId, ids } = await registeredAssembly(ctx, 80);
    await checkIn(ctx, assemblyId, ids.slice(0, 30));
    const saved = await saveAllocation(operator, assemblyId, { source: "checked_in" });
    expect(
      allMembers(saved)
        .map((m) => m.registrationId)
        .sort(),
    ).toEqual(ids.slice(0, 30).sort());
    expect(saved.unseated).toBe(0);
    await checkIn(ctx, assemblyId, ids.slice(30, 33));
    expect(
      ((await operator.get(`/api/assemblies/${assemblyId}/allocation`)).json() as AllocationDto).unseated,
    ).toBe(3);
  });

  it.each([
    [{ source: "registered", subtableSize: 7 }, "subtableSize", "Mínimo 8 personas por sub-mesa."],
    [{ source: "registered", subtableSize: 31 }, "subtableSize", "Máximo 30 personas por sub-mesa."],
    [{ source: "todos" }, "source", null],
  ])("refuses %o", async (body, field, message) => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 10);
    const response = await operator.post(`/api/assemblies/${assemblyId}/allocation/preview`, body);
    expect(response.statusCode).toBe(422);
    if (message) expect(response.json().fields[field]).toBe(message);
    else expect(response.json().fields[field]).toBeTruthy();
  });

  it("says so when nobody is checked in or the tables cannot hold everyone", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 30);
    const nobody = await operator.post(`/api/assemblies/${assemblyId}/allocation/preview`, {
      source: "checked_in",
    });
    expect(nobody.json().code).toBe("allocation.no_participants");
    const assembly = (await operator.get(`/api/assemblies/${assemblyId}`)).json();
    await operator.put(`/api/assemblies/${assemblyId}/tables`, {
      tables: assembly.tables.map((t: Record<string, unknown>) => ({
        ...t,
        capacity: 5,
        position: undefined,
        axisCode: undefined,
      })),
    });
    const full = await operator.post(`/api/assemblies/${assemblyId}/allocation/preview`, {
      source: "registered",
    });
    expect(full.statusCode).toBe(422);
    expect(full.json()).toMatchObject({
      code: "allocation.capacity_exceeded",
      message: "Hay 30 personas y las mesas suman 25 cupos. Aumente el cupo de las mesas o habilite otra.",
    });
  });
});

describe("allocation: moves and late arrivals", () => {
  it("moves a person by hand with a reason, to the end of the other sub-table, and records it", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 60);
    const saved = (await saveAllocation(operator, assemblyId)) as AllocationDto;
    const [from, to] = saved.tables.flatMap((t) => t.subtables).filter((s) => s.members.length > 0);
    const person = from!.members[0]!;
    const url = `/api/assemblies/${assemblyId}/allocation/moves`;

    const noReason = await operator.post(url, {
      registrationId: person.registrationId,
      subtableId: to!.id,
      reason: "no",
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().fields.reason).toBe(
      "Explique por qué cambia a esta persona de lugar (al menos 5 caracteres).",
    );
    const same = await operator.post(url, {
      registrationId: person.registrationId,
      subtableId: from!.id,
      reason: "Prueba de traslado",
    });
    expect(same.json().code).toBe("allocation.same_subtable");

    const moved = await operator.post(url, {
      registrationId: person.registrationId,
      subtableId: to!.id,
      reason: "Usa silla de ruedas",
    });
    expect(moved.statusCode).toBe(200);
    const target = (moved.json() as AllocationDto).tables
      .flatMap((t) => t.subtables)
      .find((s) => s.id === to!.id)!;
    expect(target.members.at(-1)).toMatchObject({
      registrationId: person.registrationId,
      place: Math.max(...to!.members.map((m) => m.place)) + 1,
    });
    const [record] = await ctx.database.db
      .select()
      .from(allocationMoves)
      .where(eq(allocationMoves.registrationId, person.registrationId));
    expect(record).toMatchObject({
      reason: "Usa silla de ruedas",
      fromSubtableLabel: from!.label,
      toSubtableLabel: to!.label,
    });
  });

  it("refuses a move into a full table", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 50);
    const assembly = (await operator.get(`/api/assemblies/${assemblyId}`)).json();
    await operator.put(`/api/assemblies/${assemblyId}/tables`, {
      tables: assembly.tables.map((t: Record<string, unknown>) => ({
        ...t,
        capacity: 10,
        position: undefined,
        axisCode: undefined,
      })),
    });
    const saved = (await saveAllocation(operator, assemblyId)) as AllocationDto;
    const [a, b] = saved.tables;
    const response = await operator.post(`/api/assemblies/${assemblyId}/allocation/moves`, {
      registrationId: a!.subtables[0]!.members[0]!.registrationId,
      subtableId: b!.subtables[0]!.id,
      reason: "Quiere estar con su hermana",
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: "allocation.table_full",
      message: `La mesa «${b!.name}» está llena (10 cupos).`,
    });
  });

  it("places late arrivals in their preferred table without moving anyone, and refuses someone already seated", async () => {
    const { operator, assemblyId, ids } = await registeredAssembly(ctx, 60);
    await saveAllocation(operator, assemblyId);
    const before = await seatMap(assemblyId);
    const late = generateDemoPeople({
      region: ARAUCA,
      count: 3,
      seed: 99,
      assemblyDate: "2023-11-18",
    }).people.map((p, i) => ({
      ...p,
      documentNumber: `77700${i}`,
      preferredAxes: ["credito"],
    }));
    await insertPeople(ctx.database.db, assemblyId, late, "import");
    const lateIds = (
      await ctx.database.db
        .select({ id: registrations.id })
        .from(registrations)
        .where(eq(registrations.assemblyId, assemblyId))
    )
      .map((r) => r.id)
      .filter((id) => !ids.includes(id));
    const url = `/api/assemblies/${assemblyId}/allocation/late-arrivals`;

    const one = await operator.post(url, { registrationIds: [lateIds[0]] });
    expect(one.statusCode).toBe(200);
    const credito = (await operator.get(`/api/assemblies/${assemblyId}/allocation`))
      .json()
      .tables.find((t: TableAllocationDto) => t.axisCode === "credito");
    expect(one.json().placed).toEqual([
      expect.objectContaining({ registrationId: lateIds[0], tableName: credito.name }),
    ]);
    const rest = await operator.post(url, {});
    expect(
      rest
        .json()
        .placed.map((p: { registrationId: string }) => p.registrationId)
        .sort(),
    ).toEqual(lateIds.slice(1).sort());
    const after = await seatMap(assemblyId);
    for (const [id, seat] of before) expect(after.get(id)).toBe(seat);
    expect(after.size).toBe(63);

    const again = await operator.post(url, { registrationIds: [lateIds[0]] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("allocation.already_seated");
    expect(again.json().message).toContain(`mesa ${credito.name}`);
    const seat = await seatOf(ctx.database.db, lateIds[0]!);
    expect(seat).toMatchObject({
      tableName: credito.name,
      tablePosition: credito.position,
      subtableName: expect.stringMatching(/^Sub-mesa \d\.\d$/),
    });
    expect((await seatsOf(ctx.database.db, [lateIds[0]!, ids[0]!])).size).toBe(2);
    expect(await seatOf(ctx.database.db, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("lets a desk place late arrivals but not re-run, and needs an allocation first", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 20);
    const desk = await signIn(ctx, "desk_staff", { assemblyId });
    expect((await desk.post(`/api/assemblies/${assemblyId}/allocation/late-arrivals`, {})).json().code).toBe(
      "allocation.not_allocated",
    );
    expect(
      (await desk.post(`/api/assemblies/${assemblyId}/allocation`, { source: "registered" })).statusCode,
    ).toBe(403);
    await saveAllocation(operator, assemblyId);
    expect((await desk.post(`/api/assemblies/${assemblyId}/allocation/late-arrivals`, {})).json()).toEqual({
      placed: [],
    });
  });
});

describe("allocation: who sees what", () => {
  it("a group leader sees only its own table, with names and codes; another table is refused", async () => {
    const { operator, assemblyId, agreementId, tables } = await registeredAssembly(ctx, 100);
    await saveAllocation(operator, assemblyId);
    const leader = await signIn(ctx, "group_leader", { assemblyId, tableId: tables[0]!.id });
    const view = (await leader.get(`/api/assemblies/${assemblyId}/allocation`)).json() as AllocationDto;
    expect(view.summary).toBeNull();
    expect(view.tables.map((t) => t.id)).toEqual([tables[0]!.id]);
    expect(view.tables[0]!.subtables.every((s) => s.members.length > 0 && s.joinCode !== null)).toBe(true);

    expect(
      (await leader.get(`/api/assemblies/${assemblyId}/allocation/tables/${tables[0]!.id}`)).statusCode,
    ).toBe(200);
    expect(
      (await leader.get(`/api/assemblies/${assemblyId}/allocation/tables/${tables[1]!.id}`)).statusCode,
    ).toBe(403);
    expect(
      (await leader.get(`/api/assemblies/${assemblyId}/allocation/roster.pdf?tableId=${tables[0]!.id}`))
        .statusCode,
    ).toBe(200);
    expect(
      (await leader.get(`/api/assemblies/${assemblyId}/allocation/roster.pdf?tableId=${tables[1]!.id}`))
        .statusCode,
    ).toBe(403);
    expect((await leader.get(`/api/assemblies/${assemblyId}/allocation/roster.pdf`)).statusCode).toBe(403);
    expect((await leader.post(`/api/assemblies/${assemblyId}/allocation/lock`)).statusCode).toBe(403);

    const withConvenio = await signIn(ctx, "group_leader", {
      agreementId,
      assemblyId,
      tableId: tables[2]!.id,
    });
    const theirs = (
      await withConvenio.get(`/api/assemblies/${assemblyId}/allocation`)
    ).json() as AllocationDto;
    expect(theirs.tables.map((t) => t.id)).toEqual([tables[2]!.id]);

    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    const supervised = (
      await supervisor.get(`/api/assemblies/${assemblyId}/allocation`)
    ).json() as AllocationDto;
    expect(supervised.tables).toHaveLength(5);
    expect(supervised.summary?.participants).toBe(100);
    expect(allMembers(supervised)).toEqual([]);
    expect(
      supervised.tables.flatMap((t) => t.subtables).every((s) => s.joinCode === null && s.leader === null),
    ).toBe(true);

    const stranger = await signIn(ctx, "group_leader", {
      assemblyId: "00000000-0000-4000-8000-000000000000",
      tableId: tables[0]!.id,
    });
    expect((await stranger.get(`/api/assemblies/${assemblyId}/allocation`)).statusCode).toBe(404);
  });

  it("assigns table leaders among group leader accounts only, and lists the candidates", async () => {
    const { operator, assemblyId, agreementId, tables } = await registeredAssembly(ctx, 20);
    const candidate = await signIn(ctx, "group_leader", { agreementId });
    const candidates = (
      await operator.get(`/api/assemblies/${assemblyId}/allocation/leader-candidates`)
    ).json();
    expect(candidates.map((c: { userId: string }) => c.userId)).toEqual([candidate.userId]);
    const url = `/api/assemblies/${assemblyId}/tables/${tables[1]!.id}/leaders`;
    const assigned = await operator.put(url, { userIds: [candidate.userId] });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().leaders.map((l: { userId: string }) => l.userId)).toEqual([candidate.userId]);
    expect(
      (await candidate.get(`/api/assemblies/${assemblyId}/allocation/tables/${tables[1]!.id}`)).statusCode,
    ).toBe(200);

    const notALeader = await operator.put(url, { userIds: [operator.userId] });
    expect(notALeader.json().code).toBe("allocation.not_group_leader");
    const removed = await operator.put(url, { userIds: [] });
    expect(removed.json().leaders).toEqual([]);
    expect(
      (await candidate.get(`/api/assemblies/${assemblyId}/allocation/tables/${tables[1]!.id}`)).statusCode,
    ).toBe(403);
  });

  it("records the spokesperson among the table's people", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 60);
    const saved = (await saveAllocation(operator, assemblyId)) as AllocationDto;
    const [first, second] = saved.tables.filter((t) => t.subtables.length > 0);
    const url = `/api/assemblies/${assemblyId}/tables/${first!.id}/spokesperson`;
    const outsider = second!.subtables[0]!.members[0]!;
    expect((await operator.put(url, { registrationId: outsider.registrationId })).json().code).toBe(
      "allocation.not_in_table",
    );
    const member = first!.subtables[0]!.members[0]!;
    const leader = await signIn(ctx, "group_leader", { assemblyId, tableId: first!.id });
    const recorded = await leader.put(url, { registrationId: member.registrationId });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().spokesperson).toEqual({
      registrationId: member.registrationId,
      name: `${member.firstNames} ${member.lastNames}`,
    });
  });
});

describe("allocation: printables", () => {
  it("prints rosters and cards with the convenio legend on every page, and exports the XLSX", async () => {
    const { operator, assemblyId } = await registeredAssembly(ctx, 60);
    const saved = (await saveAllocation(operator, assemblyId)) as AllocationDto;
    const legend = (await operator.get(`/api/assemblies/${assemblyId}`)).json().legend as string;
    const roster = await operator.get(`/api/assemblies/${assemblyId}/allocation/roster.pdf`);
    expect(roster.statusCode).toBe(200);
    expect(roster.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(roster.rawPayload);
    const pages = saved.tables.filter((t) => t.subtables.length > 0).length;
    expect(text.split(legend).length - 1).toBeGreaterThanOrEqual(pages);
    const member = saved.tables[0]!.subtables[0]!.members[0]!;
    expect(text).toContain(`${member.firstNames} ${member.lastNames}`);

    const subtable = saved.tables[0]!.subtables[0]!;
    const one = await operator.get(
      `/api/assemblies/${assemblyId}/allocation/roster.pdf?subtableId=${subtable.id}`,
    );
    // pdfkit may split a word at its hyphen: compare without the space it leaves.
    expect(pdfText(one.rawPayload).replaceAll("- ", "-")).toContain(
      `Sub-mesa ${subtable.label} (${subtable.members.length} personas)`,
    );

    const cards = await operator.get(
      `/api/assemblies/${assemblyId}/allocation/cards.pdf?tableId=${saved.tables[0]!.id}`,
    );
    expect(cards.statusCode).toBe(200);
    const cardText = pdfText(cards.rawPayload);
    expect(cardText).toContain(subtable.joinCode!.split("").join(" "));
    expect(cardText.split(legend).length - 1).toBe(saved.tables[0]!.subtables.length);

    const xlsx = await operator.get(`/api/assemblies/${assemblyId}/allocation.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A2").value).toBe(legend);
    expect(sheet.rowCount).toBe(4 + 60);
    const exports = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "allocation.export"), eq(auditLog.entityId, assemblyId)));
    expect(exports).toHaveLength(3);
  });
});
