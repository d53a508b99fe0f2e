import fs from "node:fs";
import { registerDocumentFromSnapshot } from "@/lib/export/json/from-snapshot";
import { db } from "@/lib/server/db";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

const BROKEN_CSV = [
  "Record,Business function / processing activity,Location of personal data,Article 6 lawful basis for processing,Purpose of processing (Art. 30(1)(b))",
  'Controller record,Payroll,"HR system | QQ",Contract,Pay salaries',
  'Controller record,Canteen,"Canteen app | NO",Magic,Order lunch',
].join("\r\n");

test("an owner downloads the register as PDF and as XLSX from the dashboard", async ({ page }) => {
  const owner = await createUser();
  const demo = await seedDemoCompany(db(), owner.id, { slug: unique("demo") });
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${demo.id}/export`);
  await expect(page.getByRole("heading", { level: 1, name: "Export and import" })).toBeVisible();

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF for the supervisory authority" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^register-.+-en\.pdf$/);
  expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(page.getByText("PDF for the supervisory authority downloaded.")).toBeVisible();

  await page.getByLabel("Language of the document").selectOption("nb");
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Spreadsheet (XLSX)" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^protokoll-.+-nb\.xlsx$/);
  // An .xlsx file is a zip archive.
  expect(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString("latin1")).toBe("PK");

  const exports = await db().auditEvent.findMany({ where: { companyId: demo.id, action: "EXPORT" }, orderBy: { id: "asc" } });
  expect(exports.map((e) => (e.after as { format: string; language: string }).format)).toEqual(["pdf", "xlsx"]);
});

test("a dry run of a broken CSV shows the problems per row and column and imports nothing", async ({ page }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/export`);

  await page.getByLabel("File (JSON, XLSX or CSV, at most 5 MB)").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(BROKEN_CSV) });
  await page.getByRole("button", { name: "Check file" }).click();

  await expect(page.getByText("2 problems found. Nothing has been imported.")).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: '"QQ" is not a country code' })).toContainText("2");
  await expect(rows.filter({ hasText: '"QQ" is not a country code' })).toContainText("Location of personal data");
  await expect(rows.filter({ hasText: '"Magic" is not one of the allowed values' })).toContainText("3");
  await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  expect(await db().processingActivity.count({ where: { companyId: company.id } })).toBe(0);
});

