import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import type { InjectOptions } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import type {
  MatrixDto,
  PossibleAssociationDto,
  RegistryDto,
  SuggestionsDto,
} from "../../../shared/schemas/associativity";
import { allies, joinCodes, puzzleNeeds, puzzleSolutions, registrations, subtables } from "../../db/schema";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

interface Member {
  organization: string;
  nit?: string | null;
  type?: string;
  sector: string;
  products: string;
  municipality?: string;
  axes?: string[];
}

let documents = 0;

/** Registers one participant who declares the organisation. */
async function register(assemblyId: string, member: Member): Promise<string> {
  documents += 1;
  const [row] = await ctx.database.db
    .insert(registrations)
    .values({
      assemblyId,
      documentType: "CC",
      documentNumber: String(1_000_000_000 + documents),
      firstNames: "Persona",
      lastNames: `Prueba ${documents}`,
      birthDate: "1980-01-01",
      sex: "mujer",
      phone: `+57300${String(documents).padStart(7, "0")}`,
      departmentCode: "81",
      municipalityCode: member.municipality ?? "81001",
      zone: "urbana",
      economy: "solidaria",
      organizationName: member.organization,
      organizationNit: member.nit ?? null,
      organizationType: member.type ?? "asociacion",
      economicSector: member.sector,
      productsServices: member.products,
      preferredAxes: member.axes ?? [],
      source: "import",
    })
    .returning({ id: registrations.id });
  return row!.id;
}

const CACAO_TAME = {
  sector: "agropecuario",
  products: "producción y fermentación de cacao; venta de grano seco a chocolateras",
  municipality: "81794",
};
const CACAO_ARAUQUITA = {
  organization: "Asociación de Productores de Cacao de Arauquita — ASOPROCAR",
  sector: "agropecuario",
  products:
    "cultivo de cacao clonal, beneficio y secado en marquesinas solares; comercialización asociativa de grano",
  municipality: "81065",
};
const CREDIT = {
  organization: "Cooperativa de Ahorro y Crédito Solidaria del Sarare — COOPSARARE",
  type: "cooperativa",
  sector: "financiero_solidario",
  products:
    "crédito solidario y ahorro para asociados; microcrédito agropecuario con cuotas según la cosecha",
  municipality: "81736",
};
const TRAINING = {
  organization: "Cooperativa de Educación y Formación Solidaria de Arauca — COOEDUSA",
  type: "cooperativa",
  sector: "servicios",
  products: "capacitación en contabilidad para cooperativas; curso básico de economía solidaria",
};
const MOTOTAXI = {
  organization: "Asociación de Mototaxistas de Saravena",
  sector: "servicios",
  products: "transporte de pasajeros en motocicleta; fondo común para repuestos",
  municipality: "81736",
};
const RECYCLERS = {
  organization: "Cooperativa Multiactiva de Recicladores de Arauca — COOMRA",
  type: "cooperativa",
  sector: "reciclaje",
  products: "recuperación y clasificación de cartón, archivo, PET y chatarra",
};

/** An assembly of Arauca whose participants declare cacao, credit, training, transport and recycling organisations. */
async function arauca() {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator);
  const assembly = await createAssembly(operator, agreementId);
  const assemblyId = assembly.id;
  // The same association written three ways, one of them with its NIT.
  await register(assemblyId, {
    ...CACAO_TAME,
    organization: "Asociación de Cacaoteros de Tame — ASOCATAME",
    nit: "900123456-8",
  });
  await register(assemblyId, { ...CACAO_TAME, organization: "Asoc. de Cacaoteros de Tame" });
  await register(assemblyId, { ...CACAO_TAME, organization: "ASOCIACION CACAOTEROS TAME" });
  await register(assemblyId, CACAO_ARAUQUITA);
  await register(assemblyId, CACAO_ARAUQUITA);
  await register(assemblyId, CREDIT);
  await register(assemblyId, TRAINING);
  await register(assemblyId, MOTOTAXI);
  await register(assemblyId, RECYCLERS);
  return { operator, agreementId, assemblyId, tables: assembly.tables };
}

const question = (assemblyId: string, q: string, extra = "") =>
  `/api/assemblies/${assemblyId}/associativity/suggestions?q=${encodeURIComponent(q)}${extra}`;

