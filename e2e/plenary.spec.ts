import { readFile } from "node:fs/promises";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { pdfText } from "../src/server/testing/pdf-text";
import { LEGEND } from "./demo";
import { expect, expectAccessible, login, test } from "./fixtures";

/** The operator's API calls, with the session's CSRF token. */
async function operatorApi(request: APIRequestContext) {
  const { csrfToken } = (await (await request.get("/api/auth/session")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": csrfToken };
  const ok = async <T>(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> => {
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: async <T>(url: string) => ok<T>(await request.get(url)),
    post: async <T>(url: string, data?: unknown) => ok<T>(await request.post(url, { data, headers })),
  };
}

const person = (documentNumber: string, index: number) => ({
  documentType: "CC",
  documentNumber,
  firstNames: ["Luz Marina", "Jhon Fredy", "Yuli Andrea", "Édgar"][index % 4]!,
  lastNames: `Rincón Prueba ${index + 1}`,
  birthDate: "1984-06-12",
  sex: index % 2 ? "hombre" : "mujer",
  phone: "3105550000",
  departmentCode: "81",
  municipalityCode: "81001",
  zone: "urbana",
  economy: "popular",
  preferredAxes: ["asociatividad"],
  dataConsent: true,
  consentVersion: 1,
  desk: "Mesa 1",
});

const sheet = (title: string, action: string, owner: string, due: string) => ({
  needs: [
    {
      title,
      description: "",
      affectedGroups: [],
      solution: {
        description: `Fondo y red de organizaciones para: ${title.toLowerCase()}`,
        cooperationForm: "trabajo_en_red",
        organizations: ["Asociación de Cacaoteros de Arauca"],
        plan: [{ action, owner, due, resources: "" }],
      },
    },
  ],
});

/**
 * A fresh assembly of the demo convenio for this journey alone: 16 people checked in at the desk (all asking for
 * the first table, so it gets two sub-tables of 8), and the puzzle's pieces typed from the paper sheets, with the
 * same need written on both sub-tables.
 */
async function plenaryDay(page: Page, name: string) {
  const api = await operatorApi(page.request);
  const [agreement] = await api.get<{ id: string }[]>("/api/agreements");
  const assembly = await api.post<{ id: string }>("/api/assemblies", {
    agreementId: agreement!.id,
    name,
    departmentCode: "81",
    municipalityCode: "81001",
    date: "2023-11-18",
  });
  const base = 71_000_000 + Math.floor(Math.random() * 900_000) * 10;
  const documents = Array.from({ length: 16 }, (_, i) => String(base + i));
  for (const [i, document] of documents.entries()) {
    await api.post(`/api/assemblies/${assembly.id}/walk-ins`, person(document, i));
  }
  await api.post(`/api/assemblies/${assembly.id}/allocation`, {
    source: "checked_in",
    subtableSize: 8,
    seed: 3,
  });
  const progress = await api.get<{ tables: { subtables: { id: string }[] }[] }>(
    `/api/puzzle/assemblies/${assembly.id}/progress`,
  );
  const table = progress.tables.find((t) => t.subtables.length >= 2)!;
  const [first, second] = table.subtables;
  await api.post(
    `/api/puzzle/subtables/${first!.id}/paper`,
    sheet(
      "Falta de crédito para el cacao",
      "Crear un fondo rotatorio entre cooperativas",
      "Coopcacao",
      "2024-Q2",
    ),
  );
  await api.post(
    `/api/puzzle/subtables/${second!.id}/paper`,
    sheet(
      "Crédito caro para los cacaoteros",
      "Gestionar una línea de crédito solidario",
      "Unidad Solidaria",
      "2025-Q1",
    ),
  );
  await api.post(
    `/api/puzzle/subtables/${second!.id}/paper`,
    sheet("Poca formación en cooperativismo", "Escuela de cooperativismo rural", "SENA", "2025-03"),
  );
  const { screenKey } = await api.get<{ screenKey: string }>(
    `/api/assemblies/${assembly.id}/plenary/console`,
  );
  return { assemblyId: assembly.id, documents, screenKey };
}

async function participant(browser: Browser, assemblyId: string, document: string) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "es-CO",
    timezoneId: "America/Bogota",
  });
  const phone = await context.newPage();
  await phone.goto(`/votar/${assemblyId}`);
  await phone.getByLabel("Número de documento").fill(document);
  await phone.getByRole("button", { name: "Continuar" }).click();
  await expect(phone.getByText(/^Hola, /)).toBeVisible();
  return phone;
}

async function vote(phone: Page, choice: "A favor" | "En contra" | "Abstención") {
  await phone.getByRole("radio", { name: choice }).check();
  await phone.getByRole("button", { name: "Votar" }).click();
  await expect(phone.getByText(`Su voto: ${choice}.`)).toBeVisible();
}

