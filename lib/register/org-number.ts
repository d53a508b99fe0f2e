/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a
 * MOD11 check digit over the first eight with weights 3,2,7,6,5,4,3,2.
 * A remainder that gives check digit 10 means the number cannot exist.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Removes the spaces people type in organisation numbers ("923 609 016"). */
export function normaliseOrgNumber(value: string): string {
  return value.replace(/[\s\u00a0.]/g, "");
}

export function isValidNorwegianOrgNumber(value: string): boolean {
  const digits = normaliseOrgNumber(value);
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[8]);
}
