import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { maskDocument } from "../src/domain/registration/document";
import type { PersonData } from "../src/domain/registration/person";
import { foldText } from "../src/domain/text/normalize";
import { pdfText } from "../src/server/testing/pdf-text";
import { DEMO_PEOPLE, demoAssemblyId, LEGEND } from "./demo";
import { expect, expectAccessible, login, test } from "./fixtures";

const fullName = (person: PersonData) => `${person.firstNames} ${person.lastNames}`;

/**
 * Two people of the demo for one project (phone and desktop journeys run at once on one server): each with
 * a name nobody else has, and a surname with an accent to search without it.
 */
function peopleFor(project: string): [PersonData, PersonData] {
  const unique = DEMO_PEOPLE.filter(
    (person) => DEMO_PEOPLE.filter((other) => fullName(other) === fullName(person)).length === 1,
  );
  const accented = unique.filter((person) => foldText(person.lastNames) !== person.lastNames.toLowerCase());
  const offset = project === "phone" ? 0 : 10;
  return [unique[offset + 1]!, accented[offset + 2]!];
}

/** A desk on its own device: signs in as the demo desk staff, opens the check-in tab and names the desk. */
async function openDesk(browser: Browser, page: Page, desk: string): Promise<Page> {
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: "es-CO" });
  const deskPage = await context.newPage();
  await login(deskPage, "desk_staff");
  await deskPage.getByRole("link", { name: /PIT Arauca$/ }).click();
  await deskPage.getByRole("link", { name: "Registro en la entrada" }).click();
  await expect(
    deskPage.getByRole("heading", { level: 2, name: "¿En qué mesa de registro está?" }),
  ).toBeVisible();
  await expectAccessible(deskPage);
  await deskPage.getByLabel("Nombre de la mesa").fill(desk);
  await deskPage.getByRole("button", { name: "Empezar a registrar" }).click();
  await expect(deskPage.getByText(`Mesa de registro: ${desk}`)).toBeVisible();
  await expect(deskPage.getByRole("contentinfo")).toContainText(LEGEND);
  return deskPage;
}

const present = async (page: Page) =>
  Number((await page.getByTestId("attendance-present").textContent())?.replace(/\D/g, ""));

