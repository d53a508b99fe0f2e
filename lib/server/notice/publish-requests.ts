import "server-only";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compileNotice, noticeDescribesNothing } from "@/lib/notice/compile";
import { publishApprovalSettingSchema, publishDecisionSchema, publishRequestSchema, type PublishDecisionInput, type PublishRequestInput } from "@/lib/notice/publish-schema";
import type { PublishRequestStatus } from "@/lib/register/enums";
import type { CompanyAccess } from "../access";
import { recordAudit } from "../audit";
import { db } from "../db";
import { readRegisterSnapshot } from "../register/snapshot";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import { blockingFindings, lockCompanyForPublishing, publishableLanguages, publishWithin, type PublishedVersion } from "./versions";

/**
 * Four-eyes publishing (optional per company): an owner asks, another owner approves —
 * and the approval publishes — or turns the request down. A request is for the register as
 * it was when asked; if it changed before the approval, the approver is told and the asker
 * asks again. Every step is in the audit log.
 */

const ENTITY_TYPE = "PublishRequest";

export type PublishRequestView = {
  id: string;
  status: PublishRequestStatus;
  requestedBy: { id: string; name: string } | null;
  requestedAt: string;
  changeSummary: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  noticeNumber: number | null;
};

const requestSelect = {
  id: true,
  status: true,
  requestedAt: true,
  changeSummary: true,
  decidedAt: true,
  decisionNote: true,
  noticeNumber: true,
  registerSha256: true,
  requestedBy: { select: { id: true, name: true } },
  decidedBy: { select: { name: true } },
} as const;

type RequestRow = {
  id: string;
  status: PublishRequestStatus;
  requestedAt: Date;
  changeSummary: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  noticeNumber: number | null;
  requestedBy: { id: string; name: string } | null;
  decidedBy: { name: string } | null;
};

function toView(row: RequestRow): PublishRequestView {
  return {
    id: row.id,
    status: row.status,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    changeSummary: row.changeSummary,
    decidedByName: row.decidedBy?.name ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    noticeNumber: row.noticeNumber,
  };
}

function assertPublisher(access: CompanyAccess): void {
  if (!can(access.role, "notice.publish")) throw new AppError("FORBIDDEN");
}

/** Whether the company publishes with four eyes, its pending request and the last decided ones. */
export async function getPublishApproval(access: CompanyAccess) {
  const companyId = access.company.id;
  const [company, pending, recent] = await Promise.all([
    db().company.findUniqueOrThrow({ where: { id: companyId }, select: { publishNeedsApproval: true } }),
    db().publishRequest.findFirst({ where: { companyId, status: "PENDING" }, select: requestSelect }),
    db().publishRequest.findMany({ where: { companyId, status: { not: "PENDING" } }, select: requestSelect, orderBy: { requestedAt: "desc" }, take: 5 }),
  ]);
  return { publishNeedsApproval: company.publishNeedsApproval, pending: pending ? toView(pending) : null, recent: recent.map(toView) };
}

/**
 * Asks another owner to approve publishing the register as it is now. Refused while
 * error-level findings would block the publication (the same list), while another
 * request is pending, and when the company does not publish with four eyes.
 */
export async function requestPublication(access: CompanyAccess, rawInput: PublishRequestInput, now = new Date()): Promise<PublishRequestView> {
  assertPublisher(access);
  const input = publishRequestSchema.parse(rawInput);
  const companyId = access.company.id;
  return db().$transaction(
    async (tx) => {
      const company = await lockCompanyForPublishing(tx, companyId);
      if (!company.publishNeedsApproval) throw new AppError("CONFLICT", "publishRequest.notRequired");
      const pending = await tx.publishRequest.findFirst({ where: { companyId, status: "PENDING" }, select: { id: true } });
      if (pending) throw new AppError("CONFLICT", "publishRequest.alreadyPending");
      const snapshot = await readRegisterSnapshot(tx, companyId, now);
      if (noticeDescribesNothing(snapshot)) throw new AppError("CONFLICT", "emptyRegister.publishRefused");
      const drafts = (["en", "nb"] as const).map((language) => compileNotice(snapshot, language, { version: null, publishedOn: null, previous: null }));
      const blocking = blockingFindings(companyId, snapshot, drafts, now);
      // A language whose texts are incomplete is held back at the approval as at a direct publication (ADR 027).
      if (publishableLanguages(blocking).length === 0) throw new AppError("CONFLICT", "notice.blocked", undefined, { findings: blocking });
      const created = await tx.publishRequest.create({
        data: { companyId, requestedById: access.user.id, requestedAt: now, changeSummary: input.changeSummary, registerSha256: registerFingerprint(snapshot) },
        select: requestSelect,
      });
      await recordAudit(tx, {
        companyId,
        actorId: access.user.id,
        action: "PUBLISH_REQUEST",
        entityType: ENTITY_TYPE,
        entityId: created.id,
        after: { changeSummary: input.changeSummary, registerSha256: created.registerSha256 },
      });
      return toView(created);
    },
    { timeout: 30_000 },
  );
}

