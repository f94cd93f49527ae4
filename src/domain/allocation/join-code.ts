// Join codes: what a sub-table leader types on a phone to open the sub-table's puzzle without an account.

/** Digits and capitals without the ones people confuse: 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 6;
const MAX_LENGTH = 12;

/** A new code; `randomInt(n)` must return a uniform integer in [0, n) (crypto's randomInt on the server). */
export function generateJoinCode(
  randomInt: (exclusiveMax: number) => number,
  length = JOIN_CODE_LENGTH,
): string {
  if (length < JOIN_CODE_LENGTH)
    throw new RangeError(`A join code has at least ${JOIN_CODE_LENGTH} characters`);
  let code = "";
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The code as typed (any case, spaces or dashes) in canonical form, or null when it cannot be a code. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length < JOIN_CODE_LENGTH || code.length > MAX_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}