test("two desks check people in and register a walk-in while the attendance view follows without reload", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const [byDocument, byName] = peopleFor(testInfo.project.name);
  const walkInDocument = testInfo.project.name === "phone" ? "1139000001" : "1139000002";
  expect(DEMO_PEOPLE.some((person) => person.documentNumber === walkInDocument)).toBe(false);

  // The staff dashboard, open before anyone is marked.
  await login(page, "desk_staff");
  const assemblyId = await demoAssemblyId(page.request);
  await page.goto(`/asambleas/${assemblyId}/asistencia`);
  await expect(page.getByRole("heading", { level: 2, name: "Asistencia" })).toBeVisible();
  await expect(page.getByText("En vivo: se actualiza sola")).toBeVisible();
  await expectAccessible(page);
  const before = await present(page);

  const desk1 = await openDesk(browser, page, "Mesa 1");
  const desk2 = await openDesk(browser, page, "Mesa 2");

  // Desk 2 has the person on screen when desk 1 marks them: its card follows.
  await desk2.getByLabel("Buscar persona").fill(foldText(`${byDocument.firstNames} ${byDocument.lastNames}`));
  const seenAtDesk2 = desk2.getByRole("listitem").filter({ hasText: fullName(byDocument) });
  await expect(
    seenAtDesk2.getByRole("button", { name: `Marcar presente: ${fullName(byDocument)}` }),
  ).toBeVisible();

  // Desk 1: the first digits of the document (typed with dots, as on the card), then one tap.
  const prefix = byDocument.documentNumber.slice(0, 7);
  await desk1
    .getByLabel("Buscar persona")
    .fill(`${prefix.slice(0, 1)}.${prefix.slice(1, 4)}.${prefix.slice(4)}`);
  await desk1.getByLabel("Buscar persona").press("Enter");
  const card = desk1.getByRole("listitem").filter({ hasText: fullName(byDocument) });
  await expect(card).toContainText(maskDocument(byDocument.documentNumber));
  await expect(card).not.toContainText(byDocument.documentNumber);
  await expectAccessible(desk1);
  await card.getByRole("button", { name: `Marcar presente: ${fullName(byDocument)}` }).click();
  const done = desk1
    .getByRole("status")
    .filter({ hasText: `${fullName(byDocument)} quedó presente (Mesa 1` });
  await expect(done).toBeVisible();
  await expect(desk1.getByLabel("Buscar persona")).toBeFocused();
  await expectAccessible(desk1);

  await expect(seenAtDesk2).toContainText("Ya ingresó a las");
  await expect(seenAtDesk2).toContainText("por Mesa 1.");
  await expect.poll(() => present(page)).toBeGreaterThanOrEqual(before + 1);

  // The badge of the person just marked: a PDF with the convenio legend.
  const [download] = await Promise.all([
    desk1.waitForEvent("download"),
    desk1.getByRole("link", { name: "Escarapela (etiqueta 62 mm)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("escarapela.pdf");
  const badge = pdfText(await readFile(await download.path()));
  expect(badge).toContain(byDocument.firstNames);
  expect(badge).toContain(LEGEND);

  // A wrong tap is undone within two minutes, then the right one is made again.
  await desk1.getByRole("button", { name: /^Deshacer/ }).click();
  await expect(
    desk1.getByRole("status").filter({ hasText: `Se deshizo el ingreso de ${fullName(byDocument)}` }),
  ).toBeVisible();
  await expect(
    seenAtDesk2.getByRole("button", { name: `Marcar presente: ${fullName(byDocument)}` }),
  ).toBeVisible();
  await seenAtDesk2.getByRole("button", { name: `Marcar presente: ${fullName(byDocument)}` }).click();
  await expect(
    desk2.getByRole("status").filter({ hasText: `${fullName(byDocument)} quedó presente (Mesa 2` }),
  ).toBeVisible();

  // Desk 2: a name without accents or capitals finds the accented one.
  const typed = foldText(`${byName.firstNames.split(" ")[0]} ${byName.lastNames.split(" ")[0]}`);
  await desk2.getByLabel("Buscar persona").fill(typed);
  const named = desk2.getByRole("listitem").filter({ hasText: fullName(byName) });
  await named.getByRole("button", { name: `Marcar presente: ${fullName(byName)}` }).click();
  await expect(
    desk2.getByRole("status").filter({ hasText: `${fullName(byName)} quedó presente (Mesa 2` }),
  ).toBeVisible();

  // Desk 1: a walk-in, core fields only, the authorisation accepted at the desk.
  await desk1.getByRole("button", { name: "Registrar persona sin inscripción" }).click();
  await expect(
    desk1.getByRole("heading", { level: 2, name: "Persona sin inscripción previa" }),
  ).toBeVisible();
  await desk1.getByRole("button", { name: "Inscribir y marcar presente" }).click();
  await expect(desk1.getByRole("alert")).toContainText("Revise los datos");
  await expect(
    desk1.getByText("Debe aceptar la autorización de tratamiento de datos para inscribirse.").first(),
  ).toBeVisible();
  await expectAccessible(desk1);
  await desk1.getByLabel("Número de documento", { exact: true }).fill(walkInDocument);
  await desk1.getByLabel("Nombres").fill("Yurani");
  await desk1.getByLabel("Apellidos").fill("Peña Ríos");
  await desk1.getByLabel("Fecha de nacimiento").fill("1991-03-07");
  await desk1.getByLabel("Sexo").selectOption("mujer");
  await desk1.getByLabel("Celular").fill("311 555 0101");
  await desk1.getByLabel("Zona").selectOption("rural");
  await desk1.getByLabel("Economía").selectOption("popular");
  await desk1.getByLabel("La persona leyó o escuchó la autorización y la acepta").check();
  await desk1.getByRole("button", { name: "Inscribir y marcar presente" }).click();
  await expect(
    desk1.getByRole("status").filter({ hasText: "Yurani Peña Ríos quedó presente (Mesa 1" }),
  ).toBeVisible();
  await expect(page.locator(".attendance-counters")).toContainText("Sin inscripción previa");
  await expect.poll(() => present(page)).toBeGreaterThanOrEqual(before + 3);

  // The projector view, large type, with the legend.
  await page.goto(`/asistencia/${assemblyId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Personas presentes" })).toBeVisible();
  await expect(page.getByRole("main").getByText(LEGEND)).toBeVisible();
  await expectAccessible(page);
  await desk1.context().close();
  await desk2.context().close();
});
