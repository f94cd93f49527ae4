import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";
import { demoAssemblyId } from "./demo";
import { DEMO_LOGINS, DEMO_PASSWORD, expect, expectAccessible, login, test } from "./fixtures";

const LEGEND = "Convenio número 002 de 2023";

/** The demo assembly's id, asked as its operator (the public page itself needs no account). */
async function operatorsDemoAssemblyId(request: APIRequestContext): Promise<string> {
  await request.post("/api/auth/login", {
    data: { email: DEMO_LOGINS.partner_operator, password: DEMO_PASSWORD },
  });
  return demoAssemblyId(request);
}

/** A cédula nobody in the demo has: 10 digits from the clock, different for each run and project. */
const freshDocument = (salt: number) => `1${String(Date.now() + salt).slice(-9)}`;

test("a person registers from the phone, corrects it with the date of birth, and keeps the QR code", async ({
  page,
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the public page is a phone journey");
  test.setTimeout(180_000);
  // The page has no session: the operator's sign-in only finds the demo assembly's address.
  const assemblyId = await operatorsDemoAssemblyId(request);
  const document = freshDocument(1);

  await page.goto(`/registro/${assemblyId}`);
  await expect(page.getByRole("heading", { level: 1, name: /PIT Arauca$/ })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Inscripción a la asamblea" });
  await form.getByLabel("Número de documento").fill(document);
  await form.getByLabel("Nombres").fill("Yurley Andrea");
  await form.getByLabel("Apellidos").fill("Peñaloza Ruiz");
  await form.getByLabel("Fecha de nacimiento").fill("1994-03-07");
  await form.getByRole("combobox", { name: "Sexo" }).selectOption({ label: "Mujer" });
  await form.getByLabel("Celular").fill("311 456 7890");
  await form.getByRole("combobox", { name: "Departamento de residencia" }).selectOption({ label: "Arauca" });
  await form.getByRole("combobox", { name: "Municipio de residencia" }).fill("tam");
  await page.getByRole("option", { name: "Tame", exact: true }).click();
  await form.getByRole("combobox", { name: "Zona" }).selectOption({ label: "Rural" });
  await form.getByRole("checkbox", { name: "Campesinos" }).check();
  await page
    .getByRole("combobox", { name: "Economía", exact: true })
    .selectOption({ label: "Economía solidaria" });
  await form.getByRole("checkbox", { name: /^Asociatividad y Trabajo en Red/ }).check();
  await expect(
    page.getByRole("checkbox", { name: /Asociatividad y Trabajo en Red \(opción 1\)/ }),
  ).toBeChecked();

  // Sensitive fields appear only after their own, explicit authorisation.
  await expect(form.getByRole("combobox", { name: /Autorreconocimiento étnico/ })).toHaveCount(0);
  await page
    .getByRole("checkbox", { name: /Autorizo de forma expresa el tratamiento de mis datos sensibles/ })
    .check();
  await page
    .getByRole("combobox", { name: /Autorreconocimiento étnico/ })
    .selectOption({ label: "Negro / afrocolombiano" });

  // Without the convenio's authorisation nothing is stored; the form keeps every answer.
  await page.getByRole("button", { name: "Inscribirme" }).click();
  const consent = form.getByRole("checkbox", { name: /He leído y acepto la autorización/ });
  await expect(page.getByRole("alert")).toContainText(
    "Debe aceptar la autorización de tratamiento de datos para inscribirse.",
  );
  await expect(consent).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Nombres")).toHaveValue("Yurley Andrea");
  await expectAccessible(page);
  await consent.check();
  await page.getByRole("button", { name: "Inscribirme" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "¡Quedó inscrito o inscrita!" })).toBeVisible();
  await expect(page.getByText(`Cédula de ciudadanía •••• ${document.slice(-4)}`)).toBeVisible();
  await expect(page.getByRole("img", { name: "Código QR de su inscripción" })).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar" }).click();
  const png = await readFile((await (await download).path())!);
  expect(png.subarray(1, 4).toString()).toBe("PNG");

  // The same document again: a wrong date of birth changes nothing; the right one updates.
  await page.getByRole("button", { name: "Inscribir a otra persona" }).click();
  await form
    .getByLabel("Número de documento")
    .fill(document.replace(/(\d)(\d{3})(\d{3})(\d{3})$/, "$1.$2.$3.$4"));
  await form.getByLabel("Nombres").fill("Yurley Andrea");
  await form.getByLabel("Apellidos").fill("Peñaloza Ruiz");
  await form.getByLabel("Fecha de nacimiento").fill("1994-03-08");
  await form.getByRole("combobox", { name: "Sexo" }).selectOption({ label: "Mujer" });
  await form.getByLabel("Celular").fill("+57 320 000 1111");
  await form.getByRole("combobox", { name: "Departamento de residencia" }).selectOption({ label: "Arauca" });
  await form.getByRole("combobox", { name: "Municipio de residencia" }).fill("tam");
  await page.getByRole("option", { name: "Tame", exact: true }).click();
  await form.getByRole("combobox", { name: "Zona" }).selectOption({ label: "Rural" });
  await page
    .getByRole("combobox", { name: "Economía", exact: true })
    .selectOption({ label: "Economía solidaria" });
  await form.getByRole("checkbox", { name: /He leído y acepto la autorización/ }).check();
  await page.getByRole("button", { name: "Inscribirme" }).click();
  const birthDate = form.getByLabel("Fecha de nacimiento");
  await expect(page.getByRole("alert")).toContainText(
    "Este documento ya está inscrito con otra fecha de nacimiento.",
  );
  await expect(birthDate).toHaveAccessibleDescription(
    "No coincide con la fecha de nacimiento de la inscripción de este documento.",
  );
  await expectAccessible(page);
  await birthDate.fill("1994-03-07");
  await page.getByRole("button", { name: "Inscribirme" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Actualizamos su inscripción" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Código QR de su inscripción" })).toBeVisible();
});

