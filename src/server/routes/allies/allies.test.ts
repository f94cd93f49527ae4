import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { allyNames } from "./store";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const SENA = {
  institution: "SENA Regional Arauca",
  kind: "nacional",
  presenter: "Coordinación de emprendimiento",
  offer: "Fondo Emprender; formación complementaria en cacao",
  pitContribution: "Formación técnica a 3 asociaciones cacaoteras",
  contactName: "Ana Pérez",
  contactPhone: "+57 300 123 4567",
  contactEmail: "ana@sena.edu.co",
};

async function setup() {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator, { number: "002", year: 2023 });
  const assembly = await createAssembly(operator, agreementId);
  return { operator, agreementId, assembly, url: `/api/assemblies/${assembly.id}/allies` };
}

describe("Momento 2 allies", () => {
  it("records, lists, edits and removes allies, with a live event for each change", async () => {
    const { operator, assembly, url } = await setup();
    const received: string[] = [];
    ctx.app.fanout.subscribe(assembly.id, (event) => received.push(event.type));
    const created = await operator.post(url, SENA);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject(SENA);
    const second = await operator.post(url, { institution: "Gobernación de Arauca", kind: "territorial" });
    expect(second.json()).toMatchObject({ presenter: "", offer: "", contactEmail: "" });
    expect((await operator.get(url)).json().map((a: { institution: string }) => a.institution)).toEqual([
      "Gobernación de Arauca",
      "SENA Regional Arauca",
    ]);

    const edited = await operator.put(`${url}/${created.json().id}`, {
      ...SENA,
      kind: "academia",
      pitContribution: "Asistencia técnica",
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ kind: "academia", pitContribution: "Asistencia técnica" });
    expect((await operator.delete(`${url}/${second.json().id}`)).statusCode).toBe(200);
    expect(await allyNames(ctx.database.db, assembly.id)).toEqual(["SENA Regional Arauca"]);
    await ctx.app.fanout.flush();
    expect(received.filter((t) => t === "allies.updated")).toHaveLength(4);
  });

  it("refuses the same institution twice, however it is written", async () => {
    const { operator, url } = await setup();
    await operator.post(url, SENA);
    const twin = await operator.post(url, { ...SENA, institution: "  sena regional ARAUCA " });
    expect(twin.statusCode).toBe(409);
    expect(twin.json()).toMatchObject({
      code: "ally.duplicate",
      message: "«SENA Regional Arauca» ya está registrada como aliada en esta asamblea.",
      fields: { institution: "«SENA Regional Arauca» ya está registrada como aliada en esta asamblea." },
    });
  });

  it.each([
    ["institution", { institution: "" }, "Este campo es obligatorio."],
    ["kind", { kind: "ong" }, "Elija el tipo de aliado."],
    ["contactEmail", { contactEmail: "ana@" }, "Escriba un correo válido."],
    ["contactPhone", { contactPhone: "llamar a Ana" }, "Escriba solo números, espacios, guiones o +."],
    ["offer", { offer: "x".repeat(4001) }, "Máximo 4000 caracteres."],
  ])("refuses a bad %s with a Spanish message", async (field, overrides, message) => {
    const { operator, url } = await setup();
    const response = await operator.post(url, { ...SENA, ...overrides });
    expect(response.statusCode).toBe(422);
    expect(response.json().fields[field]).toBe(message);
  });

  it("exports the allies to XLSX with the convenio legend", async () => {
    const { operator, url } = await setup();
    await operator.post(url, SENA);
    const response = await operator.get(`${url}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell("A2").value)).toContain("Convenio número 002 de 2023");
    expect(sheet.headerFooter.oddFooter).toContain("Convenio número 002 de 2023");
    expect(sheet.getRow(4).values).toContain("Posible aporte al PIT");
    expect(sheet.getRow(5).values).toEqual(
      expect.arrayContaining(["SENA Regional Arauca", "Nacional", "ana@sena.edu.co"]),
    );
  });
});

describe("allies scope", () => {
  it("another convenio's operator gets 404; a supervisor reads and exports but gets 403 on writes", async () => {
    const { operator, agreementId, url } = await setup();
    const ally = (await operator.post(url, SENA)).json();
    const admin = await signIn(ctx, "national_admin");
    const outsider = await signIn(ctx, "partner_operator", { agreementId: await createAgreement(admin) });
    const supervisor = await signIn(ctx, "supervisor", { agreementId });

    expect((await outsider.get(url)).statusCode).toBe(404);
    expect((await outsider.post(url, SENA)).statusCode).toBe(404);
    expect((await outsider.put(`${url}/${ally.id}`, SENA)).statusCode).toBe(404);
    expect((await outsider.delete(`${url}/${ally.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`${url}/export.xlsx`)).statusCode).toBe(404);

    expect((await supervisor.get(url)).json()).toHaveLength(1);
    expect((await supervisor.get(`${url}/export.xlsx`)).statusCode).toBe(200);
    expect((await supervisor.post(url, { ...SENA, institution: "Otra" })).statusCode).toBe(403);
    expect((await supervisor.put(`${url}/${ally.id}`, SENA)).statusCode).toBe(403);
    expect((await supervisor.delete(`${url}/${ally.id}`)).statusCode).toBe(403);
  });

  it("answers 404 for an ally of another assembly", async () => {
    const { operator, agreementId, url } = await setup();
    const other = await createAssembly(operator, agreementId);
    const foreign = (await operator.post(`/api/assemblies/${other.id}/allies`, SENA)).json();
    expect((await operator.put(`${url}/${foreign.id}`, SENA)).statusCode).toBe(404);
    expect((await operator.delete(`${url}/${foreign.id}`)).statusCode).toBe(404);
  });
});
