import { describe, expect, it } from "vitest";
import { type DeskQuery, parseDeskQuery } from "./query";

describe("parseDeskQuery", () => {
  it.each<[string, DeskQuery, string]>([
    ["1098", { kind: "document", prefix: "1098" }, "the first digits of a cédula"],
    ["1.098.76", { kind: "document", prefix: "109876" }, "typed with thousands dots"],
    [" 24 567 ", { kind: "document", prefix: "24567" }, "spaces around and inside"],
    ["ab12345", { kind: "document", prefix: "AB12345" }, "a passport, upper-cased"],
    ["10", { kind: "too_short" }, "two digits match a tenth of the room"],
    ["María", { kind: "name", words: ["maria"] }, "accents and case folded"],
    ["  GÓMEZ   pérez ", { kind: "name", words: ["gomez", "perez"] }, "several words, extra spaces"],
    ["jo gó", { kind: "too_short" }, "no word long enough to search"],
    ["ana m", { kind: "name", words: ["ana", "m"] }, "one long word carries a short one"],
    ["O'Neill", { kind: "name", words: ["o", "neill"] }, "punctuation splits words"],
    ["Ñuñez", { kind: "name", words: ["nunez"] }, "ñ folds to n like the stored names"],
    ["", { kind: "too_short" }, "empty"],
    [
      "uno dos tres cuatro cinco seis",
      { kind: "name", words: ["uno", "dos", "tres", "cuatro", "cinco"] },
      "at most five words",
    ],
  ])("%j → %o (%s)", (raw, expected) => {
    expect(parseDeskQuery(raw)).toEqual(expected);
  });
});
