/**
 * Issue 13, the forms a DPO meets in the first hour: confirmations where the eye is, contact
 * details checked with messages that say what is valid, no field paths or message keys shown,
 * no premature errors, dates typed the Norwegian way, the unsaved state cleared by a save, an
 * empty sign-in answered as such, and findings links that land with the label in view and the
 * focused field clear of the sticky Save bar (WCAG 2.4.11).
 */
import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/server/db";
import { createCompany, createUser } from "@/test/server/factories";
import { ActivityJourney } from "./support/activity-journey";
import { expect, signIn, test } from "./support/fixtures";

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/forms-${name}.png` });

async function ownerWithCompany() {
  const owner = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  return { owner, company };
}

async function postActivity(page: Page, companyId: string, body: Record<string, unknown> = {}) {
  const response = await page.request.post(`/api/companies/${companyId}/activities`, {
    data: { name: "Webshop orders", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", purposes: [{ description: { en: "Deliver orders" }, lawfulBasis: "CONTRACT" }], ...body },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).data as { id: string; version: number };
}

/** Fails the test if the browser asks before leaving (beforeunload) or the app's own confirm shows. */
function refuseDialogs(page: Page): string[] {
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return asked;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not rendered");
  return found;
}

test("the activity editor: 'Saved.' beside the Save button in view, no unsaved state after saving, created=1 confirmed", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  const asked = refuseDialogs(page);
  const j = new ActivityJourney(page, company.id, "en");

  // Creating: the new activity's page says so, beside the Save button, and the address loses ?created=1.
  await j.start("Newsletter");
  await j.addPurpose({ description: "Send the newsletter", basis: "CONSENT", withdrawal: "Unsubscribe link in every e-mail" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/activities\/(?!new)[^/?#]+/);
  const status = page.getByTestId("save-status");
  await expect(status).toHaveText("Created and saved. You can go on filling it in.");
  await expect(status).toBeInViewport();
  await expect(page).not.toHaveURL(/created=1/);
  await shot(page, "created");

  // A long form, scrolled to its end: the confirmation is where the Save button is.
  await j.description("Monthly news for customers who asked for it");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText("Saved.");
  await expect(status).toBeInViewport();
  const saveBar = await box(page.getByRole("button", { name: "Save", exact: true }));
  const said = await box(status);
  expect(Math.abs(said.y + said.height / 2 - (saveBar.y + saveBar.height / 2))).toBeLessThan(40);
  // …and the form is clean: no badge, no question when leaving.
  await expect(page.getByText(j.t("unsavedBadge"))).toHaveCount(0);
  await shot(page, "saved");
  await page.getByRole("link", { name: j.t("backToRegister") }).click();
  await page.waitForURL(/\/activities$/);
  expect(asked).toEqual([]);
});

test("the company profile: phone, web address and postcode are checked, typed values stay, fjellsko.no is stored as https://fjellsko.no", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  const asked = refuseDialogs(page);
  await page.goto(`/companies/${company.id}/profile`);
  await page.getByLabel("Phone", { exact: true }).fill("abc");
  await page.getByLabel("Website", { exact: true }).fill("fjellsko");
  await page.getByLabel("Postcode", { exact: true }).fill("12345");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  await expect(page.getByText("Enter a phone number of 5 to 15 digits, such as +47 22 12 34 56.", { exact: false })).toBeVisible();
  await expect(page.getByText("Enter a web address such as fjellsko.no or https://www.fjellsko.no (no spaces).")).toBeVisible();
  await expect(page.getByText("A Norwegian postcode has 4 digits, such as 0150.")).toBeVisible();
  await expect(page.getByLabel("Phone", { exact: true })).toHaveValue("abc");
  await expect(page.getByLabel("Postcode", { exact: true })).toHaveValue("12345");
  await expect(page.getByLabel("Phone", { exact: true })).toHaveAttribute("aria-invalid", "true");
  // The summary names the fields as labelled, and the status beside Save says nothing was saved.
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("link")).toHaveText(["Phone", "Website", "Postcode"]);
  await expect(page.getByTestId("save-status")).toContainText("Not saved: 3 fields need attention");
  // The eye goes to the first field to fix: it is focused, and its message is in view.
  await expect(page.getByLabel("Phone", { exact: true })).toBeFocused();
  await expect(page.getByText("Enter a phone number of 5 to 15 digits", { exact: false })).toBeInViewport();
  await shot(page, "profile-invalid");
  const stored = await db().company.findUniqueOrThrow({ where: { id: company.id }, select: { phone: true, website: true, postalCode: true } });
  expect(stored).toEqual({ phone: null, website: null, postalCode: null });

  await page.getByLabel("Phone", { exact: true }).fill("+47 22 12 34 56");
  await page.getByLabel("Website", { exact: true }).fill("fjellsko.no");
  await page.getByLabel("Postcode", { exact: true }).fill("0150");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved.");
  await expect(page.getByTestId("save-status")).toBeInViewport();
  await expect(page.getByLabel("Website", { exact: true })).toHaveValue("https://fjellsko.no");
  expect(await db().company.findUniqueOrThrow({ where: { id: company.id }, select: { phone: true, website: true, postalCode: true } })).toEqual({
    phone: "+47 22 12 34 56",
    website: "https://fjellsko.no",
    postalCode: "0150",
  });
  await shot(page, "profile-saved");
  await page.reload();
  expect(asked).toEqual([]);
});

test("a retention of -5 says which numbers are valid; the summary shows labels, never paths or keys; a new row is not red before anything is typed", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  const special = await db().dataCategory.create({ data: { companyId: company.id, labelEn: "Health", labelNb: "Helse", specialCategory: "HEALTH" } });
  await signIn(page, owner.email, owner.password);
  const activity = await postActivity(page, company.id, { dataCategoryIds: [special.id], art9Condition: "EXPLICIT_CONSENT" });
  const j = new ActivityJourney(page, company.id, "en");
  await page.goto(`/companies/${company.id}/activities/${activity.id}`);

  // Added rows stay unmarked until the user leaves them or saves.
  await page.getByRole("button", { name: j.t("field.addRetention") }).click();
  const rule = j.group(j.t("retentionN", { n: 1 }));
  await expect(rule.locator('[aria-invalid="true"]')).toHaveCount(0);

  await rule.getByLabel(j.t("field.duration"), { exact: true }).fill("-5");
  await rule.getByLabel(j.t("field.unit"), { exact: true }).selectOption({ label: j.enumLabel("RetentionUnit", "YEARS") });
  // The special-category data now lack their Art. 9(2) condition: a rule whose key has a digit.
  await page.getByLabel(j.t("field.art9Condition"), { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  await expect(rule.getByText("Enter the duration as a whole number from 0 to 1000, such as 5")).toBeVisible();
  await expect(rule.getByLabel(j.t("field.duration"), { exact: true })).toHaveValue("-5");
  await expect(page.getByText("Special-category data need an Art. 9(2) condition.").first()).toBeVisible();
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("link", { name: "Retention rule 1: Duration" })).toBeVisible();
  await expect(summary.getByRole("link", { name: j.t("field.art9Condition") })).toBeVisible();
  const main = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  expect(main).not.toMatch(/retentionRules\.\d|activityValidation\.|fieldRules\.|validation\.\w/);
  expect(main).not.toContain("This field is required.");
  await shot(page, "retention-invalid");

  // After a failed save, a further row is still not painted before anything is typed.
  await page.getByRole("button", { name: j.t("field.addRetention") }).click();
  await expect(j.group(j.t("retentionN", { n: 2 })).locator('[aria-invalid="true"]')).toHaveCount(0);

  // The summary's link lands on the field, focused.
  await summary.getByRole("link", { name: "Retention rule 1: Duration" }).click();
  await expect(rule.getByLabel(j.t("field.duration"), { exact: true })).toBeFocused();
});

test("a new sub-processor row in the recipients catalog is not red before anything is typed", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/catalogs`);
  const recipients = page.getByRole("region", { name: "Recipients and processors" });
  await recipients.getByRole("button", { name: "Add: Recipients and processors" }).click();
  await recipients.getByRole("button", { name: "Add sub-processor" }).click();
  const row = recipients.getByRole("group", { name: "Sub-processor 1" });
  await expect(row.getByLabel("Name", { exact: true })).toBeVisible();
  await expect(row.locator('[aria-invalid="true"]')).toHaveCount(0);
  await recipients.getByRole("button", { name: "Add sub-processor" }).click();
  await expect(recipients.getByRole("group", { name: "Sub-processor 2" }).locator('[aria-invalid="true"]')).toHaveCount(0);
  await shot(page, "sub-processor-rows");
});

