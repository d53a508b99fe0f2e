import "server-only";
import crypto from "node:crypto";
import { propertyOf } from "@/lib/validation/unknown";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRole } from "@/lib/register/enums";
import { INVITATION_DAYS } from "@/lib/register/member-schemas";
import type { CompanyAccess, CurrentUser } from "./access";
import { recordAudit } from "./audit";
import { assertFourEyesStillPossible } from "./notice/publish-requests";
import { db } from "./db";
import { assertAcceptablePassword } from "./passwords";
import { hashPassword } from "./sign-in";

type Tx = Prisma.TransactionClient;

/** Only the SHA-256 of an invitation token is stored; the token itself is shown once. */
export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Members and pending invitations of the company, for its owners. */
export async function listMembers(access: CompanyAccess) {
  const companyId = access.company.id;
  const [members, invitations] = await Promise.all([
    db().membership.findMany({
      where: { companyId },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    }),
    db().invitation.findMany({
      where: { companyId, acceptedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { members, invitations };
}

/**
 * Creates an invitation and returns its token, once: only the token's hash is
 * stored, so a leaked database does not hand out memberships.
 */
export async function createInvitation(access: CompanyAccess, input: { email: string; role: MembershipRole }) {
  const companyId = access.company.id;
  const already = await db().membership.findFirst({ where: { companyId, user: { email: input.email } }, select: { id: true } });
  if (already) throw new AppError("CONFLICT", "members.alreadyMember");
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: { companyId, email: input.email, role: input.role, tokenHash: hashInvitationToken(token), createdById: access.user.id, expiresAt },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "MEMBER_INVITE",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { ...invitation, token, path: `/invite/${token}` };
  });
}

/** Withdraws a pending invitation; its link stops working. */
export async function revokeInvitation(access: CompanyAccess, invitationId: string) {
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, companyId, acceptedAt: null }, select: { id: true, email: true, role: true } });
    if (!invitation) throw new AppError("NOT_FOUND");
    await tx.invitation.delete({ where: { id: invitation.id } });
    await recordAudit(tx, { companyId, actorId: access.user.id, action: "DELETE", entityType: "Invitation", entityId: invitation.id, before: invitation });
    return { id: invitation.id };
  });
}

/**
 * Locks the company's owner rows and refuses a change that would leave it
 * without an owner (nobody could then manage members or delete its data).
 * Two owners demoting each other at the same time are serialised by the lock:
 * the second sees one owner left.
 */
async function assertNotLastOwner(tx: Tx, companyId: string, membership: { id: string; role: MembershipRole }, newRole: MembershipRole | null) {
  if (membership.role !== "OWNER" || newRole === "OWNER") return;
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM memberships WHERE company_id = ${companyId} AND role = 'OWNER' FOR UPDATE`;
  if (owners.filter((o) => o.id !== membership.id).length === 0) throw new AppError("CONFLICT", "members.lastOwner");
}

/**
 * Serialises membership changes per company by locking the company row first
 * (NO KEY UPDATE: inserts referencing the company are not blocked). Locking
 * the owner rows in differing orders could deadlock; one lock cannot.
 */
async function lockedMembership(tx: Tx, companyId: string, membershipId: string) {
  await tx.$queryRaw`SELECT id FROM companies WHERE id = ${companyId} FOR NO KEY UPDATE`;
  const rows = await tx.$queryRaw<{ id: string; role: MembershipRole; user_id: string }[]>`
    SELECT id, role::text AS role, user_id FROM memberships WHERE id = ${membershipId} AND company_id = ${companyId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  return { id: row.id, role: row.role, userId: row.user_id };
}

/** Changes a member's role; the last owner cannot be demoted. */
export async function changeMemberRole(access: CompanyAccess, membershipId: string, role: MembershipRole) {
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const membership = await lockedMembership(tx, companyId, membershipId);
    if (membership.role === role) return { id: membership.id, role };
    await assertNotLastOwner(tx, companyId, membership, role);
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await assertFourEyesStillPossible(tx, companyId);
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "MEMBER_ROLE_CHANGE",
      entityType: "Membership",
      entityId: membership.id,
      before: { userId: membership.userId, role: membership.role },
      after: { userId: membership.userId, role },
    });
    return { id: membership.id, role };
  });
}

