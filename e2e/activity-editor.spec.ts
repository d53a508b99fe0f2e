import type { Page } from "@playwright/test";
import { db } from "@/lib/server/db";
import { createCompany, createUser } from "@/test/server/factories";
import { ActivityJourney } from "./support/activity-journey";
import { expect, formAlert, signIn, test } from "./support/fixtures";

async function ownerWithCompany() {
  const owner = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  return { owner, company };
}

/** Creates an activity through the API, as the editor would. */
async function postActivity(page: Page, companyId: string, body: Record<string, unknown> = {}) {
  const response = await page.request.post(`/api/companies/${companyId}/activities`, {
    data: { name: "Customer enquiries", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", purposes: [{ description: { en: "Answer enquiries" }, lawfulBasis: "CONTRACT" }], ...body },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).data as { id: string; version: number; name: string };
}

test("too-long text, markup in the name and a missing interest get messages beside the fields; typed values stay", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  const j = new ActivityJourney(page, company.id, "en");
  await j.start("<b>Bold</b> enquiries");
  await j.description("x".repeat(2001));
  await j.addPurpose({ description: "Answer enquiries", basis: "LEGITIMATE_INTERESTS" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(formAlert(page)).toContainText(/fields? needs? attention before this can be saved/);
  // The name and the bokmål notice title (filled with the name) both say so.
  await expect(page.getByText("Angle brackets are not allowed here.").first()).toBeVisible();
  // Both languages were filled with the too-long text: each input says so.
  await expect(page.getByText("Use at most 2000 characters.").first()).toBeVisible();
  await expect(page.getByLabel("Description (In English)", { exact: true })).toHaveValue("x".repeat(2001));
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  // With the fields fixed, the conditional rule speaks: 6(1)(f) needs the interest (Art. 13(1)(d)).
  await page.getByLabel("Name", { exact: true }).fill("Bold enquiries");
  await j.description("Short enough");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("State the legitimate interest (GDPR Art. 13(1)(d)).")).toBeVisible();
  await expect(j.group(j.t("purposeN", { n: 1 })).getByLabel("Legitimate interest (In English)")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/activities\/new$/);
  expect(await db().processingActivity.count({ where: { companyId: company.id } })).toBe(0);
});

test("a forged POST with an unknown country code or too-long text is refused with 422 and field errors", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  const recipient = await db().recipient.create({ data: { companyId: company.id, name: "Vendor", kind: "PROCESSOR", countryCode: "US" } });
  const forged = await page.request.post(`/api/companies/${company.id}/activities`, {
    data: {
      name: "Forged",
      role: "CONTROLLER",
      collectionSource: "DATA_SUBJECT_DIRECT",
      description: { en: "y".repeat(5000) },
      recipients: [{ recipientId: recipient.id }],
      transfers: [{ recipientId: recipient.id, countryCode: "XX", mechanism: "SCC_2021_914" }],
    },
  });
  expect(forged.status()).toBe(422);
  const fieldErrors = (await forged.json()).error.fieldErrors as Record<string, string[]>;
  expect(fieldErrors["transfers.0.countryCode"]).toEqual(["Choose a country from the list."]);
  expect(fieldErrors["description.en"]?.[0]).toBe("Use at most 2000 characters.");
  expect(await db().processingActivity.count({ where: { companyId: company.id } })).toBe(0);
});

test("script tags in a description are stored as text and shown inert", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const script = `<script>alert("xss")</script><img src=x onerror=alert(1)>`;
  const j = new ActivityJourney(page, company.id, "en");
  await j.start("Enquiries");
  await j.description(script);
  await j.addPurpose({ description: script, basis: "CONTRACT" });
  const id = await j.save();
  await expect(page.getByLabel("Description (In English)", { exact: true })).toHaveValue(script);
  await page.goto(`/companies/${company.id}/activities/${id}/history`);
  await expect(page.getByRole("cell", { name: script }).first()).toBeVisible();
  await page.goto(`/companies/${company.id}/activities?q=${encodeURIComponent("<script>")}`);
  await expect(page.getByRole("link", { name: "Enquiries", exact: true })).toBeVisible();
  expect(dialogs).toBe(0);
  const stored = await db().processingActivity.findUniqueOrThrow({ where: { id }, select: { description: true } });
  expect(stored.description).toMatchObject({ en: script, nb: script });
});

test("two people edit at once: the second save shows both versions side by side and loses nothing", async ({ page, context }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  const activity = await postActivity(page, company.id);
  const other = await context.newPage();
  for (const p of [page, other]) await p.goto(`/companies/${company.id}/activities/${activity.id}`);

  await page.getByLabel("Name", { exact: true }).fill("Enquiries (renamed by the first)");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await other.getByLabel("Description (In English)", { exact: true }).fill("Added by the second");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = other.getByRole("region", { name: "Someone else saved this activity while you were editing" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("columnheader", { name: "Your version" })).toBeVisible();
  await expect(conflict.getByRole("columnheader", { name: "The saved version" })).toBeVisible();
  await expect(conflict.getByRole("row", { name: /^name/ })).toContainText("Enquiries (renamed by the first)");
  await expect(conflict.getByRole("row", { name: /^description/ })).toContainText("Added by the second");

  // Mine on top of the newer version: my description, the colleague's name.
  await conflict.getByRole("button", { name: "Apply my version on top of the saved one" }).click();
  await expect(other.getByLabel("Description (In English)", { exact: true })).toHaveValue("Added by the second");
  await expect(other.getByLabel("Name", { exact: true })).toHaveValue("Enquiries (renamed by the first)");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await expect(other.getByText("Saved.")).toBeVisible();

  const saved = await db().processingActivity.findUniqueOrThrow({ where: { id: activity.id }, select: { name: true, description: true, version: true } });
  expect(saved).toEqual({ name: "Enquiries (renamed by the first)", description: { en: "Added by the second" }, version: 3 });
});

test("another company's catalog ids forged into a save are refused and nothing is half-saved", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  const stranger = await createCompany();
  const theirs = await db().dataSubjectCategory.create({ data: { companyId: stranger.id, labelEn: "Their customers", labelNb: "Deres kunder" } });
  const theirRecipient = await db().recipient.create({ data: { companyId: stranger.id, name: "Their vendor", kind: "PROCESSOR", countryCode: "NO" } });
  await signIn(page, owner.email, owner.password);
  const activity = await postActivity(page, company.id);
  const base = { name: "Hijacked", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", purposes: [], version: activity.version };

  const byKey = await page.request.put(`/api/companies/${company.id}/activities/${activity.id}`, { data: { ...base, dataSubjectCategoryIds: [theirs.id] } });
  expect([404, 422]).toContain(byKey.status());
  const byRule = await page.request.put(`/api/companies/${company.id}/activities/${activity.id}`, { data: { ...base, recipients: [{ recipientId: theirRecipient.id }] } });
  expect(byRule.status()).toBe(422);
  const refused = await byRule.json();
  expect(refused.error.fieldErrors["recipients.0.recipientId"]).toEqual(["This entry does not exist in the company's catalog."]);
  expect(JSON.stringify(refused)).not.toContain("Their vendor");

  const after = await page.request.get(`/api/companies/${company.id}/activities/${activity.id}`);
  const data = (await after.json()).data as { name: string; version: number; purposes: unknown[]; dataSubjectCategoryIds: string[] };
  expect(data).toMatchObject({ name: "Customer enquiries", version: activity.version, dataSubjectCategoryIds: [] });
  expect(data.purposes).toHaveLength(1);
});

test("a viewer sees the activity read-only and a forged save is refused with 403", async ({ page }) => {
  const { company } = await ownerWithCompany();
  const viewer = await createUser({ locale: "EN" });
  await db().membership.create({ data: { userId: viewer.id, companyId: company.id, role: "VIEWER" } });
  const activity = await db().processingActivity.create({ data: { companyId: company.id, name: "Payroll", role: "CONTROLLER" } });
  await signIn(page, viewer.email, viewer.password);

  await page.goto(`/companies/${company.id}/activities`);
  await expect(page.getByRole("link", { name: "New activity" })).toHaveCount(0);
  await page.getByRole("link", { name: "Payroll", exact: true }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Payroll");
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  await expect(page.getByText("You can read this activity; your role cannot change it.")).toBeVisible();

  const forged = await page.request.put(`/api/companies/${company.id}/activities/${activity.id}`, {
    data: { name: "Hijacked", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", version: 1 },
  });
  expect(forged.status()).toBe(403);
  const newPage = await page.goto(`/companies/${company.id}/activities/new`);
  expect(newPage?.status()).toBe(403);
  expect((await db().processingActivity.findUniqueOrThrow({ where: { id: activity.id } })).name).toBe("Payroll");
});

test("a finding's link lands on the field, and leaving with unsaved changes asks first", async ({ page }) => {
  const { owner, company } = await ownerWithCompany();
  await signIn(page, owner.email, owner.password);
  const activity = await postActivity(page, company.id, { purposes: [{ description: { en: "Keep accounts" }, lawfulBasis: "LEGAL_OBLIGATION", legalReference: { law: "bokforingsloven", section: "§ 13" } }] });
  await page.goto(`/companies/${company.id}/activities/${activity.id}#purposes.0.legalReference`);
  await expect(page.locator('[id="purposes.0.legalReference"]')).toBeInViewport();
  const reference = page.getByRole("group", { name: "Legal reference (law)" });
  await expect(reference.getByLabel("Law", { exact: true })).toHaveValue("bokforingsloven");
  await expect(reference.getByLabel("Section", { exact: true })).toHaveValue("§ 13");

  await page.getByLabel("Name", { exact: true }).fill("Changed, not saved");
  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("confirm");
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Back to the register" }).click();
  await expect(page).toHaveURL(new RegExp(`/activities/${activity.id}`));
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Changed, not saved");
});
