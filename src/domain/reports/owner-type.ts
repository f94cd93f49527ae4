// Who took a commitment ("¿quién?") is free text on the sub-table's phone. Reports group commitments by the
// kind of owner the text names: organisations, public institutions, the convenio's partner, the community, or
// an alliance of several of them.

import { foldText } from "../text/normalize";

export const OWNER_TYPES = [
  "organizacion",
  "institucion_publica",
  "cooperante",
  "comunidad",
  "alianza",
  "sin_clasificar",
] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

// Folded words matched as whole words; a trailing "*" matches any word that starts so ("asoc*" finds
// "asocacao" and "asociación", while "red" does not find "redención").
const WORDS: Record<"organizacion" | "institucion_publica" | "cooperante" | "comunidad", readonly string[]> =
  {
    institucion_publica: [
      "alcaldia",
      "gobernacion",
      "ministerio",
      "mintrabajo",
      "secretaria",
      "sena",
      "unidad solidaria",
      "uaeos",
      "icbf",
      "prosperidad social",
      "dps",
      "concejo",
      "gobierno",
      "banco agrario",
      "finagro",
      "agrosavia",
      "agencia de desarrollo rural",
      "adr",
      "umata",
      "personeria",
      "corporacion autonoma",
      "instituto",
      "ica",
    ],
    organizacion: [
      "asoc*",
      "coop*",
      "precoop*",
      "fundacion",
      "corporacion",
      "fondo de empleados",
      "mutual",
      "colectivo",
      "red",
      "federacion",
      "sindicato",
      "organizaci*",
      "junta de accion comunal",
      "jac",
      "empresa comunitaria",
      "grupo",
      "comite",
    ],
    cooperante: ["universidad", "unad", "cooperante", "convenio", "operador"],
    comunidad: [
      "comunidad",
      "lideres",
      "lideresas",
      "productores",
      "productoras",
      "vendedores",
      "familias",
      "mujeres",
      "jovenes",
      "sub-mesa",
      "submesa",
      "participantes",
      "todos",
      "todas",
    ],
  };

const matches = (text: string, word: string) => {
  const prefix = word.endsWith("*");
  const stem = (prefix ? word.slice(0, -1) : word).replace(/-/g, "\\-");
  return new RegExp(`(^|[^a-z0-9])${stem}${prefix ? "" : "($|[^a-z0-9])"}`).test(text);
};

/** The kind of owner a commitment's "who?" names; an alliance when it names more than one kind of party. */
export function ownerType(owner: string): OwnerType {
  const text = foldText(owner);
  if (!text) return "sin_clasificar";
  // "Corporación autónoma regional" is a public body, not an organisation of the solidarity economy.
  const institution = WORDS.institucion_publica.some((w) => matches(text, w));
  const withoutPublicCorporation = text.replace(/corporacion autonoma/g, "");
  const organization = WORDS.organizacion.some((w) => matches(withoutPublicCorporation, w));
  const partner = WORDS.cooperante.some((w) => matches(text, w));
  const parties = [institution, organization, partner].filter(Boolean).length;
  if (parties > 1 || matches(text, "alianza")) return "alianza";
  if (institution) return "institucion_publica";
  if (organization) return "organizacion";
  if (partner) return "cooperante";
  if (WORDS.comunidad.some((w) => matches(text, w))) return "comunidad";
  return "sin_clasificar";
}
