/**
 * Sign-in throttling (docs/decisions/015-accounts-and-sessions.md). Two counters, both in
 * PostgreSQL so that every app server counts the same attempts:
 *
 * - per (address, client) pair: guessing one account's password from one machine gets
 *   progressively slower. Counting per pair, not per address, is what keeps a stranger from
 *   locking the owner out: the stranger's failures from their machine never slow down the
 *   owner signing in from theirs.
 * - per client across addresses: trying many addresses from one machine (password spraying,
 *   or probing which addresses exist) gets progressively slower too.
 *
 * Never a hard lock: a delay grows with the failures up to `maxDelaySeconds` and the counter
 * starts again after `resetAfterMinutes` without a failure. During a delay the attempt is
 * refused without looking at the password, so a guess made then tells nothing.
 */
export const THROTTLE_POLICY = {
  pair: { freeFailures: 3, maxDelaySeconds: 15 * 60 },
  client: { freeFailures: 20, maxDelaySeconds: 15 * 60 },
  /** Longer than the longest delay: a patient guesser stays slow. */
  resetAfterMinutes: 60,
} as const;

export type ThrottleRule = { freeFailures: number; maxDelaySeconds: number };

/**
 * Seconds to wait after the `failures`-th failure: none for the first `freeFailures`, then
 * 2, 4, 8, … seconds up to the cap.
 */
export function delaySeconds(failures: number, rule: ThrottleRule): number {
  const over = failures - rule.freeFailures;
  if (over <= 0) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** Math.min(over, 30));
}

function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The (address, client) pair's counter. Known and unknown addresses are counted alike. */
export function pairKey(email: string, client: string): string {
  return `pair:${normalisedEmail(email)} ${client}`;
}

/** The client's counter across all addresses. */
export function clientKey(client: string): string {
  return `client:${client}`;
}

/** Whole seconds left in a delay, at least 1, for the message shown to the user. */
export function secondsLeft(nextAttemptAt: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((nextAttemptAt.getTime() - now.getTime()) / 1000));
}
