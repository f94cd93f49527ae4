import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { AgendaDocumentDto } from "../../../shared/schemas/agenda-document";
import { allies, tableSpokespeople } from "../../db/schema";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement } from "../../testing/fixtures";
import { pdfText } from "../../testing/pdf-text";
import { agendaOf, approveAndLock, handVote, plenaryAssembly } from "../../testing/plenary-fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const LEGEND = "Convenio número";

async function approvedAssembly() {
  const a = await plenaryAssembly(ctx);
  await ctx.database.db.insert(allies).values({
    assemblyId: a.assemblyId,
    institution: "Agencia de Desarrollo Rural",
    kind: "nacional",
    offer: "Cofinanciación de proyectos productivos",
    pitContribution: "Asistencia técnica al cacao",
  });
  await ctx.database.db
    .insert(tableSpokespeople)
    .values({ tableId: a.tableId, assemblyId: a.assemblyId, registrationId: a.ids[0]! });
  const table = (await agendaOf(a.operator, a.assemblyId)).tables.find((t) => t.id === a.tableId)!;
  await a.operator.post(`/api/assemblies/${a.assemblyId}/plenary/tables/${a.tableId}/merge`, {
    targetId: table.items[0]!.id,
    itemIds: [table.items[1]!.id],
  });
  await handVote(a.operator, a.assemblyId, a.tableId, { for: 7, against: 2, abstain: 1 });
  await approveAndLock(a.operator, a.assemblyId);
  return a;
}

