import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";
import { pdfText } from "../../testing/pdf-text";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});
afterEach(() => {
  vi.useRealTimers();
});

const CACAO = {
  organization: "Asociación de Cacaoteros de Saravena",
  presenter: "Luz Mery Rincón",
  municipalityCode: "81736",
  theme: "Cacao fino de aroma",
};

async function setup() {
  const operator = await signIn(ctx, "partner_operator");
  const agreementId = await createAgreement(operator, { number: "002", year: 2023 });
  const assembly = await createAssembly(operator, agreementId);
  const url = `/api/assemblies/${assembly.id}/experiences`;
  const add = async (input: Record<string, unknown>) => {
    const response = await operator.post(url, input);
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json().experiences.at(-1) as { id: string };
  };
  return { operator, agreementId, assembly, url, add };
}

type Experience = {
  id: string;
  organization: string;
  timerStartedAt: string | null;
  timerStoppedAt: string | null;
  position: number;
};

describe("Momento 3 experiences", () => {
  it("starts with the issue's guiding questions and criteria, editable per assembly", async () => {
    const { operator, url } = await setup();
    const page = (await operator.get(url)).json();
    expect(page.guidingQuestions).toEqual([
      "¿Cuál es la experiencia?",
      "¿Qué dificultades han enfrentado?",
      "¿Qué oportunidades identifican?",
      "¿Qué aprendizajes les deja?",
      "¿Qué la hace replicable?",
    ]);
    expect(page.criteria).toEqual([
      "Trabajo en red",
      "Valor agregado",
      "Acceso a mercados",
      "Relevo generacional",
      "Sostenibilidad ambiental",
    ]);
    const edited = await operator.put(`${url}/template`, {
      guidingQuestions: ["¿Qué hicieron?"],
      criteria: ["Trabajo en red", "Economía circular"],
    });
    expect(edited.json()).toMatchObject({
      guidingQuestions: ["¿Qué hicieron?"],
      criteria: ["Trabajo en red", "Economía circular"],
    });
    const empty = await operator.put(`${url}/template`, { guidingQuestions: [], criteria: [""] });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().fields).toEqual({
      guidingQuestions: "Escriba al menos una pregunta.",
      "criteria.0": "Este campo es obligatorio.",
    });
  });

  it("defines, edits, reorders and removes experiences", async () => {
    const { operator, url, add } = await setup();
    const first = await add(CACAO);
    const second = await add({
      organization: "Asocacao Tame",
      municipalityCode: "81794",
      durationMinutes: 8,
    });
    let page = (await operator.get(url)).json();
    expect(page.experiences.map((e: Experience) => [e.organization, e.position])).toEqual([
      ["Asociación de Cacaoteros de Saravena", 1],
      ["Asocacao Tame", 2],
    ]);
    expect(page.experiences[0]).toMatchObject({ municipalityName: "Saravena", durationSeconds: 600 });
    expect(page.experiences[1]).toMatchObject({ municipalityName: "Tame", durationSeconds: 480 });

    page = (await operator.put(`${url}/${first.id}`, { ...CACAO, theme: "Fermentación" })).json();
    expect(page.experiences[0].theme).toBe("Fermentación");
    page = (await operator.put(`${url}/order`, { ids: [second.id] })).json();
    expect(page.experiences.map((e: Experience) => e.id)).toEqual([second.id, first.id]);
    expect((await operator.delete(`${url}/${second.id}`)).statusCode).toBe(200);
    expect((await operator.get(url)).json().experiences).toHaveLength(1);
  });

  it.each([
    ["organization", { organization: "" }, "Este campo es obligatorio."],
    ["municipalityCode", { municipalityCode: "8173" }, "Elija un municipio."],
    ["municipalityCode", { municipalityCode: "99999" }, "El municipio 99999 no existe."],
    ["durationMinutes", { durationMinutes: 0 }, "Mínimo 1 minuto."],
  ])("refuses a bad %s with a Spanish message", async (field, overrides, message) => {
    const { operator, url } = await setup();
    const response = await operator.post(url, { ...CACAO, ...overrides });
    expect(response.statusCode).toBe(422);
    expect(response.json().fields[field]).toBe(message);
  });

  it("runs one 10-minute timer at a time and puts it on the projector", async () => {
    const { operator, assembly, url, add } = await setup();
    const first = await add(CACAO);
    const second = await add({ ...CACAO, organization: "Asocacao Tame", municipalityCode: "81794" });
    const received: string[] = [];
    ctx.app.fanout.subscribe(assembly.id, (event) => received.push(event.type));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2023-11-18T14:15:00-05:00"));
    let page = (await operator.post(`${url}/${first.id}/timer/start`)).json();
    expect(page.experiences[0]).toMatchObject({
      timerStartedAt: "2023-11-18T19:15:00.000Z",
      timerStoppedAt: null,
    });
    const console = (await operator.get(`/api/assemblies/${assembly.id}/projector`)).json();
    expect(console.state).toMatchObject({ view: "experience_timer", experienceId: first.id });

    vi.setSystemTime(new Date("2023-11-18T14:25:30-05:00"));
    page = (await operator.post(`${url}/${second.id}/timer/start`)).json();
    expect(page.experiences[0].timerStoppedAt).toBe("2023-11-18T19:25:30.000Z");
    expect(page.experiences[1]).toMatchObject({
      timerStartedAt: "2023-11-18T19:25:30.000Z",
      timerStoppedAt: null,
    });
    const screen = (
      await ctx.app.inject({ method: "GET", url: `/api/projector/${assembly.id}?key=${console.screenKey}` })
    ).json();
    expect(screen.experience).toMatchObject({
      id: second.id,
      organization: "Asocacao Tame",
      durationSeconds: 600,
    });

    page = (await operator.post(`${url}/${second.id}/timer/stop`)).json();
    expect(page.experiences[1].timerStoppedAt).not.toBeNull();
    await ctx.app.fanout.flush();
    expect(received).toEqual(expect.arrayContaining(["experiences.updated", "projector.updated"]));
  });

  it("records the systematisation with criteria from the list and summarises them across experiences", async () => {
    const { operator, url, add } = await setup();
    const first = await add(CACAO);
    const second = await add({ ...CACAO, organization: "Asocacao Tame", municipalityCode: "81794" });
    const notes = {
      contributions: "Centro de acopio comunitario",
      learnings: "Vender juntos mejora el precio",
      difficulties: "Vías terciarias",
      opportunities: "Mercados de cacao especial",
      criteria: ["Trabajo en red", "Acceso a mercados"],
    };
    await operator.put(`${url}/${first.id}/systematisation`, notes);
    const page = (
      await operator.put(`${url}/${second.id}/systematisation`, { criteria: ["Acceso a mercados"] })
    ).json();
    expect(page.experiences[0].systematisation).toMatchObject(notes);
    expect(page.summary.slice(0, 3)).toEqual([
      { criterion: "Acceso a mercados", count: 2, experienceIds: [first.id, second.id], inList: true },
      { criterion: "Trabajo en red", count: 1, experienceIds: [first.id], inList: true },
      { criterion: "Valor agregado", count: 0, experienceIds: [], inList: true },
    ]);

    const unknown = await operator.put(`${url}/${first.id}/systematisation`, {
      ...notes,
      criteria: ["Inventado"],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      code: "experience.unknown_criterion",
      fields: { criteria: "El criterio «Inventado» no está en la lista de criterios de esta asamblea." },
    });

    // A tag removed from the list stays on the experience and in the summary.
    await operator.put(`${url}/template`, {
      guidingQuestions: ["¿Qué hicieron?"],
      criteria: ["Valor agregado"],
    });
    const kept = await operator.put(`${url}/${first.id}/systematisation`, notes);
    expect(kept.statusCode).toBe(200);
    expect(
      kept.json().summary.find((r: { criterion: string }) => r.criterion === "Trabajo en red"),
    ).toMatchObject({ inList: false, count: 1 });
  });

  it("produces the systematisation document: PDF with the legend on every page, and XLSX", async () => {
    const { operator, url, add } = await setup();
    for (const n of [1, 2, 3]) {
      const experience = await add({ ...CACAO, organization: `Asociación cacaotera ${n}` });
      await operator.put(`${url}/${experience.id}/systematisation`, {
        contributions: "Aporte ".repeat(400),
        learnings: "Aprendizaje ".repeat(200),
        criteria: ["Valor agregado"],
      });
    }
    const pdf = await operator.get(`${url}/systematisation.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(pdf.rawPayload);
    const legend =
      "Esta actividad se realiza en el marco del Convenio número 002 de 2023, suscrito entre la Unidad Solidaria y la UNAD";
    const pages = Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf.rawPayload.toString("latin1"))?.[1]);
    expect(pages).toBeGreaterThan(2);
    expect(text.split(legend).length - 1).toBe(pages);
    expect(text).toContain("Sistematización del diálogo de experiencias");
    expect(text).toContain("Asociación cacaotera 3");
    expect(text).toContain("Resumen de criterios");

    const xlsx = await operator.get(`${url}/systematisation.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Experiencias",
      "Resumen de criterios",
      "Preguntas orientadoras",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getCell("A2").value)).toBe(legend);
      expect(sheet.headerFooter.oddFooter).toContain(legend);
    }
    expect(workbook.worksheets[0]!.getRow(5).values).toEqual(
      expect.arrayContaining(["Asociación cacaotera 1", "Valor agregado"]),
    );
  });
});

