// One organisation, many ways of writing it: participants type their organisation's name and NIT on the form
// ("Asoc. de Cacaoteros de Tame", "ASOCIACION CACAOTEROS TAME", "Asociación de Cacaoteros de Tame — ASOCATAME").
// Two declarations are the same organisation when their NITs match, or when their names match after
// normalisation and their NITs do not contradict each other.

import { isValidNit } from "../registration/nit";
import { foldText } from "../text/normalize";

// Abbreviations people use in organisation names, folded and without their dot.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  asoc: "asociacion",
  asociac: "asociacion",
  coop: "cooperativa",
  coope: "cooperativa",
  cooperat: "cooperativa",
  corp: "corporacion",
  fund: "fundacion",
  fdo: "fondo",
  emp: "empleados",
  empl: "empleados",
  prod: "productores",
  prods: "productores",
  agrop: "agropecuaria",
  agropec: "agropecuaria",
  multiact: "multiactiva",
  org: "organizacion",
  mpal: "municipal",
  mpio: "municipio",
  dpto: "departamento",
  nal: "nacional",
  asomuj: "mujeres",
  sta: "santa",
  sto: "santo",
  gpo: "grupo",
  grp: "grupo",
  tbjo: "trabajo",
};

// Words that do not tell two organisations apart, and legal suffixes.
// biome-ignore format: a short list reads better packed
const STOP_WORDS = new Set(["de", "del", "la", "las", "el", "los", "y", "e", "en", "para", "por", "a", "al", "con",
  "ltda", "sas", "sa", "esal", "limitada"]);

/** The name a person means, ready to compare: folded, abbreviations expanded, stop words and plurals gone. */
export function organizationNameKey(name: string): string {
  return nameTokens(withoutAcronym(name)).join(" ");
}

function nameTokens(name: string): string[] {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "")
    .map((word) => ABBREVIATIONS[word] ?? word)
    .filter((word) => !STOP_WORDS.has(word))
    .map(singular);
}

