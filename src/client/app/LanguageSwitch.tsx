import type { Lang } from "../../shared/i18n";
import { useLang } from "../i18n/lang";

/** Each language's name in that language: not a translation, so it needs no messages loaded. */
const NAMES: Record<Lang, string> = { es: "Español", en: "English" };

/** One button naming the other language in that language ("English" / "Español"). */
export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const other = lang === "es" ? "en" : "es";
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => setLang(other)}>
      {NAMES[other]}
    </button>
  );
}
