import type { Page } from "@playwright/test";
import { registerDocumentFromSnapshot, serializeRegisterDocument } from "@/lib/export/json/from-snapshot";
import { db } from "@/lib/server/db";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/new-company-${name}.png`, fullPage: true });

/** Creates a company through the "New company" form on the companies page and returns its id. */
async function createThroughForm(page: Page, legalName: string, start: RegExp) {
  await page.goto("/companies");
  await page.getByLabel(/Legal name of the new company|Juridisk navn på det nye selskapet/).fill(legalName);
  await page.getByLabel(start).check();
  await page.getByRole("button", { name: /Create company|Opprett selskap/ }).click();
  await page.waitForURL(/\/companies\/[^/]+$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

test("a new company offers the default catalog as suggestions: accepted ones join the register, dismissed ones go, and an empty register guides instead of inviting publication", async ({ page }) => {
  const consultant = await createUser();
  // Two companies already: with one, /companies opens it instead of listing.
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await signIn(page, consultant.email, consultant.password);
  const companyId = await createThroughForm(page, "Fjellsko AS", /Start with suggestions/);

  // The overview says the register is empty and what to do first, not "Errors 0 · Warnings 0".
  const guidance = page.getByTestId("empty-register");
  await expect(guidance.getByRole("heading", { name: "The register is empty" })).toBeVisible();
  await expect(guidance.getByRole("link", { name: "Review the suggestions" })).toBeVisible();
  await expect(guidance.getByRole("link", { name: "Open the templates" })).toHaveAttribute("href", `/companies/${companyId}/activities/templates`);
  await expect(guidance.getByRole("link", { name: "Import a register" })).toBeVisible();
  await expect(guidance.getByRole("link", { name: "New activity" })).toBeVisible();
  // The findings left are the profile's own (no contact e-mail yet), not a verdict on an empty register.
  await expect(guidance).toContainText("its privacy notice has nothing to describe and cannot be published");
  await shot(page, "overview-empty");

  // The catalog page offers the suggestions apart from the company's own entries.
  await guidance.getByRole("link", { name: "Review the suggestions" }).click();
  const suggestions = page.getByRole("region", { name: "Suggestions" });
  await expect(suggestions).toContainText("waiting for your decision");
  await expect(suggestions.getByRole("heading", { name: "Suggested security measures" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Categories of personal data" })).toContainText("Nothing here yet.");
  await shot(page, "catalog-suggestions");

  await suggestions.getByRole("button", { name: "Accept “Contact details”" }).click();
  await expect(page.getByText("Accepted: “Contact details” is now in the catalog.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Categories of personal data" }).getByRole("row", { name: /Contact details/ })).toBeVisible();
  await suggestions.getByRole("button", { name: "Dismiss “Identity”" }).click();
  await expect(page.getByText("Dismissed: “Identity”.")).toBeVisible();
  await expect(suggestions.getByRole("button", { name: "Dismiss “Identity”" })).toHaveCount(0);
  await suggestions.getByRole("button", { name: /Accept “Access control: Access is limited/ }).click();
  await expect(page.getByRole("region", { name: "Security measures" }).getByRole("row", { name: /two-factor/ })).toBeVisible();

  // The rest at once, after a confirmation.
  await suggestions.getByRole("button", { name: "Dismiss all suggestions" }).click();
  await expect(page.getByText(/^Dismiss all \d+ suggestions\?/)).toBeVisible();
  await page.getByRole("group", { name: "Dismiss all suggestions" }).getByRole("button", { name: "Dismiss all suggestions" }).click();
  await expect(page.getByText(/^\d+ suggestions dismissed\.$/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Suggestions" })).toHaveCount(0);
  await shot(page, "catalog-decided");
  const where = { companyId };
  expect(await db().dataCategory.findMany({ where, select: { labelEn: true, suggested: true } })).toEqual([{ labelEn: "Contact details", suggested: false }]);
  expect(await db().securityMeasure.count({ where })).toBe(1);
  expect(await db().dataSubjectCategory.count({ where })).toBe(0);

  // The accepted entry is offered in the activity editor; nothing else of the default catalog is.
  await page.goto(`/companies/${companyId}/activities/new`);
  await expect(page.getByText("Contact details", { exact: true })).toBeVisible();
  await expect(page.getByText("Identity", { exact: true })).toHaveCount(0);

  // The notice page guides too, and offers no publishing of an empty notice; the server refuses it.
  await page.goto(`/companies/${companyId}/notice`);
  await expect(page.getByTestId("empty-register").getByRole("heading", { name: "The register is empty" })).toBeVisible();
  await expect(page.getByTestId("nothing-to-publish")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Publish/ })).toHaveCount(0);
  await shot(page, "notice-empty");
  const refused = await page.request.post(`/api/companies/${companyId}/notice/versions`, { data: { changeSummary: "First" } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toMatch(/^There is nothing to publish: the notice would describe no processing activity\./);
  expect(await db().noticeVersion.count({ where })).toBe(0);
});

test("a Norwegian DPO starts a company empty: no suggestions, and the empty register is explained in bokmål", async ({ page }) => {
  const consultant = await createUser({ locale: "NB" });
  // Two companies already: with one, /companies opens it instead of listing.
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await signIn(page, consultant.email, consultant.password);
  const companyId = await createThroughForm(page, "Tom Start AS", /Start tomt/);
  await expect(page.getByTestId("empty-register").getByRole("heading", { name: "Protokollen er tom" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gå gjennom forslagene" })).toHaveCount(0);
  await shot(page, "overview-empty-nb");
  await page.goto(`/companies/${companyId}/catalogs`);
  await expect(page.getByRole("region", { name: "Forslag" })).toHaveCount(0);
  expect(await db().dataCategory.count({ where: { companyId } })).toBe(0);
  expect(await db().securityMeasure.count({ where: { companyId } })).toBe(0);
});

test("a JSON register is imported into a fresh company, replacing its untouched suggestions; a second import is refused saying what the company holds", async ({ page }) => {
  const consultant = await createUser();
  // Two companies already: with one, /companies opens it instead of listing.
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await signIn(page, consultant.email, consultant.password);
  const companyId = await createThroughForm(page, "Importert AS", /Start with suggestions/);
  const file = serializeRegisterDocument(registerDocumentFromSnapshot(fullRegisterSnapshot()));

  await page.goto(`/companies/${companyId}`);
  await page.getByTestId("empty-register").getByRole("link", { name: "Import a register" }).click();
  const fileField = page.getByLabel("File (JSON, XLSX or CSV, at most 5 MB)");
  await fileField.setInputFiles({ name: "register.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText(/^The file can be imported: 4 activities/)).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 4 activities.")).toBeVisible();
  expect(await db().processingActivity.count({ where: { companyId } })).toBe(4);
  expect(await db().dataCategory.count({ where: { companyId, suggested: true } })).toBe(0);

  // Again: refused, and the message says what the company holds — not "someone saved a newer version".
  await page.reload();
  await fileField.setInputFiles({ name: "register.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText(/^This company already holds 4 activities and \d+ catalog entries of its own\./)).toBeVisible();
  await expect(page.getByText("newer version")).toHaveCount(0);
  await shot(page, "import-refused");
  expect(await db().processingActivity.count({ where: { companyId } })).toBe(4);
});

test("a DPO with one company, whom /companies sends straight into it, reaches the New company form from the company's header", async ({ page }) => {
  const dpo = await createUser();
  const first = await createCompany([{ userId: dpo.id, role: "OWNER" }]);
  await signIn(page, dpo.email, dpo.password);
  await page.goto("/companies");
  await page.waitForURL(`**/companies/${first.id}`);
  await page.getByRole("link", { name: "All companies, or add one" }).click();
  await page.getByLabel("Legal name of the new company").fill("Andre Selskap AS");
  await page.getByLabel(/Start empty/).check();
  await page.getByRole("button", { name: "Create company" }).click();
  await page.waitForURL(/\/companies\/[^/]+$/);
  expect(new URL(page.url()).pathname).not.toBe(`/companies/${first.id}`);
  await expect(page.getByText("Andre Selskap AS").first()).toBeVisible();
});
