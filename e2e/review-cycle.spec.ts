import type { Page } from "@playwright/test";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { osloDate } from "@/lib/register/dates";
import { findTemplate } from "@/lib/register/templates";
import { getActivity, updateActivity } from "@/lib/server/activities";
import type { CompanyAccess } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { pdfText, requirePoppler } from "@/test/export/poppler";
import { createUser } from "@/test/server/factories";
import { addAndFillTemplate, emptyCompanyWithOwner } from "@/test/server/templates";
import { expect, signIn, test } from "./support/fixtures";

/** An empty company with one activity added from a template and filled in, as the DPO would: ACTIVE, no findings. */
async function companyWithActivity(templateId: string) {
  const template = findTemplate(templateId);
  if (!template) throw new Error(`${templateId} template missing`);
  const { owner, company, access } = await emptyCompanyWithOwner();
  const activityId = await addAndFillTemplate(access, template, "en");
  return { owner, company, access, activityId, name: template.name.en };
}

/** The Art. 30 PDF as the dashboard downloads it, read back with pdftotext (whitespace folded: lines wrap). */
async function registerPdfText(page: Page, companyId: string): Promise<string> {
  const response = await page.request.get(`/api/companies/${companyId}/export/pdf?lang=en`);
  expect(response.status()).toBe(200);
  return pdfText(await response.body()).replace(/\s+/g, " ");
}

const longDate = (isoDate: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));

/** Removes the balancing test the helper linked, so LB-004 warns (a warning, never an error). */
async function withoutBalancingTest(access: CompanyAccess, activityId: string): Promise<void> {
  const saved = await getActivity(access, activityId);
  const purposes = saved.purposes.map((p) => (p.lawfulBasis === "LEGITIMATE_INTERESTS" ? { ...p, liaRef: null, liaDate: null } : p));
  await updateActivity(access, activityId, activityInputSchema.parse({ ...saved, purposes, version: saved.version }));
}

test.beforeAll(() => requirePoppler());

test("an activity gets an owner and a review date; the overview lists it overdue; marking it reviewed goes into its history and the PDF", async ({ page }) => {
  const { owner, company, activityId, name } = await companyWithActivity("customer-service");
  const today = osloDate(new Date());
  await signIn(page, owner.email, owner.password);

  await page.goto(`/companies/${company.id}/activities/${activityId}`);
  const review = page.getByRole("region", { name: "Owner and review" });
  await expect(review.getByTestId("review-state")).toHaveText("No review date");
  await expect(review.getByTestId("last-review")).toHaveText("Not reviewed yet.");
  await review.getByLabel("Owner", { exact: true }).selectOption(owner.id);
  await review.getByLabel("Next review", { exact: true }).fill("2026-01-15");
  await review.getByRole("button", { name: "Save owner and date" }).click();
  await expect(review.getByText("Owner and next review saved.")).toBeVisible();
  await expect(review.getByTestId("review-state")).toHaveText("Overdue");
  expect(await db().processingActivity.findUniqueOrThrow({ where: { id: activityId }, select: { ownerId: true, nextReviewOn: true, version: true } })).toMatchObject({
    ownerId: owner.id,
    nextReviewOn: new Date("2026-01-15T00:00:00Z"),
  });

  await page.goto(`/companies/${company.id}`);
  const due = page.getByTestId("reviews-due");
  await expect(due).toContainText("1 review overdue");
  await expect(due.getByRole("listitem").filter({ hasText: name })).toContainText("Overdue");
  await due.getByRole("link", { name }).click();
  await page.waitForURL(new RegExp(`/activities/${activityId}$`));

  // A date in the past is refused with its message; nothing is recorded.
  await review.getByLabel("What you checked (optional)").fill("Checked recipients and retention against the ticket system");
  await review.getByLabel("Next review after this one").fill("2026-01-01");
  await review.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(review.getByText("The next review must be after today.")).toBeVisible();
  expect(await db().auditEvent.count({ where: { entityId: activityId, action: "REVIEW" } })).toBe(0);

  await review.getByLabel("Next review after this one").fill("");
  await review.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(review.getByText("Marked reviewed. The review is in the activity's history.")).toBeVisible();
  await expect(review.getByTestId("last-review")).toHaveText(`Last reviewed ${today} by ${owner.name}.`);
  await expect(review.getByTestId("review-state")).toHaveText("Scheduled");

  await page.goto(`/companies/${company.id}`);
  await expect(page.getByTestId("reviews-due")).toContainText("No review is overdue");

  await page.goto(`/companies/${company.id}/activities/${activityId}/history`);
  const event = page.getByRole("listitem").filter({ hasText: "Reviewed by" }).first();
  await expect(event).toContainText("Checked recipients and retention against the ticket system");

  const text = await registerPdfText(page, company.id);
  expect(text).toContain(`Last review ${longDate(today)}, by ${owner.name}`);
});

