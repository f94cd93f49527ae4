import { demoAllocation, demoAssemblyId, exclusively, LEGEND, type StaffApi, staffApi } from "./demo";
import { expect, expectAccessible, login, test } from "./fixtures";

test("a table leader finds which organisations could associate for a need, with the reasons in words", async ({
  page,
}) => {
  await login(page, "group_leader");
  const assemblyId = await demoAssemblyId(page.request);
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
  const assemblyId = await demoAssemblyId(page.request);
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

/** A sub-table of the credit table (each project its own), allocating the demo's 500 when nobody did yet. */
async function creditSubtable(api: StaffApi, assemblyId: string, index: number) {
  return (await demoAllocation(api, assemblyId)).tables[1]!.subtables[index]!;
}

test("a sub-table leader adds a suggested organisation to a solution with one tap", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await login(page, "partner_operator");
  const assemblyId = await demoAssemblyId(page.request);
  const api = await staffApi(page.request);

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
