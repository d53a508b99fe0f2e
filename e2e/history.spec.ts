import type { CompanyAccess } from "@/lib/server/access";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { enumLabel } from "@/lib/register/vocabulary";
import { createActivity, updateActivity } from "@/lib/server/activities";
import { db } from "@/lib/server/db";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

/** Access built by hand: lib/server/access pulls in next-auth, which does not load outside Next. */
function accessOf(user: { id: string; email: string; name: string; locale: "EN" | "NB" }, company: { id: string; slug: string; legalName: string }, role: CompanyAccess["role"]): CompanyAccess {
  return { user, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role };
}

test("the history and the audit log say who changed which field from what to what, in the editor's words, and the log filters by person, day and kind", async ({ page }) => {
  const owner = await createUser();
  const editor = await createUser({ locale: "NB" });
  await db().user.update({ where: { id: editor.id }, data: { name: "Eva Editor" } });
  const company = await createCompany([
    { userId: owner.id, role: "OWNER" },
    { userId: editor.id, role: "EDITOR" },
  ]);
  const customers = await db().dataSubjectCategory.create({ data: { companyId: company.id, labelEn: "Customers", labelNb: "Kunder" } });
  const staff = await db().dataSubjectCategory.create({ data: { companyId: company.id, labelEn: "Employees", labelNb: "Ansatte" } });
  const base = { name: "Enquiries", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", dataSubjectCategoryIds: [customers.id] };
  const created = await createActivity(accessOf(owner, company, "OWNER"), activityInputSchema.parse({ ...base, purposes: [{ description: { en: "Answer questions", nb: "Svare på spørsmål" }, lawfulBasis: "CONSENT" }] }));
  const purposeId = created.purposes[0]?.id;
  await updateActivity(
    accessOf({ ...editor, name: "Eva Editor" }, company, "EDITOR"),
    created.id,
    activityInputSchema.parse({
      ...base,
      name: "Customer enquiries",
      version: created.version,
      dataSubjectCategoryIds: [customers.id, staff.id],
      purposes: [{ id: purposeId, description: { en: "Answer questions", nb: "Svare på spørsmål" }, lawfulBasis: "CONTRACT", liaDate: "2026-03-01" }],
      dpia: { required: true },
    }),
  );

  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/activities/${created.id}/history`);
  const change = page.getByTestId("history-event").first();
  await expect(change.getByRole("heading", { level: 2 })).toContainText(`Changed by Eva Editor (${editor.email})`);
  const row = (field: string) => change.getByRole("row", { name: field, exact: false });
  await expect(row("Purpose › Lawful basis")).toContainText(enumLabel("LawfulBasis", "CONSENT", "en"));
  await expect(row("Purpose › Lawful basis")).toContainText(enumLabel("LawfulBasis", "CONTRACT", "en"));
  await expect(row("Categories of data subjects")).toContainText("Customers, Employees");
  await expect(row("Purpose › Balancing test date")).toContainText(new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "Europe/Oslo" }).format(new Date("2026-03-01T12:00:00Z")));
  await expect(row("DPIA required (Art. 35)")).toContainText("Yes");
  const text = await page.locator("main").innerText();
  for (const code of ["purposes[", "lawfulBasis", "CONTRACT", customers.id, created.id]) expect(text).not.toContain(code);
  await page.screenshot({ path: "test-results/screenshots/history-en.png", fullPage: true });

  // The audit log: names the activity, labels the fields, and filters by person, kind and day.
  await page.goto(`/companies/${company.id}/audit`);
  await expect(page.getByTestId("audit-event")).toHaveCount(2);
  await expect(page.getByTestId("audit-event").first()).toContainText("Processing activity: Customer enquiries");
  await page.getByLabel("Person").selectOption({ label: `Eva Editor (${editor.email})` });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`person=${editor.id}`));
  await expect(page.getByTestId("audit-event")).toHaveCount(1);
  await expect(page.getByTestId("audit-event")).toContainText("Purpose › Lawful basis");
  await page.screenshot({ path: "test-results/screenshots/audit-filtered.png", fullPage: true });

  await page.goto(`/companies/${company.id}/audit`);
  await page.getByLabel("Kind of change").selectOption({ label: "Catalog entries" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("audit-matching")).toHaveText("No changes match these filters.");
  await page.getByLabel("Kind of change").selectOption({ label: "Processing activities" });
  await page.getByLabel("To").fill("2020-01-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("audit-matching")).toHaveText("No changes match these filters.");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByTestId("audit-event")).toHaveCount(2);

  // The same in bokmål, for the editor who reads the app in bokmål.
  await page.context().clearCookies();
  await signIn(page, editor.email, editor.password);
  await page.goto(`/companies/${company.id}/activities/${created.id}/history`);
  await expect(page.getByTestId("history-event").first().getByRole("row", { name: "Formål › Behandlingsgrunnlag", exact: false })).toContainText(enumLabel("LawfulBasis", "CONTRACT", "nb"));
  await expect(page.getByTestId("history-event").first()).toContainText("Kunder, Ansatte");
  await page.screenshot({ path: "test-results/screenshots/history-nb.png", fullPage: true });
});
