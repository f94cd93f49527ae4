import { describe, expect, it } from "vitest";
import { ageBand, organizationKey } from "./participant";

describe("ageBand", () => {
  it.each([
    ["2005-11-19", "under_18", "turns 18 the day after"],
    ["2005-11-18", "18_28", "turns 18 that day"],
    ["1994-11-19", "18_28", "still 28"],
    ["1994-11-18", "29_44", "turns 29 that day"],
    ["1978-01-01", "45_59", "45"],
    ["1963-11-18", "60_plus", "turns 60 that day"],
  ])("born %s is %s on 2023-11-18 (%s)", (birthDate, expected) => {
    expect(ageBand(birthDate, "2023-11-18")).toBe(expected);
  });
});

describe("organizationKey", () => {
  it.each<[string | null, string | null, string | null, string]>([
    ["Asociación de Cacaoteros", "900123456-8", "nit:9001234568", "the NIT wins"],
    [
      "ASOCIACIÓN  de cacaoteros.",
      null,
      "name:asociacion de cacaoteros",
      "the name folded when there is no NIT",
    ],
    ["", null, null, "no organisation"],
    [null, "", null, "nothing declared"],
  ])("%s / %s → %s (%s)", (name, nit, expected) => {
    expect(organizationKey(name, nit)).toBe(expected);
  });
});
