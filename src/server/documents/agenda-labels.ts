import { parseDue } from "../../domain/puzzle/rules";
import { hasMessage, type Lang, translate } from "../../shared/i18n";
import type { DocumentVoteDto } from "../../shared/schemas/agenda-document";

// How the agenda document and the commitments export write codes, dates and vote results for people.

const LOCALES: Record<Lang, string> = { es: "es-CO", en: "en-GB" };

/** A catalogue or cooperation code through its message key; the code itself when there is no message. */
export function codeLabel(lang: Lang, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return hasMessage(key) ? translate(lang, key) : code;
}

/** "2025-Q2" → "2.º trimestre 2025"; "2025-03" → "marzo de 2025". */
export function dueText(value: string, lang: Lang): string {
  const due = parseDue(value);
  if (!due) return value;
  if (due.kind === "quarter")
    return translate(lang, "puzzle.due.quarter", { n: due.quarter, year: due.year });
  return new Intl.DateTimeFormat(LOCALES[lang], { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(due.year, due.month - 1, 1)),
  );
}

/** A calendar date ("2023-11-18") in words. */
export const dateText = (isoDate: string, lang: Lang) =>
  new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** An instant as the assembly's clock shows it (Bogotá). */
export const dateTimeText = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Bogota",
  }).format(new Date(iso));

export const timeText = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: "short", timeZone: "America/Bogota" }).format(
    new Date(iso),
  );

/** A vote's result in a few lines: outcome and counts, quorum, method and rule, times. */
export function voteLines(vote: DocumentVoteDto, lang: Lang): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const { counts, result } = vote;
  return [
    `${t(`votes.outcome.${result.outcome}`)} — ${t("votes.counts.for")}: ${counts.for} · ${t("votes.counts.against")}: ${counts.against} · ${t("votes.counts.abstain")}: ${counts.abstain}`,
    t("votes.doc.quorum", {
      participating: result.participating,
      required: result.quorumRequired,
      basis: vote.basis,
    }),
    t("votes.doc.method", {
      method: t(`votes.methodShort.${vote.method}`),
      majority: t(`votes.majority.${vote.majority}`),
    }),
    t("votes.doc.times", { opened: timeText(vote.openedAt, lang), closed: timeText(vote.closedAt, lang) }),
  ];
}
