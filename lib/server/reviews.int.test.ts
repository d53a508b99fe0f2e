import { describe, expect, it } from "vitest";
import { createUser } from "@/test/server/factories";
import { emptyCompanyWithOwner } from "@/test/server/templates";
import { companyAccessFor } from "./access";
import { getActivityHistory } from "./activities";
import { db } from "./db";
import { removeMember } from "./members";
import { getActivityReview, listActivityReviews, markActivityReviewed, setActivityReview } from "./reviews";
import { addActivityFromTemplate } from "./templates";

const NOW = new Date("2026-06-15T10:00:00Z");

async function setUp() {
  const { access, company, owner } = await emptyCompanyWithOwner();
  const { activity } = await addActivityFromTemplate(access, "customer-service", "en");
  return { access, company, owner, activityId: activity.id };
}

describe("the review cycle", () => {
  it("assigns an owner who is a member and a next review date, without touching the activity's version", async () => {
    const { access, owner, activityId } = await setUp();
    const before = await db().processingActivity.findUniqueOrThrow({ where: { id: activityId }, select: { version: true } });
    const review = await setActivityReview(access, activityId, { ownerId: owner.id, nextReviewOn: "2026-06-01" }, NOW);
    expect(review).toMatchObject({ owner: { id: owner.id, name: owner.name }, nextReviewOn: "2026-06-01", state: "overdue" });
    const after = await db().processingActivity.findUniqueOrThrow({ where: { id: activityId }, select: { version: true } });
    expect(after.version).toBe(before.version);
    const history = await getActivityHistory(access, activityId);
    expect(history[0]?.changes.map((c) => c.path)).toEqual(expect.arrayContaining(["owner", "nextReviewOn"]));
  });

  it("refuses an owner who is not a member of the company", async () => {
    const { access, activityId } = await setUp();
    const stranger = await createUser();
    await expect(setActivityReview(access, activityId, { ownerId: stranger.id, nextReviewOn: null }, NOW)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ownerId: ["review.ownerNotMember"] },
    });
  });

  it("records a review in the history and schedules the next one a year on, or on the date chosen", async () => {
    const { access, owner, activityId } = await setUp();
    const reviewed = await markActivityReviewed(access, activityId, { nextReviewOn: null, note: "Checked the processors" }, NOW);
    expect(reviewed).toMatchObject({ nextReviewOn: "2027-06-15", lastReviewedByName: owner.name, state: "scheduled" });
    expect(reviewed.lastReviewedAt).toBe(NOW.toISOString());
    const history = await getActivityHistory(access, activityId);
    expect(history[0]?.action).toBe("REVIEW");
    const chosen = await markActivityReviewed(access, activityId, { nextReviewOn: "2026-12-01", note: null }, NOW);
    expect(chosen.nextReviewOn).toBe("2026-12-01");
    await expect(markActivityReviewed(access, activityId, { nextReviewOn: "2026-06-15", note: null }, NOW)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("lists overdue reviews first, and leaves retired activities out", async () => {
    const { access, activityId } = await setUp();
    const { activity: other } = await addActivityFromTemplate(access, "newsletter", "en");
    const { activity: retired } = await addActivityFromTemplate(access, "surveys", "en");
    await setActivityReview(access, activityId, { ownerId: null, nextReviewOn: "2027-01-01" }, NOW);
    await setActivityReview(access, other.id, { ownerId: null, nextReviewOn: "2026-01-01" }, NOW);
    await db().processingActivity.update({ where: { id: retired.id }, data: { status: "RETIRED", nextReviewOn: new Date("2025-01-01") } });
    const reviews = await listActivityReviews(access, NOW);
    expect(reviews.map((r) => [r.activityId, r.state])).toEqual([
      [other.id, "overdue"],
      [activityId, "scheduled"],
    ]);
  });

  it("clears the ownership of a member who leaves the company", async () => {
    const { access, company, activityId } = await setUp();
    const colleague = await createUser();
    const membership = await db().membership.create({ data: { userId: colleague.id, companyId: company.id, role: "EDITOR" } });
    await setActivityReview(access, activityId, { ownerId: colleague.id, nextReviewOn: null }, NOW);
    const ownerAccess = await companyAccessFor(access.user, company.id, "members.manage");
    await removeMember(ownerAccess, membership.id);
    expect((await getActivityReview(access, activityId, NOW)).owner).toBeNull();
  });
});