describe("the agenda document", () => {
  it("is a PDF with the legend on every page, the approved needs, the work plan and the vote results", async () => {
    const a = await approvedAssembly();
    const response = await a.operator.get(`/api/assemblies/${a.assemblyId}/agenda-document.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const pdf = response.rawPayload;
    const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
    const text = pdfText(pdf);
    expect(pages).toBeGreaterThan(5);
    expect(text.split(LEGEND).length - 1).toBeGreaterThanOrEqual(pages);
    for (const expected of [
      "Agenda de la Economía Popular, Social y Solidaria — Arauca, 2024–",
      "Asistencia",
      "Agencia de Desarrollo Rural",
      "Falta de crédito para el cacao",
      "Poca formación en cooperativismo",
      "Coopcacao",
      "Crear un fondo rotatorio",
      "¿Quién?",
      "1.º trimestre 2024",
      "Aprobada",
      "Aprobación de la agenda completa",
      "Posibles asociaciones",
    ]) {
      expect(text).toContain(expected);
    }
    const spokesperson = a.people.find((p) => a.idOf(p) === a.ids[0])!;
    expect(text).toContain(`${spokesperson.firstNames} ${spokesperson.lastNames}`);
    // Merged: one need from both sub-tables, under the wording that stayed.
    expect(text).toContain("mesas: 1.1, 1.2");
    const needs = text.slice(text.indexOf("Necesidades"), text.indexOf("Soluciones y organizaciones"));
    expect(needs).toContain("Falta de crédito para el cacao");
    expect(needs).not.toContain("Crédito caro para cacaoteros");
  });

  it("has the same content as XLSX, one sheet per section with the legend, and as JSON", async () => {
    const a = await approvedAssembly();
    const xlsx = await a.operator.get(`/api/assemblies/${a.assemblyId}/agenda-document.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Portada",
      "Asistencia",
      "Aliados",
      "Sistematización",
      "Necesidades",
      "Soluciones",
      "Plan de trabajo",
      "Votaciones",
      "Asociaciones",
    ]);
    for (const sheet of workbook.worksheets) expect(String(sheet.getCell("A2").value)).toContain(LEGEND);
    const plan = workbook.getWorksheet("Plan de trabajo")!;
    expect(plan.getRow(5).values).toEqual(expect.arrayContaining(["Crear un fondo rotatorio", "Coopcacao"]));

    const json = (
      await a.operator.get(`/api/assemblies/${a.assemblyId}/agenda-document.json`)
    ).json() as AgendaDocumentDto;
    expect(json.approvedAt).not.toBeNull();
    const table = json.tables.find((t) => t.id === a.tableId)!;
    expect(table.items).toHaveLength(1);
    expect(table.items[0]!.originals).toHaveLength(2);
    expect(table.vote).toMatchObject({
      method: "hand",
      counts: { for: 7, against: 2, abstain: 1 },
      result: { outcome: "approved" },
    });
    expect(json.agendaVote?.result.outcome).toBe("approved");
    expect(json.allies).toEqual([expect.objectContaining({ institution: "Agencia de Desarrollo Rural" })]);
  });

  it("is a draft before the lock, and stays as approved when a piece changes afterwards", async () => {
    const a = await plenaryAssembly(ctx);
    const draft = (
      await a.operator.get(`/api/assemblies/${a.assemblyId}/agenda-document.json`)
    ).json() as AgendaDocumentDto;
    expect(draft.approvedAt).toBeNull();
    expect(draft.agendaVote).toBeNull();
    expect(
      pdfText((await a.operator.get(`/api/assemblies/${a.assemblyId}/agenda-document.pdf`)).rawPayload),
    ).toContain("Borrador");

    await approveAndLock(a.operator, a.assemblyId);
    const state = (await a.operator.get(`/api/puzzle/subtables/${a.other.id}`)).json();
    const need = state.needs[0];
    await a.operator.post(`/api/puzzle/subtables/${a.other.id}/changes`, {
      changeId: crypto.randomUUID(),
      kind: "need.save",
      pieceId: need.id,
      baseVersion: need.version,
      data: { title: "Cambiado después de aprobar", description: "", affectedGroups: [] },
    });
    const approved = (
      await a.operator.get(`/api/assemblies/${a.assemblyId}/agenda-document.json`)
    ).json() as AgendaDocumentDto;
    const titles = approved.tables.flatMap((t) => t.items.map((i) => i.title));
    expect(titles).toContain("Poca formación en cooperativismo");
    expect(titles).not.toContain("Cambiado después de aprobar");
  });

  it("is published read-only once approved, without people's names", async () => {
    const a = await plenaryAssembly(ctx);
    const url = `/api/public/assemblies/${a.assemblyId}/agenda`;
    const before = await ctx.app.inject({ method: "GET", url });
    expect(before.statusCode).toBe(404);
    expect(before.json().code).toBe("plenary.not_published");
    await ctx.database.db
      .insert(tableSpokespeople)
      .values({ tableId: a.tableId, assemblyId: a.assemblyId, registrationId: a.ids[0]! });
    await approveAndLock(a.operator, a.assemblyId);
    const staff = (
      await a.operator.get(`/api/assemblies/${a.assemblyId}/agenda-document.json`)
    ).json() as AgendaDocumentDto;
    expect(staff.tables.find((t) => t.id === a.tableId)!.spokesperson).not.toBeNull();
    const published = await ctx.app.inject({ method: "GET", url });
    expect(published.statusCode).toBe(200);
    const body = published.json() as AgendaDocumentDto;
    expect(body.tables.every((t) => t.spokesperson === null)).toBe(true);
    expect(body.attendance.byMunicipality).toEqual([]);
    expect(body.tables.flatMap((t) => t.items.map((i) => i.title))).toContain(
      "Falta de crédito para el cacao",
    );
  });

  it("is for staff who see the assembly: another convenio's operator gets 404", async () => {
    const a = await plenaryAssembly(ctx);
    const stranger = await signIn(ctx, "partner_operator");
    await createAgreement(stranger);
    const supervisor = await signIn(ctx, "supervisor", { agreementId: a.agreementId });
    expect((await stranger.get(`/api/assemblies/${a.assemblyId}/agenda-document.pdf`)).statusCode).toBe(404);
    expect((await supervisor.get(`/api/assemblies/${a.assemblyId}/agenda-document.json`)).statusCode).toBe(
      200,
    );
    expect(
      (await ctx.app.inject({ method: "GET", url: `/api/assemblies/${a.assemblyId}/agenda-document.json` }))
        .statusCode,
    ).toBe(401);
  });
});
