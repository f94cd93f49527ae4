import { agreements } from "./areas/agreements";
import { allies } from "./areas/allies";
import { allocation } from "./areas/allocation";
import { assemblies } from "./areas/assemblies";
import { associativity } from "./areas/associativity";
import { attendance } from "./areas/attendance";
import { catalog } from "./areas/catalog";
import { checkin } from "./areas/checkin";
import { commitments } from "./areas/commitments";
import { common } from "./areas/common";
import { errors } from "./areas/errors";
import { experiences } from "./areas/experiences";
import { offline } from "./areas/offline";
import { plenary } from "./areas/plenary";
import { projector } from "./areas/projector";
import { puzzle } from "./areas/puzzle";
import { registration } from "./areas/registration";
import { reports } from "./areas/reports";
import { runOfDay } from "./areas/run-of-day";
import { users } from "./areas/users";
import { votes } from "./areas/votes";

const AREAS = [
  common,
  errors,
  catalog,
  agreements,
  assemblies,
  users,
  checkin,
  attendance,
  registration,
  reports,
  allies,
  experiences,
  allocation,
  puzzle,
  offline,
  associativity,
  runOfDay,
  projector,
  plenary,
  votes,
  commitments,
] as const;

type KeysOf<A> = A extends Record<infer K, string> ? K & string : never;
export type MessageKey = KeysOf<(typeof AREAS)[number]>;
export type Lang = "es" | "en";
export const LANGS: readonly Lang[] = ["es", "en"];
export const DEFAULT_LANG: Lang = "es";

const MESSAGES: Record<Lang, Record<string, string>> = { es: Object.assign({}, ...AREAS), en: {} };

let english: Promise<void> | null = null;

/**
 * Makes a language's messages available: Spanish always is; English is fetched once, on demand (the server
 * loads it at start, the client when someone chooses English). Until then English keys read in Spanish.
 */
export function loadMessages(lang: Lang): Promise<void> {
  if (lang === "es") return Promise.resolve();
  english ??= import("./english").then((module) => {
    Object.assign(MESSAGES.en, module.ENGLISH);
  });
  return english;
}

export type Params = Record<string, string | number>;

/** Translate a key; `{name}` placeholders are filled from params. Unknown keys fall back to Spanish. */
export function translate(lang: Lang, key: MessageKey | string, params?: Params): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.es[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_: string, name: string) => String(params[name] ?? `{${name}}`));
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES.es;
}

export function pickLang(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : DEFAULT_LANG;
}