test("a viewer can download but cannot import: no import form, and the server answers 403", async ({ page }) => {
  const viewer = await createUser();
  const company = await createCompany([{ userId: viewer.id, role: "VIEWER" }]);
  await signIn(page, viewer.email, viewer.password);
  await page.goto(`/companies/${company.id}/export`);
  await expect(page.getByRole("button", { name: "Download PDF for the supervisory authority" })).toBeVisible();
  await expect(page.getByText("Your role lets you download the register but not import into it.")).toBeVisible();
  await expect(page.getByLabel("File (JSON, XLSX or CSV, at most 5 MB)")).toHaveCount(0);

  for (const dryRun of ["true", "false"]) {
    const response = await page.request.post(`/api/companies/${company.id}/import/csv?dryRun=${dryRun}`, {
      headers: { "Content-Type": "application/octet-stream" },
      data: Buffer.from(BROKEN_CSV),
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
  }
  expect(await db().auditEvent.count({ where: { companyId: company.id, action: "IMPORT" } })).toBe(0);
});

test("the import endpoint refuses a 6 MB upload with 413 and a message, and a register file into a non-empty company with 409", async ({ page }) => {
  const owner = await createUser();
  const demo = await seedDemoCompany(db(), owner.id, { slug: unique("demo") });
  await signIn(page, owner.email, owner.password);
  const before = await db().processingActivity.count({ where: { companyId: demo.id } });

  const tooLarge = await page.request.post(`/api/companies/${demo.id}/import/csv?dryRun=true`, {
    headers: { "Content-Type": "application/octet-stream" },
    data: Buffer.alloc(6 * 1024 * 1024, 0x41),
  });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.fieldErrors.file[0]).toContain("larger than 5 MB");

  const exported = await page.request.get(`/api/companies/${demo.id}/export/json`);
  expect(exported.status()).toBe(200);
  const conflict = await page.request.post(`/api/companies/${demo.id}/import/json?dryRun=false`, {
    headers: { "Content-Type": "application/octet-stream" },
    data: await exported.body(),
  });
  expect(conflict.status()).toBe(409);
  expect((await conflict.json()).error.fieldErrors.file[0]).toContain("goes only into a company whose register holds nothing but untouched suggestions");
  expect(await db().processingActivity.count({ where: { companyId: demo.id } })).toBe(before);
});

test("a valid CSV passes the check and is then imported in one go", async ({ page }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/export`);
  const csv = [
    "Record,Business function / processing activity,Purpose of processing (Art. 30(1)(b)),Article 6 lawful basis for processing,Categories of individuals (Art. 30(1)(c)),Location of personal data",
    'Controller record,Lønn,Utbetale lønn,Avtale,Ansatte,"Lønnssystem | NO"',
  ].join("\r\n");
  await page.getByLabel("File (JSON, XLSX or CSV, at most 5 MB)").setInputFiles({ name: "register.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("The file can be imported: 1 activity, 2 new catalog entries, 0 matched to existing ones.")).toBeVisible();
  expect(await db().processingActivity.count({ where: { companyId: company.id } })).toBe(0);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 1 activity.")).toBeVisible();
  const activities = await db().processingActivity.findMany({ where: { companyId: company.id }, include: { purposes: true } });
  expect(activities.map((a) => [a.name, a.purposes[0]?.lawfulBasis])).toEqual([["Lønn", "CONTRACT"]]);
});

test("an import of what the forms refuse shows the forms' own messages, and imports nothing", async ({ page }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);

  // What the company profile form and the activity editor answer for an empty legal name and an unstated legitimate interest.
  const profile = await (await page.request.get(`/api/companies/${company.id}/profile`)).json();
  const profileSave = await page.request.put(`/api/companies/${company.id}/profile`, { data: { ...profile.data, legalName: "" } });
  expect(profileSave.status()).toBe(422);
  const legalNameMessage: string = (await profileSave.json()).error.fieldErrors.legalName[0];
  const activitySave = await page.request.post(`/api/companies/${company.id}/activities`, {
    data: { name: "Newsletter", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", purposes: [{ description: { en: "Send news" }, lawfulBasis: "LEGITIMATE_INTERESTS" }] },
  });
  expect(activitySave.status()).toBe(422);
  const interestMessage: string = (await activitySave.json()).error.fieldErrors["purposes.0.legitimateInterest"][0];
  expect(legalNameMessage.length).toBeGreaterThan(0);
  expect(interestMessage.length).toBeGreaterThan(0);

  const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
  const index = doc.activities.findIndex((a) => a.purposes.length > 0);
  const activities = doc.activities.map((a, i) =>
    i === index ? { ...a, purposes: a.purposes.map((p, j) => (j === 0 ? { ...p, lawfulBasis: "LEGITIMATE_INTERESTS" as const, legitimateInterest: {} } : p)) } : a,
  );
  const file = JSON.stringify({ ...doc, controller: { ...doc.controller, legalName: "" }, activities });

  await page.goto(`/companies/${company.id}/export`);
  await page.getByLabel("File (JSON, XLSX or CSV, at most 5 MB)").setInputFiles({ name: "register.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("2 problems found. Nothing has been imported.")).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "controller.legalName" })).toContainText(legalNameMessage);
  await expect(rows.filter({ hasText: `activities[${index}].purposes[0].legitimateInterest` })).toContainText(interestMessage);
  await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);

  const refused = await page.request.post(`/api/companies/${company.id}/import/json?dryRun=false`, { headers: { "Content-Type": "application/octet-stream" }, data: Buffer.from(file) });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).report.issues.map((issue: { message: string }) => issue.message)).toEqual([legalNameMessage, interestMessage]);
  expect(await db().processingActivity.count({ where: { companyId: company.id } })).toBe(0);
  expect((await db().company.findUniqueOrThrow({ where: { id: company.id } })).legalName).toBe(company.legalName);
});
