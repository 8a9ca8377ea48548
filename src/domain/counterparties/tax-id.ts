/**
 * Russian taxpayer numbers. ИНН: 10 digits for a legal entity, 12 for an individual (entrepreneur or person), each
 * ending in check digits; КПП: 9 characters, the 5th and 6th may be Latin capitals.
 */
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  return (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11) % 10;
}

export function isValidTaxId(value: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return false;
  const d = [...value].map(Number);
  if (d.length === 10) return checkDigit(d, W10) === d[9];
  return checkDigit(d, W11) === d[10] && checkDigit(d, W12) === d[11];
}

/** Legal entities have 10-digit ИНН; individuals (including sole traders) 12. */
export function taxIdLengthFor(kind: "LEGAL_ENTITY" | "INDIVIDUAL"): 10 | 12 {
  return kind === "LEGAL_ENTITY" ? 10 : 12;
}

export function isValidKpp(value: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(value);
}

/** Completes the first 9 (legal entity) or 10 (individual) digits into a valid ИНН: for generated test data. */
export function completeTaxId(prefix: string): string {
  const d = [...prefix].map(Number);
  if (d.length === 9) return prefix + checkDigit(d, W10);
  const eleventh = checkDigit(d, W11);
  return prefix + eleventh + checkDigit([...d, eleventh], W12);
}
