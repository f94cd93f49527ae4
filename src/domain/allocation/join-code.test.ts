import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("use no character people confuse", () => {
    for (const confusable of "0O1IL") expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("are generated from the alphabet with the random source given, and read back as typed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 6, max: 12 }),
        (draws, length) => {
          let next = 0;
          const code = generateJoinCode((max) => (draws[next++] ?? 0) % max, length);
          expect(code).toHaveLength(length);
          expect(normalizeJoinCode(code)).toBe(code);
          expect(normalizeJoinCode(` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `)).toBe(code);
        },
      ),
    );
  });

  it("refuse a length under six", () => {
    expect(() => generateJoinCode(() => 0, JOIN_CODE_LENGTH - 1)).toThrow(RangeError);
  });

  it.each<[string, string | null, string]>([
    ["abc234", "ABC234", "lower case is read as upper case"],
    ["AB C-234", "ABC234", "spaces and dashes are ignored"],
    ["ABC23", null, "too short"],
    ["ABC2340", null, "0 is not in the alphabet"],
    ["ABCO23", null, "O is not in the alphabet"],
    ["ABCDEFGHJKMNP", null, "too long"],
  ])("%s → %s (%s)", (typed, expected) => {
    expect(normalizeJoinCode(typed)).toBe(expected);
  });
});