/** Removes a member from the company; the last owner cannot be removed. */
export async function removeMember(access: CompanyAccess, membershipId: string) {
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const membership = await lockedMembership(tx, companyId, membershipId);
    await assertNotLastOwner(tx, companyId, membership, null);
    await tx.membership.delete({ where: { id: membership.id } });
    await assertFourEyesStillPossible(tx, companyId);
    // An owner of activities who leaves the company can no longer answer for them (lib/server/reviews.ts).
    await tx.processingActivity.updateMany({ where: { companyId, ownerId: membership.userId }, data: { ownerId: null } });
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "MEMBER_REMOVE",
      entityType: "Membership",
      entityId: membership.id,
      before: { userId: membership.userId, role: membership.role },
    });
    return { id: membership.id };
  });
}

export type InvitationState =
  | { status: "valid"; email: string; role: MembershipRole; companyName: string; accountExists: boolean }
  | { status: "expired" | "used" | "unknown" };

/** What the invitation page shows for a token, without revealing anything for an unknown one. */
export async function describeInvitation(token: string): Promise<InvitationState> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return { status: "unknown" };
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, company: { select: { legalName: true } } },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt <= new Date()) return { status: "expired" };
  const accountExists = (await db().user.count({ where: { email: invitation.email } })) > 0;
  return { status: "valid", email: invitation.email, role: invitation.role, companyName: invitation.company.legalName, accountExists };
}

/**
 * Uses an invitation for `user` inside `tx`: locks it, checks it is still
 * open and meant for this address, and makes the user a member.
 */
async function redeem(tx: Tx, token: string, user: { id: string; email: string }) {
  const tokenHash = hashInvitationToken(token);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM invitations WHERE token_hash = ${tokenHash} FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) throw new AppError("NOT_FOUND", "invite.unknown");
  const invitation = await tx.invitation.findUniqueOrThrow({ where: { id }, select: { id: true, companyId: true, email: true, role: true, expiresAt: true, acceptedAt: true } });
  if (invitation.acceptedAt) throw new AppError("CONFLICT", "invite.used");
  if (invitation.expiresAt <= new Date()) throw new AppError("CONFLICT", "invite.expired");
  // The link may have been forwarded: it admits only the address the owner invited.
  if (invitation.email !== user.email.toLowerCase()) throw new AppError("FORBIDDEN", "invite.wrongAccount");
  const existing = await tx.membership.findUnique({ where: { userId_companyId: { userId: user.id, companyId: invitation.companyId } }, select: { id: true } });
  const membership =
    existing ??
    (await tx.membership.create({ data: { userId: user.id, companyId: invitation.companyId, role: invitation.role }, select: { id: true } }));
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: user.id } });
  if (!existing) {
    await recordAudit(tx, {
      companyId: invitation.companyId,
      actorId: user.id,
      action: "MEMBER_JOIN",
      entityType: "Membership",
      entityId: membership.id,
      after: { userId: user.id, email: user.email, role: invitation.role, invitationId: invitation.id },
    });
  }
  return { companyId: invitation.companyId };
}

/** A signed-in user accepts an invitation meant for their address. */
export async function acceptInvitation(user: CurrentUser, token: string) {
  return db().$transaction((tx) => redeem(tx, token, user));
}

/**
 * A visitor creates an account with the invited address and joins, in one
 * transaction: a failed join leaves no orphan account.
 */
export async function createAccountAndAccept(token: string, input: { name: string; password: string }, locale: "EN" | "NB") {
  const state = await describeInvitation(token);
  if (state.status !== "valid") throw new AppError(state.status === "unknown" ? "NOT_FOUND" : "CONFLICT", `invite.${state.status}`);
  if (state.accountExists) throw new AppError("CONFLICT", "invite.accountExists");
  await assertAcceptablePassword(input.password, { email: state.email, name: input.name, companyNames: [state.companyName] });
  const passwordHash = await hashPassword(input.password);
  return db()
    .$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: state.email, name: input.name, passwordHash, locale }, select: { id: true, email: true } });
      const joined = await redeem(tx, token, user);
      return { ...joined, email: user.email };
    })
    .catch((error: unknown) => {
      // The same link opened twice at once: the other tab made the account first.
      if (propertyOf(error, "code") === "P2002") throw new AppError("CONFLICT", "invite.accountExists");
      throw error;
    });
}
