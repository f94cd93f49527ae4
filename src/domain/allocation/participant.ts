import type { PersonData } from "../registration/person";
import { foldText } from "../text/normalize";

// What allocation needs to know about a person and a table: nothing that identifies the person beyond an id.

export interface Participant {
  id: string;
  /** Axis codes, most preferred first; may be empty. */
  preferredAxes: readonly string[];
  /** A stable key for the organisation (see `organizationKey`); null for people without one. */
  organization: string | null;
  municipality: string;
  populationGroups: readonly string[];
  sex: string;
  ageBand: AgeBand;
  knowsPit: boolean;
}

/** A thematic table (mesa): one axis, a capacity. A local table has no national axis. */
export interface TableSpec {
  id: string;
  axis: string | null;
  capacity: number;
}

export const AGE_BANDS = ["under_18", "18_28", "29_44", "45_59", "60_plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The age band on a given day (both ISO dates); 18–28 is youth under Ley 1622 de 2013. */
export function ageBand(birthDate: string, on: string): AgeBand {
  const age =
    Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
  if (age < 18) return "under_18";
  if (age <= 28) return "18_28";
  if (age <= 44) return "29_44";
  if (age <= 59) return "45_59";
  return "60_plus";
}

/**
 * Two members of one organisation may type its name differently; the NIT identifies it when given, the
 * name folded to lower case without accents, punctuation or extra spaces otherwise.
 */
export function organizationKey(name: string | null, nit: string | null): string | null {
  const digits = nit?.replace(/\D/g, "") ?? "";
  if (digits) return `nit:${digits}`;
  const folded = foldText(name ?? "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return folded ? `name:${folded}` : null;
}

/** A registered person as allocation sees them; `on` is the assembly date, for the age band. */
export function participantFromPerson(id: string, person: PersonData, on: string): Participant {
  return {
    id,
    preferredAxes: person.preferredAxes,
    organization: organizationKey(person.organization?.name ?? null, person.organization?.nit ?? null),
    municipality: person.municipalityCode,
    populationGroups: person.populationGroups,
    sex: person.sex,
    ageBand: ageBand(person.birthDate, on),
    knowsPit: person.knowsPit,
  };
}
