import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromClock, toClock } from "./blocks";
import {
  type AgendaClock,
  agendaClock,
  applyClockAction,
  type BlockRuns,
  blockStatus,
  type ClockAction,
  minuteOfDay,
} from "./clock";

// A short day: Registro, Apertura, Espacio, Receso.
const BLOCKS = [
  { id: "A", startMinute: 450, endMinute: 480 },
  { id: "B", startMinute: 480, endMinute: 510 },
  { id: "C", startMinute: 510, endMinute: 660 },
  { id: "D", startMinute: 660, endMinute: 690 },
];

const at = (clock: string) => {
  const [hm, seconds = "0"] = clock.split(/(?<=^\d\d:\d\d):/);
  return (fromClock(hm!) ?? Number.NaN) + Number(seconds) / 60;
};

type Tap = [ClockAction["type"], string, string];
const play = (taps: Tap[]): BlockRuns =>
  taps.reduce<BlockRuns>((runs, [type, blockId, time]) => {
    const action: ClockAction = type === "advance" ? { type } : { type, blockId };
    return applyClockAction(BLOCKS, runs, action, at(time));
  }, {});

const span = (start: number | null, end: number | null) =>
  start === null || end === null ? "—" : `${toClock(Math.round(start))}–${toClock(Math.round(end))}`;

function summary(clock: AgendaClock) {
  return {
    projected: clock.blocks.map((b) => span(b.projectedStart, b.projectedEnd)).join(" "),
    current: clock.currentId,
    next: clock.nextId,
    timeLeft: clock.timeLeft,
    overrun: clock.overrun,
    endOfDay: clock.projectedEndOfDay === null ? null : toClock(Math.round(clock.projectedEndOfDay)),
  };
}

