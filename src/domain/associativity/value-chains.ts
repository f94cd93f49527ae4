// Spanish keyword lexicon of the value chains and capacities Minga recognises in what organisations declare
// ("productos o servicios") and in what sub-tables write as needs. Keywords are folded (lower case, no
// accents) word beginnings: "cacao" matches "cacaoteros"; a trailing space asks for the whole word ("moto ").

import type { EconomicSector } from "../registration/catalog";
import { foldText } from "../text/normalize";

export const VALUE_CHAINS = [
  // Products: organisations in one of these can associate along the chain.
  { code: "cacao", kind: "product", sector: "agropecuario", keywords: ["cacao", "chocolat", "nibs "] },
  { code: "platano", kind: "product", sector: "agropecuario", keywords: ["platan", "harton", "banano"] },
  {
    code: "lacteos",
    kind: "product",
    sector: "agropecuario",
    keywords: [
      "leche",
      "lacteo",
      "queso",
      "cuajada",
      "yogur",
      "kumis",
      "ganad",
      "bovino",
      "pastura",
      "doble proposito",
    ],
  },
  {
    code: "arroz",
    kind: "product",
    sector: "agropecuario",
    keywords: ["arroz", "arrocer", "paddy", "molino"],
  },
  {
    code: "pesca",
    kind: "product",
    sector: "agropecuario",
    keywords: [
      "pesca",
      "pescad",
      "piscicult",
      "cachama",
      "bocachico",
      "pargo",
      "corvina",
      "espinel",
      "trasmallo",
      "faena",
      "atun ",
    ],
  },
  {
    code: "piangua",
    kind: "product",
    sector: "agropecuario",
    keywords: ["piangu", "concha", "conchera", "cangrej", "almeja", "marisco"],
  },
  {
    code: "coco",
    kind: "product",
    sector: "agropecuario",
    keywords: ["coco ", "cocos ", "cocoter", "cocada"],
  },
  {
    code: "frutas",
    kind: "product",
    sector: "agropecuario",
    keywords: ["fruta", "frutal", "pulpa", "mermelad", "jugo"],
  },
  {
    code: "agricultura_familiar",
    kind: "product",
    sector: "agropecuario",
    keywords: [
      "huerta",
      "hortaliz",
      "pancoger",
      "gallina",
      "huevo",
      "cerdo",
      "yuca",
      "maiz",
      "especies menores",
    ],
  },
  {
    code: "turismo",
    kind: "product",
    sector: "turismo",
    keywords: [
      "turis",
      "hospedaje",
      "alojamiento",
      "cabana",
      "posada",
      "avistamiento",
      "recorrido",
      "guianza",
      "guia ",
      "guias ",
      "gastronomi",
      "ecoturis",
    ],
  },
  {
    code: "reciclaje",
    kind: "product",
    sector: "reciclaje",
    keywords: [
      "recicl",
      "residuo",
      "carton",
      "plastico",
      "chatarra",
      "compost",
      "aprovechamiento",
      "basura",
      "separacion en la fuente",
    ],
  },
  {
    code: "comercio",
    kind: "product",
    sector: "comercio",
    keywords: [
      "tienda",
      "tender",
      "abarrote",
      "viveres",
      "comercio",
      "comerciante",
      "mayorista",
      "distribuidor",
      "vendedor",
      "ambulante",
      "espacio publico",
      "plaza de mercado",
    ],
  },
  {
    code: "transporte",
    kind: "product",
    sector: "servicios",
    keywords: [
      "transport",
      "mototax",
      "motociclet",
      "motoconduct",
      "moto ",
      "motos ",
      "domicilio",
      "mensajeria",
      "pasajero",
      "acarreo",
      "flete",
    ],
  },
  {
    code: "construccion",
    kind: "product",
    sector: "construccion",
    keywords: [
      "construc",
      "vivienda",
      "mamposteria",
      "enchape",
      "albanil",
      "maestros de obra",
      "placa huella",
      "mano de obra",
    ],
  },
  {
    code: "confeccion",
    kind: "product",
    sector: "manufactura",
    keywords: ["confecc", "costura", "uniforme", "ropa ", "textil", "calzado", "modister"],
  },
  {
    code: "alimentos",
    kind: "product",
    sector: "manufactura",
    keywords: [
      "panader",
      "reposter",
      "almuerzo",
      "comida",
      "empanada",
      "cocina",
      "dulce",
      "arepa",
      "restaurante",
      "pescado frito",
    ],
  },
  {
    code: "artesanias",
    kind: "product",
    sector: "manufactura",
    keywords: ["artesania", "tejido", "bisuteria", "manualidad", "productos de aseo"],
  },
  {
    code: "cultura",
    kind: "product",
    sector: "servicios",
    keywords: ["music", "marimba", "canto", "danza", "teatro", "llanera", "presentaciones en eventos"],
  },
  {
    code: "digital",
    kind: "product",
    sector: "servicios",
    keywords: [
      "redes sociales",
      "audiovisual",
      "fotograf",
      "video",
      "diseno grafico",
      "informatic",
      "computador",
      "celular",
      "internet",
      "digital",
      "marca propia",
      "marketing",
    ],
  },
  { code: "mineria", kind: "product", sector: "otro", keywords: ["miner", "oro ", "barequ"] },
  // Services that cut across chains: a credit or training need looks for who offers them.
  {
    code: "credito",
    kind: "service",
    sector: "financiero_solidario",
    keywords: [
      "credit",
      "microcredit",
      "ahorr",
      "prestam",
      "financ",
      "fondo rotatorio",
      "capital de trabajo",
      "capital semilla",
    ],
  },
  {
    code: "formacion",
    kind: "service",
    sector: "servicios",
    keywords: [
      "capacit",
      "formacion",
      "formar ",
      "curso",
      "taller",
      "escuela",
      "educacion",
      "ensenanza",
      "pasantia",
      "diplomado",
    ],
  },
  {
    code: "mutualismo",
    kind: "service",
    sector: "servicios",
    keywords: ["auxilio", "funerari", "calamidad", "ayuda mutua", "fondo de solidaridad", "seguro", "soat "],
  },
] as const satisfies readonly {
  code: string;
  kind: "product" | "service";
  sector: EconomicSector;
  keywords: readonly string[];
}[];

