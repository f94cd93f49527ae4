import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import {
  DEFAULT_LANG,
  type Lang,
  loadMessages,
  type MessageKey,
  type Params,
  translate,
} from "../../shared/i18n";

const COOKIE = "minga_lang";

function initialLang(): Lang {
  const cookie = document.cookie.split("; ").find((part) => part.startsWith(`${COOKIE}=`));
  const saved = cookie?.slice(COOKIE.length + 1);
  if (saved === "es" || saved === "en") return saved;
  return navigator.language.toLowerCase().startsWith("en") ? "en" : DEFAULT_LANG;
}

// Kept outside React too, for code that runs outside components (the API client's network message).
let current: Lang = initialLang();
document.documentElement.lang = current;

export function currentLang(): Lang {
  return current;
}

/**
 * Loads the messages of a language before it is shown. Offline without them (a phone that never fetched
 * English), texts stay in Spanish rather than the choice failing.
 */
export function messagesReady(lang: Lang): Promise<void> {
  return loadMessages(lang).catch(() => {});
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangContextValue>({ lang: current, setLang: () => {} });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setState] = useState<Lang>(current);
  const setLang = useCallback((next: Lang) => {
    current = next;
    // The server reads the same cookie, so its error messages follow the person's choice. (The Cookie Store
    // API needs HTTPS; phones reach the server over plain HTTP on the venue's network.)
    // biome-ignore lint/suspicious/noDocumentCookie: see above.
    document.cookie = `${COOKIE}=${next}; path=/; max-age=${365 * 24 * 3600}; samesite=lax`;
    document.documentElement.lang = next;
    void messagesReady(next).then(() => setState(next));
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  return useContext(LangContext);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** The translate function for the person's current language. */
export function useT(): Translate {
  const { lang } = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
