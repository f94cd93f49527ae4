import { readFile } from "node:fs/promises";
import { pdfText } from "../src/server/testing/pdf-text";
import { DEMO_PEOPLE, demoAssemblyId, LEGEND } from "./demo";
import { expect, expectAccessible, login, test } from "./fixtures";

test("the operator allocates the demo's 500, locks, prints a roster, and a participant finds their seat", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  await login(page, "partner_operator");
  const assemblyId = await demoAssemblyId(page.request);
  page.on("dialog", (dialog) => dialog.accept());
  // The participant's kiosk, on a device without any session, opened before the tables are published.
  const kioskContext = await browser.newContext({
    viewport: page.viewportSize() ?? undefined,
    locale: "es-CO",
  });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`/donde-me-siento/${assemblyId}`);
  await expect(kiosk.getByRole("heading", { level: 1, name: "¿Dónde me siento?" })).toBeVisible();
  await expect(kiosk.getByRole("contentinfo")).toContainText(LEGEND);

  await page.goto(`/asambleas/${assemblyId}/mesas`);
  await expect(page.getByRole("heading", { level: 2, name: "Mesas y sub-mesas" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);

  await page.getByLabel("¿A quiénes distribuir?").selectOption("registered");
  await page.getByLabel("Personas por sub-mesa").fill("20");
  await page.getByRole("button", { name: "Previsualizar" }).click();
  const preview = page.getByRole("region", { name: "Previsualización (sin guardar)" });
  await expect(preview).toContainText("quedó en su primera opción", { timeout: 30_000 });
  await expect(preview).toContainText("500 personas en 25 sub-mesas de 5 mesas");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Guardar esta previsualización" }).click();
  // Saving writes 500 seats, 25 sub-tables and their codes: give a loaded machine time.
  await expect(page.getByRole("status")).toHaveText("Distribución guardada: 500 personas con puesto.", {
    timeout: 30_000,
  });

  // A move by hand, with its reason.
  const subtable = page.getByRole("listitem", { name: /^Sub-mesa 1\.1/ });
  await subtable.getByText(/^Ver las \d+ personas de la Sub-mesa 1\.1$/).click();
  await subtable
    .getByRole("button", { name: /^Cambiar de sub-mesa/ })
    .first()
    .click();
  await subtable.getByLabel("Sub-mesa de destino").selectOption({
    label: "Mesa 1: Asociatividad y Trabajo en Red · Sub-mesa 1.2 (20 personas)",
  });
  await subtable.getByLabel("Motivo del cambio").fill("Necesita estar cerca de la salida");
  await expectAccessible(page);
  await subtable.getByRole("button", { name: "Cambiar", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(
    "pasó a Mesa 1: Asociatividad y Trabajo en Red · Sub-mesa 1.2",
  );
  await page.getByRole("button", { name: "Bloquear distribución" }).click();
  await expect(page.getByRole("status")).toHaveText("Distribución bloqueada.");
  await expect(page.getByRole("heading", { level: 3, name: "Distribución bloqueada" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Descargar listados (PDF)" }).click(),
  ]);
  const text = pdfText(await readFile((await download.path())!));
  expect(text).toContain("Mesa 1: Asociatividad y Trabajo en Red");
  expect(text).toContain(LEGEND);

  // The kiosk notices the tables are published without a reload.
  const search = kiosk.getByLabel("Escriba su número de documento o su nombre");
  await expect(search).toBeVisible({ timeout: 30_000 });
  await expectAccessible(kiosk);
  const person = DEMO_PEOPLE[0]!;
  await search.fill(person.documentNumber);
  await kiosk.getByRole("button", { name: "Buscar" }).click();
  const shown = `${person.firstNames.split(" ")[0]} ${person.lastNames.charAt(0)}.`;
  const match = kiosk.getByRole("listitem").filter({ hasText: shown });
  await expect(match).toContainText(/Mesa \d: .+/);
  await expect(match).toContainText(/Sub-mesa \d\.\d · Puesto \d+/);
  await expect(kiosk.getByText(person.lastNames)).toHaveCount(0);
  await expectAccessible(kiosk);
  await kioskContext.close();
});
