import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "minga-demo-2023";
export const DEMO_LOGINS = {
  national_admin: "admin@minga.demo",
  partner_operator: "operador@minga.demo",
  supervisor: "supervisor@minga.demo",
  group_leader: "lider@minga.demo",
  desk_staff: "registro@minga.demo",
} as const;
export type DemoRole = keyof typeof DEMO_LOGINS;

/** Fails the test on any axe violation of the page as it is now (WCAG 2.1 AA). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "accessibility violations").toEqual([]);
}

/** Signs in through the login screen, as a person would. */
export async function login(page: Page, role: DemoRole): Promise<void> {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(DEMO_LOGINS[role]);
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByRole("heading", { name: "Asambleas", level: 1 })).toBeVisible();
}

export const test = base;
export { expect };
