// How well an organisation could take part in a solution to a need: text relevance measured by PostgreSQL,
// combined with structured signals. Every point comes with a reason a person can read (an i18n key + params),
// so a suggestion is never a black box. Deterministic: the same inputs give the same ranking.

import type { EconomicSector, OrganizationType } from "../registration/catalog";
import { areNeighbours, type Place } from "./neighbours";
import type { NeedProfile, OrganizationProfile } from "./profile";
import { type Capacity, chainKind, chainSector, searchableText, type ValueChain } from "./value-chains";

export type ReasonKey =
  | "associativity.reason.text"
  | "associativity.reason.text_similar"
  | "associativity.reason.same_chain"
  | "associativity.reason.same_sector"
  | "associativity.reason.complementary"
  | "associativity.reason.finance_for_credit"
  | "associativity.reason.finance_for_members"
  | "associativity.reason.training_for_training"
  | "associativity.reason.mutual_aid"
  | "associativity.reason.assistance_for_industrialisation"
  | "associativity.reason.same_municipality"
  | "associativity.reason.neighbour_municipality"
  | "associativity.reason.axis"
  | "associativity.reason.named_together";

/** `chain`, `sector` and `capacity` params are codes, shown through their own i18n keys. */
export interface Reason {
  key: ReasonKey;
  params: Record<string, string | number>;
}

export interface Candidate {
  name: string;
  profile: OrganizationProfile;
  /** Null for an ally. */
  type: OrganizationType | null;
  sector: EconomicSector | null;
  place: Place | null;
  /** The axes its members put first when they registered. */
  preferredAxes: readonly string[];
}

