import { describe, expect, it } from "vitest";
import { applyTimerAction, experienceTimer, type TimerRun } from "./timer";

const T0 = Date.parse("2023-11-18T19:15:00Z");
const run = (startedSecondsAgo: number | null, stoppedAfter: number | null = null): TimerRun => ({
  startedAt: startedSecondsAgo === null ? null : T0 - startedSecondsAgo * 1000,
  stoppedAt:
    startedSecondsAgo === null || stoppedAfter === null
      ? null
      : T0 - startedSecondsAgo * 1000 + stoppedAfter * 1000,
  durationSeconds: 600,
});

describe("experienceTimer", () => {
  it.each([
    [
      run(null),
      { phase: "idle", elapsedSeconds: 0, remainingSeconds: 600, overtimeSeconds: 0 },
      "not started",
    ],
    [
      run(0),
      { phase: "running", elapsedSeconds: 0, remainingSeconds: 600, overtimeSeconds: 0 },
      "just started",
    ],
    [
      run(539),
      { phase: "running", elapsedSeconds: 539, remainingSeconds: 61, overtimeSeconds: 0 },
      "61 s left: no warning yet",
    ],
    [
      run(540),
      { phase: "warning", elapsedSeconds: 540, remainingSeconds: 60, overtimeSeconds: 0 },
      "the last minute warns",
    ],
    [
      run(600),
      { phase: "overtime", elapsedSeconds: 600, remainingSeconds: 0, overtimeSeconds: 0 },
      "time is up",
    ],
    [
      run(645),
      { phase: "overtime", elapsedSeconds: 645, remainingSeconds: 0, overtimeSeconds: 45 },
      "overtime counts up",
    ],
    [
      run(700, 420),
      { phase: "stopped", elapsedSeconds: 420, remainingSeconds: 180, overtimeSeconds: 0 },
      "stopped at 7 minutes",
    ],
  ])("%o → %o (%s)", (timer, expected) => {
    expect(experienceTimer(timer, T0)).toEqual(expected);
  });
});

describe("applyTimerAction", () => {
  const timers = [
    { id: "a", ...run(120) },
    { id: "b", ...run(null) },
    { id: "c", ...run(900, 600) },
  ];
  const phases = (list: (TimerRun & { id: string })[]) =>
    list.map((t) => experienceTimer(t, T0).phase).join(" ");

  it.each([
    ["b", "start", "stopped running stopped", "starting one stops the one running"],
    ["a", "start", "running idle stopped", "starting a running timer again changes nothing"],
    ["c", "start", "stopped idle running", "a stopped timer starts afresh"],
    ["a", "stop", "stopped idle stopped", "stop"],
    ["b", "stop", "running idle stopped", "stopping an idle timer changes nothing"],
  ] as const)("%s %s → %s (%s)", (id, action, expected, _why) => {
    expect(phases(applyTimerAction(timers, id, action, T0))).toBe(expected);
  });

  it("keeps the first start when a running timer is started twice", () => {
    expect(applyTimerAction(timers, "a", "start", T0 + 5000)[0]!.startedAt).toBe(T0 - 120_000);
  });
});
