import AxeBuilder from "@axe-core/playwright";
import type { CompanyAccess } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { publishNotice } from "@/lib/server/notice/versions";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

/** The owner's access, built by hand: lib/server/access pulls in next-auth, which does not load outside Next. */
function ownerAccess(user: { id: string; email: string; name: string; locale: "EN" | "NB" }, company: { id: string; slug: string; legalName: string }): CompanyAccess {
  return { user, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role: "OWNER" };
}

test("the notice page: preview first and full width, changes closed per section, publishing confirmed with what goes live, any two versions compared", async ({ page }) => {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("admin") });
  await publishNotice(ownerAccess(owner, company), { changeSummary: "First" });
  const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id, noticeTitleEn: "When you contact us" }, select: { id: true } });
  await db().processingActivity.update({ where: { id: activity.id }, data: { noticeTitleEn: "When you write to us", version: { increment: 1 } } });

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/notice`);

  // The preview comes before the changes and spans the content column.
  const preview = page.getByTestId("notice-preview");
  const changesHeading = page.getByRole("heading", { level: 2, name: "Changes since the published version" });
  const previewBox = (await preview.boundingBox())!;
  const changesBox = (await changesHeading.boundingBox())!;
  expect(previewBox.y).toBeLessThan(changesBox.y);
  const column = (await page.locator("main").first().boundingBox())!;
  expect(previewBox.width).toBeGreaterThan(column.width * 0.9);
  await expect(preview.getByRole("heading", { level: 3, name: "Privacy notice for Eksempel Programvare AS" })).toBeVisible();

  // Each changed section is closed until opened.
  const changes = page.getByTestId("section-changes").locator("details");
  expect(await changes.count()).toBeGreaterThan(0);
  expect(await changes.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
  const changed = changes.filter({ has: page.locator("ins", { hasText: "write" }) }).first();
  await expect(changed.locator("ins", { hasText: "write" })).toBeHidden();
  await changed.locator("summary").click();
  await expect(changed.locator("ins", { hasText: "write" }).first()).toBeVisible();
  await expect(changed.locator("del", { hasText: "contact" }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Publishing asks first; cancelling publishes nothing.
  await page.getByLabel("What changed (shown in the archive)").fill("Clearer heading");
  await page.getByRole("button", { name: "Publish version 2" }).click();
  const confirmation = page.getByRole("dialog", { name: "Publish version 2?" });
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText("What changed: Clearer heading");
  const english = confirmation.getByRole("region", { name: "English" });
  await expect(english).toContainText(`/${company.slug}`);
  await expect(english.getByRole("listitem").filter({ hasText: "(Changed)" }).first()).toBeVisible();
  // The bokmål notice did not change: only the version and date are new there.
  await expect(confirmation.getByRole("region", { name: "Bokmål" })).toContainText("No section changes; only the version and date are new.");
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmation).toBeHidden();
  expect(await db().noticeVersion.count({ where: { companyId: company.id } })).toBe(1);

  await page.getByRole("button", { name: "Publish version 2" }).click();
  await confirmation.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 2 is published.")).toBeVisible();
  expect(await db().noticeVersion.count({ where: { companyId: company.id } })).toBe(2);

  // The published version is there on request, closed at first.
  await expect(page.getByRole("heading", { level: 2, name: "Show the published version 2" })).toBeVisible();

  // Any two versions: the form opens the public diff page.
  const compare = page.getByRole("form", { name: /Compare two versions/ });
  await compare.getByLabel("From version").selectOption("1");
  await compare.getByLabel("To version").selectOption("2");
  await compare.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/${company.slug}/diff\\?from=1&to=2$`));
  await expect(page.getByRole("heading", { level: 1, name: "Changes from version 1 to version 2" })).toBeVisible();
});
