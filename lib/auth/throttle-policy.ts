/**
 * Sign-in throttling: after MAX_FAILURES failed attempts for one e-mail
 * address within WINDOW_MINUTES, that address is locked for LOCK_MINUTES.
 * Counting per address (not per IP) protects an account from guessing spread
 * over many machines; the lock expires on its own so an attacker cannot lock
 * a DPO out for good.
 */
export const THROTTLE_POLICY = {
  maxFailures: 5,
  windowMinutes: 15,
  lockMinutes: 15,
} as const;

export function throttleKeyForEmail(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

/** Whole minutes left in a lock, at least 1, for the message shown to the user. */
export function minutesLeft(lockedUntil: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
