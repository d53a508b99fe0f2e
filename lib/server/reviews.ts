import "server-only";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { osloDate } from "@/lib/register/dates";
import { activityReviewSchema, defaultNextReview, markReviewedSchema, reviewState, type ActivityReviewInput, type MarkReviewedInput, type ReviewState } from "@/lib/register/review";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { db } from "./db";

/**
 * The review cycle (lib/register/review.ts): owner and next review date per activity,
 * and "reviewed" as an event in the activity's history. These columns sit outside the
 * activity's content: changing them does not bump its version.
 */

const ENTITY_TYPE = "ProcessingActivity";

const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const toDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

const reviewSelect = {
  id: true,
  name: true,
  status: true,
  nextReviewOn: true,
  lastReviewedAt: true,
  owner: { select: { id: true, name: true } },
  lastReviewedBy: { select: { name: true } },
} as const;

export type ActivityReview = {
  activityId: string;
  activityName: string;
  owner: { id: string; name: string } | null;
  nextReviewOn: string | null;
  lastReviewedAt: string | null;
  lastReviewedByName: string | null;
  state: ReviewState;
};

type ReviewRow = {
  id: string;
  name: string;
  nextReviewOn: Date | null;
  lastReviewedAt: Date | null;
  owner: { id: string; name: string } | null;
  lastReviewedBy: { name: string } | null;
};

function toReview(row: ReviewRow, today: string): ActivityReview {
  const nextReviewOn = isoDate(row.nextReviewOn);
  return {
    activityId: row.id,
    activityName: row.name,
    owner: row.owner,
    nextReviewOn,
    lastReviewedAt: row.lastReviewedAt?.toISOString() ?? null,
    lastReviewedByName: row.lastReviewedBy?.name ?? null,
    state: reviewState(nextReviewOn, today),
  };
}

export async function getActivityReview(access: CompanyAccess, activityId: string, now = new Date()): Promise<ActivityReview> {
  const row = await db().processingActivity.findFirst({ where: { id: activityId, companyId: access.company.id }, select: reviewSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return toReview(row, osloDate(now));
}

/** Sets the owner and the next review date; the history records the change. */
export async function setActivityReview(access: CompanyAccess, activityId: string, rawInput: ActivityReviewInput, now = new Date()): Promise<ActivityReview> {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const input = activityReviewSchema.parse(rawInput);
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const before = await tx.processingActivity.findFirst({ where: { id: activityId, companyId }, select: reviewSelect });
    if (!before) throw new AppError("NOT_FOUND");
    if (input.ownerId) {
      // The owner answers for the record, so must be able to read it: a member of this company.
      const member = await tx.membership.findUnique({ where: { userId_companyId: { userId: input.ownerId, companyId } }, select: { id: true } });
      if (!member) throw new AppError("VALIDATION", undefined, { ownerId: ["review.ownerNotMember"] });
    }
    const after = await tx.processingActivity.update({
      where: { id: activityId },
      data: { ownerId: input.ownerId, nextReviewOn: toDate(input.nextReviewOn) },
      select: reviewSelect,
    });
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "UPDATE",
      entityType: ENTITY_TYPE,
      entityId: activityId,
      before: { owner: before.owner?.name ?? null, nextReviewOn: isoDate(before.nextReviewOn) },
      after: { owner: after.owner?.name ?? null, nextReviewOn: isoDate(after.nextReviewOn) },
    });
    return toReview(after, osloDate(now));
  });
}

/**
 * Records that the activity was reviewed today by the caller, and when it is next due
 * (a year on, unless chosen). The REVIEW event is the evidence (Art. 5(2)); the register
 * PDF prints the last one.
 */
export async function markActivityReviewed(access: CompanyAccess, activityId: string, rawInput: MarkReviewedInput, now = new Date()): Promise<ActivityReview> {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const input = markReviewedSchema.parse(rawInput);
  const today = osloDate(now);
  if (input.nextReviewOn !== null && input.nextReviewOn <= today) {
    throw new AppError("VALIDATION", undefined, { nextReviewOn: ["review.nextInPast"] });
  }
  const nextReviewOn = input.nextReviewOn ?? defaultNextReview(today);
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const found = await tx.processingActivity.findFirst({ where: { id: activityId, companyId }, select: { id: true, status: true } });
    if (!found) throw new AppError("NOT_FOUND");
    if (found.status === "RETIRED") throw new AppError("CONFLICT", "review.retired");
    const after = await tx.processingActivity.update({
      where: { id: activityId },
      data: { lastReviewedAt: now, lastReviewedById: access.user.id, nextReviewOn: toDate(nextReviewOn) },
      select: reviewSelect,
    });
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "REVIEW",
      entityType: ENTITY_TYPE,
      entityId: activityId,
      after: { reviewedOn: today, reviewedBy: access.user.name, nextReviewOn, note: input.note },
    });
    return toReview(after, today);
  });
}

/** Every activity in force (drafts and active) with its review state, overdue first. */
export async function listActivityReviews(access: CompanyAccess, now = new Date()): Promise<ActivityReview[]> {
  const today = osloDate(now);
  const rows = await db().processingActivity.findMany({
    where: { companyId: access.company.id, status: { not: "RETIRED" } },
    select: reviewSelect,
    orderBy: [{ nextReviewOn: { sort: "asc", nulls: "last" } }, { name: "asc" }],
  });
  return rows.map((row) => toReview(row, today));
}

/** The last review of each activity, for the Art. 30 PDF: who, when, and when next. */
export async function reviewsForRegister(companyId: string): Promise<Map<string, { lastReviewedOn: string | null; reviewedBy: string | null; nextReviewOn: string | null; owner: string | null }>> {
  const rows = await db().processingActivity.findMany({
    where: { companyId },
    select: { id: true, lastReviewedAt: true, nextReviewOn: true, owner: { select: { name: true } }, lastReviewedBy: { select: { name: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        lastReviewedOn: row.lastReviewedAt ? osloDate(row.lastReviewedAt) : null,
        reviewedBy: row.lastReviewedBy?.name ?? null,
        nextReviewOn: isoDate(row.nextReviewOn),
        owner: row.owner?.name ?? null,
      },
    ]),
  );
}

/** The members who may own an activity (any member of the company), by name. */
export async function listOwnerCandidates(access: CompanyAccess): Promise<{ id: string; name: string }[]> {
  const rows = await db().membership.findMany({ where: { companyId: access.company.id }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } });
  return rows.map((row) => row.user);
}
