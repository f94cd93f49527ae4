// Region profiles the demo generator draws from: where people come from, which organisations exist there and
// what they produce. Municipality codes are DIVIPOLA (resources/divipola.csv); weights are relative.

import type { EconomicSector, Ethnicity, OrganizationType, PopulationGroup } from "../registration/catalog";

export interface MunicipalityProfile {
  code: string;
  /** The name people use in organisation names ("Tumaco", not "San Andrés de Tumaco"). */
  name: string;
  /** Relative share of the assembly's participants who come from here. */
  weight: number;
  /** Share of those participants who live in the urban centre (cabecera). */
  urbanShare: number;
}

interface OrganizationShape {
  type: OrganizationType;
  sector: EconomicSector;
  /** Population groups every member belongs to; empty when the membership is mixed. */
  memberGroups: readonly PopulationGroup[];
  /** The thematic axis its members tend to put first. */
  favouredAxis?: string;
}

/** A specific organisation the region is known for; always generated, in list order. */
export interface NamedOrganization extends OrganizationShape {
  name: string;
  municipalityCode: string;
  productsServices: string;
  /** One of the one or two organisations that bring 20–40 members to the assembly. */
  large?: boolean;
}

/** A kind of organisation, instantiated once per chosen municipality and name pattern. */
export interface OrganizationTemplate extends OrganizationShape {
  /** "{municipio}" is replaced with the municipality's name. */
  namePatterns: readonly string[];
  productsServices: readonly string[];
  /** Where this kind of organisation exists; every municipality of the region when absent. */
  municipalityCodes?: readonly string[];
  weight: number;
}

export interface RegionProfile {
  key: string;
  name: string;
  departmentCode: string;
  municipalities: readonly MunicipalityProfile[];
  valueChains: readonly string[];
  namedOrganizations: readonly NamedOrganization[];
  organizationTemplates: readonly OrganizationTemplate[];
  /** The trade of people without an organisation, or in one with a mixed membership. */
  occupationWeights: readonly (readonly [PopulationGroup, number])[];
  ethnicityWeights: readonly (readonly [Ethnicity, number])[];
  /** Surnames typical of the region, drawn with `localSurnameShare` probability over the national ones. */
  localSurnames: readonly string[];
  localSurnameShare: number;
  /** Share of participants holding a CE or PPT (mostly Venezuelan migrants). */
  migrantShare: number;
  /** Share of those who gave sensitive data that declare being victims of the armed conflict. */
  conflictVictimShare: number;
}

const ARAUCA_CACAO_MUNICIPALITIES = ["81001", "81065", "81300", "81736", "81794"];