describe("suggestions for a typed need", () => {
  it("ranks the cacao organisations first for drying and selling cacao, with reasons in words", async () => {
    const { operator, assemblyId } = await arauca();
    const response = await operator.get(
      question(assemblyId, "Secado y comercialización de cacao", "&axis=asistencia_tecnica"),
    );
    expect(response.statusCode).toBe(200);
    const body = response.json() as SuggestionsDto;
    const names = body.suggestions.map((s) => s.organization.name);
    expect(names.slice(0, 2).sort()).toEqual([
      "Asociación de Cacaoteros de Tame — ASOCATAME",
      "Asociación de Productores de Cacao de Arauquita — ASOPROCAR",
    ]);
    expect(names).not.toContain("Cooperativa Multiactiva de Recicladores de Arauca — COOMRA");
    const asoprocar = body.suggestions.find((s) => s.organization.name.includes("ASOPROCAR"))!;
    expect(asoprocar.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        "Misma cadena de valor: cacao",
        expect.stringMatching(/^Su oferta menciona: .*secado/),
        "Capacidad complementaria en la cadena: transforma",
      ]),
    );
    expect(asoprocar.reasons[0]).toMatchObject({ key: expect.stringMatching(/^associativity\.reason\./) });
  });

  it("counts the three ways of writing one association as one organisation with three members", async () => {
    const { operator, assemblyId } = await arauca();
    const body = (await operator.get(question(assemblyId, "cacao fino de aroma"))).json() as SuggestionsDto;
    const tame = body.suggestions.filter((s) => s.organization.name.includes("Tame"));
    expect(tame).toHaveLength(1);
    expect(tame[0]!.organization).toMatchObject({ memberCount: 3, municipalityName: "Tame" });
  });

  it.each([
    [
      "Crédito para renovar los cacaotales",
      "credito",
      "COOPSARARE",
      "Finanzas solidarias para una necesidad de crédito",
    ],
    [
      "Capacitación en contabilidad para las juntas directivas",
      "formacion",
      "COOEDUSA",
      "Ofrece formación para una necesidad de formación",
    ],
  ])("puts the organisation that offers the service first for %j", async (text, axis, expected, reason) => {
    const { operator, assemblyId } = await arauca();
    const body = (await operator.get(question(assemblyId, text, `&axis=${axis}`))).json() as SuggestionsDto;
    expect(body.suggestions[0]!.organization.name).toContain(expected);
    expect(body.suggestions[0]!.reasons.map((r) => r.text)).toContain(reason);
  });

  it("answers in English when asked", async () => {
    const { operator, assemblyId } = await arauca();
    const response = await operator.request({
      method: "GET",
      url: question(assemblyId, "Secado de cacao"),
      headers: { "accept-language": "en" },
    });
    const reasons = (response.json() as SuggestionsDto).suggestions[0]!.reasons.map((r) => r.text);
    expect(reasons).toContain("Same value chain: cocoa");
  });

  it("leaves out the organisations already cooperating and favours the place they are from", async () => {
    const { operator, assemblyId } = await arauca();
    const cooperating = encodeURIComponent("ASOCATAME");
    const body = (
      await operator.get(
        question(assemblyId, "Crédito para secar cacao", `&axis=credito&cooperating=${cooperating}`),
      )
    ).json() as SuggestionsDto;
    const names = body.suggestions.map((s) => s.organization.name);
    expect(names.some((name) => name.includes("ASOCATAME"))).toBe(false);
    const arauquita = body.suggestions.find((s) => s.organization.name.includes("ASOPROCAR"))!;
    expect(arauquita.reasons.map((r) => r.text)).toContain("De Arauquita, municipio vecino de Tame");
  });

  it("suggests the allies of Momento 2 by their offer", async () => {
    const { operator, assemblyId } = await arauca();
    await ctx.database.db.insert(allies).values({
      assemblyId,
      institution: "SENA Regional Arauca",
      kind: "nacional",
      offer:
        "Cursos de cacao: poscosecha, fermentación y secado; formación técnica en transformación del cacao",
    });
    const body = (
      await operator.get(question(assemblyId, "Secado y fermentación de cacao"))
    ).json() as SuggestionsDto;
    const sena = body.suggestions.find((s) => s.organization.name === "SENA Regional Arauca");
    expect(sena?.organization.source).toBe("ally");
  });

  it("finds a misspelled word through the organisations' own words, also of organisations registered later", async () => {
    const { operator, assemblyId } = await arauca();
    const first = (
      await operator.get(question(assemblyId, "Arreglo de motosicleta"))
    ).json() as SuggestionsDto;
    expect(first.suggestions[0]?.organization.name).toBe("Asociación de Mototaxistas de Saravena");
    await register(assemblyId, {
      organization: "Asociación de Apicultores del Sarare",
      sector: "agropecuario",
      products: "miel de abejas y polinización de cultivos",
    });
    const later = (
      await operator.get(question(assemblyId, "Servicio de polinisacion"))
    ).json() as SuggestionsDto;
    expect(later.suggestions[0]?.organization.name).toBe("Asociación de Apicultores del Sarare");
  });

  it("sees new registrations on the next request", async () => {
    const { operator, assemblyId } = await arauca();
    const before = (await operator.get(question(assemblyId, "queso y leche"))).json() as SuggestionsDto;
    expect(before.suggestions).toEqual([]);
    await register(assemblyId, {
      organization: "Asociación de Ganaderos y Productores de Leche de Tame",
      sector: "agropecuario",
      products: "acopio de leche cruda en tanque de frío; elaboración de queso llanero",
      municipality: "81794",
    });
    const after = (await operator.get(question(assemblyId, "queso y leche"))).json() as SuggestionsDto;
    expect(after.suggestions.map((s) => s.organization.name)).toEqual([
      "Asociación de Ganaderos y Productores de Leche de Tame",
    ]);
  });

  it("refuses a question too short to search, with a Spanish message", async () => {
    const { operator, assemblyId } = await arauca();
    const response = await operator.get(question(assemblyId, "ca"));
    expect(response.statusCode).toBe(422);
    expect(response.json().fields.q).toBe("Escriba al menos tres letras de la necesidad.");
  });
});

