// The sub-table leader suggested to the table leader: preferably someone who knows the PIT and already leads.

import { foldText } from "../text/normalize";

export interface LeaderCandidate {
  id: string;
  knowsPit: boolean;
  /** The role the person declared in their organisation, free text. */
  organizationRole: string | null;
}

const LEADING_ROLES =
  /\b(representante|president[ae]|director[a]?|gerente|coordinador[a]?|lider|lideresa|vocer[oa])\b/;

/** True for roles that lead an organisation ("representante legal", "presidenta", "lideresa"…). */
export function leadsOrganization(role: string | null): boolean {
  return role !== null && LEADING_ROLES.test(foldText(role));
}

/**
 * Someone who knows the PIT and leads an organisation, else someone who knows the PIT, else an
 * organisation's leader; the first in place order among equals. Null when nobody fits: the table leader picks.
 */
export function suggestLeader(members: readonly LeaderCandidate[]): string | null {
  const score = (m: LeaderCandidate) =>
    (m.knowsPit ? 2 : 0) + (leadsOrganization(m.organizationRole) ? 1 : 0);
  let best: LeaderCandidate | null = null;
  for (const member of members)
    if (score(member) > 0 && (best === null || score(member) > score(best))) best = member;
  return best?.id ?? null;
}
