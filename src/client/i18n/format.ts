import type { Lang } from "../../shared/i18n";

const LOCALES: Record<Lang, string> = { es: "es-CO", en: "en-GB" };
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, style: "long" | "short"): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    // Calendar dates carry no time zone: format them as UTC so they never shift a day.
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: style, timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2023-11-18" → "18 de noviembre de 2023" (es-CO) or "18 November 2023". */
export function formatDate(isoDate: string, lang: Lang, style: "long" | "short" = "long"): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat(lang, style).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(LOCALES[lang]);
}
