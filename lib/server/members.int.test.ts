import { describe, expect, it } from "vitest";
import { companyAccessFor } from "./access";
import { db } from "./db";
import { acceptInvitation, changeMemberRole, createAccountAndAccept, createInvitation, describeInvitation, hashInvitationToken, listMembers, removeMember, revokeInvitation } from "./members";
import { createCompany, createUser, unique } from "@/test/server/factories";

async function ownerSetup() {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  const access = await companyAccessFor(owner, company.id, "members.manage");
  return { owner, company, access };
}

const ownerMembership = async (companyId: string, userId: string) =>
  db().membership.findUniqueOrThrow({ where: { userId_companyId: { userId, companyId } }, select: { id: true, role: true } });

describe("invitations", () => {
  it("stores only the token's hash; the invited user accepts and joins with the invited role, audited", async () => {
    const { company, access } = await ownerSetup();
    const invitee = await createUser();
    const invitation = await createInvitation(access, { email: invitee.email, role: "EDITOR" });
    expect(invitation.path).toBe(`/invite/${invitation.token}`);
    const stored = await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).toBe(hashInvitationToken(invitation.token));
    expect(JSON.stringify(stored)).not.toContain(invitation.token);
    expect((await listMembers(access)).invitations.map((i) => i.email)).toEqual([invitee.email]);

    expect(await describeInvitation(invitation.token)).toMatchObject({ status: "valid", role: "EDITOR", companyName: company.legalName, accountExists: true });
    await acceptInvitation(invitee, invitation.token);
    expect((await ownerMembership(company.id, invitee.id)).role).toBe("EDITOR");
    expect(await describeInvitation(invitation.token)).toEqual({ status: "used" });
    await expect(acceptInvitation(invitee, invitation.token)).rejects.toMatchObject({ code: "CONFLICT", message: "invite.used" });

    const actions = (await db().auditEvent.findMany({ where: { companyId: company.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["MEMBER_INVITE", "MEMBER_JOIN"]);
    expect((await listMembers(access)).invitations).toEqual([]);
  });

  it("admits only the invited address, and refuses expired, revoked and unknown links", async () => {
    const { access } = await ownerSetup();
    const stranger = await createUser();
    const invitation = await createInvitation(access, { email: `${unique("someone")}@example.test`, role: "VIEWER" });
    await expect(acceptInvitation(stranger, invitation.token)).rejects.toMatchObject({ code: "FORBIDDEN", message: "invite.wrongAccount" });

    await db().invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await describeInvitation(invitation.token)).toEqual({ status: "expired" });

    const second = await createInvitation(access, { email: stranger.email, role: "VIEWER" });
    await revokeInvitation(access, second.id);
    await expect(acceptInvitation(stranger, second.token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await describeInvitation("x".repeat(43))).toEqual({ status: "unknown" });
  });

  it("lets a visitor create an account with the invited address and join in one step", async () => {
    const { company, access } = await ownerSetup();
    const email = `${unique("new")}@example.test`;
    const invitation = await createInvitation(access, { email, role: "VIEWER" });
    expect(await describeInvitation(invitation.token)).toMatchObject({ accountExists: false });
    const joined = await createAccountAndAccept(invitation.token, { name: "Kari Nordmann", password: "a long enough password" }, "NB");
    expect(joined).toEqual({ companyId: company.id, email });
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, locale: true, name: true } });
    expect(user).toMatchObject({ locale: "NB", name: "Kari Nordmann" });
    expect((await ownerMembership(company.id, user.id)).role).toBe("VIEWER");
    await expect(createAccountAndAccept(invitation.token, { name: "Again", password: "a long enough password" }, "EN")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses to invite someone who is already a member", async () => {
    const { owner, access } = await ownerSetup();
    await expect(createInvitation(access, { email: owner.email, role: "EDITOR" })).rejects.toMatchObject({ code: "CONFLICT", message: "members.alreadyMember" });
  });
});

describe("roles and removal", () => {
  it("changes a role with a MEMBER_ROLE_CHANGE audit event holding before and after", async () => {
    const { company, access } = await ownerSetup();
    const editor = await createUser();
    const membership = await db().membership.create({ data: { userId: editor.id, companyId: company.id, role: "EDITOR" }, select: { id: true } });
    await changeMemberRole(access, membership.id, "VIEWER");
    const event = await db().auditEvent.findFirstOrThrow({ where: { companyId: company.id, action: "MEMBER_ROLE_CHANGE" } });
    expect(event).toMatchObject({ entityId: membership.id, actorId: access.user.id, before: { role: "EDITOR" }, after: { role: "VIEWER" } });
    await removeMember(access, membership.id);
    expect(await db().membership.count({ where: { id: membership.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { companyId: company.id, action: "MEMBER_REMOVE" } })).toBe(1);
  });

  it("never leaves a company without an owner, even when two owners demote each other at once", async () => {
    const { owner, company, access } = await ownerSetup();
    const mine = await ownerMembership(company.id, owner.id);
    await expect(changeMemberRole(access, mine.id, "EDITOR")).rejects.toMatchObject({ code: "CONFLICT", message: "members.lastOwner" });
    await expect(removeMember(access, mine.id)).rejects.toMatchObject({ code: "CONFLICT", message: "members.lastOwner" });

    const second = await createUser();
    const theirs = await db().membership.create({ data: { userId: second.id, companyId: company.id, role: "OWNER" }, select: { id: true } });
    const secondAccess = await companyAccessFor(second, company.id, "members.manage");
    const results = await Promise.allSettled([changeMemberRole(access, theirs.id, "VIEWER"), changeMemberRole(secondAccess, mine.id, "VIEWER")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", message: "members.lastOwner" } });
    expect(await db().membership.count({ where: { companyId: company.id, role: "OWNER" } })).toBe(1);
  });

  it("answers 404 for another company's membership", async () => {
    const { access } = await ownerSetup();
    const other = await ownerSetup();
    const theirs = await ownerMembership(other.company.id, other.owner.id);
    await expect(removeMember(access, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
