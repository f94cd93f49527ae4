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

type KeysOf<A> = A extends { es: infer E } ? keyof E & string : never;
export type MessageKey = KeysOf<(typeof AREAS)[number]>;
export type Lang = "es" | "en";
export const LANGS: readonly Lang[] = ["es", "en"];
export const DEFAULT_LANG: Lang = "es";

const MESSAGES: Record<Lang, Record<string, string>> = {
  es: Object.assign({}, ...AREAS.map((a) => a.es)),
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
};

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
