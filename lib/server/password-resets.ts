import "server-only";
import crypto from "node:crypto";
import { PASSWORD_RESET_HOURS } from "@/lib/auth/account-schemas";
import { AppError } from "@/lib/errors";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { db } from "./db";
import { hashInvitationToken } from "./members";
import { assertAcceptablePassword } from "./passwords";
import { endSessionsOf } from "./sessions";
import { hashPassword } from "./sign-in";

/**
 * An owner issues a reset link for a member who has forgotten their password, and passes it on
 * (Protokoll sends no e-mail). The token is shown once; only its SHA-256 is stored. Issuing a
 * new link withdraws the member's earlier unused ones.
 *
 * An account may belong to several companies. An owner of one of them must not be able to take
 * over the account's standing in another, so the link is refused unless the issuer is an owner
 * of every company the member belongs to.
 */
export async function createPasswordReset(access: CompanyAccess, membershipId: string) {
  const companyId = access.company.id;
  const membership = await db().membership.findFirst({
    where: { id: membershipId, companyId },
    select: { userId: true, user: { select: { email: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (membership.userId === access.user.id) throw new AppError("CONFLICT", "passwordReset.notForYourself");
  const elsewhere = await db().membership.count({
    where: { userId: membership.userId, company: { memberships: { none: { userId: access.user.id, role: "OWNER" } } } },
  });
  if (elsewhere > 0) throw new AppError("FORBIDDEN", "passwordReset.otherCompanies");

  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + PASSWORD_RESET_HOURS * 60 * 60 * 1000);
  return db().$transaction(async (tx) => {
    await tx.passwordReset.deleteMany({ where: { userId: membership.userId, usedAt: null } });
    const reset = await tx.passwordReset.create({
      data: { userId: membership.userId, companyId, tokenHash: hashInvitationToken(token), createdById: access.user.id, expiresAt },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "MEMBER_PASSWORD_RESET",
      entityType: "Membership",
      entityId: membershipId,
      after: { userId: membership.userId, email: membership.user.email, expiresAt: reset.expiresAt.toISOString() },
    });
    return { email: membership.user.email, expiresAt: reset.expiresAt, token, path: `/reset-password/${token}` };
  });
}

export type PasswordResetState = { status: "valid"; email: string } | { status: "expired" | "used" | "unknown" };

/** What the reset page shows for a token, revealing nothing for an unknown one. */
export async function describePasswordReset(token: string): Promise<PasswordResetState> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return { status: "unknown" };
  const reset = await db().passwordReset.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { email: true } } },
  });
  if (!reset) return { status: "unknown" };
  if (reset.usedAt) return { status: "used" };
  if (reset.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", email: reset.user.email };
}

/**
 * Sets the member's new password through the link, once: the link is locked, checked and
 * marked used in the same transaction, and every session of the member ends (whoever had
 * the account before the reset is signed out).
 */
export async function resetPassword(token: string, password: string): Promise<{ email: string }> {
  const state = await describePasswordReset(token);
  if (state.status !== "valid") throw new AppError(state.status === "unknown" ? "NOT_FOUND" : "CONFLICT", `passwordReset.${state.status}`);
  const user = await db().user.findUniqueOrThrow({ where: { email: state.email }, select: { id: true, email: true, name: true } });
  await assertAcceptablePassword(password, { email: user.email, name: user.name, userId: user.id });
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; used_at: Date | null; expires_at: Date; user_id: string }[]>`
      SELECT id, used_at, expires_at, user_id FROM password_resets WHERE token_hash = ${hashInvitationToken(token)} FOR UPDATE`;
    const reset = rows[0];
    if (!reset || reset.user_id !== user.id) throw new AppError("NOT_FOUND", "passwordReset.unknown");
    if (reset.used_at) throw new AppError("CONFLICT", "passwordReset.used");
    if (reset.expires_at <= new Date()) throw new AppError("CONFLICT", "passwordReset.expired");
    await tx.passwordReset.update({ where: { id: reset.id }, data: { usedAt: new Date() }, select: { id: true } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    await endSessionsOf(tx, user.id);
    return { email: user.email };
  });
}
