// Suggestions for one need: PostgreSQL finds the organisations whose offer matches the need's words
// (full text, Spanish stemming, without accents; trigrams for misspellings) or that share its value chains
// and capacities; the domain scores them with the structured signals and says why.

import { sql } from "drizzle-orm";
import { lookupKeys } from "../../../domain/associativity/dedupe";
import { commonName, type Place } from "../../../domain/associativity/neighbours";
import { profileNeed } from "../../../domain/associativity/profile";
import {
  type Candidate,
  type Evidence,
  matchedTerms,
  type Reason,
  rankCandidates,
  textRelevance,
} from "../../../domain/associativity/score";
import type { Capacity, ValueChain } from "../../../domain/associativity/value-chains";
import type { EconomicSector, OrganizationType } from "../../../domain/registration/catalog";
import { type Lang, translate } from "../../../shared/i18n";
import type {
  OrganizationSummaryDto,
  SuggestionDto,
  SuggestionReasonDto,
} from "../../../shared/schemas/associativity";
import { selectRows, type Tx } from "../../db/client";
import { notFound } from "../../errors";
import { divipola } from "../../places";
import { ensureRegistry } from "./registry";

/** What every suggestion of one assembly needs, loaded once (a matrix asks for dozens of needs). */
export interface SuggestionContext {
  assemblyId: string;
  lang: Lang;
  /** The municipalities of the assembly's department: the places a need may name. */
  places: Place[];
  /** The registry organisation a typed name refers to (with its municipality), or null. */
  resolve(name: string): { id: string; municipalityCode: string | null } | null;
  /** The organisations each sub-table named in each of its solutions, resolved to the registry. */
  solutions: { subtableId: string; organizationIds: string[] }[];
}

export interface NeedInput {
  text: string;
  axisCode: string | null;
  /** Names already in the solution: not suggested again, and used for "named together" and the place. */
  cooperating: readonly string[];
  /** The sub-table asking: its own solutions do not count as "other sub-tables". */
  subtableId: string | null;
}

/** `names`: the organisation names the suggestions will be asked about (a solution's cooperating ones). */
export async function loadSuggestionContext(
  db: Tx,
  assemblyId: string,
  lang: Lang,
  names: readonly string[] = [],
): Promise<SuggestionContext> {
  const [assembly] = await selectRows<{ department_code: string }>(
    db,
    sql`SELECT department_code FROM assemblies WHERE id = ${assemblyId}`,
  );
  if (!assembly) throw notFound();
  await ensureRegistry(db, assemblyId);
  const places = divipola()
    .municipalities.filter((m) => m.departmentCode === assembly.department_code)
    .map((m) => ({ code: m.code, name: commonName(m) }));

  const solutionRows = await selectRows<{ subtable_id: string; organizations: string[] }>(
    db,
    sql`SELECT subtable_id, organizations FROM puzzle_solutions WHERE assembly_id = ${assemblyId}`,
  );
  const resolve = await nameResolver(db, assemblyId, [
    ...names,
    ...solutionRows.flatMap((row) => row.organizations),
  ]);
  return {
    assemblyId,
    lang,
    places,
    resolve,
    solutions: solutionRows.map((row) => ({
      subtableId: row.subtable_id,
      organizationIds: [...new Set(row.organizations.flatMap((name) => resolve(name)?.id ?? []))],
    })),
  };
}

/**
 * Finds the organisations that typed names refer to through the registry's aliases (normalised name or
 * acronym), in one query; when two organisations answer to a name, the one with more members.
 */
async function nameResolver(db: Tx, assemblyId: string, names: readonly string[]) {
  const keysOf = (name: string) => lookupKeys(name);
  const keys = [...new Set(names.flatMap(keysOf))];
  const rows =
    keys.length === 0
      ? []
      : await selectRows<{
          value: string;
          id: string;
          municipality_code: string | null;
          member_count: number;
        }>(
          db,
          sql`SELECT a.value, o.id, o.municipality_code, o.member_count
            FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id
            WHERE a.assembly_id = ${assemblyId} AND a.kind IN ('name', 'acronym')
              AND a.value IN (SELECT jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))
            ORDER BY o.member_count DESC, o.created_at, o.id`,
        );
  return (name: string) => {
    const wanted = keysOf(name);
    const row = rows.find((r) => wanted.includes(r.value));
    return row ? { id: row.id, municipalityCode: row.municipality_code } : null;
  };
}

interface CandidateRow {
  id: string;
  name: string;
  source: "registration" | "ally";
  type: string | null;
  sector: string | null;
  products_services: string;
  municipality_code: string | null;
  preferred_axes: string[];
  chains: string[];
  capacities: string[];
  member_count: number;
  coverage: number;
  similarity: number;
}

