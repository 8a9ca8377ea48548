/**
 * How failed sign-ins slow the next ones down (security finding 6). Two counters, both within a 15-minute window:
 * - one account from one address: after 5 failures that pair waits before its next try, 30 s doubling up to 15 min.
 *   It holds back whoever is guessing, from where he guesses, and no one else;
 * - one account from anywhere: after 10 failures every try of that account is answered more slowly, up to 3 s more.
 *   This bounds an attacker who changes addresses, and it never refuses the account's owner.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
const PAIR_FREE_FAILURES = 5;
const PAIR_FIRST_WAIT_MS = 30_000;
const PAIR_MAX_WAIT_MS = 15 * 60_000;
const ACCOUNT_FREE_FAILURES = 10;
const ACCOUNT_STEP_MS = 250;
const ACCOUNT_MAX_SLOWDOWN_MS = 3_000;

/** How long the (account, address) pair must wait after its `failures`-th failure in the window. */
export function pairWaitMs(failures: number): number {
  if (failures < PAIR_FREE_FAILURES) return 0;
  return Math.min(PAIR_FIRST_WAIT_MS * 2 ** (failures - PAIR_FREE_FAILURES), PAIR_MAX_WAIT_MS);
}

/** How much more slowly every try of an account is answered after its `failures` failures in the window. */
export function accountSlowdownMs(failures: number): number {
  if (failures <= ACCOUNT_FREE_FAILURES) return 0;
  return Math.min((failures - ACCOUNT_FREE_FAILURES) * ACCOUNT_STEP_MS, ACCOUNT_MAX_SLOWDOWN_MS);
}
