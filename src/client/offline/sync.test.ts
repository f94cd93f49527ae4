import { describe, expect, it } from "vitest";
import type { PuzzleChange } from "../../shared/schemas/puzzle";
import type { QueuedChange, QueueStatus } from "./queue";
import { backoffDelay, nextToSend } from "./sync";

const NEED = "00000000-0000-4000-8000-00000000000a";
const SOLUTION = "00000000-0000-4000-8000-00000000000b";
const ITEM = "00000000-0000-4000-8000-00000000000c";
const OTHER = "00000000-0000-4000-8000-00000000000d";

let seq = 0;
function entry(
  change: Partial<PuzzleChange> & Pick<PuzzleChange, "kind" | "pieceId">,
  status: QueueStatus = "pending",
): QueuedChange {
  seq += 1;
  const data =
    change.kind === "solution.save"
      ? { needId: NEED, description: "d", cooperationForm: "asociatividad", organizations: [] }
      : change.kind === "planItem.save"
        ? { solutionId: SOLUTION, action: "a", owner: "o", due: "2024-01", resources: "" }
        : { title: "t", description: "", affectedGroups: [] };
  return {
    subtableId: "s",
    seq,
    change: { changeId: `c${seq}`, baseVersion: 0, author: "", data, ...change } as PuzzleChange,
    status,
    attempted: false,
    conflict: null,
    error: null,
    queuedAt: seq,
  };
}

describe("nextToSend", () => {
  it.each<[string, QueuedChange[], string | null]>([
    ["nothing queued", [], null],
    [
      "the oldest pending change goes first",
      [entry({ kind: "need.save", pieceId: NEED }), entry({ kind: "need.save", pieceId: OTHER })],
      NEED,
    ],
    [
      "a need in conflict holds back its own later edits and its solution",
      [
        entry({ kind: "need.save", pieceId: NEED }, "conflict"),
        entry({ kind: "need.save", pieceId: NEED }),
        entry({ kind: "solution.save", pieceId: SOLUTION }),
        entry({ kind: "need.save", pieceId: OTHER }),
      ],
      OTHER,
    ],
    [
      "a refused solution holds back the plan items that hang from it",
      [
        entry({ kind: "solution.save", pieceId: SOLUTION }, "rejected"),
        entry({ kind: "planItem.save", pieceId: ITEM }),
      ],
      null,
    ],
    [
      "a conflict elsewhere does not hold a need back",
      [entry({ kind: "need.save", pieceId: OTHER }, "conflict"), entry({ kind: "need.save", pieceId: NEED })],
      NEED,
    ],
  ])("%s", (_why, entries, expected) => {
    expect(nextToSend(entries)?.change.pieceId ?? null).toBe(expected);
  });
});

describe("backoffDelay", () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [4, 8000],
    [6, 32_000],
    [7, 60_000],
    [20, 60_000],
  ])("after %i failures waits %i ms (1 s doubling up to 1 min)", (failures, ms) => {
    expect(backoffDelay(failures)).toBe(ms);
  });
});
