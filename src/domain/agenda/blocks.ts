// Agenda blocks of an assembly day. Times are minutes after local midnight (07:30 → 450): the day never
// crosses midnight, and integers keep the clock and the validation free of time-zone arithmetic.

export const BLOCK_KINDS = [
  "registro",
  "apertura",
  "espacio_externo",
  "receso",
  "almuerzo",
  "momento_1",
  "momento_2",
  "momento_3",
  "momento_4",
  "momento_5",
  "otro",
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface AgendaBlockDraft {
  kind: BlockKind;
  title: string;
  startMinute: number;
  endMinute: number;
  description: string;
  responsible: string;
}

export const MINUTES_PER_DAY = 24 * 60;

export function toClock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** "07:30" → 450; returns null for anything that is not a valid 24-hour time. */
export function fromClock(clock: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}
