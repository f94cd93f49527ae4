import type { TimerPhase } from "../../../domain/puzzle/phases";
import { type FieldProblem, HORIZON, parseDue } from "../../../domain/puzzle/rules";
import type { Lang, MessageKey } from "../../../shared/i18n";
import type { Translate } from "../../i18n/lang";

const LOCALES: Record<Lang, string> = { es: "es-CO", en: "en-GB" };

/** "2025-Q2" → "2.º trimestre 2025" ("T2 2025" short); "2025-03" → "marzo de 2025" ("mar 2025" short). */
export function dueLabel(value: string, lang: Lang, t: Translate, style: "long" | "short" = "long"): string {
  const due = parseDue(value);
  if (!due) return value;
  if (due.kind === "quarter")
    return t(style === "long" ? "puzzle.due.quarter" : "puzzle.due.quarterShort", {
      n: due.quarter,
      year: due.year,
    });
  return new Intl.DateTimeFormat(LOCALES[lang], { month: style, year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(due.year, due.month - 1, 1)),
  );
}

/** The "when" choices grouped by year: the year's quarters, then its months. */
export function dueGroups(
  lang: Lang,
  t: Translate,
): { label: string; options: { value: string; label: string }[] }[] {
  const groups: { label: string; options: { value: string; label: string }[] }[] = [];
  for (let year = HORIZON.firstYear; year <= HORIZON.lastYear; year += 1) {
    const quarters = [1, 2, 3, 4].map((n) => `${year}-Q${n}`);
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
    groups.push({
      label: t("puzzle.due.quarters", { year }),
      options: quarters.map((value) => ({ value, label: dueLabel(value, lang, t) })),
    });
    groups.push({
      label: t("puzzle.due.months", { year }),
      options: months.map((value) => ({ value, label: dueLabel(value, lang, t) })),
    });
  }
  return groups;
}

export const PHASE_LABELS: Record<TimerPhase, MessageKey> = {
  idle: "puzzle.phase.idle",
  need: "puzzle.phase.need",
  solution: "puzzle.phase.solution",
  plan: "puzzle.phase.plan",
  done: "puzzle.phase.done",
};

/** The step a phase works on (1–3); before and after Momento 4, none. */
export const PHASE_STEP: Record<TimerPhase, 1 | 2 | 3 | null> = {
  idle: null,
  need: 1,
  solution: 2,
  plan: 3,
  done: null,
};

/** Rule problems as field → message, for the fields the person has touched. */
export function problemMessages(
  problems: FieldProblem[],
  t: Translate,
  shown: (field: string) => boolean,
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const p of problems) {
    if (!shown(p.field) || messages[p.field]) continue;
    messages[p.field] = t(`puzzle.problem.${p.code}`, p.max === undefined ? {} : { max: p.max });
  }
  return messages;
}
