import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskDocument } from "./mask";

describe("maskDocument", () => {
  it.each([
    ["1098765432", "•••• 5432", "a 10-digit NUIP shows its last four"],
    ["24567", "•••• 67", "a short old cédula shows only two"],
    ["123456", "•••• 456", "six digits show three: never more than half"],
    ["AB123456", "•••• 3456", "a passport keeps its letters hidden"],
    ["1.098.765.432", "•••• 5432", "separators are not counted"],
    ["7", "••••", "a single character shows nothing"],
    ["", "••••", "empty"],
  ])("%j → %j (%s)", (number, expected) => {
    expect(maskDocument(number)).toBe(expected);
  });

  it("never shows more than half of the number nor its beginning", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{2,15}$/), (number) => {
        const shown = maskDocument(number).replace("••••", "").trim();
        expect(shown.length * 2).toBeLessThanOrEqual(number.length);
        expect(number.endsWith(shown)).toBe(true);
      }),
    );
  });
});