/** A sub-table of the assembly's first table with a join code; its phone sends the join token. */
async function subtableWithPhone(assemblyId: string, tableId: string, position: number) {
  const [subtable] = await ctx.database.db
    .insert(subtables)
    .values({ assemblyId, tableId, position, label: `Sub-mesa ${position}` })
    .returning({ id: subtables.id });
  const code = `ABCD${"23456789"[position]}${"XYZ"[position % 3]}`;
  await ctx.database.db.insert(joinCodes).values({ assemblyId, subtableId: subtable!.id, code });
  const joined = await ctx.app.inject({ method: "POST", url: "/api/join", payload: { code } });
  if (joined.statusCode !== 200) throw new Error(`join: ${joined.body}`);
  const token = joined.json().token as string;
  return {
    id: subtable!.id,
    get: (url: string) =>
      ctx.app.inject({ method: "GET", url, headers: { "x-join-token": token } } as InjectOptions),
  };
}

let needs = 0;

/** A need written in this order on a sub-table, with its solution naming `organizations` when there are some. */
async function needWithSolution(
  assemblyId: string,
  tableId: string,
  subtableId: string,
  title: string,
  organizations: string[] = [],
): Promise<string> {
  const needId = randomUUID();
  needs += 1;
  const createdAt = new Date(Date.UTC(2023, 10, 18, 15, 0, needs));
  await ctx.database.db
    .insert(puzzleNeeds)
    .values({ id: needId, assemblyId, tableId, subtableId, title, updatedBy: "phone", createdAt });
  if (organizations.length > 0) {
    await ctx.database.db.insert(puzzleSolutions).values({
      id: randomUUID(),
      assemblyId,
      tableId,
      subtableId,
      needId,
      description: "Trabajo en red",
      cooperationForm: "trabajo_en_red",
      organizations,
      updatedBy: "phone",
    });
  }
  return needId;
}