test("dates are typed as 31.12.2024 or 2024-12-31; a date that does not exist says which format is valid", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  const activity = await postActivity(page, company.id, { purposes: [{ description: { en: "Fraud checks" }, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: { en: "Preventing fraud" } }] });
  const j = new ActivityJourney(page, company.id, "en");
  await page.goto(`/companies/${company.id}/activities/${activity.id}`);
  const purpose = j.group(j.t("purposeN", { n: 1 }));
  const date = purpose.getByLabel(j.t("field.liaDate"), { exact: true });

  await date.fill("31.02.2024");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(purpose.getByText("Enter a date as dd.mm.yyyy (31.12.2024) or yyyy-mm-dd (2024-12-31).")).toBeVisible();
  await expect(date).toHaveValue("31.02.2024");

  await date.fill("31.12.2024");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved.");
  const purposeRow = await db().purpose.findFirstOrThrow({ where: { activityId: activity.id }, select: { liaDate: true } });
  expect(purposeRow.liaDate?.toISOString().slice(0, 10)).toBe("2024-12-31");
  await expect(date).toHaveValue("2024-12-31");
  await shot(page, "date-saved");
});

test("signing in with empty fields names the empty field and does not count as a failed sign-in", async ({ page }) => {
  await db().signInThrottle.deleteMany({ where: { key: { startsWith: "client:" } } });
  const before = await db().signInThrottle.count();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByText(/Too many|wrong/)).toHaveCount(0);
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await page.getByLabel("E-mail").fill("someone@example.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByText("Enter your e-mail address.")).toHaveCount(0);
  await expect(page.getByLabel("E-mail")).toHaveValue("someone@example.test");
  await shot(page, "sign-in-empty");
  expect(await db().signInThrottle.count()).toBe(before);
});

