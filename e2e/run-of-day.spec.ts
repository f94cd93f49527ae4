import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { pdfText } from "../src/server/testing/pdf-text";
import { LEGEND } from "./demo";
import { expect, expectAccessible, login, test } from "./fixtures";

// Each journey drives two browsers (console and projector) and checks every screen with axe: give them time.
test.slow();

/** Minutes after midnight in Bogotá (UTC−5, no daylight saving), where the server's clock lives. */
const bogotaMinute = () => {
  const now = new Date(Date.now() - 5 * 3600_000);
  return now.getUTCHours() * 60 + now.getUTCMinutes();
};
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** The API as the signed-in page: its cookie and CSRF token. */
async function apiOf(page: Page) {
  const session = await (await page.request.get("/api/auth/session")).json();
  const headers = { "x-csrf-token": session.csrfToken as string };
  return {
    get: async (path: string) => (await page.request.get(path)).json(),
    post: async (path: string, data?: unknown) => {
      const response = await page.request.post(path, { data, headers });
      expect(response.ok(), await response.text()).toBe(true);
      return response.json();
    },
    put: async (path: string, data: unknown) => {
      const response = await page.request.put(path, { data, headers });
      expect(response.ok(), await response.text()).toBe(true);
      return response.json();
    },
  };
}

/** A fresh assembly of the demo convenio for this test alone (journeys run in parallel on one server). */
async function newAssembly(page: Page, name: string) {
  const api = await apiOf(page);
  const [agreement] = await api.get("/api/agreements");
  const assembly = await api.post("/api/assemblies", {
    agreementId: agreement.id,
    name,
    departmentCode: "81",
    municipalityCode: "81001",
    date: "2023-11-18",
  });
  return { api, assembly: assembly as { id: string; agenda: { id: string }[] } };
}

async function openProjector(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "es-CO" });
  const projector = await context.newPage();
  await projector.goto(url);
  return { context, projector };
}

