import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMobile, mobileProblem, normalizeMobile } from "./phone";

describe("normalizeMobile", () => {
  it.each([
    ["300 123 4567", "+573001234567", "spaced as people say it"],
    ["+57 300-123-4567", "+573001234567", "international with dashes"],
    ["573001234567", "+573001234567", "country code without plus"],
    ["0057 3001234567", "+573001234567", "international prefix 00"],
    ["(300) 123.45.67", "+573001234567", "parentheses and dots"],
    ["3001234567", "+573001234567", "ten plain digits"],
    ["+573211234567", "+573211234567", "already normalised"],
  ])("%j → %s (%s)", (raw, expected) => {
    expect(normalizeMobile(raw)).toBe(expected);
  });

  it.each([
    ["601 234 5678", "landline", "Bogotá landline (60 + area + number)"],
    ["+57 607 885 1234", "landline", "Arauca landline with country code"],
    ["885 1234", "length", "an old seven-digit landline"],
    ["300 123 456", "length", "nine digits"],
    ["30012345678", "length", "eleven digits without country code"],
    ["+1 300 123 4567", "length", "another country"],
    ["200 123 4567", "not_mobile", "ten digits that are not a mobile"],
    ["300-ABC-4567", "chars", "letters"],
    ["", "empty", "nothing written"],
  ])("refuses %j as %s (%s)", (raw, problem) => {
    expect(mobileProblem(raw)).toBe(problem);
    expect(normalizeMobile(raw)).toBeNull();
  });

  it("normalising twice gives the same number, and the format reads back to it", () => {
    const mobile = fc.tuple(fc.integer({ min: 300, max: 399 }), fc.integer({ min: 0, max: 9_999_999 }));
    fc.assert(
      fc.property(mobile, ([prefix, rest]) => {
        const e164 = normalizeMobile(`${prefix}${String(rest).padStart(7, "0")}`)!;
        return normalizeMobile(e164) === e164 && normalizeMobile(formatMobile(e164)) === e164;
      }),
    );
  });
});

describe("formatMobile", () => {
  it("groups 3-3-4", () => {
    expect(formatMobile("+573001234567")).toBe("300 123 4567");
  });
});
