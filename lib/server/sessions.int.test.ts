import { describe, expect, it } from "vitest";
import { SESSION_POLICY } from "@/lib/auth/session-policy";
import { db } from "./db";
import { endSession, endSessionsOf, startSession, touchSession } from "./sessions";
import { createUser } from "@/test/server/factories";

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("sessions in PostgreSQL", () => {
  it("a started session is open for its user only", async () => {
    const user = await createUser();
    const other = await createUser();
    const sid = await startSession(user.id);
    expect(await touchSession(sid, user.id)).toBe(true);
    expect(await touchSession(sid, other.id)).toBe(false);
    expect(await touchSession("no-such-session", user.id)).toBe(false);
  });

  it("ends at sign-out, for every app server (the row is gone)", async () => {
    const user = await createUser();
    const sid = await startSession(user.id);
    await endSession(sid);
    expect(await touchSession(sid, user.id)).toBe(false);
    expect(await db().userSession.count({ where: { id: sid } })).toBe(0);
  });

  it("ends after the idle timeout, and not before", async () => {
    const user = await createUser();
    const sid = await startSession(user.id);
    await db().userSession.update({ where: { id: sid }, data: { lastSeenAt: minutesAgo(SESSION_POLICY.idleMinutes - 1) } });
    expect(await touchSession(sid, user.id)).toBe(true);
    // That use was recorded: the session is fresh again.
    const touched = await db().userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);

    await db().userSession.update({ where: { id: sid }, data: { lastSeenAt: minutesAgo(SESSION_POLICY.idleMinutes + 1) } });
    expect(await touchSession(sid, user.id)).toBe(false);
    expect(await db().userSession.count({ where: { id: sid } })).toBe(0);
  });

  it("ends at its absolute end however active it is", async () => {
    const user = await createUser();
    const sid = await startSession(user.id);
    await db().userSession.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await touchSession(sid, user.id)).toBe(false);
  });

  it("writes the last use at most once a minute", async () => {
    const user = await createUser();
    const sid = await startSession(user.id);
    const before = await db().userSession.findUniqueOrThrow({ where: { id: sid } });
    await touchSession(sid, user.id);
    const after = await db().userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(after.lastSeenAt).toEqual(before.lastSeenAt);
  });

  it("a password change ends the user's other sessions and keeps the one that changed it", async () => {
    const user = await createUser();
    const here = await startSession(user.id);
    const elsewhere = await startSession(user.id);
    const otherUser = await createUser();
    const theirs = await startSession(otherUser.id);
    expect(await db().$transaction((tx) => endSessionsOf(tx, user.id, here))).toBe(1);
    expect(await touchSession(here, user.id)).toBe(true);
    expect(await touchSession(elsewhere, user.id)).toBe(false);
    expect(await touchSession(theirs, otherUser.id)).toBe(true);
  });
});

describe("sessions left behind", () => {
  it("a new sign-in deletes the user's sessions that ended without a sign-out, and only those", async () => {
    const user = await createUser();
    const idle = await startSession(user.id);
    const expired = await startSession(user.id);
    const open = await startSession(user.id);
    await db().userSession.update({ where: { id: idle }, data: { lastSeenAt: minutesAgo(SESSION_POLICY.idleMinutes + 5) } });
    await db().userSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const fresh = await startSession(user.id);
    const left = (await db().userSession.findMany({ where: { userId: user.id }, select: { id: true } })).map((s) => s.id).sort();
    expect(left).toEqual([open, fresh].sort());
  });
});
