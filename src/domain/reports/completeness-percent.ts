/**
 * Completeness of contact information as a percentage to one decimal (SPEC §7.1.1): filled (counterparty, field)
 * pairs ÷ possible pairs. For a group it is the pooled share, which equals the mean of its counterparties'
 * percentages because every counterparty has the same fields. Null when nothing could be filled.
 */
export function completenessPercent(filled: number, possible: number): number | null {
  if (possible <= 0) return null;
  return Math.round((filled * 1000) / possible) / 10;
}
