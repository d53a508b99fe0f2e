import { db } from "@/lib/server/db";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

// Issue 11: what gets published is visible where it is chosen, and can be changed there.
test("picking a kind of data shows the words the notice publishes in each language; editing them there saves through the catalog", async ({ page }) => {
  const owner = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  const created = await page.request.post(`/api/companies/${company.id}/catalogs/data-categories`, {
    data: { labelEn: "Identity", labelNb: "Identitet", descriptionEn: "Name, date of birth, title", descriptionNb: "Navn, fødselsdato, tittel" },
  });
  expect(created.status()).toBe(200);
  const category = (await created.json()).data as { id: string };
  const activity = await page.request.post(`/api/companies/${company.id}/activities`, {
    data: { name: "Orders", role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", purposes: [{ description: { en: "To deliver your order" }, lawfulBasis: "CONTRACT" }] },
  });
  const { id } = (await activity.json()).data as { id: string };

  await page.goto(`/companies/${company.id}/activities/${id}#people`);
  await page.getByRole("checkbox", { name: "Identity" }).check();
  const published = page.getByRole("region", { name: "What the privacy notice says about the data you picked" });
  await expect(published).toContainText("Identity: name, date of birth, title");
  await expect(published).toContainText("Identitet: navn, fødselsdato, tittel");

  // The shop never asks for a date of birth: the DPO corrects the published words on the spot.
  await published.getByRole("button", { name: "Edit the published text of Identity" }).click();
  const form = page.getByRole("dialog", { name: "Published text of Identity" });
  await form.getByLabel("Name (English)").fill("");
  await form.getByRole("button", { name: "Save" }).click();
  // Bad input: the message beside the field, what was typed stays.
  await expect(form.getByLabel("Name (English)")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Name (English)").fill("Identity");
  await form.getByLabel("Description (English)").fill("Name and title");
  await form.getByLabel("Description (bokmål)").fill("Navn og tittel");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(published.getByRole("status")).toContainText("Saved");
  await expect(published).toContainText("Identity: name and title");
  await expect(published).toContainText("Identitet: navn og tittel");
  const stored = await db().dataCategory.findUniqueOrThrow({ where: { id: category.id }, select: { descriptionEn: true, descriptionNb: true } });
  expect(stored).toEqual({ descriptionEn: "Name and title", descriptionNb: "Navn og tittel" });
});
