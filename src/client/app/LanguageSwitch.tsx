import { translate } from "../../shared/i18n";
import { useLang } from "../i18n/lang";

/** One button naming the other language in that language ("English" / "Español"). */
export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const other = lang === "es" ? "en" : "es";
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => setLang(other)}>
      {translate(other, "layout.language")}
    </button>
  );
}