test("the plenary merges two needs, votes from three phones and by hand, locks the agenda and downloads it", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  await login(page, "partner_operator");
  const day = await plenaryDay(page, `Plenaria ${testInfo.project.name} ${Date.now()}`);

  // Consolidation: the same need from two sub-tables becomes one point that keeps both originals.
  await page.goto(`/asambleas/${day.assemblyId}/plenaria`);
  await expect(page.getByRole("heading", { level: 2, name: "Consolidación de la agenda" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: "Elegir «Falta de crédito para el cacao» para unir" }).check();
  await page.getByRole("checkbox", { name: "Elegir «Crédito caro para los cacaoteros» para unir" }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Unir los puntos elegidos" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Puntos unidos." })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 3, name: "Punto 1: Falta de crédito para el cacao" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /Crédito caro/ })).toHaveCount(0);
  await page.getByText("Fichas originales (2)").click();
  await expect(
    page.getByRole("listitem").filter({ hasText: /^Sub-mesa [\d.]+: Crédito caro para los cacaoteros$/ }),
  ).toBeVisible();
  await expectAccessible(page);

  // The plenary screen, opened with the projector's key, follows the moderator to the table's vote.
  const projectorContext = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: "es-CO",
  });
  const projector = await projectorContext.newPage();
  await projector.goto(`/plenaria/${day.assemblyId}?key=${encodeURIComponent(day.screenKey)}`);
  await expect(projector.getByRole("heading", { level: 1, name: "Agenda completa" })).toBeVisible();
  await expectAccessible(projector);

  const tabs = page.getByRole("navigation", { name: "Secciones de la asamblea" });
  await tabs.getByRole("link", { name: "Votaciones" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Consola de la plenaria" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Qué se presenta").selectOption({ label: "Mesa 1: Asociatividad y Trabajo en Red" });
  await page.getByRole("button", { name: "Mostrar" }).click();
  await expect(
    projector.getByRole("heading", { level: 1, name: "Asociatividad y Trabajo en Red" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Paso siguiente" }).click();
  await expect(
    projector.getByRole("heading", { level: 1, name: "Falta de crédito para el cacao" }),
  ).toBeVisible();
  await expectAccessible(projector);
  for (let step = 0; step < 2; step += 1) await page.getByRole("button", { name: "Paso siguiente" }).click();
  await expect(page.getByText("paso 4 de 4")).toBeVisible();
  await expect(projector.getByText("Votación de la mesa")).toBeVisible();

  // A digital vote on the table's agenda: three phones, one changes its vote; the screen's chart follows.
  await page.getByLabel("Qué se vota").selectOption({ label: "Mesa 1: Asociatividad y Trabajo en Red" });
  await page.getByLabel("Cómo se vota").selectOption({ label: "Votación digital (desde los teléfonos)" });
  await page.getByRole("button", { name: "Abrir votación" }).click();
  await expect(page.getByRole("heading", { level: 3, name: /Votación abierta: Mesa 1/ })).toBeVisible();
  await expect(page.getByText("16 personas con ingreso al abrir · quórum: 9 personas.")).toBeVisible();
  await expectAccessible(page);

  const [ana, beto, carla] = await Promise.all(
    day.documents.slice(0, 3).map((d) => participant(browser, day.assemblyId, d)),
  );
  await expect(ana!.getByRole("heading", { level: 2, name: /¿Aprueba la agenda de la mesa/ })).toBeVisible();
  await expect(ana!.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(ana!);
  await vote(ana!, "A favor");
  await vote(beto!, "A favor");
  await vote(carla!, "A favor");
  await vote(carla!, "En contra");
  await expectAccessible(carla!);
  await expect(
    projector.getByRole("img", { name: /A favor: 2\. En contra: 1\. Abstención: 0\./ }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /A favor: 2\. En contra: 1\./ })).toBeVisible();

  await page.getByRole("button", { name: "Cerrar votación" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votación cerrada: Sin quórum." })).toBeVisible();
  await expect(projector.getByText("Sin quórum")).toBeVisible();
  await expect(ana!.getByText("La votación cerró: Sin quórum.")).toBeVisible({ timeout: 15_000 });
  await expect(ana!.getByRole("button", { name: "Votar" })).toHaveCount(0);

  // A show-of-hands vote on the whole agenda, counted by the moderator.
  await page.getByLabel("Qué se vota").selectOption({ label: "La agenda completa" });
  await page.getByLabel("Cómo se vota").selectOption({ label: "Mano alzada (conteo de la moderación)" });
  await page.getByRole("button", { name: "Abrir votación" }).click();
  await expect(beto!.getByText("Esta votación es a mano alzada")).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("A favor").fill("12");
  await page.getByLabel("En contra").fill("2");
  await page.getByLabel("Abstención").fill("1");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Cerrar votación" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votación cerrada: Aprobada." })).toBeVisible();
  await expect(page.getByText(/La agenda completa · Mano alzada · Aprobada/)).toBeVisible();

  // Lock the approved agenda and download its document.
  await tabs.getByRole("link", { name: "Plenaria" }).click();
  await page.getByRole("button", { name: "Cerrar la agenda aprobada" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Agenda cerrada." })).toBeVisible();
  await expect(page.getByText(/Aprobada y cerrada el/)).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Descargar PDF" }).click(),
  ]);
  const text = pdfText(await readFile((await download.path())!));
  expect(text).toContain(LEGEND);
  expect(text).toContain("Agenda de la Economía Popular, Social y Solidaria — Arauca");
  expect(text).toContain("Falta de crédito para el cacao");
  expect(text).toContain("Poca formación en cooperativismo");
  expect(text).toContain("Crear un fondo rotatorio entre cooperativas");
  expect(text).toContain("Aprobada");

  // The approved agenda, public and read-only; its plan items are now commitments.
  await page.getByRole("link", { name: "Página pública de la agenda aprobada" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: /Agenda de la Economía Popular, Social y Solidaria — Arauca/,
    }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Falta de crédito para el cacao" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/asambleas/${day.assemblyId}/compromisos`);
  await expect(page.getByText(/^3 compromisos · \d vencidos$/)).toBeVisible();
  // Due in the second quarter of 2024 and still pending: overdue, said in words.
  const overdue = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Crear un fondo rotatorio entre cooperativas" }) });
  await expect(overdue.getByText("Vencido", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await projectorContext.close();
  for (const phone of [ana, beto, carla]) await phone!.context().close();
});