describe("suggestions for a need of the puzzle", () => {
  it("answers the need's own sub-table phone, and 404 to another sub-table's phone", async () => {
    const { assemblyId, tables } = await arauca();
    const tableId = tables[3]!.id; // asistencia técnica
    const mine = await subtableWithPhone(assemblyId, tableId, 1);
    const other = await subtableWithPhone(assemblyId, tableId, 2);
    const needId = await needWithSolution(assemblyId, tableId, mine.id, "Secado y comercialización de cacao");
    const url = `/api/associativity/needs/${needId}/suggestions`;
    const response = await mine.get(url);
    expect(response.statusCode).toBe(200);
    const body = response.json() as SuggestionsDto;
    expect(body.axisCode).toBe("asistencia_tecnica");
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(5);
    expect((await other.get(url)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: "GET", url })).statusCode).toBe(401);
  });

  it("leaves out who the solution already names and says who other sub-tables named together", async () => {
    const { operator, assemblyId, tables } = await arauca();
    const tableId = tables[0]!.id;
    const mine = await subtableWithPhone(assemblyId, tableId, 1);
    const other = await subtableWithPhone(assemblyId, tableId, 2);
    await needWithSolution(assemblyId, tableId, other.id, "Transporte de cacao", [
      "ASOCATAME",
      "Asociación de Mototaxistas de Saravena",
    ]);
    const needId = await needWithSolution(
      assemblyId,
      tableId,
      mine.id,
      "Llevar el cacao seco al centro de acopio",
      ["Asociación de Cacaoteros de Tame"],
    );
    const body = (
      await operator.get(`/api/associativity/needs/${needId}/suggestions?limit=10`)
    ).json() as SuggestionsDto;
    const names = body.suggestions.map((s) => s.organization.name);
    expect(names.some((name) => name.includes("ASOCATAME"))).toBe(false);
    const mototaxi = body.suggestions.find(
      (s) => s.organization.name === "Asociación de Mototaxistas de Saravena",
    );
    expect(mototaxi?.reasons.map((r) => r.text)).toContain(
      "Otras sub-mesas ya la nombraron junto con Asociación de Cacaoteros de Tame",
    );
  });

  it("reads the need and its organisations as the phone has them now, when it sends them", async () => {
    const { assemblyId, tables } = await arauca();
    const tableId = tables[1]!.id; // crédito
    const mine = await subtableWithPhone(assemblyId, tableId, 1);
    const needId = await needWithSolution(assemblyId, tableId, mine.id, "Secado del cacao", ["ASOCATAME"]);
    const names = async (query: string) =>
      (
        (
          await mine.get(`/api/associativity/needs/${needId}/suggestions?limit=10${query}`)
        ).json() as SuggestionsDto
      ).suggestions.map((s) => s.organization.name);
    expect((await names("")).some((name) => name.includes("ASOCATAME"))).toBe(false);
    expect((await names("&cooperating=")).some((name) => name.includes("ASOCATAME"))).toBe(true);
    const edited = await names(`&q=${encodeURIComponent("Capacitación en contabilidad")}`);
    expect(edited[0]).toContain("COOEDUSA");
  });

  it("does not count the sub-table's own solutions as named by others", async () => {
    const { operator, assemblyId, tables } = await arauca();
    const tableId = tables[0]!.id;
    const mine = await subtableWithPhone(assemblyId, tableId, 1);
    await needWithSolution(assemblyId, tableId, mine.id, "Transporte de cacao", [
      "ASOCATAME",
      "Asociación de Mototaxistas de Saravena",
    ]);
    const needId = await needWithSolution(assemblyId, tableId, mine.id, "Llevar el cacao seco al acopio", [
      "ASOCATAME",
    ]);
    const body = (
      await operator.get(`/api/associativity/needs/${needId}/suggestions?limit=10`)
    ).json() as SuggestionsDto;
    const reasons = body.suggestions.flatMap((s) => s.reasons.map((r) => r.key));
    expect(reasons).not.toContain("associativity.reason.named_together");
  });
});

