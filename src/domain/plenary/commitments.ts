// After the day, every plan item of the approved agenda is a commitment followed until it is done: its status,
// and whether it is overdue against its due month or quarter of 2024–2026.
import { parseDue } from "../puzzle/rules";

export const COMMITMENT_STATUSES = ["pending", "in_progress", "done", "cancelled"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** The months a due value covers, as month numbers (year·12 + month − 1); null when it cannot be read. */
export function duePeriod(value: string): { first: number; last: number } | null {
  const trimmed = value.trim();
  const year = /^(\d{4})$/.exec(trimmed);
  if (year) return { first: Number(year[1]) * 12, last: Number(year[1]) * 12 + 11 };
  const due = parseDue(trimmed);
  if (!due) return null;
  const first = due.year * 12 + (due.kind === "month" ? due.month - 1 : (due.quarter - 1) * 3);
  return { first, last: due.kind === "month" ? first : first + 2 };
}

const monthOf = (isoDate: string) => Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;

/** Still open (pending or in progress) after the last month it was due in. */
export function isOverdue(commitment: { due: string; status: CommitmentStatus }, today: string): boolean {
  if (commitment.status === "done" || commitment.status === "cancelled") return false;
  const period = duePeriod(commitment.due);
  return period !== null && monthOf(today) > period.last;
}

/** Whether a commitment's due period overlaps a filter period: a year ("2025"), a quarter or a month. */
export function dueOverlaps(due: string, filter: string): boolean {
  const period = duePeriod(due);
  const wanted = duePeriod(filter);
  return period !== null && wanted !== null && period.first <= wanted.last && wanted.first <= period.last;
}
