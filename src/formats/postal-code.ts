/**
 * Finnish postal code (postinumero): exactly five ASCII digits, such as 00100 (Helsinki) or
 * 99999 (Korvatunturi). Leading zeros are significant, so the value is text, never a number.
 * Spaces, a country prefix (FI-00100) and other lengths are refused: the address field stores
 * the code alone, and trimming belongs to the input layer. Whether Posti actually uses the code
 * is not checked; that needs Posti's code list, which changes.
 */
export function isPostalCode(value: string): boolean {
  return /^[0-9]{5}$/.test(value);
}
