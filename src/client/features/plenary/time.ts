import type { Lang } from "../../../shared/i18n";

const LOCALES: Record<Lang, string> = { es: "es-CO", en: "en-GB" };

/** An instant on the assembly's clock (Bogotá): "18 de noviembre de 2023, 4:10 p. m.". */
export const bogotaDateTime = (iso: string, lang: Lang, style: "long" | "short" = "long") =>
  new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: style,
    timeStyle: "short",
    timeZone: "America/Bogota",
  }).format(new Date(iso));

export const bogotaDate = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "long", timeZone: "America/Bogota" }).format(
    new Date(iso),
  );
