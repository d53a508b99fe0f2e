import { describe, expect, it } from "vitest";
import { ACTIVITY_TEMPLATES } from "@/lib/register/templates";
import { createUser } from "@/test/server/factories";
import { addAndFillTemplate, emptyCompanyWithOwner } from "@/test/server/templates";
import { companyAccessFor } from "../access";
import { db } from "../db";
import { changeMemberRole } from "../members";
import { decidePublication, getPublishApproval, requestPublication, setPublishNeedsApproval } from "./publish-requests";
import { publishNotice } from "./versions";

/** A company ready to publish (one filled-in template), with two owners. */
async function twoOwners() {
  const { access: first, company } = await emptyCompanyWithOwner();
  const template = ACTIVITY_TEMPLATES.find((t) => t.id === "customer-service");
  if (!template) throw new Error("template missing");
  await addAndFillTemplate(first, template, "en");
  const user = await createUser();
  const membership = await db().membership.create({ data: { userId: user.id, companyId: company.id, role: "OWNER" } });
  const second = await companyAccessFor(user, company.id, "notice.publish");
  return { first, second, company, membership };
}

describe("four-eyes publishing", () => {
  it("is off by default, and cannot be turned on by a company with one owner", async () => {
    const { access } = await emptyCompanyWithOwner();
    expect((await getPublishApproval(access)).publishNeedsApproval).toBe(false);
    await expect(setPublishNeedsApproval(access, { publishNeedsApproval: true })).rejects.toMatchObject({ code: "CONFLICT", message: "publishRequest.needsTwoOwners" });
  });

  it("makes an owner ask, another owner approve, and the approval publish, every step in the audit log", async () => {
    const { first, second, company } = await twoOwners();
    await setPublishNeedsApproval(first, { publishNeedsApproval: true });
    await expect(publishNotice(first, { changeSummary: "Straight out" })).rejects.toMatchObject({ message: "publishRequest.approvalRequired" });

    const request = await requestPublication(first, { changeSummary: "First notice" });
    expect(request).toMatchObject({ status: "PENDING", requestedBy: { id: first.user.id } });
    await expect(requestPublication(second, { changeSummary: "Me too" })).rejects.toMatchObject({ message: "publishRequest.alreadyPending" });
    await expect(decidePublication(first, request.id, { decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN", message: "publishRequest.ownRequest" });

    const { request: approved, published } = await decidePublication(second, request.id, { decision: "approve", note: "Read it, fine." });
    expect(approved).toMatchObject({ status: "APPROVED", decidedByName: second.user.name, noticeNumber: 1 });
    const version = await db().noticeVersion.findUniqueOrThrow({ where: { id: published?.id ?? "" } });
    expect(version.publishedById).toBe(second.user.id);
    expect(version.changeSummary).toBe("First notice");
    const actions = (await db().auditEvent.findMany({ where: { companyId: company.id }, orderBy: { id: "asc" }, select: { action: true } })).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(["PUBLISH_REQUEST", "PUBLISH", "PUBLISH_APPROVE"]);
  });

  it("refuses an approval after the register changed since the request", async () => {
    const { first, second, company } = await twoOwners();
    await setPublishNeedsApproval(first, { publishNeedsApproval: true });
    const request = await requestPublication(first, { changeSummary: "Before the change" });
    await db().company.update({ where: { id: company.id }, data: { phone: "+47 22 00 00 00", version: { increment: 1 } } });
    await expect(decidePublication(second, request.id, { decision: "approve" })).rejects.toMatchObject({ code: "CONFLICT", message: "publishRequest.registerChanged" });
    expect((await getPublishApproval(second)).pending?.id).toBe(request.id);
    expect(await db().noticeVersion.count({ where: { companyId: company.id } })).toBe(0);
  });

  it("lets the other owner turn a request down with a reason, and the asker withdraw their own", async () => {
    const { first, second } = await twoOwners();
    await setPublishNeedsApproval(first, { publishNeedsApproval: true });
    const request = await requestPublication(first, { changeSummary: "Try one" });
    await expect(decidePublication(second, request.id, { decision: "reject" })).rejects.toMatchObject({ code: "VALIDATION" });
    const rejected = await decidePublication(second, request.id, { decision: "reject", note: "The retention for enquiries is too long." });
    expect(rejected.request).toMatchObject({ status: "REJECTED", decisionNote: "The retention for enquiries is too long.", noticeNumber: null });
    const again = await requestPublication(first, { changeSummary: "Try two" });
    expect((await decidePublication(first, again.id, { decision: "reject" })).request.status).toBe("WITHDRAWN");
    await expect(decidePublication(second, again.id, { decision: "approve" })).rejects.toMatchObject({ message: "publishRequest.alreadyDecided" });
  });

  it("keeps two owners while it is on", async () => {
    const { first, membership } = await twoOwners();
    await setPublishNeedsApproval(first, { publishNeedsApproval: true });
    const manager = await companyAccessFor(first.user, membership.companyId, "members.manage");
    await expect(changeMemberRole(manager, membership.id, "EDITOR")).rejects.toMatchObject({ message: "publishRequest.lastSecondOwner" });
    await setPublishNeedsApproval(first, { publishNeedsApproval: false });
    await expect(changeMemberRole(manager, membership.id, "EDITOR")).resolves.toMatchObject({ role: "EDITOR" });
  });
});
