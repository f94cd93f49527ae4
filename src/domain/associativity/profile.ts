// What Minga reads from an organisation's declaration and from a need's text before scoring: value chains,
// capacities, and the words worth searching for.

import type { EconomicSector, OrganizationType } from "../registration/catalog";
import { type Place, placeNames, placesMentioned } from "./neighbours";
import {
  CAPACITIES,
  type Capacity,
  capacitiesIn,
  chainsIn,
  searchableText,
  type ValueChain,
} from "./value-chains";

export interface OrganizationTraits {
  name: string;
  productsServices: string;
  /** Null for an ally (Momento 2), which has no legal form on the registration form. */
  type: OrganizationType | null;
  sector: EconomicSector | null;
  /** An ally's kind (Momento 2): "academia" is a training institution whatever its offer says. */
  allyKind?: string | null;
}

export interface OrganizationProfile {
  chains: ValueChain[];
  capacities: Capacity[];
}

export function profileOrganization(traits: OrganizationTraits): OrganizationProfile {
  const text = `${traits.name}. ${traits.productsServices}`;
  const chains = chainsIn(text);
  const capacities = new Set(capacitiesIn(traits.productsServices));
  // A savings-and-credit cooperative or an employee fund lends to its members whatever it writes.
  if (traits.sector === "financiero_solidario" || traits.type === "fondo_empleados")
    capacities.add("finance");
  if (traits.allyKind === "academia") capacities.add("train");
  if (traits.type === "mutual" && !chains.includes("mutualismo")) chains.push("mutualismo");
  return { chains, capacities: CAPACITIES.filter((capacity) => capacities.has(capacity)) };
}

/** Capacity a need on each national axis looks for, whatever its words. */
const AXIS_WANTS: Readonly<Record<string, Capacity>> = {
  credito: "finance",
  formacion: "train",
  asistencia_tecnica: "assist",
};

export interface NeedProfile {
  chains: ValueChain[];
  wants: Capacity[];
  axisCode: string | null;
  /** The places the need names ("…en El Charco"): organisations from there or next door fit better. */
  places: Place[];
  /** Folded words worth a full-text search (no stop words, place names, nor words every organisation writes). */
  terms: string[];
}

/** `places` are the municipalities the need may name (the assembly's department). */
export function profileNeed(
  text: string,
  axisCode: string | null,
  places: readonly Place[] = [],
): NeedProfile {
  const chains = chainsIn(text);
  const named = placesMentioned(text, places);
  const placeWords = new Set(named.flatMap((place) => placeNames(place).flatMap(searchTerms)));
  const wants = new Set(capacitiesIn(text));
  const axisWant = axisCode === null ? undefined : AXIS_WANTS[axisCode];
  if (axisWant) wants.add(axisWant);
  if (chains.includes("credito")) wants.add("finance");
  if (chains.includes("formacion")) wants.add("train");
  return {
    chains,
    wants: CAPACITIES.filter((capacity) => wants.has(capacity)),
    axisCode,
    places: named,
    terms: searchTerms(text).filter((term) => !placeWords.has(term)),
  };
}

// biome-ignore format: a long list of words reads better packed
const STOP_WORDS = new Set([
  "a", "al", "ante", "con", "como", "de", "del", "desde", "e", "el", "en", "entre", "es", "esa", "ese", "esta", "este",
  "estas", "estos", "hay", "la", "las", "le", "les", "lo", "los", "mas", "muy", "ni", "no", "nos", "nuestra", "nuestras",
  "nuestro", "nuestros", "o", "para", "pero", "por", "que", "se", "sin", "sobre", "su", "sus", "tenemos", "tener", "un",
  "una", "unas", "uno", "unos", "y", "ya", "hacer", "hacen", "hace", "puedan", "poder", "cada", "todo", "todos", "otra",
  "otras", "otro", "otros",
]);

// Words a sub-table writes on most needs, or every organisation declares: they say nothing about who fits.
// biome-ignore format: a long list of words reads better packed
const GENERIC_WORDS = new Set([
  "necesidad", "necesitamos", "necesita", "falta", "faltan", "apoyo", "apoyar", "fortalecer", "fortalecimiento",
  "mejorar", "organizacion", "organizaciones", "asociacion", "asociaciones", "asociados", "asociadas", "grupo", "grupos",
  "juntos", "juntas", "productos", "producto", "personas", "comunidad", "municipio", "region", "venta", "ventas",
  "directamente", "propia", "propio", "nuevo", "nueva", "nuevos", "nuevas", "gente", "familias",
]);

// "vender", "venderlo", "vendemos": selling is what nearly every organisation declares.
const GENERIC_PREFIXES = ["vend"];

/** The words of a text worth searching for, folded, in order, without repeats. */
export function searchTerms(text: string): string[] {
  const words = searchableText(text).trim().split(" ");
  const terms = words.filter(
    (word) =>
      word.length >= 3 &&
      !STOP_WORDS.has(word) &&
      !GENERIC_WORDS.has(word) &&
      !GENERIC_PREFIXES.some((prefix) => word.startsWith(prefix)),
  );
  return [...new Set(terms)];
}