describe("scope", () => {
  it.each([
    ["national_admin", "none", 200],
    ["partner_operator", "agreement", 200],
    ["supervisor", "agreement", 200],
    ["group_leader", "table", 200],
    ["desk_staff", "assembly", 403],
    ["partner_operator", "other agreement", 404],
  ] as const)(
    "a %s scoped to %s gets %i on the matrix, the associations and typed suggestions",
    async (role, scope, status) => {
      const { agreementId, assemblyId, tables } = await arauca();
      const admin = await signIn(ctx, "national_admin");
      const otherAgreement = await createAgreement(admin);
      const scopes =
        scope === "agreement"
          ? { agreementId }
          : scope === "table"
            ? { agreementId, assemblyId, tableId: tables[0]!.id }
            : scope === "assembly"
              ? { assemblyId }
              : scope === "other agreement"
                ? { agreementId: otherAgreement }
                : {};
      const user = await signIn(ctx, role, scopes);
      for (const url of [
        `/api/assemblies/${assemblyId}/associativity/matrix`,
        `/api/assemblies/${assemblyId}/associativity/associations`,
        question(assemblyId, "cacao"),
        `/api/assemblies/${assemblyId}/organizations`,
      ]) {
        expect((await user.get(url)).statusCode, url).toBe(status);
      }
    },
  );

  it("lets a sub-table phone ask typed questions in its own assembly only", async () => {
    const { assemblyId, tables } = await arauca();
    const phone = await subtableWithPhone(assemblyId, tables[0]!.id, 1);
    const operator = await signIn(ctx, "partner_operator");
    const elsewhere = await createAssembly(operator, await createAgreement(operator));
    expect((await phone.get(question(assemblyId, "cacao"))).statusCode).toBe(200);
    expect((await phone.get(question(elsewhere.id, "cacao"))).statusCode).toBe(404);
    expect((await phone.get(`/api/assemblies/${assemblyId}/associativity/matrix`)).statusCode).toBe(401);
  });
});