/** A partner's list: three people to import and two rows with mistakes (a landline, a date that does not exist). */
function partnerCsv(documents: string[]): Buffer {
  const lines = [
    "Tipo de documento;Cédula;Nombres;Apellidos;Fecha de nacimiento;Sexo;Celular;Municipio;Zona;Economía;Autoriza datos",
    `CC;${documents[0]};Wilmer Alexis;Cárdenas Rojas;12/04/1979;M;300 555 0101;Arauca;urbana;popular;sí`,
    `CC;${documents[1]};Luz Marina;Quintero Ospina;03/09/1968;F;301 555 0102;Saravena;rural;solidaria;sí`,
    `CC;${documents[2]};Ever;Mosquera;31/02/1985;M;302 555 0103;Tame;urbana;popular;sí`,
    `CC;${documents[3]};Dayana;Pérez Gil;21/07/2001;F;607 885 1234;Arauca;urbana;comunitaria;sí`,
    `CC;${documents[4]};Orlando;Sandoval Peña;30/11/1990;M;310 555 0105;Arauquita;rural dispersa;popular;sí`,
  ];
  return Buffer.from(lines.join("\r\n"), "latin1");
}

test("an operator imports a list with good and bad rows and downloads the rows to fix", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the import wizard is a desktop journey");
  test.setTimeout(180_000);
  const documents = [2, 3, 4, 5, 6].map((n) => freshDocument(n * 7919));
  await login(page, "partner_operator");
  await page.getByRole("link", { name: /PIT Arauca$/ }).click();
  await page.getByRole("link", { name: "Inscripciones" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Inscripciones" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /inscripciones$/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Importar lista" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Importar una lista: elija el archivo" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Descargar la plantilla (XLSX)" })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel("Archivo", { exact: true })
    .setInputFiles({ name: "lista-unad.csv", mimeType: "text/csv", buffer: partnerCsv(documents) });
  await page.getByRole("button", { name: "Subir y continuar" }).click();

  await expect(
    page.getByRole("heading", { level: 2, name: "Importar una lista: diga qué contiene cada columna" }),
  ).toBeVisible();
  await expect(
    page.getByRole("combobox", { name: "Campo del formulario para la columna «Cédula»" }),
  ).toHaveValue("documentNumber");
  await expect(
    page.getByRole("combobox", { name: "Campo del formulario para la columna «Autoriza datos»" }),
  ).toHaveValue("dataConsent");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Revisar" }).click();

  await expect(
    page.getByText("3 filas se pueden importar; 2 tienen problemas y no se importarán."),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Importar 3 filas" }).click();

  await expect(page.getByRole("status").filter({ hasText: "La importación terminó." })).toBeVisible();
  const results = page.locator(".facts");
  await expect(results).toContainText("Nuevas inscripciones3");
  await expect(results).toContainText("Filas con problemas2");
  const errors = page.getByRole("table", { name: "Filas con problemas" });
  await expect(
    errors.getByRole("row", { name: /4 Fecha de nacimiento «31\/02\/1985» no es una fecha/ }),
  ).toBeVisible();
  await expect(
    errors.getByRole("row", { name: /5 Celular Escriba un número de celular, no un teléfono fijo\./ }),
  ).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar las filas con errores (XLSX)" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await (await download).path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(String(sheet.getCell("A2").value)).toContain(LEGEND);
  expect((sheet.getRow(4).values as unknown[]).at(-1)).toBe("Errores");
  expect([sheet.getRow(5).getCell(3).value, sheet.getRow(6).getCell(3).value]).toEqual(["Ever", "Dayana"]);
  expect(String(sheet.getRow(6).getCell(12).value)).toContain(
    "Celular: Escriba un número de celular, no un teléfono fijo.",
  );

  await page.getByRole("link", { name: "Volver a las inscripciones" }).click();
  await page.getByRole("searchbox", { name: "Nombre o documento" }).fill("quintero ospina");
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page.getByRole("link", { name: "Quintero Ospina, Luz Marina" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Quintero Ospina, Luz Marina" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Luz Marina Quintero Ospina" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Código QR de su inscripción" })).toBeVisible();
  await expectAccessible(page);
});

test("the national admin adds an optional question that the public form then asks", async ({
  page,
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the form settings are a desktop journey");
  test.setTimeout(180_000);
  const question = `¿Vende en plaza de mercado? ${Date.now()}`;
  await login(page, "national_admin");
  await page.getByRole("link", { name: "Formulario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Formulario de inscripción" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Pregunta en español").fill(question);
  await page.getByLabel("Pregunta en inglés").fill("Do you sell at a market?");
  await page.getByRole("combobox", { name: "Tipo de respuesta" }).selectOption({ label: "Sí o no" });
  await page.getByRole("button", { name: "Añadir pregunta" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Se añadió «${question}».` })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: question })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/registro/${await operatorsDemoAssemblyId(request)}`);
  await expect(page.getByRole("checkbox", { name: `${question} (opcional)` })).toBeVisible();
  await expectAccessible(page);
});