test("a warning is accepted with a justification until a date: it leaves the open list, shows in the audit log and the PDF, and returns when the activity changes", async ({ page }) => {
  const { owner, company, access, activityId } = await companyWithActivity("customer-service");
  await withoutBalancingTest(access, activityId);
  await signIn(page, owner.email, owner.password);

  await page.goto(`/companies/${company.id}/findings`);
  const warning = page.locator('[data-rule="LB-004"]');
  await expect(warning).toContainText("Warning");
  await warning.getByRole("button", { name: "Accept this risk: the warning LB-004" }).click();
  const form = warning.getByRole("form", { name: "Accept this risk: the warning LB-004" });
  await form.getByLabel("Why the company accepts it").fill("Too short");
  await form.getByRole("button", { name: "Accept the risk" }).click();
  await expect(form.getByText("Say in at least 20 characters why the risk is acceptable.")).toBeVisible();
  // What the user typed stays in the form.
  await expect(form.getByLabel("Why the company accepts it")).toHaveValue("Too short");

  const justification = "The balancing test is with our lawyer; the interest is stated plainly in the notice.";
  await form.getByLabel("Why the company accepts it").fill(justification);
  await form.getByLabel("Accepted until").fill("2027-06-30");
  await form.getByRole("button", { name: "Accept the risk" }).click();
  await expect(page.locator('[data-rule="LB-004"]')).toHaveCount(0);
  const accepted = page.getByRole("region", { name: /Accepted risks/ });
  await expect(accepted.locator('[data-accepted-rule="LB-004"]')).toContainText(justification);
  await expect(accepted).toContainText(`Accepted by ${owner.name} on ${osloDate(new Date())}, until 2027-06-30.`);

  await page.goto(`/companies/${company.id}/audit`);
  const logged = page.getByRole("listitem").filter({ hasText: "Risk accepted" }).first();
  await expect(logged).toContainText("Accepted risk");

  const text = await registerPdfText(page, company.id);
  expect(text).toContain("Accepted risk (LB-004)");
  expect(text).toContain(`Justification: ${justification}`);
  expect(text).toContain("until 30 June 2027");

  // The activity changes: the acceptance no longer holds, the warning is open again — and can be accepted from the editor.
  const saved = await getActivity(access, activityId);
  await updateActivity(access, activityId, activityInputSchema.parse({ ...saved, description: { en: "Now also by chat." }, version: saved.version }));
  await page.goto(`/companies/${company.id}/findings`);
  await expect(page.locator('[data-rule="LB-004"]')).toHaveCount(1);

  await page.goto(`/companies/${company.id}/activities/${activityId}`);
  const panel = page.getByRole("complementary", { name: "Findings" });
  const item = panel.getByRole("listitem").filter({ hasText: "LB-004" });
  await item.getByRole("button", { name: "Accept this risk: the warning LB-004" }).click();
  await item.getByLabel("Why the company accepts it").fill(justification);
  await item.getByRole("button", { name: "Accept the risk" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: "LB-004" })).toHaveCount(0);
  expect(await db().riskAcceptance.count({ where: { companyId: company.id, revokedAt: null } })).toBe(2);
});