export const ARAUCA: RegionProfile = {
  key: "arauca",
  name: "Arauca",
  departmentCode: "81",
  municipalities: [
    { code: "81001", name: "Arauca", weight: 38, urbanShare: 0.85 },
    { code: "81065", name: "Arauquita", weight: 14, urbanShare: 0.45 },
    { code: "81220", name: "Cravo Norte", weight: 3, urbanShare: 0.6 },
    { code: "81300", name: "Fortul", weight: 9, urbanShare: 0.5 },
    { code: "81591", name: "Puerto Rondón", weight: 4, urbanShare: 0.55 },
    { code: "81736", name: "Saravena", weight: 17, urbanShare: 0.75 },
    { code: "81794", name: "Tame", weight: 15, urbanShare: 0.6 },
  ],
  valueChains: ["cacao", "plátano", "ganadería y lácteos", "arroz", "comercio", "mototaxismo", "reciclaje"],
  namedOrganizations: [
    {
      name: "Asociación de Cacaoteros de Tame — ASOCATAME",
      municipalityCode: "81794",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices:
        "producción y fermentación de cacao fino de aroma; venta de grano seco a chocolateras nacionales",
      favouredAxis: "asistencia_tecnica",
      large: true,
    },
    {
      name: "Asociación de Productores de Cacao de Arauquita — ASOPROCAR",
      municipalityCode: "81065",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices:
        "cultivo de cacao clonal, beneficio y secado en marquesinas solares; comercialización asociativa de grano",
      favouredAxis: "asistencia_tecnica",
    },
    {
      name: "Asociación de Cacaocultores del Sarare — ASOCASARARE",
      municipalityCode: "81736",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices:
        "viveros de cacao injertado y renovación de plantaciones viejas; acopio de cacao en baba",
      favouredAxis: "asociatividad",
    },
    {
      name: "Asociación de Mujeres Cacaoteras de Fortul — ASOMUCAF",
      municipalityCode: "81300",
      type: "asociacion",
      sector: "manufactura",
      memberGroups: ["campesinos", "mujeres"],
      productsServices:
        "transformación de cacao en chocolate de mesa, cacao en polvo y nibs; venta en ferias y tiendas locales",
      favouredAxis: "credito",
    },
    {
      name: "Cooperativa de Ahorro y Crédito Solidaria del Sarare — COOPSARARE",
      municipalityCode: "81736",
      type: "cooperativa",
      sector: "financiero_solidario",
      memberGroups: [],
      productsServices:
        "crédito solidario y ahorro para asociados; microcrédito agropecuario con cuotas según la cosecha",
      favouredAxis: "credito",
      large: true,
    },
    {
      name: "Cooperativa de Educación y Formación Solidaria de Arauca — COOEDUSA",
      municipalityCode: "81001",
      type: "cooperativa",
      sector: "servicios",
      memberGroups: ["otro"],
      productsServices:
        "capacitación en contabilidad para cooperativas; curso básico de economía solidaria; acompañamiento para constituir organizaciones",
      favouredAxis: "formacion",
    },
    {
      name: "Cooperativa Multiactiva de Recicladores de Arauca — COOMRA",
      municipalityCode: "81001",
      type: "cooperativa",
      sector: "reciclaje",
      memberGroups: ["recicladores"],
      productsServices:
        "recuperación y clasificación de cartón, archivo, PET y chatarra; ruta de recolección selectiva en barrios y comercio",
      favouredAxis: "asistencia_tecnica",
    },
    {
      name: "Asociación de Vendedores Informales de Arauca — ASOVIA",
      municipalityCode: "81001",
      type: "asociacion",
      sector: "comercio",
      memberGroups: ["vendedores_informales"],
      productsServices:
        "venta de frutas, jugos y comidas rápidas en espacio público; compras conjuntas a mayoristas de la plaza de mercado",
      favouredAxis: "credito",
    },
    {
      name: "Asociación de Mototaxistas de Saravena — ASOMOTOSAR",
      municipalityCode: "81736",
      type: "asociacion",
      sector: "servicios",
      memberGroups: ["mototaxistas"],
      productsServices:
        "transporte de pasajeros en motocicleta; fondo común para repuestos, SOAT y mantenimiento",
      favouredAxis: "credito",
    },
    {
      name: "Colectivo de Mototaxistas Unidos de Tame",
      municipalityCode: "81794",
      type: "organizacion_economia_popular",
      sector: "servicios",
      memberGroups: ["mototaxistas"],
      productsServices: "servicio de mototaxi urbano y veredal; mensajería y domicilios",
      favouredAxis: "asociatividad",
    },
    {
      name: "Grupo Comunitario Mujeres Emprendedoras de Saravena",
      municipalityCode: "81736",
      type: "grupo_comunitario",
      sector: "manufactura",
      memberGroups: ["mujeres"],
      productsServices:
        "confección de uniformes escolares, panadería artesanal y venta de productos por catálogo",
      favouredAxis: "formacion",
    },
    {
      name: "Colectivo Juvenil Arauca Emprende",
      municipalityCode: "81001",
      type: "grupo_comunitario",
      sector: "servicios",
      memberGroups: ["jovenes"],
      productsServices:
        "producción audiovisual comunitaria, diseño gráfico y manejo de redes sociales para emprendimientos locales",
      favouredAxis: "formacion",
    },
    {
      name: "Asociación de Ganaderos y Productores de Leche de Tame — ASOGALTAME",
      municipalityCode: "81794",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices:
        "acopio de leche cruda en tanque de frío; elaboración de queso llanero, cuajada y kumis",
      favouredAxis: "asistencia_tecnica",
    },
    {
      name: "Asociación de Plataneros de Arauquita — ASOPLAR",
      municipalityCode: "81065",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices:
        "producción de plátano hartón y envío a centrales de abastos de Bogotá y Cúcuta; harina de plátano de rechazo",
      favouredAxis: "asociatividad",
    },
    {
      name: "Asociación de Arroceros de Puerto Rondón — ASOARRON",
      municipalityCode: "81591",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices:
        "siembra de arroz secano mecanizado; alquiler asociativo de cosechadora y secado de arroz paddy",
      favouredAxis: "asistencia_tecnica",
    },
    {
      name: "Fondo de Empleados de la Salud de Arauca — FONSALUD",
      municipalityCode: "81001",
      type: "fondo_empleados",
      sector: "financiero_solidario",
      memberGroups: ["otro"],
      productsServices:
        "ahorro permanente, crédito de libre inversión y educativo; convenios de bienestar para asociados y sus familias",
      favouredAxis: "credito",
    },
    {
      name: "Asociación de Tenderos de Arauca — ASOTENDAR",
      municipalityCode: "81001",
      type: "asociacion",
      sector: "comercio",
      memberGroups: ["tenderos"],
      productsServices:
        "compras conjuntas de abarrotes a distribuidores; fondo rotatorio para surtir tiendas de barrio",
      favouredAxis: "credito",
    },
    {
      name: "Grupo Juvenil Semillas del Piedemonte",
      municipalityCode: "81300",
      type: "grupo_comunitario",
      sector: "agropecuario",
      memberGroups: ["jovenes", "campesinos"],
      productsServices:
        "huertas escolares y cría de gallinas ponedoras; venta de huevos criollos en el casco urbano",
      favouredAxis: "asociatividad",
    },
  ],
  organizationTemplates: [
    {
      namePatterns: [
        "Asociación de Cacaocultores de {municipio}",
        "Asociación de Pequeños Productores de Cacao de {municipio}",
        "Asociación Agropecuaria Cacaotera de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "cultivo y beneficio de cacao; venta de grano seco fermentado",
        "renovación de cacaotales con clones regionales; poscosecha y secado",
        "producción de cacao orgánico y chocolate artesanal",
      ],
      municipalityCodes: ARAUCA_CACAO_MUNICIPALITIES,
      favouredAxis: "asistencia_tecnica",
      weight: 6,
    },
    {
      namePatterns: [
        "Cooperativa Multiactiva Agropecuaria de {municipio}",
        "Cooperativa de Productores del Campo de {municipio}",
      ],
      type: "cooperativa",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "venta de insumos agropecuarios a precio justo; comercialización de cosechas de los asociados",
        "acopio y venta de cacao, plátano y maíz de los asociados",
      ],
      weight: 3,
    },
    {
      namePatterns: [
        "Asociación de Productores de Plátano de {municipio}",
        "Asociación de Plataneros y Agricultores de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "producción de plátano hartón y yuca; venta en plaza de mercado",
        "cultivo de plátano en asocio con cacao; venta a comerciantes de Cúcuta y Bogotá",
      ],
      municipalityCodes: ARAUCA_CACAO_MUNICIPALITIES,
      weight: 4,
    },
    {
      namePatterns: [
        "Asociación de Pequeños Ganaderos de {municipio}",
        "Asociación de Productores Lácteos de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "ganadería doble propósito; venta de leche y queso llanero",
        "elaboración de queso llanero, cuajada y yogur; acopio de leche veredal",
        "cría de ganado de levante y mejoramiento de pasturas",
      ],
      favouredAxis: "asistencia_tecnica",
      weight: 4,
    },
    {
      namePatterns: [
        "Asociación de Arroceros de {municipio}",
        "Asociación de Productores de Arroz y Maíz de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "siembra de arroz de riego y secano; venta de paddy verde a molinos",
        "producción de arroz y maíz amarillo; alquiler de maquinaria entre asociados",
      ],
      municipalityCodes: ["81001", "81065", "81220", "81591"],
      weight: 2,
    },
    {
      namePatterns: [
        "Asociación de Piscicultores de {municipio}",
        "Asociación de Pescadores y Piscicultores de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "cría de cachama y bocachico en estanques; venta de pescado fresco",
        "pesca artesanal en el río Arauca y venta en el puerto",
      ],
      weight: 2,
    },
    {
      namePatterns: [
        "Asociación de Tenderos de {municipio}",
        "Asociación de Tenderos y Comerciantes de {municipio}",
      ],
      type: "asociacion",
      sector: "comercio",
      memberGroups: ["tenderos"],
      productsServices: [
        "tiendas de barrio; compras conjuntas de víveres y abarrotes",
        "venta de carnes, granos y verduras en la plaza de mercado",
      ],
      favouredAxis: "credito",
      weight: 3,
    },
    {
      namePatterns: [
        "Asociación de Vendedores Informales de {municipio}",
        "Asociación de Vendedores Ambulantes y Estacionarios de {municipio}",
      ],
      type: "asociacion",
      sector: "comercio",
      memberGroups: ["vendedores_informales"],
      productsServices: [
        "venta de comidas rápidas, tintos y jugos en espacio público",
        "venta ambulante de frutas, minutos de celular y confitería",
        "venta de ropa y calzado en casetas del centro",
      ],
      weight: 4,
    },
    {
      namePatterns: [
        "Asociación de Mototaxistas de {municipio}",
        "Asociación de Motoconductores de {municipio}",
      ],
      type: "asociacion",
      sector: "servicios",
      memberGroups: ["mototaxistas"],
      productsServices: [
        "transporte de pasajeros en motocicleta; fondo de ayuda mutua para accidentes",
        "mototaxi y domicilios; compra conjunta de repuestos y llantas",
      ],
      favouredAxis: "credito",
      weight: 3,
    },
    {
      namePatterns: ["Colectivo de Mototaxistas de {municipio}", "Mototaxistas Unidos de {municipio}"],
      type: "organizacion_economia_popular",
      sector: "servicios",
      memberGroups: ["mototaxistas"],
      productsServices: ["servicio de mototaxi en el casco urbano y las veredas cercanas"],
      weight: 2,
    },
    {
      namePatterns: [
        "Asociación de Recicladores de {municipio}",
        "Asociación de Recicladores de Oficio de {municipio}",
      ],
      type: "asociacion",
      sector: "reciclaje",
      memberGroups: ["recicladores"],
      productsServices: [
        "recolección y venta de cartón, plástico y chatarra a bodegas",
        "aprovechamiento de residuos reciclables del casco urbano; compostaje",
      ],
      municipalityCodes: ["81001", "81065", "81300", "81736", "81794"],
      weight: 2,
    },
    {
      namePatterns: [
        "Grupo Comunitario Mujeres Emprendedoras de {municipio}",
        "Grupo de Mujeres Productoras de {municipio}",
      ],
      type: "grupo_comunitario",
      sector: "manufactura",
      memberGroups: ["mujeres"],
      productsServices: [
        "confección, bisutería y venta de productos por catálogo",
        "panadería, repostería y venta de almuerzos caseros",
      ],
      favouredAxis: "formacion",
      weight: 3,
    },
    {
      namePatterns: ["Red de Mujeres Rurales de {municipio}", "Grupo de Mujeres Campesinas de {municipio}"],
      type: "grupo_comunitario",
      sector: "agropecuario",
      memberGroups: ["mujeres", "campesinos"],
      productsServices: [
        "huertas caseras, cría de gallinas y cerdos; venta de huevos y hortalizas",
        "transformación de frutas en mermeladas y pulpas",
      ],
      weight: 3,
    },
    {
      namePatterns: ["Colectivo Juvenil de {municipio}", "Red de Jóvenes Emprendedores de {municipio}"],
      type: "grupo_comunitario",
      sector: "servicios",
      memberGroups: ["jovenes"],
      productsServices: [
        "fotografía, video y manejo de redes sociales para negocios locales",
        "reparación de celulares y computadores; cursos de informática básica",
        "escuela de música llanera y presentaciones en eventos",
      ],
      favouredAxis: "formacion",
      weight: 3,
    },
    {
      namePatterns: ["Grupo de Adultos Mayores Activos de {municipio}"],
      type: "grupo_comunitario",
      sector: "manufactura",
      memberGroups: ["personas_mayores"],
      productsServices: ["tejidos y artesanías en palma; huerta comunitaria"],
      weight: 1,
    },
    {
      namePatterns: ["Asociación de Personas con Discapacidad de {municipio}"],
      type: "asociacion",
      sector: "manufactura",
      memberGroups: ["discapacidad"],
      productsServices: ["elaboración de productos de aseo y artesanías; gestión de ayudas técnicas"],
      weight: 1,
    },
    {
      namePatterns: [
        "Asociación de Maestros de Obra de {municipio}",
        "Asociación de Trabajadores de la Construcción de {municipio}",
      ],
      type: "asociacion",
      sector: "construccion",
      memberGroups: ["construccion"],
      productsServices: [
        "mampostería, enchapes y acabados; mejoramiento de vivienda rural",
        "construcción de placa huella y obras menores por contrato",
      ],
      weight: 2,
    },
    {
      namePatterns: [
        "Fondo de Empleados del Magisterio de {municipio}",
        "Fondo de Empleados de la Alcaldía de {municipio}",
      ],
      type: "fondo_empleados",
      sector: "financiero_solidario",
      memberGroups: ["otro"],
      productsServices: [
        "ahorro y crédito de libre inversión para asociados",
        "créditos educativos y de vivienda; auxilios de bienestar",
      ],
      municipalityCodes: ["81001", "81736", "81794"],
      favouredAxis: "credito",
      weight: 2,
    },
    {
      namePatterns: ["Asociación Mutual de {municipio}", "Mutual de Trabajadores del Campo de {municipio}"],
      type: "mutual",
      sector: "servicios",
      memberGroups: [],
      productsServices: [
        "auxilio funerario y fondo de solidaridad para familias asociadas",
        "auxilios de salud y calamidad doméstica para asociados",
      ],
      weight: 1,
    },
    {
      namePatterns: [
        "Asociación de Turismo Comunitario de {municipio}",
        "Red de Turismo Llanero de {municipio}",
      ],
      type: "asociacion",
      sector: "turismo",
      memberGroups: [],
      productsServices: [
        "avistamiento de aves y toninas en el río Arauca",
        "posadas campesinas y recorridos por hatos llaneros",
      ],
      municipalityCodes: ["81001", "81220", "81591", "81794"],
      weight: 1,
    },
  ],
  occupationWeights: [
    ["vendedores_informales", 22],
    ["campesinos", 22],
    ["tenderos", 12],
    ["mototaxistas", 12],
    ["construccion", 10],
    ["recicladores", 6],
    ["trabajo_sexual", 1],
    ["otro", 15],
  ],
  ethnicityWeights: [
    ["ninguno", 87],
    ["indigena", 5],
    ["negro_afrocolombiano", 4],
  ],
  // biome-ignore format: a long list of names reads better packed
  localSurnames: [
    "Pabón", "Galvis", "Villamizar", "Becerra", "Cárdenas", "Carrillo", "Contreras", "Chaparro", "Duarte",
    "Niño", "Parada", "Rincón", "Salcedo", "Jaimes", "Blanco", "Méndez", "Delgado", "Barrera", "Ardila",
    "Montañez", "Peñaloza", "Arciniegas", "Mora", "Colmenares", "Leal",
  ],
  localSurnameShare: 0.35,
  migrantShare: 0.08,
  conflictVictimShare: 0.4,
};

