import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AgendaItem,
  type ConsolidationProblem,
  merge,
  reconcile,
  reorder,
  restore,
  reword,
  type SourceNeed,
  sameItems,
  tableItems,
  wordingProblems,
} from "./consolidate";

const need = (id: string, tableId = "T1", title = `Necesidad ${id}`): SourceNeed => ({
  id,
  tableId,
  title,
  description: "",
});
const NEEDS = [need("a"), need("b"), need("c"), need("d", "T2")];
const fresh = () => reconcile([], NEEDS);
const summary = (items: AgendaItem[]) =>
  [...items]
    .sort((a, b) => a.tableId.localeCompare(b.tableId) || a.position - b.position)
    .map((item) => `${item.tableId}:${item.position}:${item.id}[${item.needIds.join(",")}]`);

describe("reconcile", () => {
  it.each<[AgendaItem[], SourceNeed[], string[], string]>([
    [
      [],
      NEEDS,
      ["T1:1:a[a]", "T1:2:b[b]", "T1:3:c[c]", "T2:1:d[d]"],
      "every need starts as its own item, with the need's id, in the order of the pieces",
    ],
    [
      [{ id: "a", tableId: "T1", position: 1, title: "Crédito", description: "", needIds: ["a", "b"] }],
      NEEDS,
      ["T1:1:a[a,b]", "T1:2:c[c]", "T2:1:d[d]"],
      "a merged item keeps its originals; needs not in any item are added at the end",
    ],
    [
      [
        { id: "a", tableId: "T1", position: 1, title: "Crédito", description: "", needIds: ["a", "x"] },
        { id: "y", tableId: "T1", position: 2, title: "Borrada", description: "", needIds: ["y"] },
      ],
      [need("a")],
      ["T1:1:a[a]"],
      "a deleted need leaves its item; an item left with no needs goes",
    ],
  ])("%#: %s", (items, needs, expected) => {
    expect(summary(reconcile(items, needs))).toEqual(expected);
  });

  it("every need stands in exactly one item, whatever edits came before", () => {
    const ids = ["a", "b", "c", "d", "e"];
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids, { minLength: 1 }), (removed, merged) => {
        const needs = ids.map((id) => need(id));
        const start = reconcile([], needs);
        const after = merge(start, merged[0]!, merged.slice(1));
        const items = after.ok ? after.items : start;
        const still = needs.filter((n) => !removed.includes(n.id));
        const linked = reconcile(items, still).flatMap((item) => item.needIds);
        expect([...linked].sort()).toEqual(still.map((n) => n.id).sort());
      }),
    );
  });
});

describe("merge", () => {
  it.each<[string, string[], string[] | ConsolidationProblem, string]>([
    ["a", ["c"], ["T1:1:a[a,c]", "T1:2:b[b]", "T2:1:d[d]"], "merge keeps the originals of both needs"],
    ["c", ["a", "b"], ["T1:1:c[c,a,b]", "T2:1:d[d]"], "three needs into one, the target's first"],
    ["a", ["a"], "merge_needs_two", "an item cannot merge with itself"],
    ["a", [], "merge_needs_two", "nothing to merge"],
    ["a", ["d"], "unknown_item", "needs of another table are not merged"],
    ["z", ["a"], "unknown_item", "unknown target"],
  ])("%s ← %o", (target, others, expected) => {
    const result = merge(fresh(), target, others);
    if (typeof expected === "string") expect(result).toEqual({ ok: false, problem: expected });
    else expect(result.ok && summary(result.items)).toEqual(expected);
  });

  it("keeps the target's wording", () => {
    const worded = reword(fresh(), "a", { title: "Acceso a crédito asociativo", description: "Texto" });
    if (!worded.ok) throw new Error("reword failed");
    const result = merge(worded.items, "a", ["b"]);
    expect(result.ok && result.items.find((i) => i.id === "a")).toMatchObject({
      title: "Acceso a crédito asociativo",
      needIds: ["a", "b"],
    });
  });
});

describe("reword and reorder", () => {
  it.each<[string[], string[] | ConsolidationProblem, string]>([
    [["c", "a", "b"], ["T1:1:c[c]", "T1:2:a[a]", "T1:3:b[b]", "T2:1:d[d]"], "a new order"],
    [["c", "a"], "order_mismatch", "an item is missing"],
    [["c", "a", "a"], "order_mismatch", "an item twice"],
    [["c", "a", "d"], "order_mismatch", "an item of another table"],
  ])("reorder %o", (ids, expected) => {
    const result = reorder(fresh(), "T1", ids);
    if (typeof expected === "string") expect(result).toEqual({ ok: false, problem: expected });
    else expect(result.ok && summary(result.items)).toEqual(expected);
  });

  it.each<[{ title: string; description: string }, Record<string, string>, string]>([
    [{ title: "  Crédito  ", description: " x " }, {}, "trimmed, fine"],
    [{ title: " ", description: "" }, { title: "required" }, "a title is required"],
    [
      { title: "x".repeat(201), description: "y".repeat(2001) },
      { title: "too_long", description: "too_long" },
      "too long",
    ],
  ])("wordingProblems %# → %o", (wording, expected) => {
    expect(wordingProblems(wording)).toEqual(expected);
  });

  it("rewording changes the item, not its originals", () => {
    const result = reword(fresh(), "b", { title: "  Formación ", description: "" });
    expect(result.ok && result.items.find((i) => i.id === "b")).toMatchObject({
      title: "Formación",
      needIds: ["b"],
    });
    expect(reword(fresh(), "z", { title: "x", description: "" })).toEqual({
      ok: false,
      problem: "unknown_item",
    });
  });
});

describe("restore (undo)", () => {
  it.each<[string, SourceNeed[], string[], string]>([
    [
      "merge undone",
      NEEDS,
      ["T1:1:a[a]", "T1:2:b[b]", "T1:3:c[c]", "T2:1:d[d]"],
      "the merged items come back",
    ],
    [
      "a need added since",
      [...NEEDS, need("e")],
      ["T1:1:a[a]", "T1:2:b[b]", "T1:3:c[c]", "T1:4:e[e]", "T2:1:d[d]"],
      "a need that arrived after the edit stays",
    ],
  ])("%s", (_, needs, expected) => {
    const before = tableItems(fresh(), "T1");
    const merged = merge(fresh(), "a", ["b", "c"]);
    if (!merged.ok) throw new Error("merge failed");
    const restored = restore(reconcile(merged.items, needs), "T1", before, needs);
    expect(summary(restored)).toEqual(expected);
  });

  it("sameItems compares order, wording and originals", () => {
    const merged = merge(fresh(), "a", ["b"]);
    expect(sameItems(fresh(), fresh())).toBe(true);
    expect(merged.ok && sameItems(fresh(), merged.items)).toBe(false);
  });
});
