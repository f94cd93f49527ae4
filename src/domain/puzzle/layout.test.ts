import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fitText,
  type LayoutTable,
  layoutPuzzle,
  lineHeight,
  overlaps,
  type PuzzleLayout,
  type Rect,
  wrapWords,
} from "./layout";

const FRAME = { width: 1920, height: 1080 };

/** `tables` tables of `subtables` sub-tables, each with `needs` needs solved with `plan` plan items. */
function full(tables: number, subtables: number, needs: number, plan: number): LayoutTable[] {
  return Array.from({ length: tables }, (_, t) => ({
    id: `t${t}`,
    subtables: Array.from({ length: subtables }, (_, s) => ({
      id: `t${t}s${s}`,
      needs: Array.from({ length: needs }, (_, n) => ({
        id: `t${t}s${s}n${n}`,
        solution: {
          id: `t${t}s${s}n${n}x`,
          planItemIds: Array.from({ length: plan }, (_, p) => `t${t}s${s}n${n}p${p}`),
        },
      })),
    })),
  }));
}

/** Everything drawn as a solid box: titles, labels, pieces, plan items, "+n" tags and empty sockets. */
function boxes(layout: PuzzleLayout): [string, Rect][] {
  return [
    ...layout.tables.map((t): [string, Rect] => [`title ${t.id}`, t.title]),
    ...layout.subtables.map((s): [string, Rect] => [`label ${s.id}`, s.label]),
    ...layout.needs.map((n): [string, Rect] => [`need ${n.id}`, n.rect]),
    ...layout.solutions.map((s): [string, Rect] => [`solution ${s.id}`, s.rect]),
    ...layout.planItems.map((p): [string, Rect] => [`plan ${p.id}`, p.rect]),
    ...layout.overflows.map((o): [string, Rect] => [`more ${o.solutionId}`, o.rect]),
    ...layout.sockets.map((s): [string, Rect] => [`socket ${s.key}`, s.rect]),
  ];
}

function collisions(layout: PuzzleLayout): string[] {
  const all = boxes(layout);
  const found: string[] = [];
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      if (overlaps(all[i]![1], all[j]![1])) found.push(`${all[i]![0]} × ${all[j]![0]}`);
    }
  }
  return found;
}

function outside(layout: PuzzleLayout): string[] {
  const top = layout.header.y + layout.header.height;
  const bottom = layout.footer.y;
  return boxes(layout)
    .filter(
      ([, r]) =>
        r.x < 0 || r.y < top || r.x + r.width > layout.frame.width + 0.01 || r.y + r.height > bottom + 0.01,
    )
    .map(([name]) => name);
}

