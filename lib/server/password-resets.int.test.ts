import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { companyAccessFor } from "./access";
import { db } from "./db";
import { hashInvitationToken } from "./members";
import { createPasswordReset, describePasswordReset, resetPassword } from "./password-resets";
import { startSession, touchSession } from "./sessions";
import { checkCredentials } from "./sign-in";
import { createCompany, createUser } from "@/test/server/factories";

const NEW_PASSWORD = "tindrende blåbær ved fjorden";
const client = () => `reset-test-${crypto.randomBytes(4).toString("hex")}`;

async function companyWithMember() {
  const owner = await createUser();
  const member = await createUser();
  const company = await createCompany([
    { userId: owner.id, role: "OWNER" },
    { userId: member.id, role: "EDITOR" },
  ]);
  const access = await companyAccessFor(owner, company.id, "members.manage");
  const membership = await db().membership.findUniqueOrThrow({ where: { userId_companyId: { userId: member.id, companyId: company.id } }, select: { id: true } });
  return { owner, member, company, access, membershipId: membership.id };
}

describe("password reset links issued by an owner", () => {
  it("works once, sets the new password, ends every session of the member, and is audited; only the token's hash is stored", async () => {
    const { member, company, access, membershipId } = await companyWithMember();
    const session = await startSession(member.id);
    const reset = await createPasswordReset(access, membershipId);
    expect(reset.path).toBe(`/reset-password/${reset.token}`);
    expect(reset.email).toBe(member.email);
    const stored = await db().passwordReset.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(reset.token) } });
    expect(JSON.stringify(stored)).not.toContain(reset.token);
    expect(await db().auditEvent.count({ where: { companyId: company.id, action: "MEMBER_PASSWORD_RESET", entityId: membershipId } })).toBe(1);

    expect(await describePasswordReset(reset.token)).toEqual({ status: "valid", email: member.email });
    await resetPassword(reset.token, NEW_PASSWORD);
    expect((await checkCredentials(member.email, NEW_PASSWORD, client())).ok).toBe(true);
    expect((await checkCredentials(member.email, member.password, client())).ok).toBe(false);
    expect(await touchSession(session, member.id)).toBe(false);

    expect(await describePasswordReset(reset.token)).toEqual({ status: "used" });
    await expect(resetPassword(reset.token, "another fine passphrase here")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("used twice at the same moment, sets the password once", async () => {
    const { access, membershipId } = await companyWithMember();
    const reset = await createPasswordReset(access, membershipId);
    const outcomes = await Promise.allSettled([resetPassword(reset.token, NEW_PASSWORD), resetPassword(reset.token, "a different long passphrase")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });

  it("expires", async () => {
    const { access, membershipId } = await companyWithMember();
    const reset = await createPasswordReset(access, membershipId);
    await db().passwordReset.update({ where: { tokenHash: hashInvitationToken(reset.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await describePasswordReset(reset.token)).toEqual({ status: "expired" });
    await expect(resetPassword(reset.token, NEW_PASSWORD)).rejects.toMatchObject({ code: "CONFLICT", message: "passwordReset.expired" });
  });

  it("a new link withdraws the earlier unused one", async () => {
    const { access, membershipId } = await companyWithMember();
    const first = await createPasswordReset(access, membershipId);
    await createPasswordReset(access, membershipId);
    expect(await describePasswordReset(first.token)).toEqual({ status: "unknown" });
  });

  it("refuses a common password through the link and leaves the link usable", async () => {
    const { access, membershipId } = await companyWithMember();
    const reset = await createPasswordReset(access, membershipId);
    await expect(resetPassword(reset.token, "password1234")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { password: ["passwords.common"] } });
    expect((await describePasswordReset(reset.token)).status).toBe("valid");
  });

  it("is refused for a member who also belongs to a company where the owner is not an owner", async () => {
    const { member, access, membershipId } = await companyWithMember();
    const stranger = await createUser();
    await createCompany([
      { userId: stranger.id, role: "OWNER" },
      { userId: member.id, role: "OWNER" },
    ]);
    await expect(createPasswordReset(access, membershipId)).rejects.toMatchObject({ code: "FORBIDDEN", message: "passwordReset.otherCompanies" });
  });

  it("is not for the owner's own account, nor for another company's member", async () => {
    const { owner, company, access } = await companyWithMember();
    const own = await db().membership.findUniqueOrThrow({ where: { userId_companyId: { userId: owner.id, companyId: company.id } }, select: { id: true } });
    await expect(createPasswordReset(access, own.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await companyWithMember();
    await expect(createPasswordReset(access, other.membershipId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an unknown or malformed token reveals nothing", async () => {
    expect(await describePasswordReset("x".repeat(43))).toEqual({ status: "unknown" });
    expect(await describePasswordReset("short")).toEqual({ status: "unknown" });
    await expect(resetPassword("x".repeat(43), NEW_PASSWORD)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
