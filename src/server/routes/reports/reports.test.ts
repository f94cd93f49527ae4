import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { PersonData } from "../../../domain/registration/person";
import type { ReportDto, ReportTableDto } from "../../../shared/schemas/report";
import { auditLog, checkIns, consents, registrations } from "../../db/schema";
import { registrationColumns } from "../../demo/seed";
import { type Client, freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { pdfText } from "../../testing/pdf-text";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

let documents = 10_000_000;

function basePerson(overrides: Partial<PersonData> = {}): PersonData {
  documents += 1;
  return {
    documentType: "CC",
    documentNumber: String(documents),
    firstNames: "Luz Dary",
    lastNames: "Rodríguez Parra",
    birthDate: "1980-05-01",
    sex: "mujer",
    genderIdentity: "femenino",
    phone: `+57300${String(documents).slice(-7)}`,
    email: null,
    departmentCode: "81",
    municipalityCode: "81001",
    zone: "urbana",
    populationGroups: [],
    economy: "popular",
    organization: null,
    preferredAxes: [],
    knowsPit: false,
    heardVia: null,
    sensitive: null,
    guardian: null,
    ...overrides,
  };
}

interface Spec {
  person?: Partial<PersonData>;
  /** UTC time of the check-in on the assembly day ("12:40"); absent means the person did not come. */
  at?: string;
  walkIn?: boolean;
}

/** Registers people straight in the database (with their consents) and checks in those with `at`. */
async function addPeople(assemblyId: string, date: string, specs: Spec[]): Promise<string[]> {
  const db = ctx.database.db;
  const ids: string[] = [];
  for (const spec of specs) {
    const person = basePerson(spec.person);
    const [row] = await db
      .insert(registrations)
      .values(registrationColumns(assemblyId, person, "web"))
      .returning({ id: registrations.id });
    const id = row!.id;
    ids.push(id);
    const kinds = ["data", ...(person.sensitive ? ["sensitive"] : [])];
    await db
      .insert(consents)
      .values(kinds.map((kind) => ({ registrationId: id, kind, textVersion: 1, channel: "web" })));
    if (spec.at) {
      await db.insert(checkIns).values({
        assemblyId,
        registrationId: id,
        at: new Date(`${date}T${spec.at}:00Z`),
        desk: "Mesa 1",
        walkIn: spec.walkIn ?? false,
      });
    }
  }
  return ids;
}

const times = (n: number, spec: Spec): Spec[] => Array.from({ length: n }, () => spec);

function table(report: ReportDto, id: string): Record<string, unknown[]> {
  const found = report.tables.find((t: ReportTableDto) => t.id === id)!;
  return Object.fromEntries([...found.rows.map((r) => [r.key, r.cells]), ["total", found.total]]);
}

async function twoConvenios() {
  const admin = await signIn(ctx, "national_admin");
  const mineId = await createAgreement(admin, { number: "002", year: 2023, partnerName: "UNAD" });
  const theirsId = await createAgreement(admin, { number: "007", year: 2023, partnerName: "SENA" });
  const mine = await createAssembly(admin, mineId, { name: "Asamblea PIT Arauca", date: "2023-11-18" });
  const theirs = await createAssembly(admin, theirsId, {
    name: "Asamblea Tumaco",
    departmentCode: "52",
    municipalityCode: "52835",
    date: "2023-12-01",
  });
  return { admin, mineId, theirsId, mine: mine.id, theirs: theirs.id };
}

describe("assembly report", () => {
  it("counts registered, present and walk-ins, and shows '<5' for every group under 5", async () => {
    const { admin, mine } = await twoConvenios();
    await addPeople(mine, "2023-11-18", [
      ...times(5, { person: { sex: "mujer" }, at: "12:35" }),
      ...times(2, { person: { sex: "mujer" } }),
      ...times(2, { person: { sex: "hombre" }, at: "12:50" }),
      { person: { sex: "hombre" }, at: "13:05", walkIn: true },
      { person: { sex: "hombre" } },
      { person: { sex: "intersexual" }, at: "12:50" },
    ]);
    const response = await admin.get(`/api/reports/assemblies/${mine}`);
    expect(response.statusCode).toBe(200);
    const report: ReportDto = response.json();
    expect(report.kind).toBe("assembly");
    expect(report.legends).toEqual([expect.stringContaining("Convenio número 002 de 2023")]);
    // 12 registered, 9 present, 3 absent: the total minus "<5" absent would give present back, so it hides too.
    expect(report.headline).toMatchObject({
      registered: 12,
      present: "*",
      absent: "<5",
      walkIns: "<5",
      assemblies: 1,
    });
    // Women: 7 registered, 5 present (exactly 5 is shown); men 4 and 3, the intersex person 1 and 1.
    expect(table(report, "sex")).toEqual({
      mujer: [7, 5],
      hombre: ["<5", "<5"],
      intersexual: ["<5", "<5"],
      total: [12, 9],
    });
    expect(table(report, "arrivals")).toEqual({
      "07:30": [5],
      "07:45": ["<5"],
      "08:00": ["<5"],
      total: [9],
    });
    expect(JSON.stringify(report)).not.toContain("Rodríguez");
  });

  it("counts sensitive answers only for people who consented, and never below 5", async () => {
    const { admin, mine } = await twoConvenios();
    const victim = { ethnicity: "indigena" as const, disability: null, conflictVictim: true };
    await addPeople(mine, "2023-11-18", [
      ...times(6, { person: { sensitive: victim }, at: "12:40" }),
      ...times(2, {
        person: { sensitive: { ethnicity: "raizal", disability: true, conflictVictim: null } },
        at: "12:40",
      }),
      ...times(2, {
        person: { sensitive: { ethnicity: null, disability: true, conflictVictim: false } },
        at: "12:40",
      }),
      // Declared a disability as a population group, but gave no sensitive-data consent: not counted here.
      ...times(4, { person: { populationGroups: ["discapacidad"] }, at: "12:40" }),
    ]);
    const report: ReportDto = (await admin.get(`/api/reports/assemblies/${mine}`)).json();
    expect(table(report, "sensitive_conditions")).toEqual({
      disability: ["<5", "<5"],
      conflict_victim: [6, 6],
      total: [10, 10],
    });
    expect(table(report, "ethnicity")).toMatchObject({
      indigena: [6, 6],
      raizal: ["<5", "<5"],
      rom: [0, 0],
      sin_dato: ["<5", "<5"],
      total: [10, 10],
    });
  });

  it("counts people who came in at an earlier assembly under the same document", async () => {
    const { admin, mineId, mine } = await twoConvenios();
    const earlier = await createAssembly(admin, mineId, { name: "Asamblea previa", date: "2023-06-10" });
    const returning = times(6, {}).map(() => basePerson());
    await addPeople(
      earlier.id,
      "2023-06-10",
      returning.map((person, i) => ({ person, ...(i < 5 ? { at: "13:00" } : {}) })),
    );
    await addPeople(mine, "2023-11-18", [
      ...returning.map((person) => ({ person, at: "12:40" })),
      ...times(5, { at: "12:40" }),
    ]);
    const report: ReportDto = (await admin.get(`/api/reports/assemblies/${mine}`)).json();
    // The sixth person registered earlier but never came in: not returning.
    expect(table(report, "returning")).toEqual({ returning: [5, 5], first_time: [6, 6], total: [11, 11] });
    expect(report.headline.returning).toBe(5);
  });
});

describe("Momento 4 and 5", () => {
  /** One sub-table per table of the assembly; the first gets a complete puzzle, the second a need alone. */
  async function buildPuzzle(assemblyId: string, tables: { id: string }[]) {
    const db = ctx.database.db;
    const sub = async (tableId: string, position: number) =>
      (
        (await db.execute(sql`INSERT INTO subtables (assembly_id, table_id, position, label)
          VALUES (${assemblyId}, ${tableId}, ${position}, ${`Sub-mesa ${position}`}) RETURNING id`)) as unknown as {
          rows: { id: string }[];
        }
      ).rows[0]!.id;
    const [first, second] = tables;
    const s1 = await sub(first!.id, 1);
    const s2 = await sub(second!.id, 1);
    const [n1, n2, x1, p1, p2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await db.execute(sql`INSERT INTO puzzle_needs (id, assembly_id, table_id, subtable_id, title, updated_by) VALUES
      (${n1}, ${assemblyId}, ${first!.id}, ${s1}, 'Acceso a mercados', 'prueba'),
      (${n2}, ${assemblyId}, ${second!.id}, ${s2}, 'Crédito blando', 'prueba')`);
    await db.execute(sql`INSERT INTO puzzle_solutions
      (id, assembly_id, table_id, subtable_id, need_id, description, cooperation_form, organizations, updated_by)
      VALUES (${x1}, ${assemblyId}, ${first!.id}, ${s1}, ${n1}, 'Centro de acopio común', 'asociatividad',
        ARRAY['Asocacao', 'Cooperativa de Tame'], 'prueba')`);
    await db.execute(sql`INSERT INTO puzzle_plan_items
      (id, assembly_id, table_id, subtable_id, solution_id, action, owner, due, updated_by) VALUES
      (${p1}, ${assemblyId}, ${first!.id}, ${s1}, ${x1}, 'Formular el proyecto', 'Asocacao y alcaldía', '2024-Q2', 'prueba'),
      (${p2}, ${assemblyId}, ${first!.id}, ${s1}, ${x1}, 'Gestionar el lote', 'Alcaldía de Arauca', '2025-03', 'prueba')`);
    await db.execute(sql`INSERT INTO plenary_votes (assembly_id, table_id, method, quorum_kind, majority, quorum_basis,
        status, closed_at, votes_for, votes_against, votes_abstain, outcome) VALUES
      (${assemblyId}, ${first!.id}, 'hand', 'majority', 'simple', 120, 'closed', now(), 98, 7, 5, 'approved'),
      (${assemblyId}, NULL, 'hand', 'majority', 'simple', 120, 'closed', now(), 101, 3, 6, 'approved')`);
  }

  it("shows needs and solutions per axis, commitments per owner and year, approvals, and puzzle completion", async () => {
    const admin = await signIn(ctx, "national_admin");
    const assembly = await createAssembly(admin, await createAgreement(admin));
    await buildPuzzle(assembly.id, assembly.tables);
    const report: ReportDto = (await admin.get(`/api/reports/assemblies/${assembly.id}`)).json();
    const p = report.participation!;
    expect(p.byAxis.slice(0, 2)).toEqual([
      {
        key: "asociatividad",
        label: "Asociatividad y Trabajo en Red",
        needs: 1,
        solutions: 1,
        cooperative: 1,
      },
      {
        key: "credito",
        label: "Acceso al crédito de la economía popular",
        needs: 1,
        solutions: 0,
        cooperative: 0,
      },
    ]);
    expect(p.commitmentsByOwner.filter((c) => c.count > 0)).toEqual([
      { key: "institucion_publica", label: "Instituciones públicas", count: 1 },
      { key: "alianza", label: "Alianza entre varios actores", count: 1 },
    ]);
    expect(p.commitmentsByYear.map((c) => [c.key, c.count])).toEqual([
      ["2024", 1],
      ["2025", 1],
    ]);
    expect(p.approvals.map((a) => [a.label, a.result, a.inFavour])).toEqual([
      ["Asociatividad y Trabajo en Red", "Aprobada", 98],
      ["Agenda completa", "Aprobada", 101],
    ]);
    // One of the two sub-tables has need, solution and plan: half the puzzle is complete.
    expect(report.assemblies[0]).toMatchObject({ puzzleCompletion: 50, approval: { approved: 2, voted: 2 } });

    const pdf = await admin.get(`/api/reports/assemblies/${assembly.id}/export?format=pdf`);
    expect(pdfText(pdf.rawPayload)).toContain("Compromisos por tipo de responsable");
    const csv = (await admin.get(`/api/reports/assemblies/${assembly.id}/export?format=csv`)).body;
    expect(csv).toContain("participation_axes,asociatividad,Asociatividad y Trabajo en Red,Necesidades,1");
    expect(csv).toContain("approvals,");
  });

  it("has no Momento 4 and 5 section before the tables work", async () => {
    const admin = await signIn(ctx, "national_admin");
    const assembly = await createAssembly(admin, await createAgreement(admin));
    const report: ReportDto = (await admin.get(`/api/reports/assemblies/${assembly.id}`)).json();
    expect(report.participation).toBeNull();
    expect(report.assemblies[0]).toMatchObject({ puzzleCompletion: null, approval: null });
  });
});

describe("scope", () => {
  async function setup() {
    const convenios = await twoConvenios();
    const operator = await signIn(ctx, "partner_operator", { agreementId: convenios.mineId });
    const supervisor = await signIn(ctx, "supervisor", { agreementId: convenios.mineId });
    return { ...convenios, operator, supervisor };
  }

  it.each([
    ["partner_operator", "operator"],
    ["supervisor", "supervisor"],
  ] as const)("a %s sees its convenio's reports and never another convenio's (404)", async (_role, who) => {
    const s = await setup();
    const client: Client = s[who];
    for (const url of [
      `/api/reports/assemblies/${s.mine}`,
      `/api/reports/agreements/${s.mineId}`,
      `/api/reports/assemblies/${s.mine}/export?format=csv`,
      `/api/reports/agreements/${s.mineId}/export?format=csv`,
    ]) {
      expect((await client.get(url)).statusCode, url).toBe(200);
    }
    for (const url of [
      `/api/reports/assemblies/${s.theirs}`,
      `/api/reports/agreements/${s.theirsId}`,
      `/api/reports/assemblies/${s.theirs}/export?format=pdf`,
      `/api/reports/agreements/${s.theirsId}/export?format=xlsx`,
      `/api/reports/assemblies/${s.theirs}/people`,
      `/api/reports/agreements/${s.mineId}?assemblyId=${s.theirs}`,
    ]) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().code).toBe("resource.not_found");
    }
    expect((await client.get("/api/reports/national")).statusCode).toBe(403);
  });

  it("a supervisor's convenio report lists only its convenio's assemblies", async () => {
    const s = await setup();
    const report: ReportDto = (await s.supervisor.get(`/api/reports/agreements/${s.mineId}`)).json();
    expect(report.assemblies.map((a) => a.name)).toEqual(["Asamblea PIT Arauca"]);
    expect(report.title).toBe("Convenio 002 de 2023 — UNAD");
  });

  it.each([
    ["group_leader", 403],
    ["desk_staff", 403],
  ] as const)("a %s of the assembly cannot read its report (%i)", async (role, status) => {
    const s = await setup();
    const client = await signIn(ctx, role, { agreementId: s.mineId, assemblyId: s.mine });
    expect((await client.get(`/api/reports/assemblies/${s.mine}`)).statusCode).toBe(status);
  });

  it("answers 401 without a session", async () => {
    const s = await setup();
    expect(
      (await ctx.app.inject({ method: "GET", url: `/api/reports/assemblies/${s.mine}` })).statusCode,
    ).toBe(401);
  });
});

