/** A check-in can be undone (a wrong tap, the wrong person) for two minutes; after that it stands. */
const UNDO_WINDOW_MS = 2 * 60_000;

export function undoDeadline(checkedInAt: Date): Date {
  return new Date(checkedInAt.getTime() + UNDO_WINDOW_MS);
}

/** True while `now` is within the window; the deadline itself is already too late. */
export function canUndo(checkedInAt: Date, now: Date): boolean {
  const elapsed = now.getTime() - checkedInAt.getTime();
  return elapsed >= 0 && elapsed < UNDO_WINDOW_MS;
}
