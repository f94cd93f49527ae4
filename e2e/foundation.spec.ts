import { expect, expectAccessible, login, test } from "./fixtures";

const LEGEND = "Convenio número 002 de 2023";

test("a partner operator creates an assembly, fixes an agenda overlap and sees the convenio legend", async ({
  page,
}, testInfo) => {
  await login(page, "partner_operator");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nueva asamblea" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nueva asamblea" })).toBeVisible();
  const name = `Asamblea de prueba ${testInfo.project.name} ${Date.now()}`;
  await page.getByLabel("Nombre de la asamblea").fill(name);
  await page.getByRole("combobox", { name: "Departamento" }).selectOption({ label: "Arauca" });
  await page.getByRole("combobox", { name: "Municipio" }).fill("arauq");
  await page.getByRole("option", { name: "Arauquita" }).click();
  await expect(page.getByRole("combobox", { name: "Municipio" })).toHaveValue("Arauquita");
  await page.getByLabel("Lugar").fill("Casa de la cultura");
  await page.getByLabel("Fecha").fill("2024-03-15");
  // The only convenio of the operator is preselected, and its legend is already in the footer.
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Crear asamblea" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);

  // Block 4 is the morning break (11:00–11:30); starting it at 10:30 overlaps the Ministry's slot.
  const block = page.getByRole("group", { name: "Bloque 4", exact: true });
  await block.getByLabel("Título").fill("Receso de la mañana");
  await block.getByLabel("Inicio").fill("10:30");
  await page.getByRole("button", { name: "Guardar agenda" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Los bloques «Espacio Min. Trabajo» y «Receso de la mañana» se cruzan en el horario.",
  );
  const start = block.getByLabel("Inicio");
  await expect(start).toHaveAttribute("aria-invalid", "true");
  await expect(start).toHaveAccessibleDescription("Se cruza con «Espacio Min. Trabajo».");
  await expect(block.getByLabel("Título")).toHaveValue("Receso de la mañana");
  await expect(
    page.getByRole("group", { name: "Bloque 3", exact: true }).getByLabel("Inicio"),
  ).not.toHaveAttribute("aria-invalid");
  await expectAccessible(page);

  // The summary's link takes the person to the field.
  await page.getByRole("link", { name: /Bloque 4 · Inicio/ }).click();
  await expect(start).toBeFocused();
  await start.fill("11:00");
  await page.getByRole("button", { name: "Guardar agenda" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Agenda guardada." })).toBeVisible();
  await expect(start).not.toHaveAttribute("aria-invalid");

  await page.reload();
  const saved = page.getByRole("group", { name: "Bloque 4", exact: true });
  await expect(saved.getByLabel("Título")).toHaveValue("Receso de la mañana");
  await expect(saved.getByLabel("Inicio")).toHaveValue("11:00");
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
});

test("a supervisor reads the demo assembly and its convenio without any edit control", async ({ page }) => {
  await login(page, "supervisor");
  await expect(page.getByRole("link", { name: "Nueva asamblea" })).toHaveCount(0);
  await page.getByRole("link", { name: /PIT Arauca/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: /PIT Arauca/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Agenda del día" })).toBeVisible();
  await expect(page.getByText("Momento 4: Mesas de trabajo")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Asociatividad y Trabajo en Red" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByRole("button")).toHaveCount(0);
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expect(main.getByRole("combobox")).toHaveCount(0);
  await expect(main.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);

  await page
    .getByRole("navigation", { name: "Menú principal" })
    .getByRole("link", { name: "Convenios" })
    .click();
  await expect(page.getByRole("link", { name: "Nuevo convenio" })).toHaveCount(0);
  await page.getByRole("link", { name: /Convenio 002 de 2023/ }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Texto de autorización (versión 1)" }),
  ).toBeVisible();
  await expect(main.getByRole("button")).toHaveCount(0);
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expectAccessible(page);
});

test("the language switches to English and back, and stays after a reload", async ({ page }) => {
  await page.goto("/ingresar");
  await expect(page.getByRole("heading", { level: 1, name: "Ingresar a Minga" })).toBeVisible();
  await expectAccessible(page);
  await login(page, "national_admin");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assemblies" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Agreements" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Assemblies" })).toBeVisible();

  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Asambleas" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page);
});

test("the national admin's screens: users, convenio form, account and a missing page", async ({
  page,
}, testInfo) => {
  await login(page, "national_admin");

  await page
    .getByRole("navigation", { name: "Menú principal" })
    .getByRole("link", { name: "Usuarios" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Usuarios" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Operador UNAD" })).toBeVisible();
  const email = `mesa-${testInfo.project.name}-${Date.now()}@minga.demo`;
  await page.getByLabel("Nombre", { exact: true }).fill("Mesa de registro 2");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Rol").selectOption({ label: "Mesa de registro" });
  await page.getByLabel("Contraseña inicial").fill("registro-segura-2024");
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  // A desk account without its assembly: the error sits on the assembly picker, and the values stay.
  const assembly = page.getByLabel("Asamblea", { exact: true });
  await expect(page.getByRole("alert")).toContainText("Revise los datos");
  await expect(assembly).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Correo electrónico")).toHaveValue(email);
  await expectAccessible(page);
  await assembly.selectOption({
    label: "Asamblea Regional de Economía Solidaria, Popular y Comunitaria — PIT Arauca",
  });
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Cuenta de Mesa de registro 2 creada." }),
  ).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  await page.goto("/convenios/nuevo");
  await expect(page.getByRole("heading", { level: 1, name: "Nuevo convenio" })).toBeVisible();
  await page.getByLabel("Número del convenio").fill("017");
  await page.getByLabel("Cooperante", { exact: true }).fill("Universidad de prueba");
  await expect(page.getByRole("figure")).toContainText("Convenio número 017 de");
  await expect(page.getByRole("contentinfo")).toContainText("Universidad de prueba");
  await expectAccessible(page);

  await page.goto("/cuenta");
  await expect(page.getByRole("heading", { level: 1, name: "Mi cuenta" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/no-existe");
  await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
  await expectAccessible(page);
});
