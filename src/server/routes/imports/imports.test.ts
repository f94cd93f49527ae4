import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { consents, importJobs, registrations } from "../../db/schema";
import { recoverImports } from "../../registration/import/job";
import { type Client, freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement } from "../../testing/fixtures";
import { multipartBody } from "../../testing/multipart";
import { openAssembly } from "../../testing/registration-fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

// biome-ignore format: a spreadsheet reads better as rows
const CSV_LINES = [
  "Tipo de documento;Número de documento;Nombres;Apellidos;Fecha de nacimiento (dd/mm/aaaa);Sexo;Celular;Municipio;Departamento;Zona;Economía;Grupo poblacional;Autoriza tratamiento de datos;Observaciones",
  "C.C.;1.023.456.789;María Fernanda;Núñez Ríos;14/05/1990;Femenino;300 123 4567;Arauca;Arauca;Urbana;Popular;Vendedores informales, Mujeres;Sí;",
  "CC;79456123;José;Pérez;01/02/1955;M;3105550000;81794;;rural;solidaria;;si;llegó tarde",
  "CC;12;Ana;Gómez;31/02/1990;X;601 234 5678;Medellín;Arauca;urbana;popular;;sí;",
  "CC;1023456789;Otra;Persona;14/05/1990;F;3001234567;Arauca;Arauca;urbana;popular;;sí;",
  ";;;;;;;;;;;;;",
  "TI;1098765432;Niña;Ruiz;19/11/2005;F;3001112233;Arauca;;urbana;popular;;sí;",
  "CC;55667788;Sin;Autorización;01/01/1980;F;3001112234;Arauca;;urbana;popular;;no;",
];
/** Saved by an older Excel: Windows-1252, semicolons, CRLF. */
const CSV_1252 = Buffer.from(CSV_LINES.join("\r\n"), "latin1");

async function upload(client: Client, assemblyId: string, file: Buffer, fileName = "lista.csv") {
  const type = fileName.endsWith(".csv")
    ? "text/csv"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return client.request({
    method: "POST",
    url: `/api/assemblies/${assemblyId}/imports`,
    ...multipartBody({}, { name: fileName, type, bytes: file }),
  });
}