test("the console advances the day, the projector follows without reload, and a late start shifts the plan", async ({
  page,
  browser,
}, testInfo) => {
  const now = bogotaMinute();
  test.skip(now < 1 || now > 1409, "the three test blocks must fit in today's clock");
  await login(page, "partner_operator");
  const name = `Jornada ${testInfo.project.name} ${Date.now()}`;
  const { api, assembly } = await newAssembly(page, name);
  // Three short blocks around now: the first was due to start up to 20 minutes ago.
  const late = Math.min(20, now);
  const start = now - late;
  await api.put(`/api/assemblies/${assembly.id}/agenda`, {
    blocks: [
      { kind: "registro", title: "Registro", start: hhmm(start), end: hhmm(now + 10) },
      { kind: "apertura", title: "Apertura", start: hhmm(now + 10), end: hhmm(now + 20) },
      { kind: "momento_1", title: "Momento 1", start: hhmm(now + 20), end: hhmm(now + 30) },
    ],
  });

  await page.goto(`/asambleas/${assembly.id}/dia`);
  await expect(page.getByRole("heading", { level: 2, name: "Reloj del día" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);

  const timeline = page
    .getByRole("list")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Registro" }) });
  const block = (title: string) =>
    timeline.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
  await block("Registro").getByRole("button", { name: "Iniciar" }).click();
  await expect(block("Registro")).toContainText("En curso");
  // Registro started late runs its full 10 + late minutes: Apertura moves by the delay.
  const startedAt = bogotaMinute();
  const apertura = block("Apertura");
  await expect(apertura).toContainText(`Planeado ${hhmm(now + 10)}–${hhmm(now + 20)}`);
  const shifted = startedAt + late + 10;
  await expect(apertura.locator("p").filter({ hasText: "Proyectado" })).toContainText(
    new RegExp(`${hhmm(shifted)}|${hhmm(shifted + 1)}`),
  );
  await expect(apertura.locator("p").filter({ hasText: "Proyectado" })).toContainText("min tarde");
  await expect(page.getByRole("timer")).toHaveText(/^\d{1,2}:\d\d$/);
  await expectAccessible(page);

  const link = await page.getByLabel("Enlace de la pantalla").inputValue();
  expect(link).toContain(`/proyector/${assembly.id}?key=`);
  const { context, projector } = await openProjector(browser, link);
  await expect(projector.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(projector.getByText("Asistentes")).toBeVisible();
  await expect(projector.locator(".projector__legend")).toHaveText(LEGEND);
  await expectAccessible(projector);

  await page.getByRole("button", { name: "Bloque en curso", exact: true }).click();
  await expect(projector.getByRole("heading", { level: 1, name: "Registro" })).toBeVisible();
  await expect(projector.getByRole("timer")).toHaveText(/^\d{1,2}:\d\d$/);
  await expect(projector.getByText("A continuación: Apertura")).toBeVisible();
  await expectAccessible(projector);

  await page.getByRole("button", { name: "Siguiente bloque" }).click();
  await expect(block("Registro")).toContainText("Terminado");
  await expect(projector.getByRole("heading", { level: 1, name: "Apertura" })).toBeVisible();

  // The moderator's phone view advances the day too.
  await page.goto(`/moderador/${assembly.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Vista de moderación" })).toBeVisible();
  await expect(page.getByText("Apertura", { exact: true })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Siguiente bloque" }).click();
  await expect(projector.getByRole("heading", { level: 1, name: "Momento 1" })).toBeVisible();
  await page.getByRole("button", { name: "Terminar el día" }).click();
  await expect(page.getByText("El día terminó.")).toBeVisible();
  await expect(projector.getByRole("heading", { level: 1, name: "El día terminó." })).toBeVisible();
  await context.close();
});

test("the 10-minute timer runs on the projector and the systematisation PDF carries the legend", async ({
  page,
  browser,
}, testInfo) => {
  await login(page, "partner_operator");
  const { api, assembly } = await newAssembly(page, `Experiencias ${testInfo.project.name} ${Date.now()}`);
  const { screenKey } = await api.get(`/api/assemblies/${assembly.id}/projector`);

  await page.goto(`/asambleas/${assembly.id}/experiencias`);
  await expect(page.getByRole("heading", { level: 2, name: "Experiencias" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Organización").fill("Asociación de Cacaoteros de Saravena");
  await page.getByLabel("Quién presenta").fill("Luz Mery Rincón");
  await page.getByLabel("Tema").fill("Cacao fino de aroma");
  await page.getByRole("button", { name: "Agregar experiencia" }).click();
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: /Cacaoteros de Saravena/ }) });
  await expect(card).toBeVisible();

  const { context, projector } = await openProjector(
    browser,
    `/proyector/${assembly.id}?key=${encodeURIComponent(screenKey)}`,
  );
  await card.getByRole("button", { name: "Iniciar temporizador (10 min)" }).click();
  await expect(
    projector.getByRole("heading", { level: 1, name: "Asociación de Cacaoteros de Saravena" }),
  ).toBeVisible();
  const timer = projector.getByRole("timer");
  await expect(timer).toHaveText(/^(10:00|9:5\d)$/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first ?? "");
  await expect(projector.getByText("¿Qué la hace replicable?")).toBeVisible();
  await expect(projector.locator(".projector__legend")).toHaveText(LEGEND);
  await expectAccessible(projector);

  // A one-minute presentation starts straight in its last minute: the warning shows.
  await page.getByLabel("Organización").fill("Asocacao Tame");
  await page.getByLabel("Minutos para presentar").fill("1");
  await page.getByRole("button", { name: "Agregar experiencia" }).click();
  const second = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: /Asocacao Tame/ }) });
  await second.getByRole("button", { name: "Iniciar temporizador (1 min)" }).click();
  await expect(projector.getByRole("heading", { level: 1, name: "Asocacao Tame" })).toBeVisible();
  await expect(projector.getByText("Último minuto")).toBeVisible();
  await expect(card).toContainText("Detenido");

  await card.getByText("Sistematización de Asociación de Cacaoteros de Saravena").click();
  await card.getByLabel("Aportes").fill("Centro de acopio comunitario");
  await card.getByLabel("Aprendizajes").fill("Vender juntos mejora el precio");
  await card.getByRole("checkbox", { name: "Trabajo en red" }).check();
  await card.getByRole("button", { name: "Guardar sistematización" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Sistematización guardada." })).toBeVisible();
  const summary = page.getByRole("table");
  await expect(summary.getByRole("row", { name: /Trabajo en red/ })).toContainText("1");
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Descargar documento (PDF)" }).click(),
  ]);
  const text = pdfText(await readFile((await download.path())!));
  expect(text).toContain("Sistematización del diálogo de experiencias");
  expect(text).toContain("Centro de acopio comunitario");
  expect(text).toContain(LEGEND);
  await context.close();
});

test("allies are recorded and exported; Momento 1 materials refuse a renamed executable and reach the public page", async ({
  page,
}, testInfo) => {
  await login(page, "partner_operator");
  const { assembly } = await newAssembly(page, `Aliados ${testInfo.project.name} ${Date.now()}`);

  await page.goto(`/asambleas/${assembly.id}/aliados`);
  await expect(page.getByRole("heading", { level: 2, name: "Aliados" })).toBeVisible();
  await page.getByRole("button", { name: "Agregar aliado" }).click();
  await page.getByLabel("Institución").fill("SENA Regional Arauca");
  await page.getByLabel("Tipo de aliado").selectOption({ label: "Nacional" });
  await page.getByLabel("Correo de contacto").fill("ana@");
  await page.getByRole("button", { name: "Guardar aliado" }).click();
  const email = page.getByLabel("Correo de contacto");
  await expect(email).toHaveAccessibleDescription("Escriba un correo válido.");
  await expect(page.getByLabel("Institución")).toHaveValue("SENA Regional Arauca");
  await expectAccessible(page);
  await email.fill("ana@sena.edu.co");
  await page.getByLabel("Posible aporte al PIT").fill("Formación técnica a tres asociaciones cacaoteras");
  await page.getByRole("button", { name: "Guardar aliado" }).click();
  const ally = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "SENA Regional Arauca" }) });
  await expect(ally).toContainText("Formación técnica a tres asociaciones cacaoteras");
  await ally.getByRole("button", { name: "Editar SENA Regional Arauca" }).click();
  await page.getByLabel("Tipo de aliado").selectOption({ label: "Academia" });
  await page.getByRole("button", { name: "Guardar aliado" }).click();
  await expect(ally).toContainText("Academia");
  await expectAccessible(page);
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Descargar Excel" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe("aliados.xlsx");

  await page.goto(`/asambleas/${assembly.id}/dia`);
  const momento1 = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: /Momento 1/ }) });
  await momento1.getByText("Materiales (0)").click();
  await momento1.getByLabel("Título").first().fill("Diagnóstico socioeconómico");
  const file = momento1.getByLabel("Archivo (PDF, PNG, JPG o WebP, hasta 20 MB)");
  await file.setInputFiles({
    name: "diagnostico.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ\x90\x00 This program cannot be run in DOS mode."),
  });
  await momento1.getByRole("button", { name: "Subir archivo" }).click();
  await expect(file).toHaveAccessibleDescription(/Solo PDF, PNG, JPG o WebP\./);
  await expect(momento1.getByRole("alert")).toContainText("«diagnostico.pdf» es de otro tipo");
  await expectAccessible(page);
  await file.setInputFiles({
    name: "diagnostico.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
  });
  await momento1.getByRole("button", { name: "Subir archivo" }).click();
  await expect(momento1.getByRole("link", { name: "Diagnóstico socioeconómico" })).toBeVisible();

  await page.goto(`/materiales/${assembly.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Materiales de la asamblea" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Diagnóstico socioeconómico" })).toHaveAttribute(
    "href",
    /\/file$/,
  );
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);
});