test("an error cannot be accepted: no button, and the server answers 409", async ({ page }) => {
  const { owner, company } = await companyWithActivity("customer-service");
  await db().company.update({ where: { id: company.id }, data: { dpoDesignated: true, dpoEmail: null } });
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/findings`);
  const error = page.locator('[data-rule="DPO-001"]');
  await expect(error).toContainText("Error");
  await expect(error.getByRole("button", { name: /Accept/ })).toHaveCount(0);
  const response = await page.request.post(`/api/companies/${company.id}/risk-acceptances`, {
    data: { ruleId: "DPO-001", subjectKind: "company", subjectId: company.id, field: "dpoEmail", justification: "We would rather not name a DPO at all.", expiresOn: "2027-06-30" },
  });
  expect(response.status()).toBe(409);
  expect(await db().riskAcceptance.count({ where: { companyId: company.id } })).toBe(0);
});

test("four eyes: one owner asks, the same owner cannot approve, a second owner approves and the notice is published", async ({ page, browser }) => {
  const { owner, company } = await companyWithActivity("newsletter");
  await signIn(page, owner.email, owner.password);

  // One owner alone cannot turn it on.
  await page.goto(`/companies/${company.id}/profile`);
  const setting = page.getByRole("region", { name: "Four eyes on publishing" });
  const fourEyesBox = setting.getByLabel("Publishing the privacy notice needs a second owner's approval");
  await fourEyesBox.click();
  await expect(setting.getByText("Four eyes need at least two owners in the company.")).toBeVisible();
  await expect(fourEyesBox).not.toBeChecked();

  const second = await createUser();
  await db().membership.create({ data: { userId: second.id, companyId: company.id, role: "OWNER" } });
  await fourEyesBox.click();
  await expect(setting.getByText("Setting saved.")).toBeVisible();
  await expect(fourEyesBox).toBeChecked();
  expect((await db().company.findUniqueOrThrow({ where: { id: company.id }, select: { publishNeedsApproval: true } })).publishNeedsApproval).toBe(true);

  await page.goto(`/companies/${company.id}/notice`);
  const fourEyes = page.getByTestId("four-eyes");
  await fourEyes.getByLabel("What changed (shown in the archive)").fill("First notice with the newsletter");
  await fourEyes.getByRole("button", { name: "Ask for approval" }).click();
  await expect(fourEyes.getByRole("heading", { name: "Waiting for approval" })).toBeVisible();
  await expect(fourEyes).toContainText("You asked for this publication: another owner must approve it.");
  await expect(fourEyes.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  // Publishing directly is refused while four eyes are required.
  expect((await page.request.post(`/api/companies/${company.id}/notice/versions`, { data: { changeSummary: "Alone" } })).status()).toBe(409);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, second.email, second.password);
  await other.goto(`/companies/${company.id}/notice`);
  const pending = other.getByTestId("four-eyes");
  await expect(pending).toContainText("First notice with the newsletter");
  await pending.getByRole("button", { name: "Approve and publish" }).click();
  await expect(pending.getByText("Approved: version 1 is published.")).toBeVisible();
  await otherContext.close();

  expect(await db().noticeVersion.count({ where: { companyId: company.id } })).toBe(1);
  const actions = await db().auditEvent.findMany({ where: { companyId: company.id, action: { in: ["PUBLISH_REQUEST", "PUBLISH_APPROVE", "PUBLISH"] } }, select: { action: true, actorId: true }, orderBy: { id: "asc" } });
  expect(actions.find((a) => a.action === "PUBLISH_REQUEST")?.actorId).toBe(owner.id);
  expect(actions.find((a) => a.action === "PUBLISH_APPROVE")?.actorId).toBe(second.id);
});