describe("layoutPuzzle", () => {
  it.each([
    ["5 tables × 5 sub-tables × 2 needs, 3 plan items each", full(5, 5, 2, 3), { kind: "overview" as const }],
    ["the same with 8 plan items each (some shown as +n)", full(5, 5, 2, 8), { kind: "overview" as const }],
    ["one table in focus", full(5, 5, 2, 3), { kind: "focus" as const, tableId: "t2" }],
    ["6 sub-tables per table", full(5, 6, 2, 4), { kind: "overview" as const }],
    ["nothing captured yet", full(5, 5, 0, 0), { kind: "overview" as const }],
  ])("%s: no two boxes overlap and all stay between header and footer", (_why, tables, mode) => {
    const layout = layoutPuzzle(tables, FRAME, mode);
    expect(collisions(layout)).toEqual([]);
    expect(outside(layout)).toEqual([]);
  });

  it("places every piece of 5 × 5 × 2 (100 pieces) in the overview", () => {
    const layout = layoutPuzzle(full(5, 5, 2, 1), FRAME);
    expect(layout.needs).toHaveLength(50);
    expect(layout.solutions).toHaveLength(50);
    expect(layout.planItems).toHaveLength(50);
    expect(layout.sockets).toHaveLength(0);
  });

  it("shows one table, large enough to read from 10 m, in focus mode", () => {
    const layout = layoutPuzzle(full(5, 5, 2, 2), FRAME, { kind: "focus", tableId: "t3" });
    expect(layout.tables.map((t) => t.id)).toEqual(["t3"]);
    expect(layout.needs).toHaveLength(10);
    // ~28 px on a 1080-line projection is about 5 cm on a 3 m screen: legible at 10 m.
    expect(Math.min(...layout.needs.map((n) => n.fontSize))).toBeGreaterThanOrEqual(24);
  });

  it("keeps each need in its slot when the other need arrives (pieces never jump)", () => {
    const one = full(1, 1, 2, 0);
    const first = layoutPuzzle(
      [{ ...one[0]!, subtables: [{ id: "t0s0", needs: one[0]!.subtables[0]!.needs.slice(0, 1) }] }],
      FRAME,
    );
    const both = layoutPuzzle(one, FRAME);
    expect(both.needs[0]!.rect).toEqual(first.needs[0]!.rect);
  });

  it("interlocks each need with its solution: same row, edge to edge", () => {
    const layout = layoutPuzzle(full(2, 2, 2, 1), FRAME);
    for (const solution of layout.solutions) {
      const need = layout.needs.find((n) => n.id === solution.needId)!;
      expect(need.rect.x + need.rect.width).toBeCloseTo(solution.rect.x);
      expect(need.rect.y).toBe(solution.rect.y);
      expect(need.tab).toBeGreaterThan(0);
    }
  });

  it("draws sockets where pieces are still missing", () => {
    const tables: LayoutTable[] = [
      {
        id: "t",
        subtables: [
          { id: "empty", needs: [] },
          { id: "half", needs: [{ id: "n", solution: null }] },
        ],
      },
    ];
    expect(layoutPuzzle(tables, FRAME).sockets.map((s) => s.key)).toEqual(["empty:need", "n:solution"]);
  });

  it("falls back to every table when the focused one is unknown", () => {
    expect(layoutPuzzle(full(3, 1, 1, 0), FRAME, { kind: "focus", tableId: "gone" }).tables).toHaveLength(3);
  });

  it("never overlaps for any mix of tables, sub-tables, needs and plan items (property)", () => {
    const need = fc.record({
      id: fc.uuid(),
      solution: fc.option(fc.record({ id: fc.uuid(), planItemIds: fc.array(fc.uuid(), { maxLength: 8 }) })),
    });
    const table = fc.record({
      id: fc.uuid(),
      subtables: fc.array(fc.record({ id: fc.uuid(), needs: fc.array(need, { maxLength: 2 }) }), {
        maxLength: 6,
      }),
    });
    const frame = fc.constantFrom(
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    );
    fc.assert(
      fc.property(
        fc.array(table, { minLength: 1, maxLength: 5 }),
        frame,
        fc.boolean(),
        (tables, size, focus) => {
          const layout = layoutPuzzle(
            tables,
            size,
            focus ? { kind: "focus", tableId: tables[0]!.id } : { kind: "overview" },
          );
          expect(collisions(layout)).toEqual([]);
          expect(outside(layout)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("overlaps", () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it.each([
    [{ x: 5, y: 5, width: 10, height: 10 }, true, "corners cross"],
    [{ x: 10, y: 0, width: 10, height: 10 }, false, "edges touch"],
    [{ x: 2, y: 2, width: 2, height: 2 }, true, "one inside the other"],
    [{ x: 0, y: 20, width: 10, height: 10 }, false, "apart"],
  ])("%o → %s (%s)", (b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
  });
});

describe("text fitting", () => {
  it.each([
    ["falta de crédito para cacao", 10, ["falta de", "crédito", "para cacao"]],
    ["asociatividad", 5, ["asoci", "ativi", "dad"]],
    ["  ", 10, []],
  ])("wrapWords(%s, %i)", (text, max, lines) => {
    expect(wrapWords(text, max)).toEqual(lines);
  });

  it.each([
    ["a short title keeps the largest type", "Crédito", 300, 100, 30, 30],
    [
      "an 80-character title shrinks to fit",
      "Falta de acceso a crédito blando para las asociaciones de productores de cacao",
      300,
      100,
      30,
      21,
    ],
  ])("%s", (_why, text, width, height, maxFont, fontSize) => {
    const fitted = fitText(text, width, height, maxFont);
    expect(fitted.fontSize).toBe(fontSize);
    expect(fitted.lines.length * lineHeight(fitted.fontSize)).toBeLessThanOrEqual(height);
  });

  it("cuts with an ellipsis what cannot fit even at the smallest type", () => {
    const fitted = fitText("palabra ".repeat(60), 100, 30, 20, 10);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.lines.length * lineHeight(10)).toBeLessThanOrEqual(30);
    expect(fitted.lines.at(-1)!.endsWith("…")).toBe(true);
  });
});
