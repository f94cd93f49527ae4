// The unified national registration form's fixed lists (issue 4). Values are stable codes stored in the
// database; people read their labels through i18n (`catalog.<list>.<code>`).

export const DOCUMENT_TYPES = ["CC", "TI", "CE", "PPT", "PEP", "PAS", "OTRO"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const SEXES = ["mujer", "hombre", "intersexual"] as const;
export type Sex = (typeof SEXES)[number];

export const GENDER_IDENTITIES = [
  "femenino",
  "masculino",
  "transgenero",
  "no_binario",
  "otro",
  "prefiere_no_decir",
] as const;
export type GenderIdentity = (typeof GENDER_IDENTITIES)[number];

export const ZONES = ["urbana", "rural", "rural_dispersa"] as const;
export type Zone = (typeof ZONES)[number];

export const POPULATION_GROUPS = [
  "vendedores_informales",
  "tenderos",
  "recicladores",
  "construccion",
  "mototaxistas",
  "campesinos",
  "jovenes",
  "mujeres",
  "personas_mayores",
  "trabajo_sexual",
  "discapacidad",
  "otro",
] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export const ECONOMIES = ["popular", "solidaria", "comunitaria"] as const;
export type Economy = (typeof ECONOMIES)[number];

export const ORGANIZATION_TYPES = [
  "cooperativa",
  "asociacion",
  "fondo_empleados",
  "mutual",
  "grupo_comunitario",
  "organizacion_economia_popular",
  "sin_organizacion",
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ECONOMIC_SECTORS = [
  "agropecuario",
  "comercio",
  "manufactura",
  "servicios",
  "construccion",
  "reciclaje",
  "turismo",
  "financiero_solidario",
  "otro",
] as const;
export type EconomicSector = (typeof ECONOMIC_SECTORS)[number];

export const ETHNICITIES = [
  "indigena",
  "raizal",
  "negro_afrocolombiano",
  "palenquero",
  "rom",
  "ninguno",
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

export const CONSENT_CHANNELS = ["web", "desk", "import", "demo"] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export const OUTREACH_CHANNELS = [
  "convocatoria_cooperante",
  "organizacion",
  "redes_sociales",
  "radio",
  "alcaldia",
  "voz_a_voz",
  "otro",
] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];
