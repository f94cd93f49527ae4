import { describe, expect, it } from "vitest";
import { canUndo, undoDeadline } from "./undo";

const at = new Date("2023-11-18T12:35:00.000Z");
const after = (ms: number) => new Date(at.getTime() + ms);

describe("canUndo", () => {
  it.each([
    [0, true, "right after the tap"],
    [59_000, true, "within the first minute"],
    [119_999, true, "the last millisecond of the window"],
    [120_000, false, "exactly two minutes is too late"],
    [180_000, false, "three minutes later"],
    [-5_000, false, "a clock behind the check-in cannot undo it"],
  ])("%i ms after → %s (%s)", (elapsed, expected) => {
    expect(canUndo(at, after(elapsed))).toBe(expected);
  });
});

describe("undoDeadline", () => {
  it("is two minutes after the check-in", () => {
    expect(undoDeadline(at).toISOString()).toBe("2023-11-18T12:37:00.000Z");
  });
});
