import { db } from "@/lib/server/db";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createUser, unique } from "@/test/server/factories";
import { ActivityJourney } from "./support/activity-journey";
import { expect, signIn, test } from "./support/fixtures";

// Issue 10: an activity gets its data from several sources, and the notice says per source which data come from it
// (Art. 14(1)(d), 14(2)(f)), and "you give us these yourself" only of what the person gives.
test("a DPO adds a second source tied to a kind of data, and the published notice says where those data come from in both languages", async ({ page }) => {
  const owner = await createUser({ locale: "EN" });
  const slug = unique("sources");
  const company = await seedDemoCompany(db(), owner.id, { slug });
  const enquiries = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id, name: "Henvendelser" }, select: { id: true } });
  await signIn(page, owner.email, owner.password);
  const j = new ActivityJourney(page, company.id, "en");

  await page.goto(`/companies/${company.id}/activities/${enquiries.id}`);
  const first = page.getByRole("group", { name: j.t("sourceN", { n: 1 }) });
  await expect(first).toBeVisible();
  // One source supplies everything: nothing to tick until there are two.
  await expect(first.getByRole("checkbox")).toHaveCount(0);
  await page.getByRole("button", { name: j.t("field.addSource") }).click();
  const second = page.getByRole("group", { name: j.t("sourceN", { n: 2 }) });
  await expect(second.getByLabel(j.t("field.collectionSource"), { exact: true })).toHaveValue("THIRD_PARTY");
  await second.getByLabel(/^Source \(In English/).fill("your employer, when it passes your case on to us");
  await second.getByLabel(/^Source \(In Norwegian/).fill("arbeidsgiveren din, når den sender saken din videre til oss");
  await second.getByLabel(j.t("field.sourceIsPublic")).selectOption("false");
  await second.getByRole("checkbox", { name: "Professional details" }).check();
  await first.getByRole("checkbox", { name: "Contact details" }).check();
  await first.getByRole("checkbox", { name: "Content of enquiries" }).check();
  await page.getByLabel(j.t("field.art14Timing"), { exact: true }).selectOption({ label: j.enumLabel("Art14Timing", "FIRST_COMMUNICATION") });
  await j.save();

  const saved = await db().activitySource.findMany({ where: { activityId: enquiries.id }, orderBy: { sortOrder: "asc" }, include: { dataCategories: true } });
  expect(saved.map((s) => [s.kind, s.dataCategories.length])).toEqual([
    ["DATA_SUBJECT_DIRECT", 2],
    ["THIRD_PARTY", 1],
  ]);

  await page.goto(`/companies/${company.id}/notice`);
  await page.getByLabel("What changed (shown in the archive)").fill("Where enquiry data come from");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await page.getByRole("dialog", { name: "Publish version 1?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 1 is published.")).toBeVisible();

  const english = await (await page.request.get(`/${slug}/notice.txt`)).text();
  expect(english).toMatch(/We receive professional details from your employer, when it passes your case on to us\./i);
  const bokmal = await (await page.request.get(`/${slug}/nb/notice.txt`)).text();
  expect(bokmal).toMatch(/Vi mottar opplysninger om arbeid fra arbeidsgiveren din, når den sender saken din videre til oss\./i);
  // What the person gives is no longer "all these personal data".
  expect(english).not.toContain("You give us all these personal data yourself.");
});
