import { beforeEach, describe, expect, it } from "vitest";
import type { AllocationDto } from "../../../shared/schemas/allocation";
import { registeredAssembly, saveAllocation } from "../../testing/allocation-fixtures";
import { freshApp, type TestContext } from "../../testing/app";
import { displayName } from "./routes";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

const lookup = (assemblyId: string, q: string) =>
  ctx.app.inject({ method: "GET", url: `/api/kiosk/${assemblyId}/seat?q=${encodeURIComponent(q)}` });

describe("¿Dónde me siento?", () => {
  it("answers once the allocation is locked, by whole document or by name, with first name and initial only", async () => {
    const { operator, assemblyId, people, idOf } = await registeredAssembly(ctx, 60);
    const saved = (await saveAllocation(operator, assemblyId)) as AllocationDto;
    const kiosk = await ctx.app.inject({ method: "GET", url: `/api/kiosk/${assemblyId}` });
    expect(kiosk.json()).toMatchObject({
      assemblyId,
      published: false,
      legend: expect.stringContaining("Convenio"),
    });
    expect((await lookup(assemblyId, "123456")).json().code).toBe("allocation.not_published");

    await operator.post(`/api/assemblies/${assemblyId}/allocation/lock`);
    const person = people[0]!;
    const table = saved.tables.find((t) =>
      t.subtables.some((s) => s.members.some((m) => m.registrationId === idOf(person))),
    )!;
    const subtable = table.subtables.find((s) => s.members.some((m) => m.registrationId === idOf(person)))!;
    const place = subtable.members.find((m) => m.registrationId === idOf(person))!.place;
    const expected = {
      displayName: displayName(person.firstNames, person.lastNames),
      tableName: table.name,
      tablePosition: table.position,
      color: table.color,
      subtableLabel: subtable.label,
      place,
    };
    const byDocument = await lookup(assemblyId, person.documentNumber);
    expect(byDocument.statusCode).toBe(200);
    expect(byDocument.json()).toEqual({ matchedBy: "document", matches: [expected], more: false });
    expect(JSON.stringify(byDocument.json())).not.toContain(person.lastNames);

    expect((await lookup(assemblyId, person.documentNumber.slice(0, -1))).json().matches).toEqual([]);
    const byName = await lookup(assemblyId, `${person.firstNames} ${person.lastNames}`.toLowerCase());
    expect(byName.json().matches).toContainEqual(expected);
    expect((await lookup(assemblyId, "ma")).json()).toEqual({
      matchedBy: "too_short",
      matches: [],
      more: false,
    });
  });

  it.each([
    ["María Fernanda", "Gómez Ríos", "María G."],
    ["Jhon Jairo", "Ñáñez", "Jhon Ñ."],
    ["Yurley", "", "Yurley"],
  ])("%s %s is shown as %s", (first, last, expected) => {
    expect(displayName(first, last)).toBe(expected);
  });

  it("is rate-limited per IP", async () => {
    const { assemblyId } = await registeredAssembly(ctx, 5);
    let last = 0;
    for (let i = 0; i < 91; i++) last = (await lookup(assemblyId, "12345678")).statusCode;
    expect(last).toBe(429);
  });
});
