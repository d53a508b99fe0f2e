import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { clientKey, delaySeconds, pairKey, THROTTLE_POLICY, type ThrottleRule } from "@/lib/auth/throttle-policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";

type Tx = Prisma.TransactionClient;

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; locale: "EN" | "NB" } }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "throttled"; retryAt: Date };

// A hash to verify against when the address is unknown, so that a wrong address and a wrong
// password take the same time (argon2 dominates both). Made at start-up, not at the first
// unknown address, whose answer would otherwise take a hash longer than every later one.
const dummyHash: Promise<string> = hash("protokoll-timing-equaliser");

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password against a stored hash; a hash that cannot be read is a wrong password. */
async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/**
 * Locks a counter's row (creating it at zero) for the rest of the transaction and reads it.
 * A counter quiet for `resetAfterMinutes` starts again from zero.
 */
async function lockedCounter(tx: Tx, key: string): Promise<{ failures: number; nextAttemptAt: Date }> {
  const rows = await tx.$queryRaw<{ failure_count: number; next_attempt_at: Date; stale: boolean }[]>`
    INSERT INTO sign_in_throttles AS t (key, failure_count, last_failure_at, next_attempt_at, updated_at)
    VALUES (${key}, 0, now(), now(), now())
    ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
    RETURNING failure_count, next_attempt_at,
      last_failure_at < now() - make_interval(mins => ${THROTTLE_POLICY.resetAfterMinutes}::int) AS stale`;
  const row = rows[0];
  if (!row) throw new Error(`sign-in counter ${key} was not created`);
  return { failures: row.stale ? 0 : row.failure_count, nextAttemptAt: row.next_attempt_at };
}

async function countFailure(tx: Tx, key: string, failures: number, rule: ThrottleRule): Promise<void> {
  await tx.$executeRaw`
    UPDATE sign_in_throttles
    SET failure_count = ${failures}, last_failure_at = now(),
        next_attempt_at = now() + make_interval(secs => ${delaySeconds(failures, rule)}::int), updated_at = now()
    WHERE key = ${key}`;
}

/**
 * Claims one attempt for the (address, client) pair and the client: refused while either
 * counter's delay runs, else counted as a failure before the password is checked — so that
 * parallel guesses cannot all slip in before the first failure is written. A success takes
 * its count back (`forgiveAttempt`).
 */
async function claimAttempt(email: string, client: string): Promise<{ allowed: true } | { allowed: false; retryAt: Date }> {
  const keys = [
    { key: pairKey(email, client), rule: THROTTLE_POLICY.pair },
    { key: clientKey(client), rule: THROTTLE_POLICY.client },
  ];
  return db().$transaction(async (tx) => {
    const counters = [];
    // Always the pair first, then the client: every attempt locks in the same order, so none deadlock.
    for (const { key, rule } of keys) counters.push({ key, rule, ...(await lockedCounter(tx, key)) });
    const now = Date.now();
    const waiting = counters.filter((c) => c.failures > 0 && c.nextAttemptAt.getTime() > now);
    if (waiting.length > 0) return { allowed: false, retryAt: new Date(Math.max(...waiting.map((c) => c.nextAttemptAt.getTime()))) };
    for (const c of counters) await countFailure(tx, c.key, c.failures + 1, c.rule);
    return { allowed: true };
  });
}

/**
 * The right password: the pair starts afresh; the client's count loses this attempt only.
 * Counters quiet for longer than they count (`resetAfterMinutes`) are deleted on the way,
 * through the index on updated_at, so the table holds only the last hour's failures.
 */
async function forgiveAttempt(email: string, client: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: pairKey(email, client) } });
  await db().signInThrottle.deleteMany({
    where: { updatedAt: { lt: new Date(Date.now() - THROTTLE_POLICY.resetAfterMinutes * 60_000) }, nextAttemptAt: { lt: new Date() } },
  });
  await db().$executeRaw`
    UPDATE sign_in_throttles SET failure_count = greatest(failure_count - 1, 0), updated_at = now()
    WHERE key = ${clientKey(client)}`;
}

/**
 * Checks an e-mail address and password from `client` (the caller's IP address,
 * lib/server/client-address.ts), honouring and updating the throttle. An unknown address
 * takes the same path and time as a wrong password: same counters, one argon2 verification.
 */
export async function checkCredentials(email: string, password: string, client: string): Promise<SignInOutcome> {
  const address = email.trim().toLowerCase();
  const claim = await claimAttempt(address, client);
  if (!claim.allowed) return { ok: false, reason: "throttled", retryAt: claim.retryAt };

  const user = await db().user.findUnique({
    where: { email: address },
    select: { id: true, email: true, name: true, locale: true, passwordHash: true },
  });
  const valid = await passwordMatches(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid) return { ok: false, reason: "wrong-credentials" };

  await forgiveAttempt(address, client);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, locale: user.locale } };
}