describe("national dashboard and filters", () => {
  it("lists every assembly with status, date, territory and attendance, by department and by year", async () => {
    const { admin, mine, theirs } = await twoConvenios();
    await addPeople(mine, "2023-11-18", times(6, { at: "12:40" }));
    await addPeople(theirs, "2023-12-01", [...times(7, { at: "13:10" }), ...times(3, {})]);
    const report: ReportDto = (await admin.get("/api/reports/national")).json();
    expect(report.assemblies).toMatchObject([
      {
        name: "Asamblea PIT Arauca",
        status: "draft",
        date: "2023-11-18",
        departmentName: "Arauca",
        registered: 6,
        present: 6,
      },
      {
        name: "Asamblea Tumaco",
        municipalityName: "San Andrés de Tumaco",
        registered: 10,
        present: 7,
        agreement: "Convenio 007 de 2023 — SENA",
      },
    ]);
    expect(report.byDepartment.map((r) => [r.label, r.assemblies, r.registered, r.present])).toEqual([
      ["Nariño", 1, 10, 7],
      ["Arauca", 1, 6, 6],
    ]);
    expect(report.byYear).toMatchObject([{ key: "2023", assemblies: 2, registered: 16, present: 13 }]);
    expect(report.legends).toHaveLength(2);
  });

  it.each([
    [(ids: Ids) => `agreementId=${ids.theirsId}`, ["Asamblea Tumaco"]],
    [() => "departmentCode=81", ["Asamblea PIT Arauca"]],
    [() => "from=2023-11-20", ["Asamblea Tumaco"]],
    [() => "to=2023-11-30", ["Asamblea PIT Arauca"]],
    [(ids: Ids) => `assemblyId=${ids.mine}`, ["Asamblea PIT Arauca"]],
    [() => "departmentCode=05", []],
  ])("filters the national dashboard (%#)", async (query, names) => {
    const ids = await twoConvenios();
    const response = await ids.admin.get(`/api/reports/national?${query(ids)}`);
    expect(response.statusCode).toBe(200);
    expect((response.json() as ReportDto).assemblies.map((a) => a.name)).toEqual(names);
  });

  it("refuses a date range that ends before it starts", async () => {
    const { admin, mineId } = await twoConvenios();
    const response = await admin.get(`/api/reports/agreements/${mineId}?from=2023-12-01&to=2023-11-01`);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: "report.invalid_range",
      fields: { to: "La fecha «desde» es posterior a la fecha «hasta»." },
    });
  });
});