describe("agendaClock", () => {
  it.each<[string, Tap[], string, ReturnType<typeof summary>]>([
    [
      "before the day: the plan as it is",
      [],
      "06:00",
      {
        projected: "07:30–08:00 08:00–08:30 08:30–11:00 11:00–11:30",
        current: null,
        next: "A",
        timeLeft: null,
        overrun: 0,
        endOfDay: "11:30",
      },
    ],
    [
      "early start: the block runs its planned length, the next keeps its planned start",
      [["start", "A", "07:20"]],
      "07:25",
      {
        projected: "07:20–07:50 08:00–08:30 08:30–11:00 11:00–11:30",
        current: "A",
        next: "B",
        timeLeft: 25,
        overrun: 0,
        endOfDay: "11:30",
      },
    ],
    [
      "late start: every following block shifts by the delay",
      [["start", "A", "07:45"]],
      "07:50",
      {
        projected: "07:45–08:15 08:15–08:45 08:45–11:15 11:15–11:45",
        current: "A",
        next: "B",
        timeLeft: 25,
        overrun: 0,
        endOfDay: "11:45",
      },
    ],
    [
      "not started although its time has come: projected from now",
      [],
      "07:40",
      {
        projected: "07:40–08:10 08:10–08:40 08:40–11:10 11:10–11:40",
        current: null,
        next: "A",
        timeLeft: null,
        overrun: 0,
        endOfDay: "11:40",
      },
    ],
    [
      "extended block still running: overrun counts, the rest moves with now",
      [["start", "A", "07:30"]],
      "08:10",
      {
        projected: "07:30–08:10 08:10–08:40 08:40–11:10 11:10–11:40",
        current: "A",
        next: "B",
        timeLeft: 0,
        overrun: 10,
        endOfDay: "11:40",
      },
    ],
    [
      "extended block ended late: the next block cannot start before it ended",
      [
        ["start", "A", "07:30"],
        ["end", "A", "08:15"],
      ],
      "08:15",
      {
        projected: "07:30–08:15 08:15–08:45 08:45–11:15 11:15–11:45",
        current: null,
        next: "B",
        timeLeft: null,
        overrun: 0,
        endOfDay: "11:45",
      },
    ],
    [
      "skipped block takes no time and absorbs the delay",
      [
        ["start", "A", "07:30"],
        ["end", "A", "08:20"],
        ["skip", "B", "08:20"],
      ],
      "08:21",
      {
        projected: "07:30–08:20 — 08:30–11:00 11:00–11:30",
        current: null,
        next: "C",
        timeLeft: null,
        overrun: 0,
        endOfDay: "11:30",
      },
    ],
    [
      "the last block skipped: the day ends with the block before it",
      [["skip", "D", "07:00"]],
      "07:00",
      {
        projected: "07:30–08:00 08:00–08:30 08:30–11:00 —",
        current: null,
        next: "A",
        timeLeft: null,
        overrun: 0,
        endOfDay: "11:00",
      },
    ],
    [
      "a block started twice keeps its first start",
      [
        ["start", "A", "07:30"],
        ["start", "A", "07:40"],
      ],
      "07:45",
      {
        projected: "07:30–08:00 08:00–08:30 08:30–11:00 11:00–11:30",
        current: "A",
        next: "B",
        timeLeft: 15,
        overrun: 0,
        endOfDay: "11:30",
      },
    ],
    [
      "an ended block started again reopens from its first start",
      [
        ["start", "A", "07:30"],
        ["end", "A", "07:50"],
        ["start", "A", "07:55"],
      ],
      "08:05",
      {
        projected: "07:30–08:05 08:05–08:35 08:35–11:05 11:05–11:35",
        current: "A",
        next: "B",
        timeLeft: 0,
        overrun: 5,
        endOfDay: "11:35",
      },
    ],
    [
      "starting a later block ends the running one and skips those in between",
      [
        ["start", "A", "07:30"],
        ["start", "C", "08:00"],
      ],
      "08:00:30",
      {
        projected: "07:30–08:00 — 08:00–10:30 11:00–11:30",
        current: "C",
        next: "D",
        timeLeft: 149.5,
        overrun: 0,
        endOfDay: "11:30",
      },
    ],
    [
      "advance ends the current block and starts the next pending one",
      [
        ["advance", "", "07:31"],
        ["advance", "", "08:02"],
        ["skip", "C", "08:05"],
        ["advance", "", "08:06"],
      ],
      "08:06",
      {
        projected: "07:31–08:02 08:02–08:06 — 08:06–08:36",
        current: "D",
        next: null,
        timeLeft: 30,
        overrun: 0,
        endOfDay: "08:36",
      },
    ],
    [
      "the day over: projected end is the last actual end",
      [
        ["start", "A", "07:30"],
        ["start", "B", "08:00"],
        ["start", "C", "08:30"],
        ["start", "D", "11:05"],
        ["advance", "", "11:40"],
      ],
      "12:00",
      {
        projected: "07:30–08:00 08:00–08:30 08:30–11:05 11:05–11:40",
        current: null,
        next: null,
        timeLeft: null,
        overrun: 0,
        endOfDay: "11:40",
      },
    ],
    [
      "a mistaken tap undone with reset: the block before it resumes from its first start",
      [
        ["start", "A", "07:30"],
        ["start", "C", "07:40"],
        ["reset", "C", "07:41"],
        ["reset", "B", "07:41"],
        ["start", "A", "07:41"],
      ],
      "07:45",
      {
        projected: "07:30–08:00 08:00–08:30 08:30–11:00 11:00–11:30",
        current: "A",
        next: "B",
        timeLeft: 15,
        overrun: 0,
        endOfDay: "11:30",
      },
    ],
  ])("%s", (_why, taps, now, expected) => {
    expect(summary(agendaClock(BLOCKS, play(taps), at(now)))).toEqual(expected);
  });

  it("reports each block's delay and overrun", () => {
    const clock = agendaClock(
      BLOCKS,
      play([
        ["start", "A", "07:40"],
        ["end", "A", "08:20"],
      ]),
      at("08:20"),
    );
    expect(clock.blocks.map((b) => [b.id, b.status, b.delay, b.overrun])).toEqual([
      ["A", "done", 10, 10],
      ["B", "pending", 20, 0],
      ["C", "pending", 20, 0],
      ["D", "pending", 20, 0],
    ]);
    expect(clock.plannedEndOfDay).toBe(690);
  });

  it("orders blocks by planned start whatever order they are given in", () => {
    const clock = agendaClock([...BLOCKS].reverse(), {}, at("06:00"));
    expect(clock.blocks.map((b) => b.id)).toEqual(["A", "B", "C", "D"]);
  });
});

