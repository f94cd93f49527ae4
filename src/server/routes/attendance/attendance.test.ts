import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { generateDemoPeople } from "../../../domain/demo/people";
import { ARAUCA } from "../../../domain/demo/regions";
import { checkIns, registrations } from "../../db/schema";
import { insertPeople } from "../../demo/seed";
import { freshApp, signIn, type TestContext } from "../../testing/app";
import { createAgreement, createAssembly } from "../../testing/fixtures";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const PEOPLE = generateDemoPeople({ region: ARAUCA, count: 30, seed: 11, assemblyDate: "2023-11-18" }).people;

describe("live attendance", () => {
  it("counts registered and present, arrivals per 10 minutes and the breakdowns", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const agreementId = await createAgreement(operator, { number: "002", year: 2023 });
    const assembly = await createAssembly(operator, agreementId);
    await insertPeople(ctx.database.db, assembly.id, PEOPLE, "import");
    const rows = await ctx.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.assemblyId, assembly.id));
    const desk = await signIn(ctx, "desk_staff", { assemblyId: assembly.id });
    const came = rows.slice(0, 12);
    for (const row of came) {
      const response = await desk.post(`/api/assemblies/${assembly.id}/checkins`, {
        registrationId: row.id,
        desk: "Mesa 1",
      });
      expect(response.statusCode).toBe(200);
    }
    // Spread the arrivals over the morning: 7:31, 7:32, … 7:42 (Bogotá).
    for (const [index, row] of came.entries()) {
      const at = new Date(`2023-11-18T07:${String(31 + index).padStart(2, "0")}:00-05:00`);
      await ctx.database.db.update(checkIns).set({ at }).where(eq(checkIns.registrationId, row.id));
    }

    const response = await desk.get(`/api/assemblies/${assembly.id}/attendance`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ registered: 30, present: 12, walkIns: 0, bucketMinutes: 10 });
    expect(body.legend).toContain("Convenio número 002 de 2023");
    expect(body.arrivals).toEqual([
      { start: "2023-11-18T12:30:00.000Z", count: 9 },
      { start: "2023-11-18T12:40:00.000Z", count: 3 },
    ]);
    const women = rows.filter((r) => r.sex === "mujer");
    expect(body.bySex).toContainEqual({
      key: "mujer",
      label: "mujer",
      registered: women.length,
      present: came.filter((r) => r.sex === "mujer").length,
    });
    const arauca = rows.filter((r) => r.municipalityCode === "81001");
    expect(body.byMunicipality).toContainEqual(
      expect.objectContaining({ key: "81001", label: "Arauca", registered: arauca.length }),
    );
    const groups = new Set(rows.flatMap((r) => r.populationGroups));
    expect(body.byPopulationGroup.map((g: { key: string }) => g.key).sort()).toEqual([...groups].sort());
  });

  it("opens for the hall's projector with its screen key, without a session; a wrong key is refused", async () => {
    const operator = await signIn(ctx, "partner_operator");
    const assembly = await createAssembly(operator, await createAgreement(operator));
    await insertPeople(ctx.database.db, assembly.id, PEOPLE.slice(0, 5), "import");
    const { screenKey } = (await operator.get(`/api/assemblies/${assembly.id}/projector`)).json();
    const read = (key?: string) =>
      ctx.app.inject({
        method: "GET",
        url: `/api/assemblies/${assembly.id}/attendance${key ? `?key=${encodeURIComponent(key)}` : ""}`,
      });
    const screen = await read(screenKey);
    expect(screen.statusCode).toBe(200);
    expect(screen.json()).toMatchObject({ registered: 5, present: 0 });
    for (const refused of [await read(), await read("otra-clave")]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe("runofday.screen_key");
    }
  });
});
