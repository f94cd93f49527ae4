import { describe, expect, it } from "vitest";
import { criteriaSummary, DEFAULT_CRITERIA } from "./criteria";

describe("criteriaSummary", () => {
  it.each([
    [
      "counts across experiences, most frequent first, ties in list order",
      ["Trabajo en red", "Valor agregado", "Acceso a mercados"],
      [
        { id: "1", criteria: ["Valor agregado", "Acceso a mercados"] },
        { id: "2", criteria: ["Valor agregado"] },
        { id: "3", criteria: [] },
      ],
      [
        ["Valor agregado", 2, ["1", "2"], true],
        ["Acceso a mercados", 1, ["1"], true],
        ["Trabajo en red", 0, [], true],
      ],
    ],
    [
      "a tag removed from the list still counts, after the list",
      ["Trabajo en red"],
      [{ id: "1", criteria: ["Relevo generacional", "Trabajo en red"] }],
      [
        ["Trabajo en red", 1, ["1"], true],
        ["Relevo generacional", 1, ["1"], false],
      ],
    ],
    [
      "no experiences: every criterion at zero",
      ["B", "A"],
      [],
      [
        ["B", 0, [], true],
        ["A", 0, [], true],
      ],
    ],
    [
      "duplicates and blanks in the list are ignored",
      ["A", " A ", ""],
      [{ id: "1", criteria: ["A"] }],
      [["A", 1, ["1"], true]],
    ],
  ])("%s", (_why, criteria, experiences, expected) => {
    const rows = criteriaSummary(criteria, experiences).map((r) => [
      r.criterion,
      r.count,
      r.experienceIds,
      r.inList,
    ]);
    expect(rows).toEqual(expected);
  });

  it("starts from the issue's five criteria", () => {
    expect(criteriaSummary(DEFAULT_CRITERIA, []).map((r) => r.criterion)).toContain(
      "Sostenibilidad ambiental",
    );
  });
});