describe("applyClockAction", () => {
  it.each<[string, Tap[], string]>([
    ["ending a pending block changes nothing", [["end", "B", "07:30"]], "pending pending pending pending"],
    [
      "skipping a running block changes nothing",
      [
        ["start", "A", "07:30"],
        ["skip", "A", "07:31"],
      ],
      "running pending pending pending",
    ],
    [
      "ending twice keeps the first end",
      [
        ["start", "A", "07:30"],
        ["end", "A", "07:50"],
        ["end", "A", "07:55"],
      ],
      "done pending pending pending",
    ],
    [
      "a skipped block can still be started",
      [
        ["skip", "B", "07:00"],
        ["start", "B", "08:00"],
      ],
      "skipped running pending pending",
    ],
    ["unknown block ids are ignored", [["start", "Z", "07:00"]], "pending pending pending pending"],
    [
      "advance with nothing left does nothing",
      [
        ["skip", "A", "7:00"],
        ["skip", "B", "7:00"],
        ["skip", "C", "7:00"],
        ["skip", "D", "7:00"],
        ["advance", "", "08:00"],
      ],
      "skipped skipped skipped skipped",
    ],
  ])("%s", (_why, taps, statuses) => {
    const runs = play(taps);
    expect(BLOCKS.map((b) => blockStatus(runs[b.id])).join(" ")).toBe(statuses);
  });

  it("keeps the end of the first tap when two moderators end a block at once", () => {
    const runs = play([
      ["start", "A", "07:30"],
      ["end", "A", "07:50"],
      ["end", "A", "07:55"],
    ]);
    expect(runs.A).toEqual({ startedAt: 450, endedAt: 470, skipped: false });
  });

  const taps = fc.array(
    fc.record({
      type: fc.constantFrom("start", "end", "skip", "reset", "advance") as fc.Arbitrary<ClockAction["type"]>,
      blockId: fc.constantFrom("A", "B", "C", "D"),
      step: fc.integer({ min: 0, max: 60 }),
    }),
    { maxLength: 30 },
  );

  it("never has two blocks running, and never projects a pending block before now or its plan", () => {
    fc.assert(
      fc.property(taps, fc.integer({ min: 0, max: 120 }), (sequence, wait) => {
        let now = 420;
        let runs: BlockRuns = {};
        for (const { type, blockId, step } of sequence) {
          now += step;
          runs = applyClockAction(BLOCKS, runs, type === "advance" ? { type } : { type, blockId }, now);
        }
        now += wait;
        const clock = agendaClock(BLOCKS, runs, now);
        expect(clock.blocks.filter((b) => b.status === "running").length).toBeLessThanOrEqual(1);
        for (const block of clock.blocks.filter((b) => b.status === "pending")) {
          expect(block.projectedStart!).toBeGreaterThanOrEqual(Math.max(now, block.plannedStart));
          expect(block.projectedEnd! - block.projectedStart!).toBe(block.plannedEnd - block.plannedStart);
        }
      }),
    );
  });
});

describe("minuteOfDay", () => {
  it.each([
    ["2023-11-18T12:30:00Z", undefined, 450, "07:30 in Bogotá (UTC−5)"],
    ["2023-11-18T12:30:30Z", undefined, 450.5, "seconds are fractions of a minute"],
    ["2023-11-19T04:59:00Z", undefined, 1439, "23:59 local is still the 18th"],
    ["2023-11-18T22:00:00Z", "2023-11-19T13:00:00Z", -420, "17:00 the day before, seen from the 19th"],
  ])("%s → %s (%s)", (instant, reference, expected, _why) => {
    const ms = Date.parse(instant);
    expect(minuteOfDay(ms, reference ? Date.parse(reference) : ms)).toBeCloseTo(expected, 9);
  });
});
