// Which municipalities border each other, for the "same or neighbouring municipality" signal. A small table for
// the regions Minga has run assemblies in so far (Arauca, the Nariño Pacific coast); elsewhere only "same" counts.

import { searchableText } from "./value-chains";

const BORDERS: readonly (readonly [string, string])[] = [
  // Arauca
  ["81001", "81065"], // Arauca – Arauquita
  ["81001", "81591"], // Arauca – Puerto Rondón
  ["81001", "81220"], // Arauca – Cravo Norte
  ["81065", "81736"], // Arauquita – Saravena
  ["81065", "81300"], // Arauquita – Fortul
  ["81065", "81794"], // Arauquita – Tame
  ["81065", "81591"], // Arauquita – Puerto Rondón
  ["81736", "81300"], // Saravena – Fortul
  ["81300", "81794"], // Fortul – Tame
  ["81794", "81591"], // Tame – Puerto Rondón
  ["81591", "81220"], // Puerto Rondón – Cravo Norte
  // Nariño, Pacific coast
  ["52835", "52520"], // Tumaco – Francisco Pizarro
  ["52835", "52621"], // Tumaco – Roberto Payán
  ["52835", "52079"], // Tumaco – Barbacoas
  ["52520", "52473"], // Francisco Pizarro – Mosquera
  ["52520", "52621"], // Francisco Pizarro – Roberto Payán
  ["52473", "52490"], // Mosquera – Olaya Herrera
  ["52473", "52621"], // Mosquera – Roberto Payán
  ["52490", "52390"], // Olaya Herrera – La Tola
  ["52490", "52250"], // Olaya Herrera – El Charco
  ["52490", "52621"], // Olaya Herrera – Roberto Payán
  ["52390", "52250"], // La Tola – El Charco
  ["52250", "52696"], // El Charco – Santa Bárbara de Iscuandé
  ["52079", "52621"], // Barbacoas – Roberto Payán
];

const NEIGHBOURS = new Map<string, Set<string>>();
for (const [a, b] of BORDERS) {
  NEIGHBOURS.set(a, (NEIGHBOURS.get(a) ?? new Set()).add(b));
  NEIGHBOURS.set(b, (NEIGHBOURS.get(b) ?? new Set()).add(a));
}

export function areNeighbours(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

// The names people use when they differ from DIVIPOLA's official ones, the usual one first.
const COMMON_NAMES: Readonly<Record<string, readonly string[]>> = {
  "52835": ["Tumaco", "San Andrés de Tumaco"],
  "52696": ["Santa Bárbara de Iscuandé", "Iscuandé", "Santa Bárbara"],
};

export interface Place {
  code: string;
  name: string;
}

/** The name people use: "Tumaco" rather than DIVIPOLA's "San Andrés de Tumaco". */
export function commonName(place: Place): string {
  return COMMON_NAMES[place.code]?.[0] ?? place.name;
}

/** The official name and the names people use for a place. */
export function placeNames(place: Place): string[] {
  return [place.name, ...(COMMON_NAMES[place.code] ?? [])];
}

/** The places whose name (or common name) a text mentions as whole words, in the given order. */
export function placesMentioned(text: string, places: readonly Place[]): Place[] {
  const searchable = searchableText(text);
  return places.filter((place) =>
    placeNames(place).some((name) => searchable.includes(searchableText(name))),
  );
}
