import ExcelJS from "exceljs";
import { db } from "@/lib/server/db";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

/** An active activity of the demo company in the notice, with its texts as stored. */
async function activeActivity(companyId: string) {
  return db().processingActivity.findFirstOrThrow({
    where: { companyId, status: "ACTIVE", showInNotice: true },
    orderBy: { createdAt: "asc" },
    include: { purposes: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } },
  });
}

/** Leaves only the bokmål of a localized text: the English is missing (the demo writes bokmål first). */
const bokmalOnly = (value: unknown) => ({ nb: (value as { nb: string }).nb });

test("a DPO publishes the complete bokmål notice while English is held back, translates in the translation view and through its spreadsheet, and publishes both", async ({ page }) => {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("translate") });
  const activity = await activeActivity(company.id);
  await db().processingActivity.update({ where: { id: activity.id }, data: { description: bokmalOnly(activity.description) } });

  await signIn(page, owner.email, owner.password);

  // The publish screen: English is held back by one missing text, with a link that lands on its input.
  await page.goto(`/companies/${company.id}/notice`);
  const gate = page.getByTestId("publish-gate");
  await expect(page.getByRole("heading", { name: "Some languages are not ready" })).toBeVisible();
  await expect(gate.locator('[data-language="en"]')).toHaveText(/The notice in English: 1 text is missing\. Translate them It is not published now, and has no public page until it is complete\./);
  await expect(gate.locator('[data-language="nb"]')).toHaveText("The notice in Norwegian (bokmål): every text is written.");

  // Bokmål is complete, so it is published now without English (ADR 027); the English page says none is published.
  await page.getByLabel("What changed (shown in the archive)").fill("Bokmål first");
  await page.getByRole("button", { name: /^Publish version 1/ }).click();
  const confirm = page.getByRole("dialog", { name: /^Publish version 1\?$/ });
  await expect(confirm.getByRole("region", { name: "Bokmål" })).toContainText(`/${company.slug}/nb`);
  await expect(confirm.getByRole("region", { name: "English" })).toHaveCount(0);
  await confirm.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText(/Version 1 is published\./)).toBeVisible();
  expect((await page.request.get(`/${company.slug}/nb`)).status()).toBe(200);
  const english = await page.request.get(`/${company.slug}`);
  expect(english.status()).toBe(404);
  expect(await english.text()).toContain("There is no published privacy notice at this address.");
  await page.reload();
  await expect(gate.locator('[data-language="en"]')).toHaveText(/1 text is missing\./);
  await expect(page.getByText("(published in Norwegian (bokmål) only)")).toBeVisible();

  const fieldLink = page.locator(`a[href="/companies/${company.id}/activities/${activity.id}#description.en"]`);
  await expect(fieldLink).toHaveCount(1);
  await fieldLink.click();
  await page.waitForURL(`**/activities/${activity.id}#description.en`);
  await expect(page.locator('[id="description.en"]')).toBeVisible();

  // The translation view for English lists it beside its bokmål source; writing it in place clears it.
  await page.goto(`/companies/${company.id}/notice`);
  await gate.getByRole("link", { name: "Translate them" }).click();
  await page.waitForURL(`**/companies/${company.id}/translations?lang=en`);
  await expect(page.getByRole("heading", { level: 1, name: "Translations" })).toBeVisible();
  await expect(page.getByTestId("translation-count")).toHaveText("1 text to translate.");
  const row = page.getByTestId("translation-row");
  await expect(row).toContainText((activity.description as { nb: string }).nb);
  await row.getByLabel("Translation (English)").fill("x".repeat(2001));
  await row.getByRole("button", { name: "Save translation" }).click();
  await expect(row.locator("#translation-0-error")).toContainText("2000");
  await row.getByLabel("Translation (English)").fill("We answer questions from customers.");
  await row.getByRole("button", { name: "Save translation" }).click();
  await expect(page.getByTestId("translation-count")).toHaveText("Nothing to translate: every text is written in every language of the notice.");
  const saved = await db().processingActivity.findUniqueOrThrow({ where: { id: activity.id } });
  expect(saved.description).toMatchObject({ en: "We answer questions from customers." });

  // Two more texts missing in English: downloaded for a translator, brought back with a dry run first.
  const purpose = activity.purposes[0];
  if (!purpose) throw new Error("the demo activity has no purpose");
  await db().purpose.update({ where: { id: purpose.id }, data: { description: bokmalOnly(purpose.description) } });
  // A second text of the activity that the demo writes in both languages.
  const second = (["provisionConsequence", "securityMeasuresText", "processingCategories"] as const).find((field) => typeof (saved[field] as { nb?: string }).nb === "string");
  if (!second) throw new Error("the demo activity has no second text");
  await db().processingActivity.update({ where: { id: activity.id }, data: { [second]: bokmalOnly(saved[second]) } });
  await page.reload();
  await expect(page.getByTestId("translation-count")).toHaveText("2 texts to translate.");
  const download = await page.request.get(`/api/companies/${company.id}/translations/xlsx?lang=en`);
  expect(download.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Translation");
  if (!sheet) throw new Error("no translation sheet");
  expect(sheet.rowCount).toBe(3);
  const lineOf = (field: string) => [2, 3].find((line) => sheet.getRow(line).getCell(1).text.endsWith(`|${field}`)) ?? 0;
  sheet.getRow(lineOf("purposes.0.description")).getCell(7).value = "To answer your questions";
  sheet.getRow(lineOf(second)).getCell(7).value = "y".repeat(5001);
  const tooLong = Buffer.from(await workbook.xlsx.writeBuffer());

  const file = page.getByLabel("Translated workbook (.xlsx)");
  await file.setInputFiles({ name: "translated.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: tooLong });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("1 problem: nothing was written.")).toBeVisible();
  const issue = page.getByTestId("translation-import-issues").locator("tbody tr");
  await expect(issue).toHaveCount(1);
  await expect(issue.locator("td").nth(0)).toHaveText(String(lineOf(second)));
  await expect(issue.locator("td").nth(1)).toHaveText("Translation");
  await expect(issue.locator("td").nth(2)).toHaveText(/^Use at most \d+ characters\.$/);
  await expect(page.getByRole("button", { name: "Import translations" })).toHaveCount(0);
  expect((await db().purpose.findUniqueOrThrow({ where: { id: purpose.id } })).description).not.toHaveProperty("en");

  sheet.getRow(lineOf(second)).getCell(7).value = "We cannot answer you without them.";
  const good = Buffer.from(await workbook.xlsx.writeBuffer());
  await file.setInputFiles({ name: "translated.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: good });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("2 translations can be imported.")).toBeVisible();
  await page.getByRole("button", { name: "Import translations" }).click();
  await expect(page.getByText("2 translations imported.")).toBeVisible();
  await expect(page.getByTestId("translation-count")).toHaveText("Nothing to translate: every text is written in every language of the notice.");
  expect((await db().purpose.findUniqueOrThrow({ where: { id: purpose.id } })).description).toMatchObject({ en: "To answer your questions" });

  // Every language complete: the gate opens and the notice is published in both.
  await page.goto(`/companies/${company.id}/notice`);
  await expect(page.getByTestId("publish-gate")).toHaveCount(0);
  await page.getByLabel("What changed (shown in the archive)").fill("Translated into English");
  await page.getByRole("button", { name: /^Publish version 2/ }).click();
  await page.getByRole("dialog", { name: /^Publish version 2\?$/ }).getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText(/Version 2 is published\./)).toBeVisible();
  expect((await page.request.get(`/${company.slug}`)).status()).toBe(200);
});
