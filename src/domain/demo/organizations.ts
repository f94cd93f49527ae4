// Demo organisations for a region: its named organisations first, then organisations made from its templates.

import type { Economy, OrganizationType, PopulationGroup } from "../registration/catalog";
import { nitCheckDigit } from "../registration/nit";
import type { DeclaredOrganization } from "../registration/person";
import { createRandom, type Random } from "./random";
import type { MunicipalityProfile, OrganizationTemplate, RegionProfile } from "./regions";

/** A generated organisation: what its members declare (all but their role), plus what the generator needs. */
export interface DemoOrganization extends Omit<DeclaredOrganization, "role"> {
  municipalityCode: string;
  economy: Economy;
  memberGroups: readonly PopulationGroup[];
  favouredAxis: string | null;
  large: boolean;
}

// Trades of the popular economy: an association of these people is a popular-economy organisation.
const POPULAR_TRADES: readonly PopulationGroup[] = [
  "vendedores_informales",
  "tenderos",
  "mototaxistas",
  "recicladores",
  "construccion",
  "trabajo_sexual",
];

/** The economy an organisation belongs to, from its legal form and, for associations, what its members do. */
export function economyOf(type: OrganizationType, memberGroups: readonly PopulationGroup[]): Economy {
  switch (type) {
    case "cooperativa":
    case "fondo_empleados":
    case "mutual":
      return "solidaria";
    case "grupo_comunitario":
      return "comunitaria";
    case "organizacion_economia_popular":
    case "sin_organizacion":
      return "popular";
    case "asociacion":
      return memberGroups.some((group) => POPULAR_TRADES.includes(group)) ? "popular" : "solidaria";
  }
}

// Informal groups rarely register with a chamber of commerce, so they rarely have a NIT.
const NIT_SHARE: Record<OrganizationType, number> = {
  cooperativa: 0.95,
  asociacion: 0.9,
  fondo_empleados: 1,
  mutual: 0.95,
  grupo_comunitario: 0.15,
  organizacion_economia_popular: 0.4,
  sin_organizacion: 0,
};

interface Candidate {
  template: OrganizationTemplate;
  municipality: MunicipalityProfile;
  name: string;
}

/**
 * `count` organisations of the region: the named ones first (in profile order), then distinct template
 * instances drawn by template and municipality weight.
 */
export function generateOrganizations(
  region: RegionProfile,
  seed: number,
  count: number,
): DemoOrganization[] {
  const random = createRandom(seed);
  const takenNits = new Set<string>();
  const named = region.namedOrganizations.slice(0, count);
  const organizations = named.map((organization) => ({
    name: organization.name,
    municipalityCode: organization.municipalityCode,
    type: organization.type,
    sector: organization.sector,
    memberGroups: organization.memberGroups,
    productsServices: organization.productsServices,
    favouredAxis: organization.favouredAxis ?? null,
    large: organization.large ?? false,
  }));

  // A named organisation is often its template's name plus an acronym ("… de Arauca — ASOVIA"): skip that twin.
  const namedBases = new Set(named.map((organization) => organization.name.split(" — ")[0]));
  let candidates = templateCandidates(region).filter((candidate) => !namedBases.has(candidate.name));
  const wanted = count - organizations.length;
  if (wanted > candidates.length) {
    throw new RangeError(
      `Region ${region.key} can make at most ${organizations.length + candidates.length} organisations`,
    );
  }
  for (let i = 0; i < wanted; i++) {
    const chosen = random.weightedPick(candidates, candidateWeight);
    candidates = candidates.filter((candidate) => candidate !== chosen);
    organizations.push({
      name: chosen.name,
      municipalityCode: chosen.municipality.code,
      type: chosen.template.type,
      sector: chosen.template.sector,
      memberGroups: chosen.template.memberGroups,
      productsServices: random.pick(chosen.template.productsServices),
      favouredAxis: chosen.template.favouredAxis ?? null,
      large: false,
    });
  }

  return organizations.map((organization) => ({
    ...organization,
    nit: random.chance(NIT_SHARE[organization.type]) ? randomNit(random, takenNits) : null,
    economy: economyOf(organization.type, organization.memberGroups),
  }));
}

function templateCandidates(region: RegionProfile): Candidate[] {
  return region.organizationTemplates.flatMap((template) =>
    region.municipalities
      .filter((municipality) => template.municipalityCodes?.includes(municipality.code) ?? true)
      .flatMap((municipality) =>
        template.namePatterns.map((pattern) => ({
          template,
          municipality,
          name: pattern.replace("{municipio}", municipality.name),
        })),
      ),
  );
}

// Spread a template's weight over its name patterns, so a template with more patterns is not favoured.
function candidateWeight(candidate: Candidate): number {
  return (candidate.template.weight * candidate.municipality.weight) / candidate.template.namePatterns.length;
}

/** A NIT of a legal entity (9-digit base in the 800… or 900… series) with its check digit, unused so far. */
function randomNit(random: Random, taken: Set<string>): string {
  for (;;) {
    const base = String(
      random.chance(0.3) ? random.int(800_000_000, 830_999_999) : random.int(900_000_000, 901_899_999),
    );
    const nit = `${base}${nitCheckDigit(base)}`;
    if (!taken.has(nit)) {
      taken.add(nit);
      return nit;
    }
  }
}