describe("experiences scope", () => {
  it("another convenio's operator gets 404; a supervisor reads and downloads but gets 403 on writes", async () => {
    const { agreementId, url, add } = await setup();
    const experience = await add(CACAO);
    const admin = await signIn(ctx, "national_admin");
    const outsider = await signIn(ctx, "partner_operator", { agreementId: await createAgreement(admin) });
    const supervisor = await signIn(ctx, "supervisor", { agreementId });

    for (const [method, path, body] of [
      ["get", url, undefined],
      ["post", url, CACAO],
      ["put", `${url}/${experience.id}`, CACAO],
      ["post", `${url}/${experience.id}/timer/start`, undefined],
      ["put", `${url}/${experience.id}/systematisation`, {}],
      ["get", `${url}/systematisation.pdf`, undefined],
    ] as const) {
      const response = await outsider.request({
        method: method.toUpperCase() as "GET",
        url: path,
        payload: body,
      });
      expect(response.statusCode, `${method} ${path}`).toBe(404);
    }
    expect((await supervisor.get(url)).statusCode).toBe(200);
    expect((await supervisor.get(`${url}/systematisation.pdf`)).statusCode).toBe(200);
    expect((await supervisor.post(url, CACAO)).statusCode).toBe(403);
    expect((await supervisor.post(`${url}/${experience.id}/timer/start`)).statusCode).toBe(403);
    expect((await supervisor.put(`${url}/${experience.id}/systematisation`, {})).statusCode).toBe(403);
    expect((await supervisor.delete(`${url}/${experience.id}`)).statusCode).toBe(403);
  });
});
