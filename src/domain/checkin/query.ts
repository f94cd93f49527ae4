import { foldText } from "../text/normalize";

export type DeskQuery =
  /** Digits (letters allowed for passports): the beginning of a document number, separators removed. */
  | { kind: "document"; prefix: string }
  /** Folded words (no accents, lower case); every word must appear in the person's names. */
  | { kind: "name"; words: string[] }
  /** Too little to search among hundreds of people: the desk keeps typing. */
  | { kind: "too_short" };

const MIN_DOCUMENT_PREFIX = 3;
const MIN_LONGEST_WORD = 3;
const MAX_WORDS = 5;

/** Reads what a desk typed (or a USB scanner typed): a document prefix or parts of a name. */
export function parseDeskQuery(raw: string): DeskQuery {
  const text = raw.trim();
  const compact = text.replace(/[\s.-]/g, "").toUpperCase();
  if (/\d/.test(compact) && /^[0-9A-Z]+$/.test(compact)) {
    return compact.length >= MIN_DOCUMENT_PREFIX
      ? { kind: "document", prefix: compact }
      : { kind: "too_short" };
  }
  const words = foldText(text)
    .replace(/[^\p{L}\s]/gu, " ")
    .split(" ")
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
  const longest = Math.max(0, ...words.map((word) => word.length));
  return longest >= MIN_LONGEST_WORD ? { kind: "name", words } : { kind: "too_short" };
}
