/** One registration as attendance counts it: who they are (coarsely) and whether they came in. */
export interface AttendeeFact {
  sex: string;
  municipalityCode: string;
  populationGroups: readonly string[];
  /** The active check-in's time; null while the person has not come in (or it was undone). */
  checkedInAt: Date | null;
  /** Registered at the desk on the day rather than beforehand. */
  walkIn: boolean;
}

export interface AttendanceBreakdown {
  key: string;
  registered: number;
  present: number;
}

export interface ArrivalBucket {
  /** ISO time the bucket starts at (UTC). */
  start: string;
  count: number;
}

export interface AttendanceSummary {
  /** Every registration, walk-ins included. */
  registered: number;
  present: number;
  /** People present who registered at the desk. */
  walkIns: number;
  /** Arrivals per bucket from the first arrival to the last, empty buckets included. */
  arrivals: ArrivalBucket[];
  bySex: AttendanceBreakdown[];
  byMunicipality: AttendanceBreakdown[];
  /** A person in several groups counts in each of them. */
  byPopulationGroup: AttendanceBreakdown[];
}

export const ARRIVAL_BUCKET_MINUTES = 10;

/** Registered, present and walk-ins, arrivals over time and the breakdowns the dashboard shows. */
export function summarizeAttendance(
  facts: readonly AttendeeFact[],
  bucketMinutes = ARRIVAL_BUCKET_MINUTES,
): AttendanceSummary {
  const bySex = new Tally();
  const byMunicipality = new Tally();
  const byPopulationGroup = new Tally();
  const arrivals = new Map<number, number>();
  const bucketMs = bucketMinutes * 60_000;
  let present = 0;
  let walkIns = 0;
  for (const fact of facts) {
    const came = fact.checkedInAt !== null;
    bySex.add(fact.sex, came);
    byMunicipality.add(fact.municipalityCode, came);
    for (const group of new Set(fact.populationGroups)) byPopulationGroup.add(group, came);
    if (!fact.checkedInAt) continue;
    present += 1;
    if (fact.walkIn) walkIns += 1;
    const bucket = Math.floor(fact.checkedInAt.getTime() / bucketMs) * bucketMs;
    arrivals.set(bucket, (arrivals.get(bucket) ?? 0) + 1);
  }
  return {
    registered: facts.length,
    present,
    walkIns,
    arrivals: fillBuckets(arrivals, bucketMs),
    bySex: bySex.rows(),
    byMunicipality: byMunicipality.rows(),
    byPopulationGroup: byPopulationGroup.rows(),
  };
}

function fillBuckets(arrivals: Map<number, number>, bucketMs: number): ArrivalBucket[] {
  if (arrivals.size === 0) return [];
  const starts = [...arrivals.keys()];
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  const buckets: ArrivalBucket[] = [];
  for (let start = first; start <= last; start += bucketMs) {
    buckets.push({ start: new Date(start).toISOString(), count: arrivals.get(start) ?? 0 });
  }
  return buckets;
}

class Tally {
  private readonly counts = new Map<string, AttendanceBreakdown>();

  add(key: string, present: boolean): void {
    let row = this.counts.get(key);
    if (!row) {
      row = { key, registered: 0, present: 0 };
      this.counts.set(key, row);
    }
    row.registered += 1;
    if (present) row.present += 1;
  }

  /** Most present first, then most registered, then by key so the order is stable. */
  rows(): AttendanceBreakdown[] {
    return [...this.counts.values()].sort(
      (a, b) => b.present - a.present || b.registered - a.registered || a.key.localeCompare(b.key),
    );
  }
}
