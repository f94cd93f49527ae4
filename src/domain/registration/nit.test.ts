import { describe, expect, it } from "vitest";
import { isValidNit, nitCheckDigit } from "./nit";

describe("nitCheckDigit", () => {
  it.each([
    ["800197268", 4, "DIAN"],
    ["899999068", 1, "Ecopetrol"],
    ["860002964", 4, "Banco de Bogotá"],
    ["890903938", 8, "Bancolombia"],
    ["900123456", 8, "remainder 3 gives 11 - 3"],
    ["15", 0, "1·7 + 5·3 = 22: remainder 0 is kept"],
    ["4", 1, "4·3 = 12: remainder 1 is kept"],
    ["2", 5, "2·3 = 6: remainder 6 gives 11 - 6"],
  ])("%s → %i (%s)", (base, expected) => {
    expect(nitCheckDigit(base)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["800.197.268", "separators are not stripped here"],
    ["1234567890123456", "16 digits exceed the 15 weights"],
  ])("rejects %j (%s)", (base) => {
    expect(() => nitCheckDigit(base)).toThrow(RangeError);
  });
});

describe("isValidNit", () => {
  it.each([
    ["8001972684", true, "digits with the check digit appended"],
    ["800197268-4", true, "dash before the check digit"],
    ["800.197.268-4", true, "dots and dash"],
    ["800 197 268 4", true, "spaces"],
    ["8999990681", true, "Ecopetrol"],
    ["8001972685", false, "wrong check digit"],
    ["9001234567", false, "900123456's check digit is 8, not 7"],
    ["800197268", false, "the check digit is missing, so 80019726 is checked against 8"],
    ["8", false, "too short to hold a base and a check digit"],
    ["00", false, "an all-zero base"],
    ["80019726A-4", false, "letters"],
    ["", false, "empty"],
  ])("%j → %s (%s)", (input, expected) => {
    expect(isValidNit(input)).toBe(expected);
  });
});
