import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { THROTTLE_POLICY, throttleKeyForEmail } from "@/lib/auth/throttle-policy";
import { unstorableText } from "@/lib/validation/storable";
import { db } from "./db";

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; locale: "EN" | "NB" } }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "throttled"; lockedUntil: Date };

// A hash to verify against when the address is unknown, so that a wrong
// address and a wrong password take the same time.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hash("protokoll-timing-equaliser");
  return dummyHash;
}

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

async function currentLock(key: string): Promise<Date | null> {
  if (unstorableText(key)) return null;
  const row = await db().signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/**
 * Counts one failure atomically in the database (several app servers may
 * count at once) and locks the key when the count reaches the limit.
 */
async function recordFailure(key: string): Promise<void> {
  const { maxFailures, windowMinutes, lockMinutes } = THROTTLE_POLICY;
  // "fresh": the previous window or lock has run out, so counting starts again.
  await db().$executeRaw`
    INSERT INTO sign_in_throttles AS t (key, failure_count, first_failure_at, locked_until, updated_at)
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${maxFailures}::int THEN now() + make_interval(mins => ${lockMinutes}::int) END, now())
    ON CONFLICT (key) DO UPDATE SET
      failure_count = CASE WHEN (t.first_failure_at < now() - make_interval(mins => ${windowMinutes}::int) OR t.locked_until < now())
        THEN 1 ELSE t.failure_count + 1 END,
      first_failure_at = CASE WHEN (t.first_failure_at < now() - make_interval(mins => ${windowMinutes}::int) OR t.locked_until < now())
        THEN now() ELSE t.first_failure_at END,
      locked_until = CASE
        WHEN (t.first_failure_at < now() - make_interval(mins => ${windowMinutes}::int) OR t.locked_until < now())
          THEN CASE WHEN 1 >= ${maxFailures}::int THEN now() + make_interval(mins => ${lockMinutes}::int) END
        WHEN t.failure_count + 1 >= ${maxFailures}::int THEN now() + make_interval(mins => ${lockMinutes}::int)
        ELSE t.locked_until END,
      updated_at = now()`;
}

/** Checks an e-mail address and password, honouring and updating the throttle. */
export async function checkCredentials(email: string, password: string): Promise<SignInOutcome> {
  const key = throttleKeyForEmail(email);
  const locked = await currentLock(key);
  if (locked) return { ok: false, reason: "throttled", lockedUntil: locked };

  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, locale: true, passwordHash: true },
  });
  const valid = user ? await verify(user.passwordHash, password) : (await verify(await dummy(), password), false);

  if (!user || !valid) {
    await recordFailure(key);
    const lockedNow = await currentLock(key);
    return lockedNow ? { ok: false, reason: "throttled", lockedUntil: lockedNow } : { ok: false, reason: "wrong-credentials" };
  }
  await db().signInThrottle.deleteMany({ where: { key } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, locale: user.locale } };
}

/** When the throttle on this address ends, or null if it is not locked. */
export function lockForEmail(email: string): Promise<Date | null> {
  return currentLock(throttleKeyForEmail(email));
}
