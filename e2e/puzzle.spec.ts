import type { Browser, Page } from "@playwright/test";
import { demoAllocation, exclusively, LEGEND, type StaffApi, staffApi } from "./demo";
import { expect, expectAccessible, login, test } from "./fixtures";

/** The demo assembly's first sub-table, allocating the 500 people when nobody did yet. */
async function firstSubtable(api: StaffApi, assemblyId: string) {
  const table = (await demoAllocation(api, assemblyId)).tables[0]!;
  return { tableId: table.id, subtable: table.subtables[0]! };
}

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "es-CO",
    timezoneId: "America/Bogota",
  });
  return context.newPage();
}

/** The capture page is ready offline once the service worker controls it (it precached the app). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test("two phones on one sub-table, one offline and reloaded, the projector and the timer all agree", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await login(page, "partner_operator");
  const assemblies = (await (await page.request.get("/api/assemblies")).json()) as {
    id: string;
    name: string;
  }[];
  const assemblyId = assemblies.find((a) => a.name.endsWith("PIT Arauca"))!.id;
  const api = await staffApi(page.request);
  const title = `Crédito solidario ${testInfo.project.name}`;
  const solution = "Fondo rotatorio entre las cooperativas cacaoteras";

  await exclusively(async () => {
    const { tableId, subtable } = await firstSubtable(api, assemblyId);
    const code = subtable.joinCode!;
    try {
      // The projector: one table's big puzzle, live.
      await page.goto(`/rompecabezas/${assemblyId}/mesa/${tableId}`);
      const board = page.locator("svg.big-puzzle__svg");
      await expect(board).toContainText(LEGEND);
      await expectAccessible(page);

      const a = await phone(browser);
      await a.goto(`/unirse/${code}`);
      await expect(a.getByRole("heading", { level: 1, name: `Sub-mesa ${subtable.label}` })).toBeVisible();
      await expect(a.getByRole("contentinfo")).toContainText(LEGEND);
      await controlledByServiceWorker(a);
      await expectAccessible(a);

      // Phone B types the code on the card.
      const b = await phone(browser);
      await b.goto("/unirse");
      await expectAccessible(b);
      await b.getByLabel("Código de la sub-mesa").fill(code.toLowerCase());
      await b.getByRole("button", { name: "Entrar" }).click();
      await expect(b.getByRole("heading", { level: 1, name: `Sub-mesa ${subtable.label}` })).toBeVisible();
      await expect(b.getByText(/También editando/)).toBeVisible({ timeout: 30_000 });
      await expectAccessible(b);

      // The table's leader starts the needs phase: both phones and the projector show it without reloading.
      await api.post(`/api/puzzle/assemblies/${assemblyId}/timers`, { action: "reset", tableId });
      expect(
        (
          await api.post(`/api/puzzle/assemblies/${assemblyId}/timers`, { action: "start", tableId })
        ).status(),
      ).toBe(200);
      for (const screen of [a, b]) {
        await expect(screen.locator(".phase-clock__phase")).toHaveText("Ahora: Paso 1: necesidades");
        await expect(screen.getByRole("timer")).toHaveText(/^(15:00|14:5\d)$/);
      }
      await expect(board.locator(".bp-clock")).toContainText("Paso 1: necesidades");

      // Phone A loses the connection, writes a need and its solution, and reloads.
      await a.context().setOffline(true);
      const unsent = a.getByRole("status").filter({ hasText: /^\d+ cambios? sin enviar$/ });
      await a.getByLabel("Título de la necesidad").fill(title);
      await a.getByLabel("Campesinos").check();
      await expect(
        a.getByRole("article", { name: "Necesidad 1" }).getByText("Guardado en el teléfono"),
      ).toBeVisible();
      await expect(unsent).toBeVisible();
      await a.getByRole("button", { name: /Paso 2/ }).click();
      await a.getByLabel("¿Cuál es la solución?").fill(solution);
      await a.getByLabel("Trabajo en red").check();
      await expect(
        a
          .getByRole("article", { name: new RegExp(`^Solución a «${title}»`) })
          .getByText("Guardado en el teléfono"),
      ).toBeVisible();
      await expect(a.getByText("Sin conexión: sus cambios se guardan en este teléfono")).toBeVisible();
      await expectAccessible(a);
      // Each pause in typing saved once; the count of unsent changes is the same after the reload.
      await a.waitForTimeout(1000);
      const before = await unsent.textContent();

      await a.reload();
      await expect(a.getByRole("heading", { level: 1, name: `Sub-mesa ${subtable.label}` })).toBeVisible();
      await expect(unsent).toHaveText(before!);
      await expect(a.getByLabel("Título de la necesidad")).toHaveValue(title);
      await expect(a.getByLabel("Campesinos")).toBeChecked();
      await a.getByRole("button", { name: /Paso 2/ }).click();
      await expect(a.getByLabel("¿Cuál es la solución?")).toHaveValue(solution);
      await expect(a.getByLabel("Trabajo en red")).toBeChecked();
      await expectAccessible(a);

      // Back online: the changes go by themselves; phone B and the projector show them without reloading.
      await a.context().setOffline(false);
      await expect(a.getByRole("status").filter({ hasText: "Todo enviado" })).toBeVisible({
        timeout: 30_000,
      });
      await expect(b.getByLabel("Título de la necesidad")).toHaveValue(title);
      await b.getByRole("button", { name: /Paso 2/ }).click();
      await expect(b.getByLabel("¿Cuál es la solución?")).toHaveValue(solution);
      await expect(board.locator('[data-piece="need"]')).toContainText(title);
      await expect(board.locator('[data-piece="solution"]')).toContainText(solution);
      await expectAccessible(b);

      for (const screen of [a, b])
        await expect(screen.locator(".phase-clock__phase")).toHaveText("Ahora: Paso 1: necesidades");
      await a.context().close();
      await b.context().close();

      // The operator's progress board counts them.
      await page.goto(`/asambleas/${assemblyId}/rompecabezas`);
      const row = page.getByRole("row", { name: new RegExp(`^${subtable.label.replace(".", "\\.")}`) });
      await expect(row.getByRole("cell").nth(1)).toHaveText("1");
      await expect(row.getByRole("cell").nth(2)).toHaveText("1");
      await expectAccessible(page);

      // The operator opens the sub-table to read or correct it, and types a paper sheet into it.
      await row.getByRole("link", { name: `Abrir ${subtable.label}` }).click();
      await expect(page.getByText(/Está corrigiendo como .*: cada cambio queda registrado\./)).toBeVisible();
      await expect(page.getByLabel("Título de la necesidad")).toHaveValue(title);
      await expectAccessible(page);
      await page.getByRole("link", { name: "Escribir una hoja en papel" }).click();
      await expect(
        page.getByRole("heading", {
          level: 1,
          name: `Escribir la hoja en papel de la sub-mesa ${subtable.label}`,
        }),
      ).toBeVisible();
      await page.getByLabel("Título de la necesidad").fill("Canales de comercialización");
      await page.getByLabel("La hoja tiene solución para esta necesidad").uncheck();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Guardar la hoja" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "La hoja quedó en el rompecabezas." }),
      ).toBeVisible();
      await expect(page.getByText("Esta sub-mesa ya tiene sus dos necesidades.")).toBeVisible();
    } finally {
      // Leave the demo's sub-table as it was: the associativity journeys read the same assembly.
      const state = (await (await api.get(`/api/puzzle/subtables/${subtable.id}`)).json()) as {
        needs: { id: string; version: number }[];
      };
      for (const need of state.needs) {
        await api.post(`/api/puzzle/subtables/${subtable.id}/changes`, {
          changeId: crypto.randomUUID(),
          kind: "need.delete",
          pieceId: need.id,
          baseVersion: need.version,
        });
      }
      await api.post(`/api/puzzle/assemblies/${assemblyId}/timers`, { action: "reset", tableId });
    }
  });
});
