import { describe, expect, it } from "vitest";
import { THROTTLE_POLICY } from "@/lib/auth/throttle-policy";
import { db } from "./db";
import { checkCredentials, lockForEmail } from "./sign-in";
import { createUser } from "@/test/server/factories";

describe("checkCredentials", () => {
  it("accepts the right password and never returns the hash", async () => {
    const user = await createUser();
    const outcome = await checkCredentials(user.email.toUpperCase(), user.password);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(Object.keys(outcome.user)).not.toContain("passwordHash");
  });

  it("refuses a wrong password and an unknown address alike", async () => {
    const user = await createUser();
    expect(await checkCredentials(user.email, "wrong password!")).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await checkCredentials("nobody@example.test", "whatever-password")).toEqual({ ok: false, reason: "wrong-credentials" });
  });

  it("locks an address after repeated failures, even for the right password, with the count in the database", async () => {
    const user = await createUser();
    const outcomes = [];
    for (let i = 0; i < THROTTLE_POLICY.maxFailures; i++) outcomes.push(await checkCredentials(user.email, `wrong-${i}`));
    expect(outcomes.slice(0, -1).every((o) => !o.ok && o.reason === "wrong-credentials")).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkCredentials(user.email, user.password)).toMatchObject({ ok: false, reason: "throttled" });
    const row = await db().signInThrottle.findUnique({ where: { key: `email:${user.email}` } });
    expect(row?.failureCount).toBe(THROTTLE_POLICY.maxFailures);
    expect(await lockForEmail(user.email)).toBeInstanceOf(Date);
  });

  it("starts counting again once the lock has run out", async () => {
    const user = await createUser();
    for (let i = 0; i < THROTTLE_POLICY.maxFailures; i++) await checkCredentials(user.email, `wrong-${i}`);
    await db().signInThrottle.update({
      where: { key: `email:${user.email}` },
      data: { lockedUntil: new Date(Date.now() - 1000), firstFailureAt: new Date(Date.now() - 3600_000) },
    });
    expect(await checkCredentials(user.email, "wrong again")).toEqual({ ok: false, reason: "wrong-credentials" });
    const row = await db().signInThrottle.findUnique({ where: { key: `email:${user.email}` } });
    expect(row?.failureCount).toBe(1);
    expect((await checkCredentials(user.email, user.password)).ok).toBe(true);
  });

  it("counts concurrent failures from several servers without losing any", async () => {
    const user = await createUser();
    await Promise.all(Array.from({ length: 3 }, (_, i) => checkCredentials(user.email, `parallel-${i}`)));
    const row = await db().signInThrottle.findUnique({ where: { key: `email:${user.email}` } });
    expect(row?.failureCount).toBe(3);
  });
});