// "productores" → "productor", "cacaoteros" → "cacaotero": a plural written or not is the same organisation.
function singular(word: string): string {
  if (word.length > 5 && /[rlndz]es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

// "… de Tame — ASOCATAME", "… de Tame - ASOCATAME", "… de Tame (ASOCATAME)"
const ACRONYM = /\s*(?:[—–-]\s*|\()([\p{Lu}\d&.]{3,})\)?\s*$/u;

/** The acronym written after a dash or in brackets, folded; null when there is none. */
export function acronymOf(name: string): string | null {
  const match = ACRONYM.exec(name.trim());
  return match?.[1] ? singular(foldText(match[1]).replace(/[^a-z0-9]/g, "")) : null;
}

function withoutAcronym(name: string): string {
  return name.trim().replace(ACRONYM, "");
}

/**
 * The NIT without its check digit, digits only: "900.123.456-8" and "900123456" are the same NIT. Null when
 * there are too few digits to identify anyone.
 */
export function nitBase(nit: string | null): string | null {
  const digits = (nit ?? "").replace(/\D/g, "");
  if (digits.length < 6) return null;
  return digits.length === 10 && isValidNit(digits) ? digits.slice(0, -1) : digits;
}

/** What a typed name can be found by among the aliases: its normalised name and its acronym. */
export function lookupKeys(name: string): string[] {
  const key = organizationNameKey(name);
  const acronym = acronymOf(name);
  return [...new Set([key, ...(acronym ? [acronym] : [])])].filter((value) => value !== "");
}

export interface Declared {
  name: string;
  nit: string | null;
  /** The organisation it is linked to now, kept while it still fits so links do not flip between twins. */
  current?: string | null;
}

interface Identity {
  key: string;
  acronym: string | null;
  nit: string | null;
  current: string | null;
}

function identify(declared: Declared): Identity {
  return {
    key: organizationNameKey(declared.name),
    acronym: acronymOf(declared.name),
    nit: nitBase(declared.nit),
    current: declared.current ?? null,
  };
}

/** An organisation as its aliases know it: every key, acronym and NIT it was declared with. */
export interface KnownOrganization {
  id: string;
  keys: string[];
  acronyms: string[];
  nits: string[];
  /** Registrations already linked: the bigger one wins an ambiguous declaration. */
  members: number;
}

function namesMatch(identity: Identity, organization: KnownOrganization): boolean {
  if (identity.key !== "" && organization.keys.includes(identity.key)) return true;
  // A name that is only an acronym ("ASOCATAME") is the organisation known by that acronym.
  if (organization.acronyms.includes(identity.key)) return true;
  return (
    identity.acronym !== null &&
    (organization.acronyms.includes(identity.acronym) || organization.keys.includes(identity.acronym))
  );
}

/** True when two declarations name the same organisation. */
export function sameOrganization(a: Declared, b: Declared): boolean {
  const first = identify(a);
  const second = identify(b);
  if (first.nit !== null && second.nit !== null) return first.nit === second.nit;
  const known: KnownOrganization = {
    id: "",
    keys: [first.key],
    acronyms: first.acronym === null ? [] : [first.acronym],
    nits: [],
    members: 1,
  };
  return namesMatch(second, known);
}

export type AliasKind = "name" | "acronym" | "nit";

export interface Alias {
  organizationId: string;
  kind: AliasKind;
  value: string;
}

export interface Assignment {
  /** For each declaration, in order: a known organisation's id or `new:<n>` for one to create. */
  organizationIds: string[];
  /** Aliases to store so the next declaration written this way finds its organisation. */
  added: Alias[];
}

/**
 * Links each declaration to an organisation: the one with its NIT; else one whose name matches and whose NIT,
 * if known, is the same; else a new one. Declarations with a NIT are linked first, then the others in order;
 * each is known to those linked after it.
 */
export function assignOrganizations(
  declarations: readonly Declared[],
  known: readonly KnownOrganization[],
): Assignment {
  const index = new OrganizationIndex();
  for (const organization of known) {
    index.add({
      ...organization,
      keys: [...organization.keys],
      acronyms: [...organization.acronyms],
      nits: [...organization.nits],
    });
  }
  const added: Alias[] = [];
  const remember = (organization: KnownOrganization, kind: AliasKind, value: string | null) => {
    if (value === null || value === "") return;
    const list =
      kind === "name" ? organization.keys : kind === "acronym" ? organization.acronyms : organization.nits;
    // A name that is only the acronym ("ASOTENDAR") is already known by the acronym.
    if (list.includes(value) || (kind === "name" && organization.acronyms.includes(value))) return;
    list.push(value);
    index.note(organization, kind, value);
    added.push({ organizationId: organization.id, kind, value });
  };

  let created = 0;
  const identities = declarations.map(identify);
  const organizationIds: string[] = new Array(declarations.length);
  // Declarations with a NIT first: what they link is certain, and the ones without a NIT then follow it.
  const order = [...identities.keys()].sort(
    (a, b) => Number(identities[a]!.nit === null) - Number(identities[b]!.nit === null) || a - b,
  );
  for (const position of order) {
    const identity = identities[position]!;
    let chosen = index.find(identity);
    if (!chosen) {
      chosen = { id: `new:${++created}`, keys: [], acronyms: [], nits: [], members: 0 };
      index.add(chosen);
    }
    chosen.members += 1;
    remember(chosen, "name", identity.key);
    remember(chosen, "acronym", identity.acronym);
    remember(chosen, "nit", identity.nit);
    organizationIds[position] = chosen.id;
  }
  return { organizationIds, added };
}

/** Organisations by each of their keys, acronyms and NITs: a declaration is matched without scanning them all. */
class OrganizationIndex {
  private readonly order = new Map<KnownOrganization, number>();
  private readonly byValue = new Map<string, KnownOrganization[]>();

  add(organization: KnownOrganization): void {
    this.order.set(organization, this.order.size);
    for (const key of organization.keys) this.note(organization, "name", key);
    for (const acronym of organization.acronyms) this.note(organization, "acronym", acronym);
    for (const nit of organization.nits) this.note(organization, "nit", nit);
  }

  /** Keys and acronyms share one slot: a name may be written as the other's acronym. */
  note(organization: KnownOrganization, kind: AliasKind, value: string): void {
    const slot = `${kind === "nit" ? "nit" : "name"}:${value}`;
    const list = this.byValue.get(slot) ?? [];
    if (!list.includes(organization)) list.push(organization);
    this.byValue.set(slot, list);
  }

  private withValue(kind: "name" | "nit", value: string | null): KnownOrganization[] {
    return value === null || value === "" ? [] : (this.byValue.get(`${kind}:${value}`) ?? []);
  }

  private inOrder(list: readonly KnownOrganization[]): KnownOrganization[] {
    return [...new Set(list)].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** The organisation with the NIT; else the one whose name matches and whose NIT does not contradict. */
  find(identity: Identity): KnownOrganization | undefined {
    if (identity.nit !== null) {
      const byNit = this.inOrder(this.withValue("nit", identity.nit));
      const found = byNit.find((organization) => organization.id === identity.current) ?? byNit[0];
      if (found) return found;
    }
    const named = this.inOrder([
      ...this.withValue("name", identity.key),
      ...this.withValue("name", identity.acronym),
    ]);
    const compatible = named.filter(
      (organization) =>
        namesMatch(identity, organization) && (identity.nit === null || organization.nits.length === 0),
    );
    const current = compatible.find((organization) => organization.id === identity.current);
    if (current) return current;
    return compatible.reduce<KnownOrganization | undefined>(
      (best, organization) =>
        best === undefined || organization.members > best.members ? organization : best,
      undefined,
    );
  }
}

// Words every organisation name carries: two names that differ only in these may be the same organisation.
// biome-ignore format: a short list reads better packed
const FORM_WORDS = new Set(["asociacion", "cooperativa", "grupo", "comunitario", "colectivo", "red", "fondo",
  "multiactiva", "organizacion", "corporacion", "fundacion", "mutual", "unido"]);

export interface NamedOrganization {
  id: string;
  name: string;
}

export interface PossibleDuplicate {
  a: string;
  b: string;
  /** 0–1: shared distinctive words over all distinctive words (Dice), typos of one letter forgiven. */
  similarity: number;
}

/**
 * Pairs of organisations an operator should look at: every distinctive word of one name is in the other
 * ("Tenderos de Arauca" and "Asociación de Tenderos y Comerciantes de Arauca"), allowing one-letter typos.
 */
export function possibleDuplicates(organizations: readonly NamedOrganization[]): PossibleDuplicate[] {
  const words = organizations.map((organization) => ({
    id: organization.id,
    words: [
      ...new Set(nameTokens(withoutAcronym(organization.name)).filter((word) => !FORM_WORDS.has(word))),
    ],
  }));
  const pairs: PossibleDuplicate[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const first = words[i]!;
      const second = words[j]!;
      const [shorter, longer] = first.words.length <= second.words.length ? [first, second] : [second, first];
      if (shorter.words.length < 2) continue;
      const found = shorter.words.filter((word) =>
        longer.words.some((other) => nearlyEqual(word, other)),
      ).length;
      if (found < shorter.words.length) continue;
      pairs.push({
        a: first.id,
        b: second.id,
        similarity: Math.round(((2 * found) / (first.words.length + second.words.length)) * 1000) / 1000,
      });
    }
  }
  return pairs.sort(
    (x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}

/** Equal, or one letter added, dropped or changed in words of five letters or more. */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
