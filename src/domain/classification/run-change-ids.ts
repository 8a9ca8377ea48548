/**
 * A run numbers its history rows: each id is the run's id with the row's number, in hex, in place of the run id's
 * last 12 digits. Still a UUID, unique (runs of a tenant never share their first 24 characters: the time and random
 * bits of a UUIDv7), in the order the run wrote them, and every row of a run sorts at or after `firstChangeIdOf`.
 */
export const ROW_NUMBER_DIGITS = 12;

/** The part of a run's id its history rows keep. */
export function changeIdPrefixOf(runId: string): string {
  return runId.slice(0, runId.length - ROW_NUMBER_DIGITS);
}

export function firstChangeIdOf(runId: string): string {
  return `${changeIdPrefixOf(runId)}${"0".repeat(ROW_NUMBER_DIGITS)}`;
}
