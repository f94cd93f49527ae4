import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, HIDDEN, SMALL, suppressColumns, suppressCount, suppressLine } from "./suppress";

describe("suppressCount", () => {
  it.each<[number, Cell, string]>([
    [5, 5, "a group of exactly 5 is shown"],
    [4, SMALL, "a group of 4 is hidden"],
    [1, SMALL, "one person is hidden"],
    [0, 0, "nobody: a zero names no one"],
    [500, 500, "large counts as they are"],
  ])("%i → %s (%s)", (n, expected) => {
    expect(suppressCount(n)).toBe(expected);
  });
});

describe("suppressLine", () => {
  it.each<[number[], boolean, Cell[], string]>([
    [[5, 20, 30], true, [5, 20, 30], "a group of exactly 5 needs no suppression"],
    [[4, 20, 30], true, [SMALL, HIDDEN, 30], "one group of 4 alone: the next smallest is hidden too"],
    [[20, 4, 30, 7], true, [20, SMALL, 30, HIDDEN], "the next smallest, wherever it is in the line"],
    [
      [4, 20, 30],
      false,
      [SMALL, 20, 30],
      "not additive (a person in several groups): nothing to subtract from",
    ],
    [[3, 2, 40], true, [SMALL, SMALL, 40], "two small cells hide each other: 5 = 3 + 2 has several splits"],
    [
      [1, 1, 40],
      true,
      [SMALL, SMALL, HIDDEN],
      "two ones: their sum 2 forces both to 1, so a third is hidden",
    ],
    [
      [4, 4, 40],
      true,
      [SMALL, SMALL, HIDDEN],
      "two fours: their sum 8 forces both to 4, so a third is hidden",
    ],
    [[1, 5, 100], true, [SMALL, HIDDEN, HIDDEN], "1 + 5 = 6 forces 1 and 5, so 100 is hidden as well"],
    [[4, 0, 30], true, [SMALL, 0, HIDDEN], "a zero is never hidden to protect another cell"],
    [[3, 0, 0], true, [SMALL, 0, 0], "the total is itself below 5: nothing can be subtracted"],
    [[0, 0, 30], true, [0, 0, 30], "no small cell"],
    [[], true, [], "an empty line"],
  ])("%j additive=%s → %j (%s)", (values, additive, expected) => {
    expect(suppressLine(values, additive)).toEqual(expected);
  });

  const line = fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 8 });

  it("never shows a count of 1 to 4", () => {
    fc.assert(
      fc.property(line, fc.boolean(), (values, additive) => {
        const cells = suppressLine(values, additive);
        return values.every((n, i) => !(n > 0 && n < 5) || cells[i] === SMALL);
      }),
    );
  });

  it("shows every other count unless it hides it to protect a small one", () => {
    fc.assert(
      fc.property(line, fc.boolean(), (values, additive) => {
        const cells = suppressLine(values, additive);
        return values.every(
          (n, i) => cells[i] === n || cells[i] === SMALL || (additive && cells[i] === HIDDEN),
        );
      }),
    );
  });

  it("never hides a single cell of an additive line whose total is shown", () => {
    fc.assert(
      fc.property(line, (values) => {
        const cells = suppressLine(values, true);
        const total = values.reduce((a, b) => a + b, 0);
        return total < 5 || cells.filter((cell) => typeof cell !== "number").length !== 1;
      }),
    );
  });
});

describe("suppressColumns", () => {
  it("suppresses each column on its own and the totals by the small-cell rule", () => {
    const table = suppressColumns({
      rows: [
        [4, 2],
        [30, 25],
        [10, 3],
      ],
      totals: [44, 30],
      additive: true,
    });
    expect(table.rows).toEqual([
      [SMALL, SMALL],
      [30, 25],
      [HIDDEN, SMALL],
    ]);
    expect(table.totals).toEqual([44, 30]);
  });

  it("keeps a total below 5 hidden", () => {
    expect(suppressColumns({ rows: [[3]], totals: [3], additive: false }).totals).toEqual([SMALL]);
  });
});
