import { beforeEach, describe, expect, it } from "vitest";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

describe("assemblies", () => {
  it("a new assembly has the seed's agenda, five tables and the convenio legend", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const agreementId = await createAgreement(operator, { number: "002", year: 2023 });
    const assembly = await createAssembly(operator, agreementId);
    const response = await operator.get(`/api/assemblies/${assembly.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.municipalityName).toBe("Arauca");
    expect(body.legend).toContain("Convenio número 002 de 2023");
    expect(body.agenda.map((b: { start: string }) => b.start)).toEqual([
      "07:30",
      "08:00",
      "08:30",
      "11:00",
      "11:30",
      "12:15",
      "13:15",
      "14:15",
      "14:45",
      "15:45",
      "16:00",
    ]);
    expect(body.tables.map((t: { axisCode: string }) => t.axisCode)).toEqual([
      "asociatividad",
      "credito",
      "formacion",
      "asistencia_tecnica",
      "integracion_territorial",
    ]);
    expect(body.tables.every((t: { capacity: number }) => t.capacity === 100)).toBe(true);
  });

  it("edits the agenda keeping block ids, and refuses overlaps and end-before-start", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const assembly = await createAssembly(operator, await createAgreement(operator));
    const agenda = (await operator.get(`/api/assemblies/${assembly.id}`)).json().agenda;
    const edited = agenda.map((b: Record<string, unknown>) => ({ ...b, position: undefined }));
    edited[0].title = "Registro e ingreso";
    const ok = await operator.put(`/api/assemblies/${assembly.id}/agenda`, { blocks: edited });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().agenda[0]).toMatchObject({ id: agenda[0].id, title: "Registro e ingreso" });

    const overlapping = edited.map((b: Record<string, unknown>) => ({ ...b }));
    overlapping[1].start = "07:45";
    const overlap = await operator.put(`/api/assemblies/${assembly.id}/agenda`, { blocks: overlapping });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json()).toMatchObject({
      code: "agenda.overlap",
      message: "Los bloques «Registro e ingreso» y «Apertura» se cruzan en el horario.",
      fields: { "blocks.1.start": "Se cruza con «Registro e ingreso»." },
    });

    const backwards = edited.map((b: Record<string, unknown>) => ({ ...b }));
    backwards[10].end = "15:00";
    const reversed = await operator.put(`/api/assemblies/${assembly.id}/agenda`, { blocks: backwards });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().code).toBe("agenda.end_before_start");
    expect(reversed.json().fields["blocks.10.end"]).toBeTruthy();

    const badClock = await operator.put(`/api/assemblies/${assembly.id}/agenda`, {
      blocks: [{ kind: "registro", title: "Registro", start: "7:30", end: "08:00" }],
    });
    expect(badClock.statusCode).toBe(422);
    expect(badClock.json().fields["blocks.0.start"]).toBe("Use el formato HH:MM (24 horas).");
  });

  it.each([
    [
      { municipalityCode: "05001" },
      "municipalityCode",
      "El municipio 05001 no existe en el departamento 81.",
    ],
    [
      { municipalityCode: "99999" },
      "municipalityCode",
      "El municipio 99999 no existe en el departamento 81.",
    ],
    [{ date: "18/11/2023" }, "date", null],
    [{ name: "" }, "name", "Este campo es obligatorio."],
    [{ capacity: "quinientos" }, "capacity", null],
  ])("refuses %o with a Spanish message on %s", async (overrides, field, message) => {
    const operator = await signIn(ctx, "partner_operator");
    const agreementId = await createAgreement(operator);
    const response = await operator.post("/api/assemblies", {
      agreementId,
      name: "Asamblea",
      departmentCode: "81",
      municipalityCode: "81001",
      date: "2023-11-18",
      ...overrides,
    });
    expect(response.statusCode).toBe(422);
    const fields = response.json().fields;
    expect(fields[field]).toBeTruthy();
    if (message) expect(fields[field]).toBe(message);
  });

  it("updates status and details", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const assembly = await createAssembly(operator, await createAgreement(operator));
    const response = await operator.put(`/api/assemblies/${assembly.id}`, {
      name: "Asamblea PIT Arauca",
      departmentCode: "81",
      municipalityCode: "81794",
      venue: "Casa de la cultura",
      date: "2023-11-18",
      capacity: 450,
      projectName: "Cacao",
      projectDescription: "",
      status: "registration_open",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      municipalityName: "Tame",
      status: "registration_open",
      capacity: 450,
    });
  });

  it("writes a domain event in the same transaction", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const assembly = await createAssembly(operator, await createAgreement(operator));
    const received: string[] = [];
    ctx.app.fanout.subscribe(assembly.id, (event) => received.push(event.type));
    const agenda = (await operator.get(`/api/assemblies/${assembly.id}`)).json().agenda;
    await operator.put(`/api/assemblies/${assembly.id}/agenda`, { blocks: agenda });
    await ctx.app.fanout.flush();
    expect(received).toContain("agenda.updated");
  });
});

describe("assembly scope by role", () => {
  async function twoConvenios() {
    const admin = await signIn(ctx, "national_admin");
    const mineId = await createAgreement(admin);
    const theirsId = await createAgreement(admin);
    const mine = await createAssembly(admin, mineId);
    const theirs = await createAssembly(admin, theirsId);
    return { admin, mineId, theirsId, mine, theirs };
  }

  it("national admin sees and edits every assembly", async () => {
    const { admin, mine, theirs } = await twoConvenios();
    expect((await admin.get("/api/assemblies")).json()).toHaveLength(2);
    expect((await admin.get(`/api/assemblies/${theirs.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/assemblies/${mine.id}`)).statusCode).toBe(200);
  });

  it.each([
    ["partner_operator", "agreement"],
    ["supervisor", "agreement"],
    ["desk_staff", "assembly"],
    ["group_leader", "table"],
  ] as const)("a %s scoped to one %s gets 404 on another convenio's assembly", async (role, scopeKind) => {
    const { mineId, mine, theirs } = await twoConvenios();
    const scope =
      scopeKind === "agreement"
        ? { agreementId: mineId }
        : scopeKind === "assembly"
          ? { assemblyId: mine.id }
          : { assemblyId: mine.id, tableId: mine.tables[0]!.id };
    const user = await signIn(ctx, role, scope);
    expect((await user.get(`/api/assemblies/${theirs.id}`)).statusCode).toBe(404);
    const validAgenda = [{ kind: "registro", title: "Registro", start: "07:30", end: "08:00" }];
    expect((await user.put(`/api/assemblies/${theirs.id}/agenda`, { blocks: validAgenda })).statusCode).toBe(
      404,
    );
    expect((await user.get(`/api/assemblies/${mine.id}`)).statusCode).toBe(200);
    expect((await user.get("/api/assemblies")).json().map((a: { id: string }) => a.id)).toEqual([mine.id]);
  });

  it.each(["supervisor", "desk_staff", "group_leader"] as const)(
    "a %s reads but cannot edit its assembly",
    async (role) => {
      const { mineId, mine } = await twoConvenios();
      const user = await signIn(ctx, role, { agreementId: mineId, assemblyId: mine.id });
      const agenda = (await user.get(`/api/assemblies/${mine.id}`)).json().agenda;
      const response = await user.put(`/api/assemblies/${mine.id}/agenda`, { blocks: agenda });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe("auth.forbidden");
    },
  );

  it("an operator cannot create an assembly in another convenio", async () => {
    const { mineId, theirsId } = await twoConvenios();
    const operator = await signIn(ctx, "partner_operator", { agreementId: mineId });
    const response = await operator.post("/api/assemblies", {
      agreementId: theirsId,
      name: "x",
      departmentCode: "81",
      municipalityCode: "81001",
      date: "2023-11-18",
    });
    expect(response.statusCode).toBe(404);
  });
});
