import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { CompanyAccess } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { publishNotice } from "@/lib/server/notice/versions";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

/** The owner's access, built by hand: lib/server/access pulls in next-auth, which does not load outside Next. */
function ownerAccess(user: { id: string; email: string; name: string; locale: "EN" | "NB" }, company: { id: string; slug: string; legalName: string }): CompanyAccess {
  return { user, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role: "OWNER" };
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${page.url().replace(/^https?:\/\/[^/]+/, "")} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("axe finds nothing on any dashboard page, for an owner with a full register and for a viewer", async ({ page }) => {
  test.setTimeout(240_000);
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("a11y") });
  await publishNotice(ownerAccess(owner, company), { changeSummary: "First publication" });
  // A second company, so that the companies list is shown rather than skipped.
  await createCompany([{ userId: owner.id, role: "OWNER" }]);
  const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id }, orderBy: { name: "asc" }, select: { id: true } });

  const base = `/companies/${company.id}`;
  const pages = [
    "/companies",
    "/account",
    base,
    `${base}/activities`,
    `${base}/activities/new`,
    `${base}/activities/templates`,
    `${base}/activities/${activity.id}`,
    `${base}/activities/${activity.id}/history`,
    `${base}/catalogs`,
    `${base}/findings`,
    `${base}/notice`,
    `/${company.slug}/versions`,
    `${base}/translations`,
    `${base}/audit`,
    `${base}/members`,
    `${base}/export`,
    `${base}/profile`,
    `${base}/search?q=kunde`,
  ];
  await signIn(page, owner.email, owner.password);
  const found: string[] = [];
  for (const path of pages) {
    const response = await page.goto(path);
    expect.soft(response?.status(), path).toBeLessThan(400);
    await expect.soft(page.locator("h1").first()).toBeVisible();
    found.push(...(await violations(page)));
  }
  expect(found).toEqual([]);

  // The "not allowed" page a viewer meets, and the pages a viewer reads.
  const viewer = await createUser();
  await db().membership.create({ data: { userId: viewer.id, companyId: company.id, role: "VIEWER" } });
  await page.context().clearCookies();
  await signIn(page, viewer.email, viewer.password);
  for (const path of [base, `${base}/activities/${activity.id}`, `${base}/catalogs`, `${base}/audit`]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    found.push(...(await violations(page)));
  }
  expect(found).toEqual([]);
});
