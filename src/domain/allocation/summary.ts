// What an allocation achieved, in numbers; people read it through i18n keys `allocation.summary.<code>`.

import type { TableAllocation } from "./allocate";
import { ORGANIZATION_LIMIT, SubtableMix } from "./mix";
import type { Participant, TableSpec } from "./participant";

export type SummaryLineCode =
  | "first_choice"
  | "some_choice"
  | "not_honoured"
  | "without_preferences"
  | "subtables"
  | "subtables_without_pit"
  | "all_subtables_with_pit"
  | "organization_over_limit";

export interface SummaryLine {
  code: SummaryLineCode;
  params: Record<string, number>;
}

export interface AllocationSummary {
  participants: number;
  withPreferences: number;
  /** `byRank[0]` people sit at the table of their first preferred axis, `byRank[1]` their second… */
  byRank: number[];
  /** Of the people with preferences, the share seated at their first one, 0–100, rounded. */
  firstChoicePercent: number;
  /** People with preferences seated at none of them (their tables were full). */
  notHonoured: number;
  withoutPreferences: number;
  tables: number;
  subtables: number;
  subtablesWithoutPit: number;
  /** Sub-tables where one organisation has more than 3 members (only when it could not be avoided). */
  subtablesOverOrganizationLimit: number;
  lines: SummaryLine[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

export function summarize(
  participants: readonly Participant[],
  tables: readonly TableSpec[],
  allocation: readonly TableAllocation[],
): AllocationSummary {
  const byId = new Map(participants.map((person) => [person.id, person]));
  const axisOf = new Map(tables.map((table) => [table.id, table.axis]));
  const byRank: number[] = [];
  let seatedPeople = 0;
  let withPreferences = 0;
  let notHonoured = 0;
  let usedTables = 0;
  let subtables = 0;
  let subtablesWithoutPit = 0;
  let overLimit = 0;

  for (const { tableId, subtables: lists } of allocation) {
    if (lists.some((list) => list.length > 0)) usedTables++;
    const axis = axisOf.get(tableId) ?? null;
    for (const list of lists) {
      if (list.length === 0) continue;
      subtables++;
      const mix = new SubtableMix();
      for (const id of list) {
        const person = byId.get(id);
        if (!person) continue;
        seatedPeople++;
        mix.add(person);
        if (person.preferredAxes.length === 0) continue;
        withPreferences++;
        const rank = axis === null ? -1 : person.preferredAxes.indexOf(axis);
        if (rank < 0) notHonoured++;
        else byRank[rank] = (byRank[rank] ?? 0) + 1;
      }
      if (mix.knowsPit === 0) subtablesWithoutPit++;
      if ([...mix.organizations.values()].some((n) => n > ORGANIZATION_LIMIT)) overLimit++;
    }
  }

  const ranks = Array.from(byRank, (n) => n ?? 0);
  const first = ranks[0] ?? 0;
  const honoured = ranks.reduce((sum, n) => sum + n, 0);
  const withoutPreferences = seatedPeople - withPreferences;
  const lines: SummaryLine[] = [];
  if (withPreferences > 0) {
    lines.push({ code: "first_choice", params: { percent: percent(first, withPreferences) } });
    lines.push({ code: "some_choice", params: { percent: percent(honoured, withPreferences) } });
  }
  if (notHonoured > 0) lines.push({ code: "not_honoured", params: { count: notHonoured } });
  if (withoutPreferences > 0)
    lines.push({ code: "without_preferences", params: { count: withoutPreferences } });
  lines.push({ code: "subtables", params: { subtables, tables: usedTables, people: seatedPeople } });
  lines.push(
    subtablesWithoutPit > 0
      ? { code: "subtables_without_pit", params: { count: subtablesWithoutPit } }
      : { code: "all_subtables_with_pit", params: {} },
  );
  if (overLimit > 0)
    lines.push({ code: "organization_over_limit", params: { count: overLimit, limit: ORGANIZATION_LIMIT } });

  return {
    participants: seatedPeople,
    withPreferences,
    byRank: ranks,
    firstChoicePercent: percent(first, withPreferences),
    notHonoured,
    withoutPreferences,
    tables: usedTables,
    subtables,
    subtablesWithoutPit,
    subtablesOverOrganizationLimit: overLimit,
    lines,
  };
}
