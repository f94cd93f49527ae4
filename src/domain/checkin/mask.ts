const HIDDEN = "••••";

/**
 * A document number as the desk shows it: enough of the end to match the card in the person's hand, never
 * the whole number. At most four characters and never more than half of the number are visible.
 */
export function maskDocument(documentNumber: string): string {
  const compact = documentNumber.replace(/[\s.-]/g, "");
  const visible = Math.min(4, Math.floor(compact.length / 2));
  return visible === 0 ? HIDDEN : `${HIDDEN} ${compact.slice(-visible)}`;
}