/**
 * The organisations linked to the need by its words (full text, through the GIN index), its chains, the
 * capacities it asks for, or other sub-tables' solutions; with `coverage`, the share of the need's words found
 * in the organisation's text (each word weighted by how rare it is among the assembly's organisations, so
 * "barrio" counts less than "cachama"). A word the full text finds nowhere may be misspelled ("cacau"): pg_trgm's
 * word similarity finds the nearest words of the assembly's vocabulary (`organization_words`), and the
 * organisations that use them give `similarity`.
 */
async function candidateRows(
  db: Tx,
  assemblyId: string,
  terms: readonly string[],
  linked: { chains: readonly string[]; capacities: readonly string[]; ids: readonly string[] },
  fit: { axisCode: string | null; placeCodes: readonly string[] },
): Promise<CandidateRow[]> {
  const list = (values: readonly string[]) =>
    sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
  return selectRows<CandidateRow>(
    db,
    sql`WITH params AS MATERIALIZED (
        SELECT ${list(linked.chains)} AS chains, ${list(linked.capacities)} AS capacities,
          ${list(linked.ids)}::uuid[] AS ids, ${list(fit.placeCodes)} AS places,
          (SELECT count(*) FROM organizations WHERE assembly_id = ${assemblyId}) AS organizations
      ), terms AS (
        SELECT t.term, to_tsquery('spanish', t.term) AS query
        FROM jsonb_array_elements_text(${JSON.stringify(terms)}::jsonb) AS t(term)
      ), matches AS MATERIALIZED (
        SELECT terms.term, o.id
        FROM terms JOIN organizations o ON o.assembly_id = ${assemblyId} AND o.search_vector @@ terms.query
      ), counted AS MATERIALIZED (
        SELECT terms.term, coalesce(n.df, 0) AS df
        FROM terms LEFT JOIN (SELECT term, count(*) AS df FROM matches GROUP BY term) n ON n.term = terms.term
      ), useful AS MATERIALIZED (
        SELECT term, ln((SELECT organizations FROM params) + 1.0::float8) - ln(df + 0.5::float8) AS idf
        FROM counted WHERE df > 0
      ), total AS (
        SELECT nullif(sum(idf), 0) AS idf FROM useful
      ), covered AS MATERIALIZED (
        SELECT m.id, sum(u.idf) AS idf FROM matches m JOIN useful u ON u.term = m.term GROUP BY m.id
      ), near_words AS MATERIALIZED (
        SELECT w.word, word_similarity(c.term, w.word) AS similarity
        FROM counted c JOIN organization_words w ON w.assembly_id = ${assemblyId} AND c.term <% w.word
        WHERE c.df = 0 AND length(c.term) >= 4
      ), fuzzy AS MATERIALIZED (
        SELECT o.id, max(n.similarity) AS similarity
        FROM near_words n JOIN organizations o
          ON o.assembly_id = ${assemblyId} AND o.search_text LIKE '%' || n.word || '%'
        GROUP BY o.id
      ), candidates AS (
        SELECT id FROM covered UNION SELECT id FROM fuzzy
        UNION SELECT o.id FROM organizations o, params p
        WHERE o.assembly_id = ${assemblyId}
          AND (o.chains && p.chains OR o.capacities && p.capacities OR o.id = ANY(p.ids))
      ), ranked AS MATERIALIZED (
        SELECT o.id, x.coverage, x.similarity,
          4 * x.coverage + 4 * x.similarity
          + 3 * (o.chains && p.chains)::int + 3.5::float8 * (o.capacities && p.capacities)::int
          + 2 * (o.id = ANY(p.ids))::int + 1.5::float8 * (o.municipality_code = ANY(p.places))::int
          + 0.5::float8 * (${fit.axisCode ?? ""} = ANY(o.preferred_axes))::int AS rough
        FROM candidates c JOIN organizations o ON o.id = c.id CROSS JOIN params p CROSS JOIN total t
          LEFT JOIN covered cv ON cv.id = o.id LEFT JOIN fuzzy f ON f.id = o.id
          CROSS JOIN LATERAL (
            SELECT coalesce(cv.idf / t.idf, 0) AS coverage, coalesce(f.similarity, 0)::float8 AS similarity
          ) x
        -- A rough score with the domain's weights for what SQL sees cheaply (words, chain, capacity, named
        -- together, place, axis): a common chain can link a thousand organisations, and only the best
        -- hundred are worth scoring in full (the evaluation set's precision and recall are the same with
        -- 200). In float8: numeric arithmetic over a thousand rows is slow.
        ORDER BY rough DESC, o.id
        LIMIT ${CANDIDATE_CAP}
      )
      SELECT o.id, o.name, o.source, o.type, o.sector, o.products_services, o.municipality_code, o.preferred_axes,
        o.chains, o.capacities, o.member_count, r.coverage, r.similarity
      FROM ranked r JOIN organizations o ON o.id = r.id
      ORDER BY r.rough DESC, r.id`,
  );
}

/** How many candidates are scored in full (see the rough order in `candidateRows`). */
const CANDIDATE_CAP = 100;