async function runToEnd(
  client: Client,
  jobId: string,
  body: { mapping: (string | null)[]; allConsented?: boolean },
) {
  const started = await client.post(`/api/imports/${jobId}/run`, body);
  expect(started.statusCode).toBe(202);
  for (let attempt = 0; attempt < 200; attempt++) {
    const job = (await client.get(`/api/imports/${jobId}`)).json();
    if (job.status === "done" || job.status === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the import did not finish");
}

async function setup() {
  const operator = await signIn(ctx, "partner_operator");
  const { agreementId, assemblyId } = await openAssembly(ctx, operator, "draft");
  return { operator, agreementId, assemblyId };
}

describe("bulk import", () => {
  it("reads a Windows-1252 semicolon CSV, proposes the mapping, saves valid rows and reports bad ones by row and column", async () => {
    const { operator, assemblyId } = await setup();
    const uploaded = await upload(operator, assemblyId, CSV_1252);
    expect(uploaded.statusCode).toBe(201);
    const job = uploaded.json();
    expect(job).toMatchObject({ headerRow: 1, total: 6, status: "uploaded" });
    expect(job.headers[1]).toBe("Número de documento");
    expect(job.proposedMapping).toEqual([
      "documentType",
      "documentNumber",
      "firstNames",
      "lastNames",
      "birthDate",
      "sex",
      "phone",
      "municipalityCode",
      "departmentCode",
      "zone",
      "economy",
      "populationGroups",
      "dataConsent",
      null,
    ]);

    const preview = await operator.post(`/api/imports/${job.id}/preview`, { mapping: job.proposedMapping });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ valid: 2, invalid: 4 });
    expect(preview.json().rows[0]).toMatchObject({ row: 2, errors: [] });

    const done = await runToEnd(operator, job.id, { mapping: job.proposedMapping });
    expect(done).toMatchObject({
      status: "done",
      processed: 6,
      created: 2,
      updated: 0,
      unchanged: 0,
      invalid: 4,
    });
    const byRow = (row: number) =>
      done.errors
        .filter((e: { row: number }) => e.row === row)
        .map((e: { column: string; message: string }) => [e.column, e.message]);
    expect(byRow(4)).toEqual([
      ["Fecha de nacimiento (dd/mm/aaaa)", "«31/02/1990» no es una fecha: escríbala como 18/11/1990."],
      ["Sexo", "«X» no es una opción de la lista."],
      ["Municipio", "No encontramos el municipio «Medellín» en ese departamento."],
      ["Celular", "Escriba un número de celular, no un teléfono fijo."],
      ["Número de documento", "El número de cédula de ciudadanía lleva de 3 a 10 dígitos."],
    ]);
    expect(byRow(5)).toEqual([["Número de documento", "El documento ya aparece en la fila 2."]]);
    expect(byRow(7).map(([column]: string[]) => column)).toEqual([
      "Nombre del representante legal",
      "Tipo de documento del representante legal",
      "Documento del representante legal",
      "Autorización del representante legal",
    ]);
    expect(byRow(8)).toEqual([
      [
        "Autoriza tratamiento de datos",
        "Debe aceptar la autorización de tratamiento de datos para inscribirse.",
      ],
    ]);

    const rows = await ctx.database.db.select().from(registrations).orderBy(registrations.documentNumber);
    expect(rows.map((r) => [r.documentNumber, r.firstNames, r.municipalityCode, r.source])).toEqual([
      ["1023456789", "María Fernanda", "81001", "import"],
      ["79456123", "José", "81794", "import"],
    ]);
    expect(rows[0]!.populationGroups).toEqual(["vendedores_informales", "mujeres"]);
    expect(rows[1]!.departmentCode).toBe("81");
  });

  it("reports every problem of a row that fails the form's own checks", async () => {
    const { operator, assemblyId } = await setup();
    const file = Buffer.from(
      [CSV_LINES[0], "CC;12;Ana;Gómez;28/02/1990;F;601 234 5678;Arauca;Arauca;urbana;popular;;sí;"].join(
        "\n",
      ),
      "utf8",
    );
    const job = (await upload(operator, assemblyId, file)).json();
    const done = await runToEnd(operator, job.id, { mapping: job.proposedMapping });
    expect(done.errors).toEqual([
      { row: 2, column: "Celular", message: "Escriba un número de celular, no un teléfono fijo." },
      {
        row: 2,
        column: "Número de documento",
        message: "El número de cédula de ciudadanía lleva de 3 a 10 dígitos.",
      },
    ]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const { operator, assemblyId } = await setup();
    const first = (await upload(operator, assemblyId, CSV_1252)).json();
    await runToEnd(operator, first.id, { mapping: first.proposedMapping });
    const before = {
      registrations: await ctx.database.db.select().from(registrations),
      consents: await ctx.database.db.select().from(consents),
    };
    const second = (await upload(operator, assemblyId, CSV_1252)).json();
    const done = await runToEnd(operator, second.id, { mapping: second.proposedMapping });
    expect(done).toMatchObject({ created: 0, updated: 0, unchanged: 2, invalid: 4 });
    expect(await ctx.database.db.select().from(registrations)).toEqual(before.registrations);
    expect(await ctx.database.db.select().from(consents)).toEqual(before.consents);
  });

  it("resumes at start an import cut short by a stop, without duplicating rows; forgets old imports", async () => {
    const { operator, assemblyId } = await setup();
    const first = (await upload(operator, assemblyId, CSV_1252)).json();
    await runToEnd(operator, first.id, { mapping: first.proposedMapping });
    const saved = await ctx.database.db.select().from(registrations);
    // As a crash leaves it: still "running", half counted. And an untouched upload from a month ago.
    await ctx.database.db
      .update(importJobs)
      .set({ status: "running", processed: 1, finishedAt: null })
      .where(eq(importJobs.id, first.id));
    const stale = (await upload(operator, assemblyId, CSV_1252)).json();
    await ctx.database.db
      .update(importJobs)
      .set({ createdAt: new Date(Date.now() - 30 * 86_400_000) })
      .where(eq(importJobs.id, stale.id));

    const failures: unknown[] = [];
    expect(await recoverImports(ctx.database.db, (error) => failures.push(error))).toEqual([first.id]);
    let job = (await operator.get(`/api/imports/${first.id}`)).json();
    for (let attempt = 0; attempt < 200 && job.status === "running"; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await operator.get(`/api/imports/${first.id}`)).json();
    }
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: "done", created: 0, unchanged: 2, invalid: 4 });
    expect(await ctx.database.db.select().from(registrations)).toHaveLength(saved.length);
    expect((await operator.get(`/api/imports/${stale.id}`)).statusCode).toBe(404);
  });

  it("refuses a row whose document is registered with another date of birth", async () => {
    const { operator, assemblyId } = await setup();
    const first = (await upload(operator, assemblyId, CSV_1252)).json();
    await runToEnd(operator, first.id, { mapping: first.proposedMapping });
    const changed = Buffer.from(
      [CSV_LINES[0], CSV_LINES[2]!.replace("01/02/1955", "02/02/1955")].join("\n"),
      "utf8",
    );
    const job = (await upload(operator, assemblyId, changed)).json();
    const done = await runToEnd(operator, job.id, { mapping: job.proposedMapping });
    expect(done.errors).toEqual([
      {
        row: 2,
        column: "Fecha de nacimiento (dd/mm/aaaa)",
        message: "Este documento ya está inscrito con otra fecha de nacimiento.",
      },
    ]);
  });

  it("offers the rows with errors as a workbook to fix and import again", async () => {
    const { operator, assemblyId } = await setup();
    const job = (await upload(operator, assemblyId, CSV_1252)).json();
    expect((await operator.get(`/api/imports/${job.id}/errors.xlsx`)).statusCode).toBe(409);
    await runToEnd(operator, job.id, { mapping: job.proposedMapping });
    const response = await operator.get(`/api/imports/${job.id}/errors.xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell("A2").value)).toContain("Convenio número");
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(header.at(-1)).toBe("Errores");
    const firstNames = [5, 6, 7, 8].map((n) => sheet.getRow(n).getCell(3).value);
    expect(firstNames).toEqual(["Ana", "Otra", "Niña", "Sin"]);
    expect(String(sheet.getRow(5).getCell(15).value)).toContain("Sexo: «X» no es una opción de la lista.");

    // The fixed file goes back in: its header is found under the title rows and the error column is ignored.
    sheet.getRow(8).getCell(13).value = "Sí";
    const fixed = Buffer.from(await workbook.xlsx.writeBuffer());
    const again = (await upload(operator, assemblyId, fixed, "corregido.xlsx")).json();
    expect(again).toMatchObject({ headerRow: 4, total: 4 });
    expect(again.proposedMapping.at(-1)).toBeNull();
    const done = await runToEnd(operator, again.id, { mapping: again.proposedMapping });
    // "Otra Persona" alone in this file is no longer a repeat: same document and date of birth, so an update.
    expect(done).toMatchObject({ created: 1, updated: 1, invalid: 2 });
  });

  it("reads XLSX cells typed as dates and numbers", async () => {
    const { operator, assemblyId } = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hoja1");
    sheet.addRow(["Listado de asistentes"]);
    sheet.addRow([
      "TIPO DOC",
      "CEDULA",
      "NOMBRES",
      "APELLIDOS",
      "F. NACIMIENTO",
      "SEXO",
      "TELEFONO",
      "MUNICIPIO",
      "ZONA",
      "ECONOMIA",
    ]);
    sheet.addRow([
      "CC",
      1023456789,
      "Luz Dary",
      "Gómez",
      new Date(Date.UTC(1984, 6, 9)),
      "F",
      3001234567,
      81001,
      "Urbana",
      "Comunitaria",
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const job = (await upload(operator, assemblyId, file, "asistentes.xlsx")).json();
    expect(job.headerRow).toBe(2);
    expect(job.sample[0]).toEqual([
      "CC",
      "1023456789",
      "Luz Dary",
      "Gómez",
      "1984-07-09",
      "F",
      "3001234567",
      "81001",
      "Urbana",
      "Comunitaria",
    ]);
    const done = await runToEnd(operator, job.id, { mapping: job.proposedMapping, allConsented: true });
    expect(done).toMatchObject({ created: 1, invalid: 0 });
    const [row] = await ctx.database.db.select().from(registrations);
    expect(row).toMatchObject({ birthDate: "1984-07-09", phone: "+573001234567", economy: "comunitaria" });
  });

  it("needs a column for every required answer, and the authorisation either as a column or confirmed for all", async () => {
    const { operator, assemblyId } = await setup();
    const job = (await upload(operator, assemblyId, CSV_1252)).json();
    const mapping = [...job.proposedMapping];
    mapping[1] = null;
    mapping[12] = null;
    const response = await operator.post(`/api/imports/${job.id}/run`, { mapping });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: "import.mapping_incomplete",
      message: "Falta asignar una columna para: Número de documento, Autoriza el tratamiento de datos.",
    });
    const twice = [...job.proposedMapping];
    twice[13] = "firstNames";
    expect((await operator.post(`/api/imports/${job.id}/preview`, { mapping: twice })).json().code).toBe(
      "import.mapping_duplicate",
    );
  });

  it("offers a template whose headers the import recognises, and refuses files with nothing to import", async () => {
    const { operator, assemblyId } = await setup();
    const template = await operator.get(`/api/assemblies/${assemblyId}/imports/template.xlsx`);
    expect(template.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect((workbook.worksheets[0]!.getRow(4).values as unknown[]).slice(1, 3)).toEqual([
      "Tipo de documento",
      "Número de documento",
    ]);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Inscripciones", "Listas"]);
    const empty = await upload(operator, assemblyId, template.rawPayload, "plantilla.xlsx");
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe("import.empty");
    const garbage = await upload(
      operator,
      assemblyId,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0]),
      "viejo.xls",
    );
    expect(garbage.json()).toMatchObject({
      code: "import.unreadable",
      message: "No pudimos leer el archivo. Use el formato XLSX (Excel) o CSV.",
    });
  });

  it("lists the first 200 problems in the job and counts them all; the errors workbook has every one", async () => {
    const { operator, assemblyId } = await setup();
    const bad = (i: number) =>
      `CC;${70_000_000 + i};Ana;Gómez;14/05/1990;X;300 123 4567;Arauca;Arauca;urbana;popular;;sí;`;
    const file = Buffer.from([CSV_LINES[0], ...Array.from({ length: 250 }, (_, i) => bad(i))].join("\n"));
    const job = (await upload(operator, assemblyId, file)).json();
    expect(job.sample).toHaveLength(3);
    const done = await runToEnd(operator, job.id, { mapping: job.proposedMapping });
    expect(done).toMatchObject({ invalid: 250, errorCount: 250 });
    expect(done.errors).toHaveLength(200);
    expect(done.errors[199]).toMatchObject({ row: 201, column: "Sexo" });
    const response = await operator.get(`/api/imports/${job.id}/errors.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell("C254").value).toBe("Ana");
  });

  it("takes files over the 2 MB limit of JSON bodies, up to 20,000 rows", async () => {
    const { operator, assemblyId } = await setup();
    const row =
      "CC;1023456789;María Fernanda;Núñez Ríos;14/05/1990;F;300 123 4567;Arauca;Arauca;urbana;popular;mujeres;sí;";
    const file = Buffer.from([CSV_LINES[0], ...Array.from({ length: 20_001 }, () => row)].join("\n"), "utf8");
    expect(file.length).toBeGreaterThan(2 * 1024 * 1024);
    const response = await upload(operator, assemblyId, file);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: "import.too_many_rows",
      message: "El archivo tiene 20001 filas; el máximo es 20000 por archivo.",
    });
    const missing = await operator.request({
      method: "POST",
      url: `/api/assemblies/${assemblyId}/imports`,
      ...multipartBody({ nota: "x" }),
    });
    expect(missing.json()).toMatchObject({
      code: "request.invalid",
      fields: { file: "Adjunte un archivo XLSX o CSV." },
    });
  });

  it("is for the convenio's operator: supervisors get 403, another convenio's operator 404", async () => {
    const { operator, agreementId, assemblyId } = await setup();
    const job = (await upload(operator, assemblyId, CSV_1252)).json();
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    expect((await upload(supervisor, assemblyId, CSV_1252)).statusCode).toBe(403);
    expect((await supervisor.get(`/api/imports/${job.id}`)).statusCode).toBe(403);
    const other = await signIn(ctx, "partner_operator");
    await createAgreement(other);
    expect((await other.get(`/api/imports/${job.id}`)).statusCode).toBe(404);
    expect(
      (await other.post(`/api/imports/${job.id}/run`, { mapping: job.proposedMapping })).statusCode,
    ).toBe(404);
    expect((await upload(other, assemblyId, CSV_1252)).statusCode).toBe(404);
  });
});
