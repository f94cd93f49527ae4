import { type AgendaBlockDraft, fromClock } from "./blocks";

type SeedRow = [AgendaBlockDraft["kind"], string, string, string, string, string];

// The day of the seed document (PIT Arauca, 18 November). Spanish text is seed data, editable per assembly.
const ROWS: SeedRow[] = [
  [
    "registro",
    "Registro",
    "07:30",
    "08:00",
    "Registro de beneficiarios en el formato unificado para todas las asambleas.",
    "Cooperante",
  ],
  [
    "apertura",
    "Apertura",
    "08:00",
    "08:30",
    "Proyección de imágenes y videos de la campaña; saludo de Min. Trabajo, Unidad Solidaria, Gobierno nacional y convenio.",
    "Convenio y Unidad Solidaria",
  ],
  [
    "espacio_externo",
    "Espacio Min. Trabajo",
    "08:30",
    "11:00",
    "Los funcionarios y contratistas del Ministerio del Trabajo desarrollan sus líneas y planes de trabajo.",
    "Ministerio del Trabajo",
  ],
  ["receso", "Receso", "11:00", "11:30", "", ""],
  [
    "momento_1",
    "Momento 1: Diagnóstico socioeconómico de la región",
    "11:30",
    "12:15",
    "Conferencia técnica sobre la dinámica de la economía popular, la vocación productiva y la economía solidaria en el territorio.",
    "Profesor solidario",
  ],
  ["almuerzo", "Almuerzo", "12:15", "13:15", "", ""],
  [
    "momento_2",
    "Momento 2: Balance de gestión y proyecto de impacto territorial",
    "13:15",
    "14:15",
    "La Unidad Solidaria presenta el balance de gestión y el PIT; los aliados estatales presentan su oferta y posible aporte.",
    "Unidad Solidaria",
  ],
  [
    "momento_3",
    "Momento 3: Diálogo de experiencias",
    "14:15",
    "14:45",
    "Tres asociaciones presentan sus experiencias, dificultades y oportunidades (10 minutos cada una).",
    "Convenio",
  ],
  [
    "momento_4",
    "Momento 4: Mesas de trabajo",
    "14:45",
    "15:45",
    "Mesas por ejes: necesidades, soluciones y plan de trabajo (¿Quién? ¿Cuándo?) con proyección 2024–2026.",
    "Líderes de grupo",
  ],
  ["receso", "Receso", "15:45", "16:00", "", ""],
  [
    "momento_5",
    "Momento 5: Plenaria y aprobación de la agenda",
    "16:00",
    "16:30",
    "Las vocerías presentan y la plenaria aprueba las agendas construidas en las mesas.",
    "Convenio y Unidad Solidaria",
  ],
];

export function seedAgenda(): AgendaBlockDraft[] {
  return ROWS.map(([kind, title, start, end, description, responsible]) => ({
    kind,
    title,
    startMinute: fromClock(start) ?? 0,
    endMinute: fromClock(end) ?? 0,
    description,
    responsible,
  }));
}
