// A seeded pseudo-random generator (mulberry32) so demo data is identical for the same seed on every machine.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks an item with probability proportional to `weightOf(item)`. */
  weightedPick<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) {
      throw new RangeError("Cannot pick from an empty list");
    }
    return items[int(0, items.length - 1)] as T;
  };
  const weightedPick = <T>(items: readonly T[], weightOf: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weightOf(item), 0);
    if (!(total > 0)) {
      throw new RangeError("Cannot pick when no item has a positive weight");
    }
    let target = next() * total;
    for (const item of items) {
      target -= weightOf(item);
      if (target < 0) {
        return item;
      }
    }
    // Rounding can leave target at 0 after the last item; the last weighted item is the right answer then.
    return items.findLast((item) => weightOf(item) > 0) as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };

  return { next, int, chance: (probability) => next() < probability, pick, weightedPick, shuffle };
}

/** An independent seed for one part of the generation, so adding draws to one part leaves the others unchanged. */
export function deriveSeed(seed: number, label: string): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0;
  for (const char of label) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return hash;
}