export type ValueChain = (typeof VALUE_CHAINS)[number]["code"];

/** What an organisation does along a chain, or for others: one produces, another transforms, sells or lends. */
export const CAPACITIES = [
  "produce",
  "transform",
  "sell",
  "transport",
  "finance",
  "train",
  "assist",
] as const;
export type Capacity = (typeof CAPACITIES)[number];

const CAPACITY_KEYWORDS: Record<Capacity, readonly string[]> = {
  produce: [
    "produccion",
    "productor",
    "producir",
    "cultiv",
    "siembr",
    "sembr",
    "cria ",
    "cosech",
    "pesca ",
    "extraccion",
    "recoleccion",
    "vivero",
    "huerta",
    "ganaderia",
    "piscicult",
  ],
  transform: [
    "transform",
    "elabora",
    "procesa",
    "industrializ",
    "chocolat",
    "queso",
    "harina",
    "aceite",
    "cocada",
    "pulpa",
    "mermelad",
    "ahumad",
    "encurtid",
    "secado",
    "secadora",
    "fermenta",
    "beneficio",
    "poscosecha",
    "panader",
    "confecc",
    "valor agregado",
    "empaque",
    "planta ",
    "trilla",
  ],
  sell: [
    "venta",
    "vender",
    "comercializ",
    "acopio",
    "compras conjuntas",
    "compra conjunta",
    "mercado",
    "tienda",
    "distribu",
    "export",
    "envio",
    "feria",
    "catalogo",
    "centrales de abastos",
    "central de abastos",
    "intermediari",
  ],
  transport: ["transport", "mototax", "domicilio", "mensajeria", "pasajero", "acarreo", "flete"],
  finance: ["credit", "microcredit", "ahorr", "prestam", "financ", "fondo rotatorio"],
  train: [
    "capacit",
    "formacion",
    "formar ",
    "curso",
    "taller",
    "escuela",
    "educacion",
    "ensenanza",
    "acompanamiento",
    "asesor",
  ],
  assist: [
    "asistencia tecnica",
    "asesor",
    "acompanamiento",
    "vivero",
    "injert",
    "clon",
    "renovacion",
    "mejoramiento",
    "maquinaria",
    "cosechadora",
    "tanque de frio",
    "marquesina",
    "certific",
    "reparacion",
    "alquiler",
  ],
};

/** The words of a text, folded and separated by single spaces, padded so " kw" finds a word beginning. */
export function searchableText(text: string): string {
  const words = foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return ` ${words} `;
}

function mentions(searchable: string, keyword: string): boolean {
  return searchable.includes(` ${keyword}`);
}

/** The value chains a text mentions, in lexicon order. */
export function chainsIn(text: string): ValueChain[] {
  const searchable = searchableText(text);
  return VALUE_CHAINS.filter((chain) => chain.keywords.some((keyword) => mentions(searchable, keyword))).map(
    (chain) => chain.code,
  );
}

/** The capacities a text mentions, in CAPACITIES order. */
export function capacitiesIn(text: string): Capacity[] {
  const searchable = searchableText(text);
  return CAPACITIES.filter((capacity) =>
    CAPACITY_KEYWORDS[capacity].some((keyword) => mentions(searchable, keyword)),
  );
}

export function chainKind(code: ValueChain): "product" | "service" {
  return VALUE_CHAINS.find((chain) => chain.code === code)?.kind ?? "product";
}

export function chainSector(code: ValueChain): EconomicSector {
  return VALUE_CHAINS.find((chain) => chain.code === code)?.sector ?? "otro";
}

export function isValueChain(code: string): code is ValueChain {
  return VALUE_CHAINS.some((chain) => chain.code === code);
}
