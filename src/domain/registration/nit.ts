// The DIAN check digit ("dígito de verificación") of a NIT: a weighted sum of the base digits, mod 11.

/** Prime weights, applied from the rightmost digit of the base leftwards. */
const WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

/** Check digit of a NIT base given as 1–15 digits, without separators. */
export function nitCheckDigit(base: string): number {
  if (!/^\d{1,15}$/.test(base)) {
    throw new RangeError(`A NIT base is 1 to 15 digits: ${base}`);
  }
  let sum = 0;
  for (let position = 0; position < base.length; position++) {
    const digit = Number(base[base.length - 1 - position]);
    sum += digit * (WEIGHTS[position] ?? 0);
  }
  const remainder = sum % 11;
  return remainder > 1 ? 11 - remainder : remainder;
}

/** True when the last digit is the check digit of the rest; dots, dashes and spaces are ignored. */
export function isValidNit(nitWithDv: string): boolean {
  const digits = nitWithDv.replace(/[.\-\s]/g, "");
  if (!/^\d{2,16}$/.test(digits) || /^0+$/.test(digits.slice(0, -1))) {
    return false;
  }
  return nitCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}