const NARINO_COAST_MUNICIPALITIES = ["52250", "52390", "52473", "52490", "52520", "52696", "52835"];

export const NARINO_COSTA: RegionProfile = {
  key: "narino_costa",
  name: "Nariño — Costa Pacífica",
  departmentCode: "52",
  municipalities: [
    { code: "52835", name: "Tumaco", weight: 50, urbanShare: 0.55 },
    { code: "52079", name: "Barbacoas", weight: 10, urbanShare: 0.4 },
    { code: "52250", name: "El Charco", weight: 7, urbanShare: 0.35 },
    { code: "52390", name: "La Tola", weight: 4, urbanShare: 0.4 },
    { code: "52473", name: "Mosquera", weight: 5, urbanShare: 0.3 },
    { code: "52490", name: "Olaya Herrera", weight: 7, urbanShare: 0.3 },
    { code: "52520", name: "Francisco Pizarro", weight: 8, urbanShare: 0.3 },
    { code: "52621", name: "Roberto Payán", weight: 5, urbanShare: 0.15 },
    { code: "52696", name: "Santa Bárbara de Iscuandé", weight: 4, urbanShare: 0.2 },
  ],
  valueChains: ["pesca artesanal", "coco", "cacao", "turismo", "piangua"],
  namedOrganizations: [
    {
      name: "Asociación de Pescadores Artesanales de Tumaco — ASOPESCAT",
      municipalityCode: "52835",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["otro"],
      productsServices:
        "pesca artesanal con espinel y trasmallo; venta de pescado fresco y seco en el puerto",
      favouredAxis: "credito",
      large: true,
    },
    {
      name: "Cooperativa de Cacaoteros del Pacífico Nariñense — COOCAPAN",
      municipalityCode: "52835",
      type: "cooperativa",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: "acopio, fermentación y secado de cacao; venta de grano certificado a exportadores",
      favouredAxis: "asistencia_tecnica",
      large: true,
    },
    {
      name: "Asociación de Mujeres Piangueras de Tumaco — ASOMUPIT",
      municipalityCode: "52835",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["mujeres"],
      productsServices:
        "recolección de piangua en el manglar respetando tallas mínimas; venta a comercializadores",
      favouredAxis: "asociatividad",
    },
    {
      name: "Asociación de Productores de Coco de Mosquera — ASOCOMOS",
      municipalityCode: "52473",
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices:
        "producción de coco y venta de agua y pulpa; elaboración de cocadas y aceite artesanal",
      favouredAxis: "asistencia_tecnica",
    },
    {
      name: "Cooperativa de Ahorro y Crédito del Litoral Pacífico — COOPLITORAL",
      municipalityCode: "52835",
      type: "cooperativa",
      sector: "financiero_solidario",
      memberGroups: [],
      productsServices:
        "ahorro y crédito solidario para pescadores y comerciantes; créditos para motores y artes de pesca",
      favouredAxis: "credito",
    },
    {
      name: "Red de Turismo Comunitario El Morro",
      municipalityCode: "52835",
      type: "asociacion",
      sector: "turismo",
      memberGroups: [],
      productsServices:
        "alojamiento en casas de familia, recorridos en lancha por el manglar y cocina del Pacífico",
      favouredAxis: "integracion_territorial",
    },
    {
      name: "Grupo Juvenil Marimba y Cantos del Pacífico",
      municipalityCode: "52835",
      type: "grupo_comunitario",
      sector: "servicios",
      memberGroups: ["jovenes"],
      productsServices:
        "formación en marimba de chonta y cantos tradicionales; presentaciones en eventos turísticos",
      favouredAxis: "formacion",
    },
    {
      name: "Cooperativa Educativa del Pacífico — COOEDUPAC",
      municipalityCode: "52835",
      type: "cooperativa",
      sector: "servicios",
      memberGroups: ["otro"],
      productsServices:
        "capacitación en contabilidad y cooperativismo; educación para jóvenes y adultos en las veredas",
      favouredAxis: "formacion",
    },
    {
      name: "Asociación de Recicladores de Tumaco — ASORETUM",
      municipalityCode: "52835",
      type: "asociacion",
      sector: "reciclaje",
      memberGroups: ["recicladores"],
      productsServices:
        "recolección de plástico y cartón en el casco urbano; limpieza de playas con venta del material",
    },
    {
      name: "Asociación de Vendedores del Mercado de Tumaco",
      municipalityCode: "52835",
      type: "asociacion",
      sector: "comercio",
      memberGroups: ["vendedores_informales"],
      productsServices: "venta de pescado, mariscos, plátano y frutas en el mercado y los andenes del centro",
      favouredAxis: "credito",
    },
    {
      name: "Grupo Comunitario Mujeres del Manglar de El Charco",
      municipalityCode: "52250",
      type: "grupo_comunitario",
      sector: "manufactura",
      memberGroups: ["mujeres"],
      productsServices:
        "pescado ahumado y encurtidos de mariscos; cocina tradicional del Pacífico por encargo",
    },
  ],
  organizationTemplates: [
    {
      namePatterns: [
        "Asociación de Pescadores Artesanales de {municipio}",
        "Asociación de Pescadores del Litoral de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["otro"],
      productsServices: [
        "pesca artesanal de pargo y corvina; venta de pescado fresco",
        "pesca con canoa y potrillo; secado y salado de pescado",
      ],
      municipalityCodes: NARINO_COAST_MUNICIPALITIES,
      favouredAxis: "credito",
      weight: 6,
    },
    {
      namePatterns: ["Grupo de Concheras de {municipio}", "Grupo de Mujeres Piangueras de {municipio}"],
      type: "grupo_comunitario",
      sector: "agropecuario",
      memberGroups: ["mujeres"],
      productsServices: [
        "extracción de piangua y cangrejo en el manglar; repoblamiento del manglar",
        "recolección y venta de piangua y almeja a intermediarios",
      ],
      municipalityCodes: NARINO_COAST_MUNICIPALITIES,
      weight: 4,
    },
    {
      namePatterns: [
        "Asociación de Productores de Coco de {municipio}",
        "Asociación de Cocoteros de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "cultivo de coco y renovación de palmas afectadas por plagas; venta de coco seco",
        "aceite de coco artesanal y cocadas",
      ],
      municipalityCodes: ["52250", "52390", "52473", "52490", "52520", "52835"],
      weight: 4,
    },
    {
      namePatterns: [
        "Asociación de Cacaoteros de {municipio}",
        "Asociación Agroforestal de Productores de Cacao de {municipio}",
      ],
      type: "asociacion",
      sector: "agropecuario",
      memberGroups: ["campesinos"],
      productsServices: [
        "cacao en sistemas agroforestales con plátano y chontaduro; venta de grano seco",
        "viveros de cacao y sustitución de cultivos de uso ilícito",
      ],
      municipalityCodes: ["52079", "52520", "52621", "52835"],
      favouredAxis: "asistencia_tecnica",
      weight: 4,
    },
    {
      namePatterns: ["Asociación de Turismo Comunitario de {municipio}"],
      type: "asociacion",
      sector: "turismo",
      memberGroups: [],
      productsServices: [
        "hospedaje en cabañas de playa y gastronomía de mariscos",
        "recorridos por el manglar y avistamiento de ballenas en temporada",
      ],
      municipalityCodes: ["52473", "52520", "52835"],
      weight: 2,
    },
    {
      namePatterns: ["Asociación de Barequeros de {municipio}"],
      type: "asociacion",
      sector: "otro",
      memberGroups: ["otro"],
      productsServices: ["minería artesanal de oro por barequeo; transición a cultivos de pancoger"],
      municipalityCodes: ["52079", "52621"],
      weight: 1,
    },
    {
      namePatterns: [
        "Asociación de Vendedores Informales de {municipio}",
        "Asociación de Vendedores del Puerto de {municipio}",
      ],
      type: "asociacion",
      sector: "comercio",
      memberGroups: ["vendedores_informales"],
      productsServices: [
        "venta de pescado frito, empanadas y jugos en la calle",
        "venta de frutas y mariscos en el muelle",
      ],
      weight: 3,
    },
    {
      namePatterns: ["Asociación de Mototaxistas de {municipio}"],
      type: "asociacion",
      sector: "servicios",
      memberGroups: ["mototaxistas"],
      productsServices: ["transporte de pasajeros en motocicleta en el casco urbano"],
      municipalityCodes: ["52079", "52835"],
      weight: 2,
    },
    {
      namePatterns: ["Grupo Comunitario Mujeres Emprendedoras de {municipio}"],
      type: "grupo_comunitario",
      sector: "manufactura",
      memberGroups: ["mujeres"],
      productsServices: [
        "panadería de coco, dulces típicos y venta de almuerzos",
        "confección y peinados afro",
      ],
      weight: 3,
    },
    {
      namePatterns: ["Colectivo Juvenil de {municipio}"],
      type: "grupo_comunitario",
      sector: "servicios",
      memberGroups: ["jovenes"],
      productsServices: [
        "música del Pacífico y producción audiovisual",
        "guianza turística y manejo de redes sociales",
      ],
      favouredAxis: "formacion",
      weight: 2,
    },
    {
      namePatterns: ["Cooperativa Multiactiva de {municipio}"],
      type: "cooperativa",
      sector: "comercio",
      memberGroups: [],
      productsServices: ["venta de víveres, combustible e hielo a pescadores asociados"],
      weight: 2,
    },
    {
      namePatterns: ["Fondo de Empleados del Magisterio de {municipio}"],
      type: "fondo_empleados",
      sector: "financiero_solidario",
      memberGroups: ["otro"],
      productsServices: ["ahorro y crédito para docentes asociados"],
      municipalityCodes: ["52079", "52835"],
      favouredAxis: "credito",
      weight: 1,
    },
  ],
  occupationWeights: [
    ["vendedores_informales", 20],
    ["campesinos", 20],
    ["tenderos", 10],
    ["mototaxistas", 10],
    ["construccion", 8],
    ["recicladores", 4],
    ["trabajo_sexual", 1],
    ["otro", 25],
  ],
  ethnicityWeights: [
    ["negro_afrocolombiano", 86],
    ["indigena", 8],
    ["ninguno", 6],
  ],
  // biome-ignore format: a long list of names reads better packed
  localSurnames: [
    "Cortés", "Angulo", "Quiñones", "Castillo", "Valencia", "Caicedo", "Hurtado", "Preciado", "Estupiñán",
    "Mosquera", "Riascos", "Obando", "Cuero", "Montaño", "Landázuri", "Micolta", "Solís", "Klinger",
    "Vallecilla", "Arboleda", "Sinisterra", "Prado", "Góngora", "Tenorio", "Garcés", "Cabezas", "Perlaza",
  ],
  localSurnameShare: 0.8,
  migrantShare: 0.01,
  conflictVictimShare: 0.5,
};
