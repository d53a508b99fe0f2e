import { CATALOG_SCHEMAS } from "@/lib/register/catalog-schemas";
import { db } from "@/lib/server/db";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";
import { enumLabel } from "@/lib/register/vocabulary";

test("an editor adds a data category and a recipient through the catalog page; bad input is shown beside the field", async ({ page }) => {
  const editor = await createUser();
  const company = await createCompany([{ userId: editor.id, role: "EDITOR" }]);
  await signIn(page, editor.email, editor.password);
  await page.goto(`/companies/${company.id}/catalogs`);
  await expect(page.getByRole("heading", { name: "Catalogs", level: 1 })).toBeVisible();

  const categories = page.getByRole("region", { name: "Categories of personal data" });
  await categories.getByRole("button", { name: "Add: Categories of personal data" }).click();
  await categories.getByLabel("Name (English)").fill("Fitness data");
  await categories.getByRole("button", { name: "Save" }).click();
  // The bokmål label is required too; the message sits beside the field and what was typed stays.
  const nb = categories.getByLabel("Name (bokmål)");
  await expect(nb).toHaveAttribute("aria-invalid", "true");
  await expect(categories.getByText("This field is required.")).toBeVisible();
  await expect(categories.getByLabel("Name (English)")).toHaveValue("Fitness data");
  await nb.fill("Treningsdata");
  await categories.getByLabel("Special category (Art. 9(1))").selectOption({ label: enumLabel("SpecialCategory", "HEALTH", "en") });
  await categories.getByRole("button", { name: "Save" }).click();
  await expect(categories.getByRole("row", { name: /Fitness data/ })).toContainText(enumLabel("SpecialCategory", "HEALTH", "en"));

  const recipients = page.getByRole("region", { name: "Recipients and processors" });
  await recipients.getByRole("button", { name: "Add: Recipients and processors" }).click();
  await recipients.getByLabel("Name", { exact: true }).fill("Cloudy Mail Inc.");
  await recipients.getByLabel("Kind").selectOption({ label: enumLabel("RecipientKind", "PROCESSOR", "en") });
  await recipients.getByLabel("Country where the data are processed").selectOption({ label: "United States" });
  await recipients.getByLabel("Data processing agreement").selectOption({ label: enumLabel("DpaStatus", "SIGNED", "en") });
  await recipients.getByRole("button", { name: "Add sub-processor" }).click();
  await recipients.getByRole("group", { name: "Sub-processor 1" }).getByLabel("Name").fill("Backup GmbH");
  await recipients.getByRole("group", { name: "Sub-processor 1" }).getByLabel("Country").selectOption({ label: "Germany" });
  await recipients.getByRole("button", { name: "Save" }).click();
  await expect(recipients.getByRole("row", { name: /Cloudy Mail Inc\./ })).toContainText("United States");

  const stored = await db().recipient.findFirstOrThrow({ where: { companyId: company.id }, select: { name: true, countryCode: true, dpaStatus: true, subProcessors: { select: { name: true, countryCode: true } } } });
  expect(stored).toEqual({ name: "Cloudy Mail Inc.", countryCode: "US", dpaStatus: "SIGNED", subProcessors: [{ name: "Backup GmbH", countryCode: "DE" }] });

  // Only a processor is asked for a DPA: an independent controller's row shows none, not "DPA missing".
  await db().recipient.create({ data: { companyId: company.id, name: "Klarna Bank AB", kind: "CONTROLLER", countryCode: "SE" } });
  await page.reload();
  const klarna = page.getByRole("region", { name: "Recipients and processors" }).getByRole("row", { name: /Klarna Bank AB/ });
  await expect(klarna).toContainText("Sweden");
  await expect(klarna).not.toContainText(enumLabel("DpaStatus", "MISSING", "en"));
  await expect(recipients.getByRole("row", { name: /Cloudy Mail Inc\./ })).toContainText(enumLabel("DpaStatus", "SIGNED", "en"));

  // The server refuses an unknown country as a field error, whatever the browser sends.
  const bad = await page.request.post(`/api/companies/${company.id}/catalogs/recipients`, { data: { name: "Nowhere AS", kind: "PROCESSOR", countryCode: "XX" } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.fieldErrors.countryCode).toEqual(["Choose a country from the list."]);
});

test("deleting a catalog entry an activity uses is refused with the list of activities", async ({ page }) => {
  const editor = await createUser();
  const company = await createCompany([{ userId: editor.id, role: "EDITOR" }]);
  const category = await db().dataCategory.create({
    data: { companyId: company.id, ...CATALOG_SCHEMAS["data-categories"].create.parse({ labelEn: "Payroll data", labelNb: "Lønnsdata" }) },
    select: { id: true },
  });
  await db().processingActivity.create({
    data: { companyId: company.id, name: "Salary payments", dataCategories: { create: { dataCategoryId: category.id } } },
  });
  await signIn(page, editor.email, editor.password);
  await page.goto(`/companies/${company.id}/catalogs`);
  const categories = page.getByRole("region", { name: "Categories of personal data" });
  await categories.getByRole("button", { name: "Delete: Payroll data" }).click();
  await categories.getByRole("button", { name: "Yes, delete" }).click();
  await expect(categories.getByText("This entry is still in use and cannot be deleted.")).toBeVisible();
  await expect(categories.getByRole("link", { name: "Salary payments" })).toBeVisible();
  expect(await db().dataCategory.count({ where: { id: category.id } })).toBe(1);

  const api = await page.request.delete(`/api/companies/${company.id}/catalogs/data-categories/${category.id}`);
  expect(api.status()).toBe(409);
  expect((await api.json()).error.usedBy).toEqual([expect.objectContaining({ name: "Salary payments", type: "activity" })]);
});

test("a viewer sees the catalogs read-only and a forged create is refused with 403", async ({ page }) => {
  const viewer = await createUser();
  const company = await createCompany([{ userId: viewer.id, role: "VIEWER" }]);
  await db().dataSubjectCategory.create({ data: { companyId: company.id, labelEn: "Customers", labelNb: "Kunder" } });
  await signIn(page, viewer.email, viewer.password);
  await page.goto(`/companies/${company.id}/catalogs`);
  await expect(page.getByRole("region", { name: "Categories of data subjects" }).getByRole("row", { name: /Customers/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Add/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Edit|Delete)/ })).toHaveCount(0);

  const forged = await page.request.post(`/api/companies/${company.id}/catalogs/data-subject-categories`, { data: { labelEn: "Forged", labelNb: "Forfalsket" } });
  expect(forged.status()).toBe(403);
  expect(await db().dataSubjectCategory.count({ where: { companyId: company.id } })).toBe(1);

  // Another company's catalog is not found, not forbidden.
  const other = await createCompany();
  expect((await page.request.get(`/api/companies/${other.id}/catalogs/recipients`)).status()).toBe(404);
});

test("a consultant creates another company and it is offered the default catalog as suggestions", async ({ page }) => {
  const consultant = await createUser();
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await createCompany([{ userId: consultant.id, role: "OWNER" }]);
  await signIn(page, consultant.email, consultant.password);
  await page.goto("/companies");
  await page.getByLabel("Legal name of the new company").fill("Ny Klient AS");
  await page.getByLabel("Organisation number").fill("974760674");
  await page.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByText(/valid check digit/)).toBeVisible();
  await page.getByLabel("Organisation number").fill("974760673");
  await page.getByRole("button", { name: "Create company" }).click();
  await page.waitForURL(/\/companies\/[^/]+$/);
  await page.goto(`${new URL(page.url()).pathname}/catalogs`);
  // Offered, not entered: the entries wait in the suggestions until the DPO accepts them (ADR 018).
  const suggestions = page.getByRole("region", { name: "Suggestions" });
  await expect(suggestions.getByRole("button", { name: "Accept “National identity number”" })).toBeVisible();
  await expect(suggestions.getByRole("button", { name: "Accept “Job applicants”" })).toBeVisible();
  await expect(page.getByRole("row", { name: /National identity number/ })).toHaveCount(0);
});