export interface Evidence {
  /** Text relevance from PostgreSQL (full-text rank and trigram similarity), 0–1: see `textRelevance`. */
  textRelevance: number;
  /** The need's words found in the organisation's text. */
  matchedTerms: readonly string[];
  /** Organisations already in this solution that other sub-tables named together with this one. */
  namedWith: readonly string[];
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

export const WEIGHTS = {
  text: 4,
  chain: 3,
  extraChain: 1,
  sector: 0.5,
  finance: 3.5,
  train: 3.5,
  mutualAid: 3,
  assist: 2,
  complementary: 1,
  sameMunicipality: 1.5,
  neighbourMunicipality: 0.75,
  axis: 0.5,
  namedTogether: 1,
  namedTogetherMax: 2,
} as const;

/** Below this, a text match alone is noise (one common word). */
const TEXT_FLOOR = 0.05;
const CHAIN_CAPACITIES: readonly Capacity[] = ["produce", "transform", "sell", "transport"];

/**
 * Folds PostgreSQL's measures into one 0–1 relevance: `coverage` is the share of the need's words its full-text
 * search found in the organisation's text (Spanish stems, rarer words weighing more), `similarity` is pg_trgm's
 * `word_similarity`, which catches misspellings the stemmer does not.
 */
export function textRelevance(coverage: number, similarity: number): number {
  const fromTrigrams = similarity >= 0.6 ? 0.8 * similarity : 0;
  return round(Math.min(1, Math.max(coverage, fromTrigrams)));
}

/** The need's terms that appear in the organisation's text, matching on a word's first five letters. */
export function matchedTerms(terms: readonly string[], organizationText: string): string[] {
  const words = searchableText(organizationText).trim().split(" ");
  const stems = new Set(words.map(stem));
  return terms.filter((term) => stems.has(stem(term)));
}

function stem(word: string): string {
  return word.slice(0, 5);
}

/** The score (0 when nothing links the organisation to the need) and the reasons behind it, strongest first. */
export function scoreCandidate(need: NeedProfile, candidate: Candidate, evidence: Evidence): Scored {
  const parts: { points: number; reason: Reason }[] = [];
  const add = (points: number, key: ReasonKey, params: Reason["params"] = {}) =>
    parts.push({ points, reason: { key, params } });

  const text = evidence.textRelevance >= TEXT_FLOOR ? evidence.textRelevance : 0;
  if (text > 0 && evidence.matchedTerms.length > 0) {
    add(WEIGHTS.text * text, "associativity.reason.text", { words: evidence.matchedTerms.join(", ") });
  } else if (text > 0) {
    add(WEIGHTS.text * text, "associativity.reason.text_similar");
  }

  const needProducts = need.chains.filter((chain) => chainKind(chain) === "product");
  const shared = needProducts.filter((chain) => candidate.profile.chains.includes(chain));
  const [firstShared] = shared;
  if (firstShared !== undefined) {
    add(WEIGHTS.chain + WEIGHTS.extraChain * (shared.length - 1), "associativity.reason.same_chain", {
      chain: firstShared,
    });
  }

  const offers = (capacity: Capacity) =>
    need.wants.includes(capacity) && candidate.profile.capacities.includes(capacity);
  // Lending or training is what a savings cooperative or a training cooperative is for; a music collective that
  // also teaches, or a mototaxi association with a common fund, counts for half unless it is in the need's chain.
  const otherTrade =
    shared.length === 0 && candidate.profile.chains.some((chain) => chainKind(chain) === "product");
  const service = (weight: number) => (otherTrade ? weight / 2 : weight);
  if (offers("finance") && candidate.type === "fondo_empleados") {
    // An employee fund lends only to the employees who are its associates.
    add(service(WEIGHTS.finance) / 2, "associativity.reason.finance_for_members");
  } else if (offers("finance")) {
    add(service(WEIGHTS.finance), "associativity.reason.finance_for_credit");
  }
  if (offers("train")) add(service(WEIGHTS.train), "associativity.reason.training_for_training");
  if (need.chains.includes("mutualismo") && candidate.profile.chains.includes("mutualismo")) {
    add(service(WEIGHTS.mutualAid), "associativity.reason.mutual_aid");
  }
  // Technical help counts within the need's chain: machinery for rice says nothing about a dairy need.
  if (offers("assist") && (shared.length > 0 || needProducts.length === 0)) {
    add(WEIGHTS.assist, "associativity.reason.assistance_for_industrialisation");
  }
  const along = CHAIN_CAPACITIES.find(offers);
  if (along !== undefined && shared.length > 0) {
    add(WEIGHTS.complementary, "associativity.reason.complementary", { capacity: along });
  }

  if (evidence.namedWith.length > 0) {
    add(
      Math.min(WEIGHTS.namedTogetherMax, WEIGHTS.namedTogether * evidence.namedWith.length),
      "associativity.reason.named_together",
      { names: evidence.namedWith.join(", ") },
    );
  }
  // Sector, place and axis only add to an organisation something else already links to the need.
  if (parts.length === 0) return { score: 0, reasons: [] };
  if (firstShared === undefined) {
    const sector = sharedSector(needProducts, candidate.sector);
    if (sector !== null) add(WEIGHTS.sector, "associativity.reason.same_sector", { sector });
  }
  addPlace(need.places, candidate.place, add);
  if (need.axisCode !== null && candidate.preferredAxes.includes(need.axisCode)) {
    add(WEIGHTS.axis, "associativity.reason.axis", { axis: need.axisCode });
  }
  const ordered = parts
    .map((part, index) => ({ ...part, index }))
    .sort((a, b) => b.points - a.points || a.index - b.index);
  return {
    score: round(ordered.reduce((sum, part) => sum + part.points, 0)),
    reasons: ordered.map((part) => part.reason),
  };
}

function addPlace(
  places: readonly Place[],
  place: Place | null,
  add: (points: number, key: ReasonKey, params?: Reason["params"]) => void,
): void {
  if (place === null || places.length === 0) return;
  if (places.some((named) => named.code === place.code)) {
    add(WEIGHTS.sameMunicipality, "associativity.reason.same_municipality", { place: place.name });
    return;
  }
  const next = places.find((named) => areNeighbours(named.code, place.code));
  if (next) {
    add(WEIGHTS.neighbourMunicipality, "associativity.reason.neighbour_municipality", {
      place: place.name,
      of: next.name,
    });
  }
}

function sharedSector(chains: readonly ValueChain[], sector: EconomicSector | null): EconomicSector | null {
  if (sector === null || sector === "otro") return null;
  return chains.some((chain) => chainSector(chain) === sector) ? sector : null;
}

export interface Ranked<T> {
  candidate: T;
  score: number;
  reasons: Reason[];
}

/** Below this a suggestion rests on one common word: not worth a person's attention. */
export const MIN_SCORE = 1;

/** Candidates scoring MIN_SCORE or more, best first; ties go to the name in Spanish alphabetical order. */
export function rankCandidates<T extends Candidate>(
  need: NeedProfile,
  candidates: readonly { candidate: T; evidence: Evidence }[],
  limit: number,
): Ranked<T>[] {
  return candidates
    .map(({ candidate, evidence }) => ({ candidate, ...scoreCandidate(need, candidate, evidence) }))
    .filter((ranked) => ranked.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.candidate.name.localeCompare(b.candidate.name, "es"))
    .slice(0, limit);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
