import type { DocumentType } from "./catalog";

export interface DocumentRule {
  /** "digits": only 0-9; "alphanumeric": letters A-Z and digits. */
  chars: "digits" | "alphanumeric";
  min: number;
  max: number;
}

// Lengths as the issuing offices print them: cédulas since 2004 are the 10-digit NUIP, older ones as short
// as 3 digits; tarjetas de identidad 10 or 11 digits; PEP numbers 15 digits.
export const DOCUMENT_RULES: Record<DocumentType, DocumentRule> = {
  CC: { chars: "digits", min: 3, max: 10 },
  TI: { chars: "digits", min: 10, max: 11 },
  CE: { chars: "digits", min: 3, max: 10 },
  PPT: { chars: "digits", min: 5, max: 10 },
  PEP: { chars: "digits", min: 6, max: 15 },
  PAS: { chars: "alphanumeric", min: 5, max: 20 },
  OTRO: { chars: "alphanumeric", min: 3, max: 20 },
};

/** Removes dots, spaces and dashes (as people write "1.023.456-789") and upper-cases passport letters. */
export function normalizeDocument(raw: string): string {
  return raw.replace(/[.\s\-‐‑‒–—−]/g, "").toUpperCase();
}

export type DocumentProblem = "empty" | "digits" | "chars" | "length";

/** What is wrong with an already normalised number for its document type, or null when it is valid. */
export function documentProblem(type: DocumentType, number: string): DocumentProblem | null {
  const rule = DOCUMENT_RULES[type];
  if (number === "") return "empty";
  if (rule.chars === "digits" && !/^\d+$/.test(number)) return "digits";
  if (rule.chars === "alphanumeric" && !/^[A-Z0-9]+$/.test(number)) return "chars";
  if (number.length < rule.min || number.length > rule.max) return "length";
  return null;
}

const HIDDEN = "••••";

/**
 * A document number as staff and the person's own page show it: enough of the end to match the card in the
 * person's hand, never the whole number nor its length. At most four characters and never more than half of
 * the number are visible.
 */
export function maskDocument(documentNumber: string): string {
  const compact = documentNumber.replace(/[\s.-]/g, "");
  const visible = Math.min(4, Math.floor(compact.length / 2));
  return visible === 0 ? HIDDEN : `${HIDDEN} ${compact.slice(-visible)}`;
}
