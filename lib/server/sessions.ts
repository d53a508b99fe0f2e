import "server-only";
import crypto from "node:crypto";
import { SESSION_POLICY, sessionOpen } from "@/lib/auth/session-policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";

type Tx = Prisma.TransactionClient;

/**
 * Opens a session for a user who has just signed in; its id goes into the session cookie.
 * The user's sessions that have ended without a sign-out (idle, past their end) go now:
 * nothing else would ever delete a row whose browser simply stopped coming.
 */
export async function startSession(userId: string): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_POLICY.maxHours * 60 * 60 * 1000);
  const idleSince = new Date(now - SESSION_POLICY.idleMinutes * 60_000);
  await db().$transaction([
    db().userSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lte: new Date(now) } }, { lastSeenAt: { lte: idleSince } }] } }),
    db().userSession.create({ data: { id, userId, expiresAt }, select: { id: true } }),
  ]);
  return id;
}

/**
 * Whether the session named in a cookie is still open for this user; records the use (at
 * most every `touchEverySeconds`). A session that has ended is deleted on the way.
 */
export async function touchSession(sessionId: string, userId: string): Promise<boolean> {
  const session = await db().userSession.findUnique({ where: { id: sessionId }, select: { userId: true, lastSeenAt: true, expiresAt: true } });
  if (!session || session.userId !== userId) return false;
  const now = new Date();
  if (!sessionOpen(session, now)) {
    await db().userSession.deleteMany({ where: { id: sessionId } });
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_POLICY.touchEverySeconds * 1000) {
    await db().userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Sign-out: the cookie's session ends here, on every app server. */
export async function endSession(sessionId: string): Promise<void> {
  await db().userSession.deleteMany({ where: { id: sessionId } });
}

/**
 * Ends a user's sessions, except `keep` (the browser that changed the password stays
 * signed in). Inside the transaction that changes the password, so both happen or neither.
 */
export async function endSessionsOf(tx: Tx, userId: string, keep?: string): Promise<number> {
  const { count } = await tx.userSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}
