import { findTemplate } from "@/lib/register/templates";
import { db } from "@/lib/server/db";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

test("a DPO adds a template to an empty register in two clicks, sees what it assumed, and adjusts it", async ({ page }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  const cctv = findTemplate("cctv");
  if (!cctv) throw new Error("cctv template missing");
  await signIn(page, owner.email, owner.password);

  await page.goto(`/companies/${company.id}/activities`);
  await expect(page.getByText("Your register is empty. Start from a template")).toBeVisible();
  // Click one: the gallery.
  await page.getByRole("link", { name: "Add from template" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add from a template" })).toBeVisible();
  await expect(page.getByText(/^\d+ templates$/)).toHaveText(/^(2[5-9]|[3-9]\d) templates$/);

  // Searching finds it in either language.
  await page.getByLabel("Search the templates").fill("kamera");
  await page.getByRole("search").filter({ has: page.getByLabel("Search the templates") }).getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 template", { exact: true })).toBeVisible();
  const card = page.locator('[data-template="cctv"]');
  await card.getByText("What it assumes").click();
  await expect(card).toContainText(cctv.assumptions[0]?.en ?? "");

  // Click two: the draft is added and opens in the editor, with what the template assumed.
  await card.getByRole("button", { name: `Add the template “${cctv.name.en}”` }).click();
  await page.waitForURL(/\/activities\/[^/?]+\?fromTemplate=1$/);
  await expect(page.getByRole("heading", { level: 1, name: cctv.name.en })).toBeVisible();
  const assumed = page.getByTestId("template-assumptions");
  await expect(assumed).toContainText(`Added from the template “${cctv.name.en}”.`);
  await expect(assumed.getByRole("heading", { name: "What the template assumed" })).toBeVisible();
  for (const assumption of cctv.assumptions) await expect(assumed).toContainText(assumption.en);
  await expect(assumed.getByRole("heading", { name: "What only you can fill in" })).toBeVisible();
  await expect(assumed).toContainText("Where your balancing test is for the purpose");

  const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id }, select: { id: true, status: true, fromTemplateId: true, name: true } });
  expect(activity).toMatchObject({ status: "DRAFT", fromTemplateId: "cctv", name: cctv.name.en });
  // The template's categories went into the company's catalog, Art. 9-free images among them.
  expect(await db().dataCategory.count({ where: { companyId: company.id, labelEn: "Images and video" } })).toBe(1);

  // The DPO adjusts it: the editor saves the change like any other.
  await page.getByLabel("Name", { exact: true }).fill("Camera surveillance at the warehouse");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect((await db().processingActivity.findUniqueOrThrow({ where: { id: activity.id }, select: { name: true } })).name).toBe("Camera surveillance at the warehouse");
  // The assumptions stay reachable on later visits, folded away.
  await page.goto(`/companies/${company.id}/activities/${activity.id}`);
  await expect(page.getByTestId("template-assumptions")).not.toHaveAttribute("open");
});

test("the gallery speaks bokmål to a Norwegian DPO and adds the template in the register's language", async ({ page }) => {
  const owner = await createUser({ locale: "NB" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await db().company.update({ where: { id: company.id }, data: { primaryLanguage: "NB" } });
  const payroll = findTemplate("payroll");
  if (!payroll) throw new Error("payroll template missing");
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/activities/templates`);
  await expect(page.getByRole("heading", { level: 1, name: "Legg til fra en mal" })).toBeVisible();
  await page.getByLabel("Type behandling").selectOption({ label: "Ansatte og HR" });
  await page.getByRole("search").filter({ has: page.getByLabel("Type behandling") }).getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kunder" })).toHaveCount(0);
  await page.getByRole("button", { name: `Legg til malen «${payroll.name.nb}»` }).click();
  await page.waitForURL(/\?fromTemplate=1$/);
  await expect(page.getByRole("heading", { level: 1, name: payroll.name.nb })).toBeVisible();
  await expect(page.getByTestId("template-assumptions")).toContainText("Hva malen forutsatte");
  await expect(page.getByTestId("template-assumptions")).toContainText(payroll.assumptions[0]?.nb ?? "");
});

test("a viewer sees no template gallery: no link, and the page and the route are refused", async ({ page }) => {
  const viewer = await createUser();
  const company = await createCompany([{ userId: viewer.id, role: "VIEWER" }]);
  await signIn(page, viewer.email, viewer.password);
  await page.goto(`/companies/${company.id}/activities`);
  await expect(page.getByRole("link", { name: "Add from template" })).toHaveCount(0);
  expect((await page.goto(`/companies/${company.id}/activities/templates`))?.status()).toBe(403);
  const response = await page.request.post(`/api/companies/${company.id}/activities/from-template`, { data: { templateId: "payroll" } });
  expect(response.status()).toBe(403);
  expect(await db().processingActivity.count({ where: { companyId: company.id } })).toBe(0);
});
