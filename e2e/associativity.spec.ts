import { mkdir, rmdir } from "node:fs/promises";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectAccessible, login, test } from "./fixtures";

const LEGEND =
  "Esta actividad se realiza en el marco del Convenio número 002 de 2023, suscrito entre la Unidad Solidaria y la UNAD";

async function demoAssemblyId(page: Page): Promise<string> {
  const assemblies = (await (await page.request.get("/api/assemblies")).json()) as {
    id: string;
    name: string;
  }[];
  return assemblies.find((a) => a.name.endsWith("PIT Arauca"))!.id;
}

test("a table leader finds which organisations could associate for a need, with the reasons in words", async ({
  page,
}) => {
  await login(page, "group_leader");
  const assemblyId = await demoAssemblyId(page);
  await page.goto(`/asambleas/${assemblyId}`);
  await page.getByRole("link", { name: "Asociatividad" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Buscar organizaciones para una necesidad" }),
  ).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(LEGEND);
  await expectAccessible(page);

  await page.getByLabel("Necesidad", { exact: true }).fill("Secado y comercialización de cacao");
  await page.getByLabel("Eje de la mesa").selectOption({
    label: "Asistencia técnica para los procesos de industrialización de la economía solidaria",
  });
  await page.getByRole("button", { name: "Buscar" }).click();
  const first = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("list", { name: "Por qué" }) })
    .first();
  await expect(first).toContainText("Misma cadena de valor: cacao");
  await expect(first).toContainText(/Asociaci[oó]n .*Cacao|Cacaot|Cacaocult/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Matriz" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Necesidades y organizaciones" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Descargar en Excel (XLSX)" })).toHaveAttribute(
    "href",
    `/api/assemblies/${assemblyId}/associativity/export.xlsx`,
  );
  await expectAccessible(page);

  await page.getByRole("link", { name: "Posibles asociaciones" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Posibles asociaciones" })).toBeVisible();
  await expectAccessible(page);
});

test("the operator reviews the organisations registry: one per organisation, possible duplicates to merge", async ({
  page,
}) => {
  await login(page, "partner_operator");
  const assemblyId = await demoAssemblyId(page);
  await page.goto(`/asambleas/${assemblyId}/asociatividad?vista=organizaciones`);
  await expect(page.getByRole("heading", { level: 2, name: "Organizaciones de la asamblea" })).toBeVisible();
  await expect(page.getByText("75 organizaciones")).toBeVisible();
  await page.getByLabel("Buscar organización").fill("ASOCATAME");
  await expect(
    page.getByRole("list").filter({ hasText: "Asociación de Cacaoteros de Tame — ASOCATAME" }),
  ).toContainText("36 participantes");
  await expect(page.getByRole("heading", { level: 2, name: "Posibles duplicados" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unir en una" }).first()).toBeVisible();
  await expectAccessible(page);
});

/**
 * The allocation journey re-runs the demo's allocation, which replaces its sub-tables: journeys that write on
 * a sub-table take the same lock (a directory made atomically) so they never overlap.
 */
async function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const lock = `.tmp/e2e-allocation-${process.env.E2E_PORT ?? 4173}.lock`;
  await mkdir(".tmp", { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(lock);
  }
}

async function operatorApi(request: APIRequestContext) {
  const { csrfToken } = (await (await request.get("/api/auth/session")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": csrfToken };
  return {
    post: (url: string, data: unknown) => request.post(url, { data, headers }),
    get: (url: string) => request.get(url),
  };
}

interface Subtable {
  id: string;
  label: string;
  joinCode: string | null;
}

/** A sub-table of the credit table (each project its own), allocating the demo's 500 when nobody did yet. */
async function creditSubtable(
  api: Awaited<ReturnType<typeof operatorApi>>,
  assemblyId: string,
  index: number,
) {
  type Allocation = { run: unknown; tables: { id: string; subtables: Subtable[] }[] };
  let allocation = (await (await api.get(`/api/assemblies/${assemblyId}/allocation`)).json()) as Allocation;
  if (!allocation.run) {
    const saved = await api.post(`/api/assemblies/${assemblyId}/allocation`, {
      source: "registered",
      subtableSize: 20,
      seed: 7,
    });
    expect(saved.status()).toBe(201);
    allocation = (await saved.json()) as Allocation;
  }
  return allocation.tables[1]!.subtables[index]!;
}

test("a sub-table leader adds a suggested organisation to a solution with one tap", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await login(page, "partner_operator");
  const assemblyId = await demoAssemblyId(page);
  const api = await operatorApi(page.request);

  await exclusively(async () => {
    const subtable = await creditSubtable(api, assemblyId, testInfo.project.name === "phone" ? 1 : 2);
    try {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        locale: "es-CO",
        timezoneId: "America/Bogota",
      });
      const leader = await context.newPage();
      await leader.goto(`/unirse/${subtable.joinCode}`);
      await expect(
        leader.getByRole("heading", { level: 1, name: `Sub-mesa ${subtable.label}` }),
      ).toBeVisible();
      await leader.getByLabel("Título de la necesidad").fill("Crédito para secar y comercializar el cacao");
      await leader.getByLabel("Campesinos").check();
      await expect(leader.getByRole("status").filter({ hasText: "Todo enviado" })).toBeVisible({
        timeout: 30_000,
      });

      // The page reads the sub-table again when its live connection opens: press until step 2 shows.
      const step2 = leader.getByRole("button", { name: /Paso 2/ });
      await expect(async () => {
        await step2.click();
        await expect(step2).toHaveAttribute("aria-pressed", "true", { timeout: 1000 });
      }).toPass();
      const suggested = leader.getByRole("region", { name: "Organizaciones que podrían asociarse" });
      const first = suggested
        .getByRole("listitem")
        .filter({ has: leader.getByRole("list", { name: "Por qué" }) })
        .first();
      await expect(first).toContainText(
        /Finanzas solidarias para una necesidad de crédito|Misma cadena de valor: cacao/,
      );
      await expectAccessible(leader);

      const name = ((await first.locator(".suggestion__name").first().textContent()) ?? "")
        .replace(/Aliado$/, "")
        .trim();
      await first.getByRole("button", { name: `Agregar a ${name} como organización que coopera` }).click();
      const chips = leader.getByRole("list", { name: "Organizaciones que cooperan" });
      await expect(chips).toContainText(name);
      await expect(suggested.getByRole("status")).toHaveText(`«${name}» se agregó a la solución.`);
      // Once added it is no longer suggested: the list asks again without it.
      await expect(
        suggested.getByRole("button", { name: `Agregar a ${name} como organización que coopera` }),
      ).toHaveCount(0);
      await expectAccessible(leader);
      await context.close();
    } finally {
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
    }
  });
});
