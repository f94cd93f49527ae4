import { beforeEach, describe, expect, it } from "vitest";
import type { AllocationDto } from "../../../shared/schemas/allocation";
import { registeredAssembly, saveAllocation } from "../../testing/allocation-fixtures";
import { freshApp, signIn, type TestContext } from "../../testing/app";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

async function allocated() {
  const setup = await registeredAssembly(ctx, 100);
  const saved = (await saveAllocation(setup.operator, setup.assemblyId)) as AllocationDto;
  const table = saved.tables[0]!;
  const other = saved.tables[1]!;
  return { ...setup, saved, table, other, subtable: table.subtables[0]!, otherSubtable: other.subtables[0]! };
}

describe("sub-table leaders", () => {
  it("the table's leader confirms a member as sub-table leader; someone of another sub-table is refused", async () => {
    const { assemblyId, table, subtable, otherSubtable } = await allocated();
    const leader = await signIn(ctx, "group_leader", { assemblyId, tableId: table.id });
    const member = subtable.members.at(-1)!;
    const confirmed = await leader.put(`/api/subtables/${subtable.id}/leader`, {
      registrationId: member.registrationId,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().subtables[0].leader).toEqual({
      registrationId: member.registrationId,
      name: `${member.firstNames} ${member.lastNames}`,
      status: "confirmed",
    });
    const outsider = otherSubtable.members[0]!;
    const refused = await leader.put(`/api/subtables/${subtable.id}/leader`, {
      registrationId: outsider.registrationId,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: "allocation.not_in_subtable",
      fields: { registrationId: "Esa persona no está en esta sub-mesa." },
    });
  });

  it("a group leader cannot touch another table's sub-tables; a supervisor cannot either", async () => {
    const { assemblyId, agreementId, table, otherSubtable } = await allocated();
    const leader = await signIn(ctx, "group_leader", { assemblyId, tableId: table.id });
    const body = { registrationId: otherSubtable.members[0]!.registrationId };
    expect((await leader.put(`/api/subtables/${otherSubtable.id}/leader`, body)).statusCode).toBe(403);
    expect((await leader.post(`/api/subtables/${otherSubtable.id}/join-code`)).statusCode).toBe(403);
    const supervisor = await signIn(ctx, "supervisor", { agreementId });
    expect((await supervisor.put(`/api/subtables/${otherSubtable.id}/leader`, body)).statusCode).toBe(403);
    const stranger = await signIn(ctx, "partner_operator");
    expect((await stranger.delete(`/api/subtables/${otherSubtable.id}/join-code`)).statusCode).toBe(404);
  });
});

describe("join code management", () => {
  it("regenerates a code (the old one stops working) and revokes it", async () => {
    const { operator, assemblyId, subtable } = await allocated();
    const old = subtable.joinCode!;
    const regenerated = await operator.post(`/api/subtables/${subtable.id}/join-code`);
    expect(regenerated.statusCode).toBe(200);
    const fresh = regenerated.json().code as string;
    expect(fresh).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(fresh).not.toBe(old);
    const join = (code: string) => ctx.app.inject({ method: "POST", url: "/api/join", payload: { code } });
    expect((await join(old)).statusCode).toBe(404);
    expect((await join(fresh)).statusCode).toBe(200);

    expect((await operator.delete(`/api/subtables/${subtable.id}/join-code`)).json()).toEqual({ ok: true });
    expect((await join(fresh)).statusCode).toBe(404);
    const view = (await operator.get(`/api/assemblies/${assemblyId}/allocation`)).json() as AllocationDto;
    expect(view.tables[0]!.subtables[0]!.joinCode).toBeNull();
  });
});
