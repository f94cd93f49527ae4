import { describe, expect, it } from "vitest";
import { type LeaderCandidate, leadsOrganization, suggestLeader } from "./leader";

const m = (id: string, knowsPit: boolean, organizationRole: string | null = null): LeaderCandidate => ({
  id,
  knowsPit,
  organizationRole,
});

describe("suggestLeader", () => {
  it.each([
    ["knows the PIT and leads beats knows the PIT", [m("a", true), m("b", true, "Presidenta")], "b"],
    ["knows the PIT beats leads", [m("a", false, "representante legal"), m("b", true)], "b"],
    ["the first in place order among equals", [m("a", true), m("b", true)], "a"],
    [
      "an organisation's leader when nobody knows the PIT",
      [m("a", false, "asociado"), m("b", false, "Lideresa")],
      "b",
    ],
    ["nobody fits", [m("a", false, "asociada"), m("b", false)], null],
    ["an empty sub-table", [], null],
  ])("%s", (_why, members, expected) => {
    expect(suggestLeader(members)).toBe(expected);
  });

  it.each([
    ["Representante legal", true],
    ["presidente", true],
    ["Coordinadora", true],
    ["tesorero", false],
    ["integrante", false],
    [null, false],
  ])("%s leads an organisation: %s", (role, expected) => {
    expect(leadsOrganization(role)).toBe(expected);
  });
});
