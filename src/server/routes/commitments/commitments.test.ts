import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CommitmentDto, CommitmentListDto } from "../../../shared/schemas/commitment";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement } from "../../testing/fixtures";
import { approveAndLock, plenaryAssembly } from "../../testing/plenary-fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Overdue depends on the day: these tests read the commitments on 15 January 2025. */
const onJanuary15th2025 = () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2025-01-15T15:00:00Z"));
};

type Assembly = Awaited<ReturnType<typeof plenaryAssembly>>;

async function list(a: Assembly, query = "") {
  const response = await a.operator.get(`/api/assemblies/${a.assemblyId}/commitments${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CommitmentListDto;
}
const actions = (result: CommitmentListDto) => result.commitments.map((c) => c.action);

describe("commitments", () => {
  it("appear when the agenda is locked, one per plan item, with the 2024 ones overdue", async () => {
    const a = await plenaryAssembly(ctx);
    expect((await list(a)).commitments).toEqual([]);
    await approveAndLock(a.operator, a.assemblyId);
    onJanuary15th2025();
    const all = await list(a);
    expect(all.total).toBe(4);
    expect(all.commitments.find((c) => c.action === "Crear un fondo rotatorio")).toMatchObject({
      need: "Falta de crédito para el cacao",
      owner: "Coopcacao",
      due: "2024-Q1",
      status: "pending",
      overdue: true,
      withdrawn: false,
    });
    expect(all.overdue).toBe(1);
  });

  it.each([
    ["?status=pending", 4],
    ["?owner=coopcacao", 1],
    ["?owner=UNIDAD%20solidaria", 1],
    ["?due=2025", 2],
    ["?due=2025-Q1", 1],
    ["?overdue=true", 1],
  ])("filter %s → %i", async (query, count) => {
    const a = await plenaryAssembly(ctx);
    await approveAndLock(a.operator, a.assemblyId);
    onJanuary15th2025();
    expect((await list(a, query)).total).toBe(count);
  });

  it("filters by axis", async () => {
    const a = await plenaryAssembly(ctx);
    await approveAndLock(a.operator, a.assemblyId);
    expect(actions(await list(a, `?tableId=${a.otherTableId}`))).toEqual(["Escuela de cooperativismo"]);
  });

  it("the operator updates status, owner and due and adds dated progress notes; the due must be in 2024–2026", async () => {
    const a = await plenaryAssembly(ctx);
    await approveAndLock(a.operator, a.assemblyId);
    const target = (await list(a)).commitments.find((c) => c.action === "Crear un fondo rotatorio")!;
    const url = `/api/commitments/${target.id}`;
    const invalid = await a.operator.put(url, { owner: "Coopcacao", due: "2027-Q1", status: "in_progress" });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({
      code: "commitment.due_invalid",
      fields: { due: "Elija un mes o un trimestre entre 2024 y 2026." },
    });
    onJanuary15th2025();
    const done = await a.operator.put(url, {
      owner: "Coopcacao y Fondo Arauca",
      due: "2024-Q1",
      status: "done",
    });
    expect(done.json()).toMatchObject({ status: "done", overdue: false, owner: "Coopcacao y Fondo Arauca" });
    const noted = await a.operator.post(`${url}/notes`, {
      notedOn: "2024-03-20",
      text: "Fondo constituido con 12 asociaciones",
    });
    expect(noted.statusCode).toBe(201);
    expect((noted.json() as CommitmentDto).notes).toEqual([
      expect.objectContaining({ notedOn: "2024-03-20", text: "Fondo constituido con 12 asociaciones" }),
    ]);
    const empty = await a.operator.post(`${url}/notes`, { notedOn: "2024-03-21", text: " " });
    expect(empty.statusCode).toBe(422);
    expect((await list(a, "?status=done")).total).toBe(1);
  });

  it("another convenio's operator gets 404; the supervisor reads and gets 403 on updates", async () => {
    const a = await plenaryAssembly(ctx);
    await approveAndLock(a.operator, a.assemblyId);
    const [first] = (await list(a)).commitments;
    const stranger = await signIn(ctx, "partner_operator");
    await createAgreement(stranger);
    const supervisor = await signIn(ctx, "supervisor", { agreementId: a.agreementId });
    const body = { owner: "Otra", due: "2025-01", status: "in_progress" };
    expect((await stranger.get(`/api/assemblies/${a.assemblyId}/commitments`)).statusCode).toBe(404);
    expect((await stranger.put(`/api/commitments/${first!.id}`, body)).statusCode).toBe(404);
    expect((await supervisor.get(`/api/assemblies/${a.assemblyId}/commitments`)).json().total).toBe(4);
    expect((await supervisor.put(`/api/commitments/${first!.id}`, body)).statusCode).toBe(403);
    expect(
      (
        await supervisor.post(`/api/commitments/${first!.id}/notes`, {
          notedOn: "2024-05-01",
          text: "Avance",
        })
      ).statusCode,
    ).toBe(403);
    const admin = await signIn(ctx, "national_admin");
    expect((await admin.put(`/api/commitments/${first!.id}`, body)).statusCode).toBe(200);
  });

  it("exports the filtered list as XLSX with the legend and overdue ones marked", async () => {
    const a = await plenaryAssembly(ctx);
    await approveAndLock(a.operator, a.assemblyId);
    onJanuary15th2025();
    const response = await a.operator.get(
      `/api/assemblies/${a.assemblyId}/commitments.xlsx?tableId=${a.tableId}`,
    );
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Compromisos")!;
    expect(String(sheet.getCell("A2").value)).toContain("Convenio número");
    const rows = [5, 6, 7].map((n) => sheet.getRow(n).values as unknown[]);
    expect(rows.map((row) => row[3])).toEqual([
      "Crear un fondo rotatorio",
      "Capacitar en finanzas solidarias",
      "Gestionar línea con Finagro",
    ]);
    expect(rows.map((row) => row[8] === "Vencido")).toEqual([true, false, false]);
  });

  it("keep their follow-up when the agenda is reopened and approved again; a plan item that left is withdrawn", async () => {
    const a = await plenaryAssembly(ctx);
    await approveAndLock(a.operator, a.assemblyId);
    const before = await list(a);
    const kept = before.commitments.find((c) => c.action === "Escuela de cooperativismo")!;
    await a.operator.put(`/api/commitments/${kept.id}`, {
      owner: "SENA Arauca",
      due: "2025-03",
      status: "in_progress",
    });
    await a.operator.post(`/api/assemblies/${a.assemblyId}/plenary/reopen`, {
      reason: "La mesa 1 retira una acción",
    });
    const gone = before.commitments.find((c) => c.action === "Capacitar en finanzas solidarias")!;
    const state = (await a.operator.get(`/api/puzzle/subtables/${a.second.id}`)).json();
    const [piece] = state.planItems as { id: string; version: number }[];
    const deleted = await a.operator.post(`/api/puzzle/subtables/${a.second.id}/changes`, {
      changeId: randomUUID(),
      kind: "planItem.delete",
      pieceId: piece!.id,
      baseVersion: piece!.version,
    });
    expect(deleted.statusCode).toBe(200);
    await approveAndLock(a.operator, a.assemblyId);

    const after = await list(a);
    expect(actions(after)).not.toContain(gone.action);
    expect(after.commitments.find((c) => c.id === kept.id)).toMatchObject({
      owner: "SENA Arauca",
      status: "in_progress",
    });
    const withdrawn = await list(a, "?withdrawn=true");
    expect(withdrawn.commitments.find((c) => c.id === gone.id)).toMatchObject({ withdrawn: true });
  });
});
