import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { pdfText } from "../src/server/testing/pdf-text";
import { LEGEND } from "./demo";
import { expect, expectAccessible, login, test } from "./fixtures";

async function download(page: Page, name: string): Promise<Buffer> {
  const waiting = page.waitForEvent("download");
  await page.getByRole("link", { name }).click();
  const file = await waiting;
  return readFile((await file.path())!);
}

test("the operator opens the assembly report, filters the convenio report and downloads PDF and XLSX", async ({
  page,
}) => {
  // Two reports, axe on pages of a few hundred table rows, and two downloads: a long journey.
  test.slow();
  await login(page, "partner_operator");
  await page.getByRole("link", { name: /PIT Arauca$/ }).click();
  await page.getByRole("link", { name: "Informe", exact: true }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Informe de la asamblea" })).toBeVisible();
  await expect(page.getByTestId("report-registered")).toHaveText("500");
  await expect(page.getByRole("heading", { level: 3, name: "Rango de edad" })).toBeVisible();
  // Each chart is an image named for what it shows, followed by the table with its numbers.
  await expect(page.getByRole("img", { name: /Gráfico de barras de «Sexo»/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Sexo" }).getByRole("rowheader", { name: "Mujer" }),
  ).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Informe del convenio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Informes" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Convenio 002 de 2023 — UNAD" })).toBeVisible();
  await expect(page.getByLabel("Asamblea", { exact: true })).toHaveValue(/.+/);
  await expectAccessible(page);

  // A date range after the assembly leaves nothing; then one that holds it brings it back.
  await page.getByLabel("Asamblea", { exact: true }).selectOption({ label: "Todos" });
  await page.getByLabel("Desde", { exact: true }).fill("2023-12-01");
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  await expect(page.getByText("No hay asambleas con estos filtros.")).toBeVisible();
  await expect(page).toHaveURL(/from=2023-12-01/);
  await page.getByLabel("Desde", { exact: true }).fill("2023-11-01");
  await page.getByLabel("Hasta", { exact: true }).fill("2023-11-30");
  await page.getByRole("button", { name: "Aplicar filtros" }).click();
  await expect(
    page
      .getByRole("table")
      .first()
      .getByRole("rowheader", { name: /PIT Arauca/ }),
  ).toBeVisible();
  await expectAccessible(page);

  const pdf = await download(page, "Descargar PDF");
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(pdf);
  expect(text).toContain("Convenio 002 de 2023");
  expect(text).toContain(LEGEND);

  const xlsx = await download(page, "Descargar Excel (XLSX)");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["Resumen", "Asambleas", "Sexo", "Datos anonimizados"]),
  );
  expect(book.getWorksheet("Datos anonimizados")!.rowCount).toBe(4 + 500);
});

test("the national admin reads the dashboard by department", async ({ page }) => {
  test.slow();
  await login(page, "national_admin");
  await page.getByRole("link", { name: "Informes", exact: true }).click();
  await page.getByRole("link", { name: "Tablero nacional" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tablero nacional de asambleas" })).toBeVisible();
  const byDepartment = page.getByRole("region", { name: "Por departamento de la asamblea" });
  await expect(byDepartment.getByRole("rowheader", { name: "Arauca" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Totales por año" }).getByRole("rowheader", { name: "2023" }),
  ).toBeVisible();
  await expectAccessible(page);
});