type Ids = Awaited<ReturnType<typeof twoConvenios>>;

describe("named lists", () => {
  async function auditEntries(assemblyId: string) {
    return ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "assembly"), eq(auditLog.entityId, assemblyId)))
      .orderBy(asc(auditLog.id));
  }

  it("shows the operator the named list and writes who looked, and at what, in the audit log", async () => {
    const { mineId, mine } = await twoConvenios();
    const operator = await signIn(ctx, "partner_operator", { agreementId: mineId });
    await addPeople(mine, "2023-11-18", [{ at: "12:40" }, {}]);
    const response = await operator.get(`/api/reports/assemblies/${mine}/people`);
    expect(response.statusCode).toBe(200);
    expect(response.json().people).toHaveLength(2);
    expect(response.json().people[0]).toMatchObject({ lastNames: "Rodríguez Parra", documentType: "CC" });

    const csv = await operator.get(`/api/reports/assemblies/${mine}/people/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toMatch(
      /attachment; filename="personas-asamblea-pit-arauca-2023-11-18.csv"/,
    );
    expect(csv.body).toContain("Rodríguez Parra");
    expect(csv.body).toContain("Convenio número 002 de 2023");

    const entries = (await auditEntries(mine)).filter((e) => e.action.startsWith("report.people"));
    expect(entries.map((e) => [e.action, e.actorId, e.after])).toEqual([
      ["report.people.view", operator.userId, { format: "json", people: 2 }],
      ["report.people.export", operator.userId, { format: "csv", people: 2 }],
    ]);
  });

  it("refuses the named list to the supervisor (403) and writes no audit entry", async () => {
    const { mineId, mine } = await twoConvenios();
    const supervisor = await signIn(ctx, "supervisor", { agreementId: mineId });
    await addPeople(mine, "2023-11-18", [{}]);
    expect((await supervisor.get(`/api/reports/assemblies/${mine}/people`)).statusCode).toBe(403);
    expect(
      (await supervisor.get(`/api/reports/assemblies/${mine}/people/export?format=xlsx`)).statusCode,
    ).toBe(403);
    expect((await auditEntries(mine)).filter((e) => e.action.startsWith("report.people"))).toEqual([]);
  });
});

describe("exports", () => {
  it("a PDF with charts, the suppressed cells and the legend on every page", async () => {
    const { admin, mine } = await twoConvenios();
    await addPeople(mine, "2023-11-18", [
      ...times(8, { at: "12:40" }),
      { person: { sex: "hombre" }, at: "12:40" },
    ]);
    const response = await admin.get(`/api/reports/assemblies/${mine}/export?format=pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toMatch(
      /filename="informe-asamblea-pit-arauca-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const text = pdfText(response.rawPayload);
    const legend =
      "Esta actividad se realiza en el marco del Convenio número 002 de 2023, suscrito entre la Unidad Solidaria y la UNAD";
    const pages = Number(
      /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(response.rawPayload.toString("latin1"))?.[1],
    );
    expect(pages).toBeGreaterThan(1);
    expect(text.split(legend).length - 1).toBe(pages);
    expect(text).toContain("Llegadas por hora");
    expect(text).toContain("Rango de edad");
    expect(text).toContain("<5");
  });

  it("an XLSX with one sheet per breakdown and the anonymised rows, without names or documents", async () => {
    const { admin, mine } = await twoConvenios();
    await addPeople(mine, "2023-11-18", [
      ...times(6, { at: "12:40" }),
      ...times(3, { person: { sex: "hombre" } }),
    ]);
    const response = await admin.get(`/api/reports/assemblies/${mine}/export?format=xlsx`);
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Resumen",
        "Asistencia",
        "Sexo",
        "Rango de edad",
        "Llegadas por hora",
        "Datos anonimizados",
      ]),
    );
    for (const sheet of book.worksheets) {
      expect(sheet.getCell("A2").value, sheet.name).toEqual(
        expect.stringContaining("Convenio número 002 de 2023"),
      );
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain("Convenio número 002 de 2023");
    }
    const sex = book.getWorksheet("Sexo")!;
    expect(sex.getRow(6).values).toEqual([undefined, "Hombre", "<5", 0]);
    const raw = book.getWorksheet("Datos anonimizados")!;
    expect(raw.rowCount).toBe(4 + 9);
    const everything = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String)).join(" ");
    expect(everything).not.toContain("Rodríguez");
    expect(everything).not.toMatch(/100000\d\d/);
  });

  it("a CSV in long form, with the legend and the suppressed cells", async () => {
    const { admin, mineId, mine } = await twoConvenios();
    await addPeople(mine, "2023-11-18", [...times(6, { at: "12:40" }), { person: { sex: "hombre" } }]);
    const response = await admin.get(`/api/reports/agreements/${mineId}/export?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = response.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("tabla,clave,categoria,columna,valor");
    expect(lines[1]).toContain("Convenio número 002 de 2023");
    expect(lines).toContain("sex,hombre,Hombre,Inscritas,<5");
    expect(lines).toContain("sex,mujer,Mujer,Inscritas,*");
  });

  it("answers in English when the reader chose English", async () => {
    const { admin, mine } = await twoConvenios();
    const response = await admin.request({
      method: "GET",
      url: `/api/reports/assemblies/${mine}`,
      headers: { "accept-language": "en" },
    });
    expect((response.json() as ReportDto).tables.find((t) => t.id === "sex")?.title).toBe("Sex");
  });
});