/**
 * Another owner decides. Approving publishes the register the request was made for (and
 * only that one); turning it down needs a reason. The asker may withdraw their own request
 * but never approve it.
 */
export async function decidePublication(
  access: CompanyAccess,
  requestId: string,
  rawInput: PublishDecisionInput,
  now = new Date(),
): Promise<{ request: PublishRequestView; published: PublishedVersion | null }> {
  assertPublisher(access);
  const input = publishDecisionSchema.parse(rawInput);
  const companyId = access.company.id;
  return db().$transaction(
    async (tx) => {
      await lockCompanyForPublishing(tx, companyId);
      const request = await tx.publishRequest.findFirst({ where: { id: requestId, companyId }, select: requestSelect });
      if (!request) throw new AppError("NOT_FOUND");
      if (request.status !== "PENDING") throw new AppError("CONFLICT", "publishRequest.alreadyDecided");
      const own = request.requestedBy?.id === access.user.id;
      let published: PublishedVersion | null = null;
      let status: PublishRequestStatus;
      if (input.decision === "approve") {
        // Four eyes: the second pair must belong to someone else.
        if (own) throw new AppError("FORBIDDEN", "publishRequest.ownRequest");
        published = await publishWithin(tx, access, request.changeSummary ?? "", now, request.registerSha256);
        status = "APPROVED";
      } else {
        if (!own && !input.note) throw new AppError("VALIDATION", undefined, { note: ["publishRequest.reasonRequired"] });
        status = own ? "WITHDRAWN" : "REJECTED";
      }
      const updated = await tx.publishRequest.update({
        where: { id: request.id },
        data: { status, decidedById: access.user.id, decidedAt: now, decisionNote: input.note, noticeNumber: published?.number ?? null },
        select: requestSelect,
      });
      await recordAudit(tx, {
        companyId,
        actorId: access.user.id,
        action: status === "APPROVED" ? "PUBLISH_APPROVE" : "PUBLISH_REJECT",
        entityType: ENTITY_TYPE,
        entityId: request.id,
        before: { status: "PENDING", requestedBy: request.requestedBy?.name ?? null, changeSummary: request.changeSummary },
        after: { status, note: input.note, noticeNumber: published?.number ?? null },
      });
      return { request: toView(updated), published };
    },
    { timeout: 30_000 },
  );
}

/**
 * Turns four-eyes publishing on or off. On needs a second owner to approve; off withdraws
 * a pending request. Both are in the audit log, so switching it off to publish alone shows.
 */
export async function setPublishNeedsApproval(access: CompanyAccess, rawInput: { publishNeedsApproval: boolean }, now = new Date()) {
  if (!can(access.role, "company.manage")) throw new AppError("FORBIDDEN");
  const { publishNeedsApproval } = publishApprovalSettingSchema.parse(rawInput);
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const company = await lockCompanyForPublishing(tx, companyId);
    if (company.publishNeedsApproval === publishNeedsApproval) return { publishNeedsApproval };
    if (publishNeedsApproval) {
      const owners = await tx.membership.count({ where: { companyId, role: "OWNER" } });
      if (owners < 2) throw new AppError("CONFLICT", "publishRequest.needsTwoOwners");
    } else {
      await tx.publishRequest.updateMany({
        where: { companyId, status: "PENDING" },
        data: { status: "WITHDRAWN", decidedById: access.user.id, decidedAt: now },
      });
    }
    await tx.company.update({ where: { id: companyId }, data: { publishNeedsApproval } });
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "UPDATE",
      entityType: "Company",
      entityId: companyId,
      before: { publishNeedsApproval: !publishNeedsApproval },
      after: { publishNeedsApproval },
    });
    return { publishNeedsApproval };
  });
}

/**
 * Four eyes need two owners: a member change that would leave fewer while the company
 * publishes with four eyes is refused (call inside the member change's transaction, after it).
 */
export async function assertFourEyesStillPossible(tx: Prisma.TransactionClient, companyId: string): Promise<void> {
  const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { publishNeedsApproval: true } });
  if (!company.publishNeedsApproval) return;
  const owners = await tx.membership.count({ where: { companyId, role: "OWNER" } });
  if (owners < 2) throw new AppError("CONFLICT", "publishRequest.lastSecondOwner");
}
