/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit computed with the
 * weights 7, 9, 10, 5, 8, 4, 2 modulo 11 (a remainder of 1 is never issued).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export function isBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const digits = match[1]!;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]);
}
