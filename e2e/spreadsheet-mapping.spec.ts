import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "@/lib/server/db";
import { DATATILSYNET_LIKE, foreignWorkbook, ICO_LIKE } from "@/test/export/foreign-workbooks";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, formAlert, signIn, test } from "./support/fixtures";

const FILE = "File (JSON, XLSX or CSV, at most 5 MB)";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel(FILE).setInputFiles({ name, mimeType: XLSX, buffer });
  await page.getByRole("button", { name: "Check file" }).click();
}

test("a workbook with Datatilsynet-like headings: automatic mapping, one column changed by keyboard, dry run, import, and the saved mapping applied next time", async ({ page }) => {
  const owner = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/export`);
  const workbook = await foreignWorkbook(DATATILSYNET_LIKE);

  await choose(page, "protokoll.xlsx", workbook);
  const mapping = page.getByTestId("column-mapping");
  await expect(mapping.getByRole("heading", { name: "Match the columns" })).toBeVisible();
  await expect(mapping.getByText("Column headings found on line 3.")).toBeVisible();
  // Each heading matched in bokmål; what matches nothing is ignored; the notes sheet is skipped.
  await expect(mapping.getByLabel("Behandling", { exact: true })).toHaveValue("name");
  await expect(mapping.getByLabel("Formål med behandlingen")).toHaveValue("purposes");
  await expect(mapping.getByLabel("Kategorier av registrerte")).toHaveValue("dataSubjects");
  await expect(mapping.getByLabel("Sletting")).toHaveValue("retention");
  await expect(mapping.getByLabel("Mottakere")).toHaveValue("recipients");
  await expect(mapping.getByLabel("Behandlingsgrunnlag")).toHaveValue("lawfulBasis");
  await expect(mapping.getByLabel("Sikkerhetstiltak")).toHaveValue("securityMeasures");
  const department = mapping.getByLabel("Ansvarlig avdeling");
  await expect(department).toHaveValue("");
  await expect(mapping.getByRole("row", { name: /Ansvarlig avdeling/ })).toContainText("Not recognised");
  await expect(mapping.getByText("No line with column headings was found in the first 20 lines of this sheet; it is not imported.")).toBeVisible();
  // Nothing was checked yet: the step waits for the DPO.
  await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/spreadsheet-mapping-proposed.png", fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The required field unmapped is flagged.
  await mapping.getByLabel("Behandling", { exact: true }).selectOption("");
  await expect(mapping.getByText(/No column is matched to “Business function \/ processing activity”/)).toBeVisible();
  await mapping.getByLabel("Behandling", { exact: true }).selectOption("name");
  await expect(mapping.getByText(/No column is matched to/)).toHaveCount(0);

  // Changed with the keyboard alone: focus the select and type the field's first letters.
  await department.focus();
  await department.selectOption({ label: "Description" });
  await expect(department).toHaveValue("description");
  await expect(mapping.getByRole("row", { name: /Ansvarlig avdeling/ })).toContainText("Changed by you");

  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("The file can be imported: 2 activities,")).toBeVisible();
  expect(await db().processingActivity.count({ where: { companyId: company.id } })).toBe(0);
  await page.screenshot({ path: "test-results/screenshots/spreadsheet-mapping-dry-run.png", fullPage: true });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 2 activities.")).toBeVisible();

  await page.goto(`/companies/${company.id}/activities`);
  await expect(page.getByRole("link", { name: "Kundeservice" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lønn" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/spreadsheet-mapping-activities.png", fullPage: true });
  const activities = await db().processingActivity.findMany({ where: { companyId: company.id }, orderBy: { name: "asc" }, select: { name: true, description: true } });
  expect(activities).toEqual([
    { name: "Kundeservice", description: { nb: "Salg" } },
    { name: "Lønn", description: { nb: "Økonomi" } },
  ]);

  // The next workbook with the same headings gets the DPO's choice without asking again.
  await page.goto(`/companies/${company.id}/export`);
  await choose(page, "protokoll-2.xlsx", workbook);
  await expect(page.getByTestId("column-mapping").getByLabel("Ansvarlig avdeling")).toHaveValue("description");
  await expect(page.getByTestId("column-mapping").getByRole("row", { name: /Ansvarlig avdeling/ })).toContainText("Your earlier choice");
  await page.screenshot({ path: "test-results/screenshots/spreadsheet-mapping-saved.png", fullPage: true });
});

test("an ICO-like workbook is mapped in English, and our own export's headings need no manual step", async ({ page }) => {
  const owner = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/export`);
  await choose(page, "ico.xlsx", await foreignWorkbook(ICO_LIKE));
  const mapping = page.getByTestId("column-mapping");
  await expect(mapping.getByLabel("Business function")).toHaveValue("name");
  await expect(mapping.getByLabel("Retention schedule (if possible)")).toHaveValue("retention");
  await expect(mapping.getByLabel("Personal data breach?")).toHaveValue("");
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("The file can be imported: 1 activity,")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 1 activity.")).toBeVisible();

  // Download this register as XLSX and bring it back: one click on "Check file" goes straight to the dry run.
  const exported = await page.request.get(`/api/companies/${company.id}/export/xlsx?lang=en`);
  expect(exported.status()).toBe(200);
  await choose(page, "export.xlsx", Buffer.from(await exported.body()));
  await expect(page.getByTestId("column-mapping").getByText(/columns were recognised/)).toBeVisible();
  await expect(page.getByText("The file can be imported: 1 activity,")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/spreadsheet-mapping-own-export.png", fullPage: true });
});

test("bad workbooks get a specific message under the file field, which keeps the file", async ({ page }) => {
  const owner = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/export`);
  const cases: [string, Buffer, string][] = [
    ["not-a-workbook.xlsx", Buffer.from("Navn;Formål\nKundeservice;Svar"), "The file is not an Excel workbook (.xlsx)."],
    ["empty.xlsx", await foreignWorkbook([{ name: "Ark1", rows: [] }]), "Every sheet of the workbook is empty."],
    ["no-headings.xlsx", await foreignWorkbook([{ name: "Ark1", rows: [["2024"], ["12", "13"]] }]), "No sheet has a line of column headings"],
  ];
  for (const [name, buffer, message] of cases) {
    await choose(page, name, buffer);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByLabel(FILE)).toHaveAttribute("aria-invalid", "true");
    expect(await page.getByLabel(FILE).evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe(name);
    await expect(page.getByTestId("column-mapping")).toHaveCount(0);
  }
  await expect(formAlert(page)).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/spreadsheet-mapping-bad-file.png", fullPage: true });

  // Straight from the endpoint: a 4xx status with the message for the file field.
  const notWorkbook = await page.request.post(`/api/companies/${company.id}/import/mapping`, { data: Buffer.from("not a workbook"), headers: { "Content-Type": "application/octet-stream" } });
  expect(notWorkbook.status()).toBe(415);
  expect(((await notWorkbook.json()) as { error: { fieldErrors: { file: string[] } } }).error.fieldErrors.file[0]).toMatch(/^The file is not an Excel workbook/);
  const empty = await page.request.post(`/api/companies/${company.id}/import/mapping`, { data: await foreignWorkbook([{ name: "Ark1", rows: [] }]), headers: { "Content-Type": "application/octet-stream" } });
  expect(empty.status()).toBe(422);
});
