import type { Lang } from "../../../shared/i18n";

const LOCALES: Record<Lang, string> = { es: "es-CO", en: "en-GB" };
const formats = new Map<Lang, Intl.DateTimeFormat>();

/** "7:42 a. m." at the venue: every assembly is in Colombia, whatever the device's own time zone. */
export function formatClock(iso: string, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "America/Bogota",
    });
    formats.set(lang, format);
  }
  return format.format(new Date(iso));
}
