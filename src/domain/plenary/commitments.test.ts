import { describe, expect, it } from "vitest";
import { type CommitmentStatus, dueOverlaps, duePeriod, isOverdue } from "./commitments";

describe("duePeriod", () => {
  it.each<[string, { first: number; last: number } | null, string]>([
    ["2025-03", { first: 2025 * 12 + 2, last: 2025 * 12 + 2 }, "a month"],
    ["2025-Q2", { first: 2025 * 12 + 3, last: 2025 * 12 + 5 }, "a quarter is three months"],
    ["2026", { first: 2026 * 12, last: 2026 * 12 + 11 }, "a year (filters)"],
    ["mañana", null, "not a date"],
  ])("%s → %o (%s)", (value, expected) => {
    expect(duePeriod(value)).toEqual(expected);
  });
});

describe("isOverdue", () => {
  it.each<[string, CommitmentStatus, string, boolean, string]>([
    ["2024-03", "pending", "2024-03-31", false, "still within its month"],
    ["2024-03", "pending", "2024-04-01", true, "the month after"],
    ["2024-Q1", "in_progress", "2024-03-15", false, "within its quarter"],
    ["2024-Q1", "in_progress", "2024-04-02", true, "after its quarter"],
    ["2024-Q1", "done", "2025-01-01", false, "done is never overdue"],
    ["2024-Q1", "cancelled", "2025-01-01", false, "cancelled is never overdue"],
    ["algún día", "pending", "2030-01-01", false, "an unreadable date is not overdue"],
  ])("due %s, %s, on %s → %s (%s)", (due, status, today, expected) => {
    expect(isOverdue({ due, status }, today)).toBe(expected);
  });
});

describe("dueOverlaps", () => {
  it.each([
    ["2025-05", "2025", true, "a month in the year"],
    ["2025-05", "2025-Q2", true, "a month in the quarter"],
    ["2025-Q2", "2025-06", true, "a quarter that contains the month"],
    ["2025-Q2", "2025-Q3", false, "another quarter"],
    ["2024-12", "2025", false, "the year before"],
    ["x", "2025", false, "an unreadable due"],
  ])("%s in %s → %s (%s)", (due, filter, expected) => {
    expect(dueOverlaps(due, filter)).toBe(expected);
  });
});
