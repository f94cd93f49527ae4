import type { Participant } from "./participant";

/** Members of one organisation a sub-table should hold at most, when the organisation is small enough. */
export const ORGANIZATION_LIMIT = 3;

/** The limit for an organisation with `members` people in a table of `subtables`: 3, or an even share. */
export function organizationLimit(members: number, subtables: number): number {
  return Math.max(ORGANIZATION_LIMIT, Math.ceil(members / Math.max(subtables, 1)));
}

const bump = (counts: Map<string, number>, key: string, by: number) =>
  counts.set(key, (counts.get(key) ?? 0) + by);

/** Who a sub-table holds so far, counted by what should be mixed. */
export class SubtableMix {
  size = 0;
  knowsPit = 0;
  readonly organizations = new Map<string, number>();
  readonly municipalities = new Map<string, number>();
  readonly groups = new Map<string, number>();
  readonly sexes = new Map<string, number>();
  readonly ageBands = new Map<string, number>();

  add(person: Participant): void {
    this.change(person, 1);
  }

  remove(person: Participant): void {
    this.change(person, -1);
  }

  organizationCount(organization: string | null): number {
    return organization === null ? 0 : (this.organizations.get(organization) ?? 0);
  }

  private change(person: Participant, by: 1 | -1): void {
    this.size += by;
    if (person.knowsPit) this.knowsPit += by;
    if (person.organization !== null) bump(this.organizations, person.organization, by);
    bump(this.municipalities, person.municipality, by);
    for (const group of person.populationGroups) bump(this.groups, group, by);
    bump(this.sexes, person.sex, by);
    bump(this.ageBands, person.ageBand, by);
  }
}

// Weights of the mix: the organisation limit and one PIT person per sub-table are rules, the rest preferences.
const OVER_LIMIT = 10_000;
const FIRST_PIT = -1_000;
const SAME_ORGANIZATION = 20;
const OTHER_PIT = 8;
const SAME_MUNICIPALITY = 4;
const SAME_GROUP = 3;
const SAME_SEX = 1;
const SAME_AGE_BAND = 1;
const FILL = 20;

/**
 * How much worse the sub-table's mix gets if the person joins it: lower is better. `limit` is the
 * organisation limit in this table; `target` the sub-table's planned size.
 */
export function mixCost(mix: SubtableMix, person: Participant, limit: number, target: number): number {
  let cost = (FILL * mix.size) / Math.max(target, 1);
  if (person.organization !== null) {
    const same = mix.organizationCount(person.organization);
    cost += SAME_ORGANIZATION * same + (same + 1 > limit ? OVER_LIMIT : 0);
  }
  if (person.knowsPit) cost += mix.knowsPit === 0 ? FIRST_PIT : OTHER_PIT * mix.knowsPit;
  cost += SAME_MUNICIPALITY * (mix.municipalities.get(person.municipality) ?? 0);
  for (const group of person.populationGroups) cost += SAME_GROUP * (mix.groups.get(group) ?? 0);
  cost += SAME_SEX * (mix.sexes.get(person.sex) ?? 0);
  cost += SAME_AGE_BAND * (mix.ageBands.get(person.ageBand) ?? 0);
  return cost;
}
