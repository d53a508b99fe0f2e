import type { CompanyAccess } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { getFindings } from "@/lib/server/findings";
import { publishNotice } from "@/lib/server/notice/versions";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

function ownerAccess(user: { id: string; email: string; name: string; locale: "EN" | "NB" }, company: { id: string; slug: string; legalName: string }): CompanyAccess {
  return { user, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role: "OWNER" };
}

test("the header's search finds activities, catalog entries and findings of the current company, grouped, and each result lands on its item", async ({ page }) => {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("search") });
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/activities`);

  await page.getByRole("searchbox", { name: "Search this company" }).fill("kunde");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/companies/${company.id}/search\\?q=kunde`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “kunde”");
  const activities = page.getByTestId("search-activities");
  await expect(activities.getByRole("heading", { name: /Processing activities/ })).toBeVisible();
  await expect(activities.getByRole("link", { name: "Kundekontoer og driftsmeldinger" })).toBeVisible();
  const catalog = page.getByTestId("search-catalog");
  await expect(catalog.getByRole("link", { name: "Kundeflyt ApS" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/search-results.png", fullPage: true });

  await catalog.getByRole("link", { name: "Kundeflyt ApS" }).click();
  await expect(page).toHaveURL(/\/catalogs#recipients-/);
  await expect(page.locator("tr:target")).toContainText("Kundeflyt ApS");

  await page.goBack();
  await page.getByTestId("search-activities").getByRole("link", { name: "Kundekontoer og driftsmeldinger" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Kundekontoer og driftsmeldinger");

  // Upper-case Ø finds lower-case ø in a bokmål text; nothing of another company is found.
  await page.goto(`/companies/${company.id}/search?q=${encodeURIComponent("BOKFØRING")}`);
  await expect(page.getByTestId("search-activities").getByRole("link", { name: "Regnskap og bokføring" })).toBeVisible();
  await page.goto(`/companies/${company.id}/search?q=${encodeURIComponent("finnes-ikke-noe-sted")}`);
  await expect(page.getByText("Nothing in this company's register matches “finnes-ikke-noe-sted”.")).toBeVisible();

  // A finding is found by its rule (or words) and links to the field that fixes it.
  const { findings } = await getFindings(ownerAccess(owner, company));
  const finding = findings[0];
  expect(finding).toBeDefined();
  if (!finding) return;
  await page.goto(`/companies/${company.id}/search?q=${encodeURIComponent(finding.ruleId)}`);
  const found = page.getByTestId("search-findings").getByRole("link", { name: finding.message.en }).first();
  await expect(found).toHaveAttribute("href", finding.href);
});

test("the companies list shows each register's state: activities, open findings, notice status and last change", async ({ page }) => {
  const owner = await createUser();
  const demo = await seedDemoCompany(db(), owner.id, { slug: unique("list") });
  const published = await publishNotice(ownerAccess(owner, demo), { changeSummary: "First publication" });
  const empty = await createCompany([{ userId: owner.id, role: "VIEWER" }], unique("Aaa Tom AS"));
  await signIn(page, owner.email, owner.password);
  await page.goto("/companies");

  const cards = page.getByTestId("company-card");
  await expect(cards).toHaveCount(2);
  const emptyCard = cards.filter({ hasText: empty.legalName });
  await expect(emptyCard.getByTestId("company-activities")).toHaveText("No processing activities");
  await expect(emptyCard.getByTestId("company-notice")).toHaveText("Never published");
  await expect(emptyCard.getByTestId("company-last-changed")).toHaveText("No changes recorded");

  const demoCard = cards.filter({ hasText: demo.legalName });
  const activities = await db().processingActivity.count({ where: { companyId: demo.id, status: { not: "RETIRED" } } });
  await expect(demoCard.getByTestId("company-activities")).toHaveText(`${activities} processing activities`);
  await expect(demoCard.getByTestId("company-findings")).toHaveText(/^\d+ errors? · \d+ warnings?$/);
  await expect(demoCard.getByTestId("company-notice")).toHaveText(`Version ${published.number} published ${new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "Europe/Oslo" }).format(new Date(published.publishedAt))}`);
  await page.screenshot({ path: "test-results/screenshots/companies-list.png", fullPage: true });

  // A change after publishing shows as unpublished changes.
  await db().company.update({ where: { id: demo.id }, data: { phone: "+47 22 00 00 00" } });
  await page.reload();
  await expect(cards.filter({ hasText: demo.legalName }).getByTestId("company-notice")).toHaveText(new RegExp(`^Unpublished changes since version ${published.number}`));

  // The findings count on the card is the one the findings page shows.
  await cards.filter({ hasText: demo.legalName }).getByTestId("company-findings").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/companies/${demo.id}/findings`));
});
