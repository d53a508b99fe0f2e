/**
 * How long a signed-in browser stays signed in (docs/decisions/015-accounts-and-sessions.md).
 * A session ends at sign-out, after `idleMinutes` without a request, and at the latest
 * `maxHours` after sign-in. Every request checks the session's row in PostgreSQL, so the end
 * holds on every app server at once.
 */
export const SESSION_POLICY = {
  idleMinutes: 30,
  maxHours: 8,
  /** The last-seen time is written at most this often: a busy page does not write per request. */
  touchEverySeconds: 60,
} as const;

/** Whether a session last seen at `lastSeenAt` and ending at `expiresAt` is still open at `now`. */
export function sessionOpen(session: { lastSeenAt: Date; expiresAt: Date }, now: Date = new Date()): boolean {
  return session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() < SESSION_POLICY.idleMinutes * 60_000;
}
