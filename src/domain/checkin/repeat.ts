/** The active check-in of a person, as the desk needs it. */
export interface ActiveCheckIn {
  at: Date;
  desk: string;
}

export type CheckInDecision =
  | { kind: "check_in" }
  /** Not an error: the desk tells the person when and where they already came in. */
  | { kind: "already_present"; at: Date; desk: string; minutesAgo: number };

/** What marking a person present does, given their active check-in (if any). */
export function decideCheckIn(active: ActiveCheckIn | null, now: Date): CheckInDecision {
  if (!active) return { kind: "check_in" };
  const minutesAgo = Math.max(0, Math.floor((now.getTime() - active.at.getTime()) / 60_000));
  return { kind: "already_present", at: active.at, desk: active.desk, minutesAgo };
}
