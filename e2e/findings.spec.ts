import { db } from "@/lib/server/db";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

test("a finding links to the field that fixes it; the overview counts it; the owner's audit log shows the diff", async ({ page }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await db().company.update({ where: { id: company.id }, data: { dpoDesignated: true } });
  await signIn(page, owner.email, owner.password);

  await page.goto(`/companies/${company.id}`);
  expect(Number(await page.getByTestId("error-count").textContent())).toBeGreaterThan(0);

  await page.goto(`/companies/${company.id}/findings?severity=error`);
  const dpo = page.locator('[data-rule="DPO-001"]');
  await expect(dpo).toContainText("designated a data protection officer");
  await dpo.getByRole("link", { name: "Fix DPO-001: go to the field" }).click();
  await page.waitForURL(new RegExp(`/companies/${company.id}/profile#dpoEmail$`));
  await page.getByLabel("DPO e-mail").fill("personvernombud@example.test");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.goto(`/companies/${company.id}/findings`);
  await expect(page.locator('[data-rule="DPO-001"]')).toHaveCount(0);

  await page.goto(`/companies/${company.id}/audit`);
  const event = page.getByRole("listitem").filter({ hasText: "Company profile" }).first();
  await expect(event).toContainText("Changed");
  await expect(event.getByRole("row", { name: /DPO e-mail/ })).toContainText("personvernombud@example.test");
});

test("an editor cannot open the audit log", async ({ page }) => {
  const editor = await createUser();
  const company = await createCompany([{ userId: editor.id, role: "EDITOR" }]);
  await signIn(page, editor.email, editor.password);
  expect((await page.goto(`/companies/${company.id}/audit`))?.status()).toBe(403);
});