// Capacities that link a need to an organisation whatever its chain; the others count only along a chain.
const CROSS_CHAIN: readonly Capacity[] = ["finance", "train", "assist"];

/** The best organisations for one need, with their reasons in the context's language. */
export async function suggest(
  db: Tx,
  context: SuggestionContext,
  need: NeedInput,
  limit: number,
): Promise<SuggestionDto[]> {
  const profile = profileNeed(need.text, need.axisCode, context.places);
  const cooperating = need.cooperating.flatMap((name) => {
    const found = context.resolve(name);
    return found ? [{ ...found, name }] : [];
  });
  const cooperatingIds = new Set(cooperating.map((c) => c.id));
  const cooperatingNames = new Map(cooperating.map((c) => [c.id, c.name]));
  // With no place in its words, the need is where the organisations already in its solution are.
  if (profile.places.length === 0) {
    const codes = new Set(cooperating.flatMap((c) => c.municipalityCode ?? []));
    profile.places = context.places.filter((place) => codes.has(place.code));
  }
  const namedTogether = namedTogetherMap(context, need.subtableId, cooperatingIds);

  const rows = await candidateRows(
    db,
    context.assemblyId,
    profile.terms,
    {
      chains: profile.chains,
      capacities: profile.wants.filter((c) => CROSS_CHAIN.includes(c)),
      ids: [...namedTogether.keys()],
    },
    { axisCode: need.axisCode, placeCodes: profile.places.map((place) => place.code) },
  );

  const candidates = rows
    .filter((row) => !cooperatingIds.has(row.id))
    .map((row) => ({
      candidate: toCandidate(row),
      evidence: {
        textRelevance: textRelevance(Number(row.coverage), Number(row.similarity)),
        matchedTerms: matchedTerms(profile.terms, `${row.name} ${row.products_services}`),
        namedWith: (namedTogether.get(row.id) ?? []).map((id) => cooperatingNames.get(id) ?? id),
      } satisfies Evidence,
    }));
  return rankCandidates(profile, candidates, limit).map((ranked) => ({
    organization: ranked.candidate.summary,
    score: ranked.score,
    reasons: ranked.reasons.map((reason) => describeReason(context.lang, reason)),
  }));
}

/** For each organisation, the ones of this solution that other sub-tables named in a solution with it. */
function namedTogetherMap(
  context: SuggestionContext,
  subtableId: string | null,
  cooperatingIds: ReadonlySet<string>,
): Map<string, string[]> {
  const together = new Map<string, Set<string>>();
  for (const solution of context.solutions) {
    if (solution.subtableId === subtableId) continue;
    const present = solution.organizationIds.filter((id) => cooperatingIds.has(id));
    if (present.length === 0) continue;
    for (const id of solution.organizationIds) {
      if (cooperatingIds.has(id)) continue;
      const set = together.get(id) ?? new Set();
      for (const other of present) set.add(other);
      together.set(id, set);
    }
  }
  return new Map([...together].map(([id, set]) => [id, [...set].sort()]));
}

type SummarizedCandidate = Candidate & { summary: OrganizationSummaryDto };

function toCandidate(row: CandidateRow): SummarizedCandidate {
  const summary = toSummary(row);
  return {
    name: row.name,
    profile: { chains: row.chains as ValueChain[], capacities: row.capacities as Capacity[] },
    type: row.type as OrganizationType | null,
    sector: row.sector as EconomicSector | null,
    place: row.municipality_code
      ? { code: row.municipality_code, name: summary.municipalityName ?? row.municipality_code }
      : null,
    preferredAxes: row.preferred_axes,
    summary,
  };
}

export function toSummary(row: {
  id: string;
  name: string;
  source: string;
  type: string | null;
  sector: string | null;
  products_services: string;
  municipality_code: string | null;
  member_count: number;
}): OrganizationSummaryDto {
  return {
    id: row.id,
    name: row.name,
    source: row.source === "ally" ? "ally" : "registration",
    type: row.type,
    sector: row.sector,
    productsServices: row.products_services,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_code ? municipalityName(row.municipality_code) : null,
    memberCount: row.member_count,
  };
}

function municipalityName(code: string): string | null {
  const municipality = divipola().municipality(code);
  return municipality ? commonName(municipality) : null;
}

/** A reason in words: chain, sector and capacity codes are shown through their own labels. */
export function describeReason(lang: Lang, reason: Reason): SuggestionReasonDto {
  const params: Record<string, string | number> = { ...reason.params };
  if (typeof params.chain === "string") params.chain = translate(lang, `associativity.chain.${params.chain}`);
  if (typeof params.sector === "string") params.sector = translate(lang, `catalog.sector.${params.sector}`);
  if (typeof params.capacity === "string")
    params.capacity = translate(lang, `associativity.capacity.${params.capacity}`);
  return { key: reason.key, params: reason.params, text: translate(lang, reason.key, params) };
}
