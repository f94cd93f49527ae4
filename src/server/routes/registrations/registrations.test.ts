import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { selectRows } from "../../db/client";
import { auditLog, consents, registrations } from "../../db/schema";
import { CREDENTIAL_PATTERN, verifyCredential } from "../../registration/credential";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { pdfText } from "../../testing/pdf-text";
import { openAssembly, personForm } from "../../testing/registration-fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const publicPost = (assemblyId: string, body: unknown) =>
  ctx.app.inject({
    method: "POST",
    url: `/api/public/assemblies/${assemblyId}/registrations`,
    payload: body as object,
  });

async function setup() {
  const operator = await signIn(ctx, "partner_operator");
  const { agreementId, assemblyId } = await openAssembly(ctx, operator);
  return { operator, agreementId, assemblyId };
}

describe("public assembly page", () => {
  it("shows the assembly, the authorisation text with its version and the tables' axes, nothing personal", async () => {
    const { assemblyId } = await setup();
    await publicPost(assemblyId, personForm());
    const response = await ctx.app.inject({ method: "GET", url: `/api/public/assemblies/${assemblyId}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ municipalityName: "Arauca", registrationOpen: true, consentVersion: 1 });
    expect(body.consentText).toContain("Ley 1581 de 2012");
    expect(body.legend).toContain("Convenio número");
    expect(body.axes.map((a: { code: string }) => a.code)).toContain("asociatividad");
    expect(response.body).not.toContain("Núñez");
    expect(response.body).not.toContain("1023456789");
  });

  it("does not publish a draft assembly", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const assembly = await createAssembly(operator, await createAgreement(operator));
    expect(
      (await ctx.app.inject({ method: "GET", url: `/api/public/assemblies/${assembly.id}` })).statusCode,
    ).toBe(404);
    expect((await publicPost(assembly.id, personForm())).statusCode).toBe(404);
  });
});

describe("public registration", () => {
  it("registers without an account, normalises the answers and returns a signed credential", async () => {
    const { assemblyId } = await setup();
    const response = await publicPost(assemblyId, personForm());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      created: true,
      person: { firstNames: "María Fernanda", documentMasked: "•••• 6789", lastInitials: "N. R." },
    });
    expect(body.credential).toMatch(CREDENTIAL_PATTERN);
    expect(body.credential).not.toContain("1023456789");
    expect(await verifyCredential(ctx.database.db, body.credential)).toBe(body.registrationId);

    const [row] = await ctx.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.id, body.registrationId));
    expect(row).toMatchObject({
      documentNumber: "1023456789",
      phone: "+573001234567",
      organizationNit: "8001972684",
      source: "web",
      searchText: "maria fernanda nunez rios 1023456789",
    });
    const given = await ctx.database.db
      .select()
      .from(consents)
      .where(eq(consents.registrationId, body.registrationId));
    expect(given.map((c) => [c.kind, c.textVersion, c.channel])).toEqual([["data", 1, "web"]]);
  });

  it("is refused when the assembly is not open for registration", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const { assemblyId } = await openAssembly(ctx, operator, "closed");
    const response = await publicPost(assemblyId, personForm());
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: "registration.closed",
      message: "Las inscripciones para esta asamblea no están abiertas.",
    });
  });

  it.each([
    [
      { documentNumber: "12" },
      "documentNumber",
      "El número de cédula de ciudadanía lleva de 3 a 10 dígitos.",
    ],
    [
      { documentType: "TI", documentNumber: "123456789" },
      "documentNumber",
      "El número de tarjeta de identidad lleva de 10 a 11 dígitos.",
    ],
    [{ phone: "607 885 1234" }, "phone", "Escriba un número de celular, no un teléfono fijo."],
    [{ phone: "885 1234" }, "phone", "El celular tiene 10 dígitos, por ejemplo 300 123 4567."],
    [
      { organizationNit: "800197268-5" },
      "organizationNit",
      "El NIT no es válido: revise los dígitos y el dígito de verificación.",
    ],
    [
      { dataConsent: false },
      "dataConsent",
      "Debe aceptar la autorización de tratamiento de datos para inscribirse.",
    ],
    [{ municipalityCode: "05001" }, "municipalityCode", "Elija un municipio del departamento elegido."],
    [{ preferredAxes: ["inventado"] }, "preferredAxes.0", "Este eje no está en la asamblea."],
    [
      { consentVersion: 7 },
      "consentVersion",
      "La autorización que aceptó ya no está vigente. Recargue la página y léala de nuevo.",
    ],
    [{ email: "mafe@" }, "email", "Escriba un correo válido."],
  ])("refuses %o with a Spanish message on %s", async (change, field, message) => {
    const { assemblyId } = await setup();
    const response = await publicPost(assemblyId, personForm(change));
    expect(response.statusCode).toBe(422);
    expect(response.json().fields[field]).toBe(message);
    expect(await ctx.database.db.select().from(registrations)).toHaveLength(0);
  });
});

describe("re-registering the same document", () => {
  it("updates the registration after confirming the date of birth, without duplicating", async () => {
    const { assemblyId } = await setup();
    const first = (await publicPost(assemblyId, personForm())).json();
    const again = await publicPost(
      assemblyId,
      personForm({ documentNumber: "1023456789", phone: "+57 310 555 0000" }),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      created: false,
      registrationId: first.registrationId,
      credential: first.credential,
    });
    const rows = await ctx.database.db.select().from(registrations);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.phone).toBe("+573105550000");
  });

  it("changes nothing when the date of birth does not match, and says so beside the date", async () => {
    const { assemblyId } = await setup();
    await publicPost(assemblyId, personForm());
    const response = await publicPost(
      assemblyId,
      personForm({ birthDate: "1991-05-14", firstNames: "Impostor" }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: "registration.identity_mismatch",
      fields: { birthDate: "No coincide con la fecha de nacimiento de la inscripción de este documento." },
    });
    const [row] = await ctx.database.db.select().from(registrations);
    expect(row!.firstNames).toBe("María Fernanda");
  });

  it("gives back the credential to whoever proves the document and date of birth", async () => {
    const { assemblyId } = await setup();
    const first = (await publicPost(assemblyId, personForm())).json();
    const recover = (birthDate: string) =>
      ctx.app.inject({
        method: "POST",
        url: `/api/public/assemblies/${assemblyId}/credential`,
        payload: { documentType: "CC", documentNumber: "1023.456.789", birthDate },
      });
    expect((await recover("1990-05-14")).json()).toMatchObject({
      registrationId: first.registrationId,
      credential: first.credential,
    });
    const wrong = await recover("1990-05-15");
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe("registration.not_found");
  });
});

describe("consent rules", () => {
  it("refuses a sensitive field without the sensitive-data authorisation", async () => {
    const { assemblyId } = await setup();
    const response = await publicPost(
      assemblyId,
      personForm({ ethnicity: "indigena", conflictVictim: false }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().fields).toEqual({
      ethnicity: "Para guardar este dato debe dar la autorización de datos sensibles.",
      conflictVictim: "Para guardar este dato debe dar la autorización de datos sensibles.",
    });
    expect(await ctx.database.db.select().from(registrations)).toHaveLength(0);
  });

  it("stores sensitive data with its authorisation, and a later registration without it withdraws both", async () => {
    const { operator, assemblyId } = await setup();
    const created = await publicPost(
      assemblyId,
      personForm({ sensitiveConsent: true, ethnicity: "indigena", disability: true }),
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().registrationId;
    let read = (await operator.get(`/api/registrations/${id}`)).json();
    expect(read).toMatchObject({
      sensitiveConsent: true,
      ethnicity: "indigena",
      disability: true,
      conflictVictim: null,
    });
    expect(read.consents.map((c: { kind: string }) => c.kind)).toEqual(["data", "sensitive"]);

    expect((await publicPost(assemblyId, personForm())).statusCode).toBe(200);
    read = (await operator.get(`/api/registrations/${id}`)).json();
    expect(read).toMatchObject({ sensitiveConsent: false, ethnicity: null, disability: null });
    expect(read.consents.find((c: { kind: string }) => c.kind === "sensitive").withdrawnAt).not.toBeNull();
  });

  it("registers a minor only with the legal representative's name, document and authorisation", async () => {
    const { operator, assemblyId } = await setup();
    // 17 on the assembly day (18 November 2023), whatever today's date is: 18 the day after.
    const minor = personForm({ documentType: "TI", documentNumber: "1098765432", birthDate: "2005-11-19" });
    const refused = await publicPost(assemblyId, minor);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("registration.guardian_required");
    expect(Object.keys(refused.json().fields)).toEqual([
      "guardianName",
      "guardianDocumentType",
      "guardianDocumentNumber",
      "guardianConsent",
    ]);

    const guardian = {
      guardianName: "Luz Marina Ríos",
      guardianDocumentType: "CC",
      guardianDocumentNumber: "40.123.456",
      guardianConsent: true,
    };
    const accepted = await publicPost(assemblyId, { ...minor, ...guardian });
    expect(accepted.statusCode).toBe(201);
    const read = (await operator.get(`/api/registrations/${accepted.json().registrationId}`)).json();
    expect(read).toMatchObject({
      age: 17,
      ageBand: "under_18",
      guardianName: "Luz Marina Ríos",
      guardianDocumentNumber: "40123456",
    });
    expect(read.consents.map((c: { kind: string }) => c.kind)).toEqual(["data", "guardian"]);
  });

  it("drops a guardian sent for an adult", async () => {
    const { operator, assemblyId } = await setup();
    const response = await publicPost(
      assemblyId,
      personForm({ guardianName: "Alguien", guardianConsent: true }),
    );
    const read = (await operator.get(`/api/registrations/${response.json().registrationId}`)).json();
    expect(read.guardianName).toBeNull();
    expect(read.consents.map((c: { kind: string }) => c.kind)).toEqual(["data"]);
  });
});

describe("extra questions of the national admin", () => {
  it("are validated against their definitions and stored in extra", async () => {
    const { assemblyId } = await setup();
    const admin = await signIn(ctx, "national_admin");
    const field = await admin.post("/api/registration-fields", {
      labelEs: "¿Vende en plaza de mercado?",
      labelEn: "Sells at a market?",
      type: "select",
      options: [
        { value: "si", labelEs: "Sí", labelEn: "Yes" },
        { value: "a_veces", labelEs: "A veces", labelEn: "Sometimes" },
      ],
    });
    expect(field.statusCode).toBe(201);
    expect(field.json().key).toBe("vende_en_plaza_de_mercado");
    const publicPage = (
      await ctx.app.inject({ method: "GET", url: `/api/public/assemblies/${assemblyId}` })
    ).json();
    expect(publicPage.extraFields.map((f: { key: string }) => f.key)).toEqual(["vende_en_plaza_de_mercado"]);

    const bad = await publicPost(
      assemblyId,
      personForm({ extra: { vende_en_plaza_de_mercado: "nunca", inventada: "x" } }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields).toEqual({
      "extra.vende_en_plaza_de_mercado": "Elija una opción de la lista.",
      "extra.inventada": "Esta pregunta no está en el formulario.",
    });
    const good = await publicPost(
      assemblyId,
      personForm({ extra: { vende_en_plaza_de_mercado: "a_veces" } }),
    );
    expect(good.statusCode).toBe(201);
    const [row] = await ctx.database.db.select().from(registrations);
    expect(row!.extra).toEqual({ vende_en_plaza_de_mercado: "a_veces" });
  });

  it("are managed by the national admin only, and keep their type", async () => {
    const { operator } = await setup();
    const admin = await signIn(ctx, "national_admin");
    const input = { labelEs: "Fecha de inicio del negocio", labelEn: "Business start date", type: "date" };
    expect((await operator.post("/api/registration-fields", input)).statusCode).toBe(403);
    const id = (await admin.post("/api/registration-fields", input)).json().id;
    const retype = await admin.put(`/api/registration-fields/${id}`, { ...input, type: "text" });
    expect(retype.statusCode).toBe(422);
    expect(retype.json().code).toBe("registration.field_type_fixed");
    const off = await admin.put(`/api/registration-fields/${id}`, { ...input, active: false });
    expect(off.json().active).toBe(false);
    expect((await operator.get("/api/registration-fields")).json()).toHaveLength(1);
  });
});

describe("staff list, read and edit", () => {
  async function withPeople() {
    const { operator, agreementId, assemblyId } = await setup();
    await publicPost(assemblyId, personForm());
    await publicPost(
      assemblyId,
      personForm({
        documentNumber: "79456123",
        firstNames: "José",
        lastNames: "Pérez",
        sex: "hombre",
        birthDate: "1955-02-01",
        populationGroups: [],
      }),
    );
    return { operator, agreementId, assemblyId };
  }

  it("searches names without accents or case, and documents by digits, for the convenio's operator", async () => {
    const { operator, assemblyId } = await withPeople();
    const search = async (q: string) =>
      (await operator.get(`/api/assemblies/${assemblyId}/registrations?q=${encodeURIComponent(q)}`)).json();
    expect((await search("NUNEZ maria")).items.map((r: { lastNames: string }) => r.lastNames)).toEqual([
      "Núñez Ríos",
    ]);
    expect((await search("79.456")).items.map((r: { firstNames: string }) => r.firstNames)).toEqual(["José"]);
    expect((await search("100%")).total).toBe(0);
    const all = await search("");
    expect(all).toMatchObject({ personal: true, total: 2 });
    const older = (await operator.get(`/api/assemblies/${assemblyId}/registrations?ageBand=60_plus`)).json();
    expect(older.items.map((r: { firstNames: string }) => r.firstNames)).toEqual(["José"]);
    const women = (
      await operator.get(`/api/assemblies/${assemblyId}/registrations?populationGroup=mujeres`)
    ).json();
    expect(women.total).toBe(1);
  });

  it("gives supervisors anonymised rows only, and no search by name", async () => {
    const { agreementId, assemblyId } = await withPeople();
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    const response = await supervisor.get(`/api/assemblies/${assemblyId}/registrations?q=jose`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ personal: false, total: 2 });
    expect(response.body).not.toMatch(/José|Núñez|1023456789|\+57/);
    const id = response.json().items[0].id;
    expect((await supervisor.get(`/api/registrations/${id}`)).statusCode).toBe(403);
  });

  it.each(["desk_staff", "group_leader"] as const)("refuses the list to %s (403)", async (role) => {
    const { assemblyId } = await withPeople();
    const user = await signIn(ctx, role, { assemblyId });
    expect((await user.get(`/api/assemblies/${assemblyId}/registrations`)).statusCode).toBe(403);
  });

  it("answers 404 to another convenio's operator, for the list, one registration and the export", async () => {
    const { assemblyId } = await withPeople();
    const other = await signIn(ctx, "partner_operator");
    await createAgreement(other);
    const id = (await ctx.database.db.select().from(registrations))[0]!.id;
    expect((await other.get(`/api/assemblies/${assemblyId}/registrations`)).statusCode).toBe(404);
    expect((await other.get(`/api/registrations/${id}`)).statusCode).toBe(404);
    expect((await other.put(`/api/registrations/${id}`, personForm())).statusCode).toBe(404);
    expect((await other.get(`/api/assemblies/${assemblyId}/registrations/export`)).statusCode).toBe(404);
  });

  it("lets the operator correct a registration, audited, and refuses a document another person has", async () => {
    const { operator, assemblyId } = await withPeople();
    const list = (await operator.get(`/api/assemblies/${assemblyId}/registrations?q=jose`)).json();
    const id = list.items[0].id;
    const fixed = await operator.put(
      `/api/registrations/${id}`,
      personForm({
        documentNumber: "79456123",
        firstNames: "José Gregorio",
        lastNames: "Pérez",
        sex: "hombre",
        birthDate: "1955-02-01",
      }),
    );
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ firstNames: "José Gregorio", age: 68, source: "web" });
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registration.update"), eq(auditLog.entityId, id)));
    expect(entry!.before).toMatchObject({ firstNames: "José" });
    expect(JSON.stringify(entry!.before)).not.toContain("credential");

    const clash = await operator.put(`/api/registrations/${id}`, personForm());
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe("registration.duplicate_document");
  });
});

describe("exports", () => {
  async function sheetText(buffer: Buffer): Promise<string[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row, number) => {
      rows[number - 1] = (row.values as unknown[]).slice(1).map((v) => String(v ?? ""));
    });
    return rows;
  }

  it("gives the operator personal data in XLSX and CSV, each export audited", async () => {
    const { operator, assemblyId } = await setup();
    await publicPost(assemblyId, personForm());
    const xlsx = await operator.get(`/api/assemblies/${assemblyId}/registrations/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const rows = await sheetText(xlsx.rawPayload);
    expect(rows[1]![0]).toContain("Convenio número");
    expect(rows[3]).toContain("Número de documento");
    expect(rows[4]).toEqual(
      expect.arrayContaining(["1023456789", "María Fernanda", "Núñez Ríos", "300 123 4567"]),
    );

    const csv = await operator.get(`/api/assemblies/${assemblyId}/registrations/export?format=csv`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("María Fernanda;Núñez Ríos");

    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "registration.export"))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.after)).toEqual([
      { format: "xlsx", personal: true, rows: 1 },
      { format: "csv", personal: true, rows: 1 },
    ]);
  });

  it("gives a supervisor an anonymised export, also audited", async () => {
    const { agreementId, assemblyId } = await setup();
    await publicPost(assemblyId, personForm({ sensitiveConsent: true, ethnicity: "raizal" }));
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    const csv = await supervisor.get(`/api/assemblies/${assemblyId}/registrations/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("29 a 59");
    expect(csv.body).not.toMatch(/María|1023456789|300 123|Raizal|Cacaoteros/);
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "registration.export"));
    expect(audit).toMatchObject({
      actorId: supervisor.userId,
      entityId: assemblyId,
      after: { personal: false },
    });
  });
});

describe("QR poster and credentials", () => {
  it("serves the poster PDF to the assembly's staff", async () => {
    const { operator, assemblyId } = await setup();
    const response = await operator.get(`/api/assemblies/${assemblyId}/registration-poster.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(response.rawPayload).replace(/\s+/g, " ");
    expect(text).toContain("¡Inscríbase a la asamblea!");
    // The URL wraps across lines in the PDF; its characters are all there in order.
    expect(text.replace(/\s+/g, "")).toContain(`/registro/${assemblyId}`);
    expect(text).toContain("Esta actividad se realiza en el marco del Convenio número");
  });

  it("refuses a forged, altered or revoked credential", async () => {
    const { assemblyId } = await setup();
    const { credential, registrationId } = (await publicPost(assemblyId, personForm())).json();
    const db = ctx.database.db;
    const flipped = credential.slice(0, -1) + (credential.endsWith("A") ? "B" : "A");
    expect(await verifyCredential(db, flipped)).toBeNull();
    expect(await verifyCredential(db, "1023456789")).toBeNull();
    expect(await verifyCredential(db, ` ${credential.toLowerCase()}\n`)).toBe(registrationId);
    await db
      .update(registrations)
      .set({ credentialNonce: "0123456789abcdef" })
      .where(eq(registrations.id, registrationId));
    expect(await verifyCredential(db, credential)).toBeNull();
  });
});

describe("desk search support", () => {
  it("keeps search_text folded and indexed for trigram search", async () => {
    const { assemblyId } = await setup();
    await publicPost(assemblyId, personForm({ firstNames: "ÁLVARO José", lastNames: "Muñoz" }));
    const rows = await selectRows<{ search_text: string; similar: boolean }>(
      ctx.database.db,
      "SELECT search_text, search_text % 'alvaro munoz' AS similar FROM registrations",
    );
    expect(rows).toEqual([{ search_text: "alvaro jose munoz 1023456789", similar: true }]);
    const indexes = await selectRows<{ indexname: string }>(
      ctx.database.db,
      "SELECT indexname FROM pg_indexes WHERE tablename = 'registrations' ORDER BY indexname",
    );
    expect(indexes.map((i) => i.indexname)).toEqual(
      expect.arrayContaining(["registrations_document_prefix_idx", "registrations_search_trgm_idx"]),
    );
  });
});