test("a finding's link lands with the label in view and the field focused; Tab never leaves focus under the sticky Save bar", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { owner, company } = await ownerWithCompany();
  await db().company.update({ where: { id: company.id }, data: { dpoDesignated: true } });
  await signIn(page, owner.email, owner.password);

  // From the findings page to the profile's field.
  await page.goto(`/companies/${company.id}/findings?severity=error`);
  await page.locator('[data-rule="DPO-001"]').getByRole("link", { name: "Fix DPO-001: go to the field" }).click();
  await page.waitForURL(/\/profile#dpoEmail$/);
  const dpoEmail = page.getByLabel("DPO e-mail");
  await expect(dpoEmail).toBeFocused();
  const label = await box(page.locator('label[for="dpoEmail"]'));
  expect(label.y).toBeGreaterThanOrEqual(0);
  await shot(page, "finding-profile");

  // In the editor: a purpose without a lawful basis has a finding beside the form.
  const activity = await postActivity(page, company.id, { purposes: [{ description: { en: "Deliver orders" } }] });
  await page.goto(`/companies/${company.id}/activities/${activity.id}`);
  const findingLink = page.getByRole("complementary").locator('a[href="#purposes.0.lawfulBasis"]').first();
  await findingLink.click();
  const basis = page.locator('[id="purposes.0.lawfulBasis"]');
  await expect(basis).toBeFocused();
  const bar = await box(page.getByRole("button", { name: "Save", exact: true }).locator(".."));
  const basisLabel = await box(page.locator('label[for="purposes.0.lawfulBasis"]'));
  const basisBox = await box(basis);
  expect(basisLabel.y).toBeGreaterThanOrEqual(0);
  expect(basisBox.y + basisBox.height).toBeLessThanOrEqual(bar.y);
  await shot(page, "finding-editor");

  // Keyboard: from the top of the form, every focused control stays clear of the bar.
  await page.getByLabel("Name", { exact: true }).focus();
  const covered: string[] = [];
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      const saveBar = document.querySelector('[data-testid="save-bar"]');
      if (!focused || focused === document.body || !saveBar || saveBar.contains(focused)) return null;
      const rect = focused.getBoundingClientRect();
      const barRect = saveBar.getBoundingClientRect();
      // Beside the bar (the findings column) is not under it.
      if (rect.right <= barRect.left || rect.left >= barRect.right) return null;
      return { id: focused.id || focused.tagName, bottom: rect.bottom, barTop: barRect.top };
    });
    if (state && state.bottom > state.barTop + 0.5) covered.push(`${state.id} ${state.bottom} > ${state.barTop}`);
  }
  expect(covered).toEqual([]);
});
