import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { associationGroups } from "./associations";

const need = (needId: string, ...organizationIds: string[]) => ({ needId, organizationIds });

describe("associationGroups", () => {
  it.each([
    [
      [need("n1", "a", "b", "c"), need("n2", "a", "b", "c")],
      [{ organizationIds: ["a", "b", "c"], needIds: ["n1", "n2"] }],
      "the same three for two needs: one group, not its pairs",
    ],
    [
      [need("n1", "a", "b", "c"), need("n2", "a", "b", "d"), need("n3", "a", "b", "c")],
      [
        { organizationIds: ["a", "b"], needIds: ["n1", "n2", "n3"] },
        { organizationIds: ["a", "b", "c"], needIds: ["n1", "n3"] },
      ],
      "a pair for three needs and the trio for two of them",
    ],
    [[need("n1", "a", "b"), need("n2", "c", "d")], [], "nobody comes up twice"],
    [[need("n1", "a", "b", "c")], [], "one need is not an association"],
    [[need("n1", "a", "x"), need("n2", "a", "y")], [], "one organisation in common is not a group"],
  ])("%j → %j (%s)", (needs, expected) => {
    expect(associationGroups(needs)).toEqual(expected);
  });

  it("asks for more needs when told to", () => {
    const needs = [need("n1", "a", "b"), need("n2", "a", "b")];
    expect(associationGroups(needs, { minNeeds: 3 })).toEqual([]);
  });

  it("every group is in all of its needs and in no other need, and is listed once", () => {
    const ids = fc.constantFrom("a", "b", "c", "d", "e");
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(ids, { maxLength: 5 }), { maxLength: 8 }), (sets) => {
        const needs = sets.map((organizationIds, i) => need(`n${i}`, ...organizationIds));
        const groups = associationGroups(needs);
        for (const group of groups) {
          const containing = needs.filter((n) =>
            group.organizationIds.every((id) => n.organizationIds.includes(id)),
          );
          expect(group.needIds).toEqual(containing.map((n) => n.needId));
          expect(group.needIds.length).toBeGreaterThanOrEqual(2);
        }
        const keys = groups.map((g) => g.organizationIds.join());
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
