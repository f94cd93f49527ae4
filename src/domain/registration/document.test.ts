import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentType } from "./catalog";
import { documentProblem, maskDocument, normalizeDocument } from "./document";

describe("normalizeDocument", () => {
  it.each([
    ["1.023.456.789", "1023456789", "dots as thousands separators"],
    ["1 023 456 789", "1023456789", "spaces"],
    ["  79-456-123 ", "79456123", "dashes and surrounding spaces"],
    ["79–456–123", "79456123", "en dashes pasted from a word processor"],
    ["ab123456", "AB123456", "passport letters are upper-cased"],
    ["1\t023", "1023", "tabs"],
    ["", "", "empty stays empty"],
  ])("%j → %j (%s)", (raw, expected) => {
    expect(normalizeDocument(raw)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (raw) => normalizeDocument(normalizeDocument(raw)) === normalizeDocument(raw)),
    );
  });
});

describe("documentProblem", () => {
  it.each<[DocumentType, string, ReturnType<typeof documentProblem>, string]>([
    ["CC", "1023456789", null, "10-digit NUIP cédula"],
    ["CC", "123", null, "old three-digit cédula"],
    ["CC", "12", "length", "two digits are too few"],
    ["CC", "10234567890", "length", "eleven digits are too many"],
    ["CC", "10234A6789", "digits", "a cédula has no letters"],
    ["CC", "", "empty", "nothing written"],
    ["TI", "1023456789", null, "ten-digit tarjeta de identidad"],
    ["TI", "10234567890", null, "eleven-digit tarjeta de identidad"],
    ["TI", "102345678", "length", "nine digits are too few for a TI"],
    ["CE", "456123", null, "cédula de extranjería"],
    ["PPT", "4561237", null, "PPT"],
    ["PEP", "123456789012345", null, "15-digit PEP"],
    ["PEP", "1234567890123456", "length", "16 digits exceed a PEP"],
    ["PAS", "AB123456", null, "passport with letters"],
    ["PAS", "AB12", "length", "four characters are too few for a passport"],
    ["PAS", "AB-123", "chars", "dashes must be normalised away first"],
    ["OTRO", "X12", null, "another document"],
  ])("%s %j → %s (%s)", (type, number, expected) => {
    expect(documentProblem(type, number)).toBe(expected);
  });
});

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
