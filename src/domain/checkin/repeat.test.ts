import { describe, expect, it } from "vitest";
import { type ActiveCheckIn, type CheckInDecision, decideCheckIn } from "./repeat";

const now = new Date("2023-11-18T12:50:00.000Z");
const came = (iso: string, desk: string): ActiveCheckIn => ({ at: new Date(iso), desk });

describe("decideCheckIn", () => {
  it.each<[ActiveCheckIn | null, CheckInDecision, string]>([
    [null, { kind: "check_in" }, "first time at any desk"],
    [
      came("2023-11-18T12:42:30.000Z", "Mesa 2"),
      { kind: "already_present", at: new Date("2023-11-18T12:42:30.000Z"), desk: "Mesa 2", minutesAgo: 7 },
      "came in earlier at another desk: says when and where",
    ],
    [
      came("2023-11-18T12:49:59.000Z", "Mesa 1"),
      { kind: "already_present", at: new Date("2023-11-18T12:49:59.000Z"), desk: "Mesa 1", minutesAgo: 0 },
      "tapped twice at the same desk",
    ],
    [
      came("2023-11-18T12:51:00.000Z", "Mesa 3"),
      { kind: "already_present", at: new Date("2023-11-18T12:51:00.000Z"), desk: "Mesa 3", minutesAgo: 0 },
      "another server's clock slightly ahead never gives negative minutes",
    ],
  ])("%o → %o (%s)", (active, expected) => {
    expect(decideCheckIn(active, now)).toEqual(expected);
  });
});
