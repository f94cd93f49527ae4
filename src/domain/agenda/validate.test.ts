import { describe, expect, it } from "vitest";
import { fromClock, toClock } from "./blocks";
import { seedAgenda } from "./seed-agenda";
import { agendaProblems } from "./validate";

const b = (title: string, start: string, end: string) => ({
  title,
  startMinute: fromClock(start) ?? Number.NaN,
  endMinute: fromClock(end) ?? Number.NaN,
});

describe("agendaProblems", () => {
  it.each([
    ["the seed's agenda", seedAgenda(), []],
    ["blocks that touch", [b("A", "08:00", "09:00"), b("B", "09:00", "10:00")], []],
    ["order given does not matter", [b("B", "09:00", "10:00"), b("A", "08:00", "09:00")], []],
    [
      "end before start",
      [b("A", "10:00", "09:00")],
      [{ code: "agenda.end_before_start", index: 0, title: "A" }],
    ],
    [
      "zero-length block",
      [b("A", "10:00", "10:00")],
      [{ code: "agenda.end_before_start", index: 0, title: "A" }],
    ],
    [
      "overlap reported on the later-typed block",
      [b("A", "08:00", "09:30"), b("B", "09:00", "10:00")],
      [{ code: "agenda.overlap", index: 1, otherIndex: 0, first: "A", second: "B" }],
    ],
    [
      "a block inside another",
      [b("Largo", "08:00", "12:00"), b("Corto", "09:00", "10:00")],
      [{ code: "agenda.overlap", index: 1, otherIndex: 0, first: "Largo", second: "Corto" }],
    ],
    ["empty agenda", [], []],
  ])("%s", (_why, blocks, expected) => {
    expect(agendaProblems(blocks)).toEqual(expected);
  });
});

describe("clock", () => {
  it.each([
    ["07:30", 450],
    ["00:00", 0],
    ["23:59", 1439],
    ["24:00", null],
    ["7:30", null],
    ["12:60", null],
  ])("fromClock(%s) = %s", (clock, minute) => {
    expect(fromClock(clock)).toBe(minute);
    if (minute !== null) expect(toClock(minute)).toBe(clock);
  });
});
