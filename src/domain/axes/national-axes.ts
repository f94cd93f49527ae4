// The five national thematic axes of Momento 4, as the seed document defines them. They are seed data
// (Spanish by nature): the national admin may edit them later in the database.

export interface AxisDefinition {
  code: string;
  position: number;
  name: string;
  definition: string;
  /** Colour used on the projector puzzle; chosen for contrast on a white wall. */
  color: string;
}

export const NATIONAL_AXES: readonly AxisDefinition[] = [
  {
    code: "asociatividad",
    position: 1,
    name: "Asociatividad y Trabajo en Red",
    definition:
      "Establecimiento de relaciones y/o articulaciones entre individuos y/o grupos de personas tras un objetivo en común.",
    color: "#1d4ed8",
  },
  {
    code: "credito",
    position: 2,
    name: "Acceso al crédito de la economía popular",
    definition:
      "Provisión de líneas de crédito blandas, ágiles, oportunas y subsidiadas para la economía popular y comunitaria y actividades complementarias, con subsidios progresivos, orientados a apoyar el derecho a la alimentación, la reconversión productiva y la generación de valor agregado.",
    color: "#b45309",
  },
  {
    code: "formacion",
    position: 3,
    name: "Formación para la Asociatividad Solidaria",
    definition:
      "Procesos organizados para generar conocimientos, el desarrollo de habilidades y el cambio de actitudes, con el fin de incrementar las capacidades de las personas, los asociados y asociadas, las y los administradores y las y los empleados de las organizaciones solidarias (incluye capacitación, intercambios y pasantías).",
    color: "#047857",
  },
  {
    code: "asistencia_tecnica",
    position: 4,
    name: "Asistencia técnica para los procesos de industrialización de la economía solidaria",
    definition:
      "Permite dinamizar el desarrollo productivo y el mejoramiento continuo en la prestación eficiente y eficaz de los servicios que ofrece la organización solidaria, mediante la identificación y utilización adecuada de los recursos de producción, financiación y tecnológicos.",
    color: "#7c3aed",
  },
  {
    code: "integracion_territorial",
    position: 5,
    name: "Integración para la construcción de territorios solidarios",
    definition:
      "Espacio construido en lo social, económico, cultural y político con una delimitación física, que busca el mejoramiento de la calidad de vida de sus habitantes fundamentándose en los principios, fines y prácticas de la economía solidaria.",
    color: "#be123c",
  },
];
