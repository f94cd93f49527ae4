// Colombian mobile numbers: ten digits starting with 3, stored in E.164 (+57…). Landlines since 2021 are
// ten digits starting with 60; the older seven-digit numbers are refused as too short.

export type PhoneProblem = "empty" | "chars" | "landline" | "length" | "not_mobile";

const SEPARATORS = /[\s.\-()‐‑–—]/g;

function nationalDigits(raw: string): string | null {
  const compact = raw.trim().replace(SEPARATORS, "");
  if (!/^\+?\d*$/.test(compact)) return null;
  const digits = compact.replace(/^\+/, "");
  if (compact.startsWith("+") || digits.length > 10) {
    if (digits.startsWith("0057")) return digits.slice(4);
    if (digits.startsWith("57")) return digits.slice(2);
  }
  return digits;
}

export function mobileProblem(raw: string): PhoneProblem | null {
  if (raw.trim() === "") return "empty";
  const digits = nationalDigits(raw);
  if (digits === null) return "chars";
  if (digits.startsWith("60") && digits.length === 10) return "landline";
  if (digits.length !== 10) return "length";
  if (!digits.startsWith("3")) return "not_mobile";
  return null;
}

/** "+57 300-123-4567", "300 123 4567", "573001234567" → "+573001234567"; null for anything else. */
export function normalizeMobile(raw: string): string | null {
  if (mobileProblem(raw)) return null;
  return `+57${nationalDigits(raw)}`;
}

/** "+573001234567" → "300 123 4567", how people read their number. */
export function formatMobile(e164: string): string {
  const digits = e164.replace(/^\+57/, "");
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