describe("matrix, possible associations and XLSX", () => {
  async function withNeeds() {
    const base = await arauca();
    const tableId = base.tables[1]!.id; // crédito
    const first = await subtableWithPhone(base.assemblyId, tableId, 1);
    const second = await subtableWithPhone(base.assemblyId, tableId, 2);
    await needWithSolution(base.assemblyId, tableId, first.id, "Crédito para secar y vender el cacao", [
      "COOMRA",
    ]);
    await needWithSolution(base.assemblyId, tableId, second.id, "Microcrédito para renovar cacaotales");
    const territory = await subtableWithPhone(base.assemblyId, base.tables[4]!.id, 3);
    await needWithSolution(base.assemblyId, base.tables[4]!.id, territory.id, "Ruta de reciclaje de cartón");
    return base;
  }

  it("crosses every need with its suggested and named organisations", async () => {
    const { operator, assemblyId } = await withNeeds();
    const matrix = (
      await operator.get(`/api/assemblies/${assemblyId}/associativity/matrix`)
    ).json() as MatrixDto;
    expect(matrix.needs.map((n) => n.title)).toEqual([
      "Crédito para secar y vender el cacao",
      "Microcrédito para renovar cacaotales",
      "Ruta de reciclaje de cartón",
    ]);
    const coomra = matrix.organizations.find((o) => o.name.includes("COOMRA"))!;
    const first = matrix.needs[0]!;
    expect(matrix.cells).toContainEqual(
      expect.objectContaining({ needId: first.id, organizationId: coomra.id, named: true }),
    );
    const credit = matrix.organizations.find((o) => o.name.includes("COOPSARARE"))!;
    expect(matrix.cells.filter((c) => c.organizationId === credit.id && c.score > 0)).toHaveLength(2);
  });

  it("lists the organisations that come up together for several needs", async () => {
    const { operator, assemblyId } = await withNeeds();
    const associations = (
      await operator.get(`/api/assemblies/${assemblyId}/associativity/associations`)
    ).json() as PossibleAssociationDto[];
    const credit = associations.find((a) => a.organizations.some((o) => o.name.includes("COOPSARARE")));
    expect(credit?.needs.map((n) => n.title)).toEqual([
      "Crédito para secar y vender el cacao",
      "Microcrédito para renovar cacaotales",
    ]);
    expect(credit?.organizations.some((o) => o.name.includes("ASOPROCAR"))).toBe(true);
  });

  it("exports both to XLSX with the convenio legend", async () => {
    const { operator, assemblyId } = await withNeeds();
    const response = await operator.get(`/api/assemblies/${assemblyId}/associativity/export.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Matriz", "Posibles asociaciones"]);
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getCell("A2").value)).toContain("Convenio número");
      expect(sheet.headerFooter.oddFooter).toContain("Convenio número");
    }
    const matrix = workbook.getWorksheet("Matriz")!;
    expect(matrix.getCell("C5").value).toBe("Crédito para secar y vender el cacao");
  });
});

describe("the organisations registry and its merge screen", () => {
  it("lists each organisation once with the ways it was written, and possible duplicates", async () => {
    const { operator, assemblyId } = await arauca();
    await register(assemblyId, { ...MOTOTAXI, organization: "Colectivo de Mototaxistas de Saravena" });
    const body = (await operator.get(`/api/assemblies/${assemblyId}/organizations`)).json() as RegistryDto;
    expect(body.organizations).toHaveLength(7);
    const tame = body.organizations.find((o) => o.name.includes("Tame"))!;
    expect(tame).toMatchObject({ nit: "900123456", memberCount: 3 });
    expect(tame.declaredNames.sort()).toEqual(["ASOCIACION CACAOTEROS TAME", "Asoc. de Cacaoteros de Tame"]);
    expect(body.duplicates.map((d) => [d.first.name, d.second.name].sort())).toEqual([
      ["Asociación de Mototaxistas de Saravena", "Colectivo de Mototaxistas de Saravena"],
    ]);
  });

  it("merges two organisations for the operator, keeps them merged for new registrations, and records it", async () => {
    const { operator, assemblyId } = await arauca();
    await register(assemblyId, { ...MOTOTAXI, organization: "Colectivo de Mototaxistas de Saravena" });
    const before = (await operator.get(`/api/assemblies/${assemblyId}/organizations`)).json() as RegistryDto;
    const [pair] = before.duplicates;
    const target = pair!.first.name.startsWith("Asociación") ? pair!.first : pair!.second;
    const merged = target === pair!.first ? pair!.second : pair!.first;
    const response = await operator.post(`/api/assemblies/${assemblyId}/organizations/merge`, {
      targetId: target.id,
      mergedId: merged.id,
    });
    expect(response.statusCode).toBe(200);
    const after = response.json() as RegistryDto;
    expect(after.organizations).toHaveLength(6);
    expect(after.duplicates).toEqual([]);
    expect(after.merges[0]).toMatchObject({
      targetName: "Asociación de Mototaxistas de Saravena",
      mergedName: "Colectivo de Mototaxistas de Saravena",
    });
    await register(assemblyId, { ...MOTOTAXI, organization: "COLECTIVO DE MOTOTAXISTAS DE SARAVENA" });
    const later = (await operator.get(`/api/assemblies/${assemblyId}/organizations`)).json() as RegistryDto;
    expect(later.organizations).toHaveLength(6);
    expect(later.organizations.find((o) => o.id === target.id)?.memberCount).toBe(3);
  });

  it("keeps two organisations apart when the operator says they are different", async () => {
    const { operator, assemblyId } = await arauca();
    await register(assemblyId, { ...MOTOTAXI, organization: "Colectivo de Mototaxistas de Saravena" });
    const [pair] = ((await operator.get(`/api/assemblies/${assemblyId}/organizations`)).json() as RegistryDto)
      .duplicates;
    const response = await operator.post(`/api/assemblies/${assemblyId}/organizations/distinct`, {
      firstId: pair!.second.id,
      secondId: pair!.first.id,
    });
    expect(response.statusCode).toBe(200);
    const after = (await operator.get(`/api/assemblies/${assemblyId}/organizations`)).json() as RegistryDto;
    expect(after.duplicates).toEqual([]);
    expect(after.organizations).toHaveLength(7);
  });

  it.each([
    ["group_leader", 403],
    ["supervisor", 403],
  ] as const)("refuses a merge by a %s with %i", async (role, status) => {
    const { agreementId, assemblyId, tables } = await arauca();
    const user = await signIn(ctx, role, { agreementId, assemblyId, tableId: tables[0]!.id });
    const { organizations } = (
      await user.get(`/api/assemblies/${assemblyId}/organizations`)
    ).json() as RegistryDto;
    const response = await user.post(`/api/assemblies/${assemblyId}/organizations/merge`, {
      targetId: organizations[0]!.id,
      mergedId: organizations[1]!.id,
    });
    expect(response.statusCode).toBe(status);
  });

  it("refuses to merge an organisation with itself", async () => {
    const { operator, assemblyId } = await arauca();
    const { organizations } = (
      await operator.get(`/api/assemblies/${assemblyId}/organizations`)
    ).json() as RegistryDto;
    const id = organizations[0]!.id;
    const response = await operator.post(`/api/assemblies/${assemblyId}/organizations/merge`, {
      targetId: id,
      mergedId: id,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: "associativity.merge_same",
      message: "Elija dos organizaciones distintas para unirlas.",
    });
  });
});
