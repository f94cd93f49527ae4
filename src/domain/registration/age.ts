// Ages count at the assembly date, not today: a person registered months ahead is judged as they will be
// on the day. Dates are ISO calendar dates (YYYY-MM-DD), compared without time zones.

export const AGE_BANDS = ["under_18", "18_28", "29_59", "60_plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const ADULT_AGE = 18;

function parts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whole years completed on `onDate`; a 29 February birthday is completed on 1 March in other years. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(onDate);
  const birthdayPassed = m > bm || (m === bm && d >= bd);
  return y - by - (birthdayPassed ? 0 : 1);
}

/** The bands reports use: minors, young people (Ley 1622 de 2013: up to 28), adults, older adults. */
export function ageBand(age: number): AgeBand {
  if (age < ADULT_AGE) return "under_18";
  if (age <= 28) return "18_28";
  if (age <= 59) return "29_59";
  return "60_plus";
}

export function isMinorOn(birthDate: string, onDate: string): boolean {
  return ageOn(birthDate, onDate) < ADULT_AGE;
}

/** The birth dates (inclusive) whose age on `onDate` falls in the band: for filtering in SQL. */
export function birthDateRange(band: AgeBand, onDate: string): { from: string | null; to: string | null } {
  const [y, m, d] = parts(onDate);
  // Someone born on `yearsBefore(n)` turns n exactly on onDate.
  const yearsBefore = (n: number) => {
    const year = y - n;
    const leapDay = m === 2 && d === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
    return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(leapDay ? 28 : d).padStart(2, "0")}`;
  };
  const dayAfter = (iso: string) => {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
  };
  switch (band) {
    case "under_18":
      return { from: dayAfter(yearsBefore(18)), to: null };
    case "18_28":
      return { from: dayAfter(yearsBefore(29)), to: yearsBefore(18) };
    case "29_59":
      return { from: dayAfter(yearsBefore(60)), to: yearsBefore(29) };
    case "60_plus":
      return { from: null, to: yearsBefore(60) };
  }
}
