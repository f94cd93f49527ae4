// Momento 3's guiding questions and good-practice criteria: seed data in Spanish, editable per assembly.

export const DEFAULT_GUIDING_QUESTIONS = [
  "¿Cuál es la experiencia?",
  "¿Qué dificultades han enfrentado?",
  "¿Qué oportunidades identifican?",
  "¿Qué aprendizajes les deja?",
  "¿Qué la hace replicable?",
] as const;

export const DEFAULT_CRITERIA = [
  "Trabajo en red",
  "Valor agregado",
  "Acceso a mercados",
  "Relevo generacional",
  "Sostenibilidad ambiental",
] as const;

export interface TaggedExperience {
  id: string;
  criteria: readonly string[];
}

export interface CriterionSummary {
  criterion: string;
  count: number;
  experienceIds: string[];
  /** False for a tag no longer on the assembly's list (the list was edited after tagging). */
  inList: boolean;
}

/**
 * How often each criterion was tagged across the experiences, most frequent first; ties keep the list's
 * order, and tags no longer on the list come after the list's own criteria, alphabetically.
 */
export function criteriaSummary(
  criteria: readonly string[],
  experiences: readonly TaggedExperience[],
): CriterionSummary[] {
  const listed = [...new Set(criteria.map((c) => c.trim()).filter(Boolean))];
  const extra = [...new Set(experiences.flatMap((e) => e.criteria.map((c) => c.trim())))]
    .filter((c) => c && !listed.includes(c))
    .sort((a, b) => a.localeCompare(b, "es"));
  const rows = [...listed, ...extra].map((criterion, order) => {
    const experienceIds = experiences
      .filter((e) => e.criteria.some((c) => c.trim() === criterion))
      .map((e) => e.id);
    return {
      order,
      row: { criterion, count: experienceIds.length, experienceIds, inList: order < listed.length },
    };
  });
  return rows.sort((a, b) => b.row.count - a.row.count || a.order - b.order).map(({ row }) => row);
}
