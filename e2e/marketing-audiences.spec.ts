import { createCompany, createUser, unique } from "@/test/server/factories";
import type { Page } from "@playwright/test";
import { ActivityJourney } from "./support/activity-journey";
import { expect, signIn, test } from "./support/fixtures";

// Issue 10: a webshop markets to its customers on the existing-customer exception of
// markedsføringsloven § 15 and to everyone else only with their consent. The DPO records the
// customers first, then adds a second audience in the editor, publishes, and the public notice
// tells each audience its own route — "as our customer" to customers only — in both languages.
test.setTimeout(240_000);

async function audience(page: Page, j: ActivityJourney, n: number, fill: { who: string; channels: string[]; route: string; existingCustomer?: boolean }) {
  await page.getByRole("button", { name: j.t("field.addMarketingAudience"), exact: true }).click();
  const group = page.getByRole("group", { name: j.t("marketingAudienceN", { n }), exact: true });
  await group.getByLabel(j.t("field.marketingAudience"), { exact: true }).selectOption({ label: j.enumLabel("MarketingAudienceGroup", fill.who) });
  for (const channel of fill.channels) await group.getByRole("checkbox", { name: j.enumLabel("MarketingChannel", channel), exact: true }).check();
  await group.getByLabel(j.t("field.marketingRoute"), { exact: true }).selectOption({ label: j.enumLabel("MarketingRoute", fill.route) });
  if (fill.existingCustomer) {
    await group.getByLabel(j.t("field.marketingOptOutOffered"), { exact: true }).selectOption({ label: j.t("yes") });
    await group.getByLabel(j.t("field.marketingSimilarProducts"), { exact: true }).selectOption({ label: j.t("yes") });
  }
}

test("a DPO adds a second marketing audience on consent, and the published notice tells each audience its route", async ({ page, browser, baseURL }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }], unique("Fjellsko AS"));
  await signIn(page, owner.email, owner.password);
  const j = new ActivityJourney(page, company.id, "en");

  await page.goto(`/companies/${company.id}/profile`);
  await page.getByLabel("Postal address", { exact: true }).fill("Storgata 1");
  await page.getByLabel("Postcode", { exact: true }).fill("0155");
  await page.getByLabel("City", { exact: true }).fill("Oslo");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // The customers first: offers on our own similar products, opt-out at collection and in every e-mail.
  await j.start("Offers by e-mail");
  await j.source("DATA_SUBJECT_DIRECT");
  await j.provision("VOLUNTARY");
  await j.addPurpose({ description: "Send offers to our customers", basis: "LEGITIMATE_INTERESTS", interest: "Marketing our own products to our customers" });
  await j.addPurpose({ description: "Send offers to those who asked for them", basis: "CONSENT", withdrawal: "The link in every e-mail, or reply STOPP" });
  await j.createDataSubjects("Customers", "Kunder");
  await j.createDataCategory("E-mail address and mobile number", "E-postadresse og mobilnummer");
  await j.addRetention({ duration: 2, unit: "YEARS", trigger: "AFTER_LAST_CONTACT" });
  await audience(page, j, 1, { who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", existingCustomer: true });
  const activityId = await j.save();

  // Then everyone else who asked for offers, by e-mail and text message, on their consent.
  await page.goto(`/companies/${company.id}/activities/${activityId}`);
  await audience(page, j, 2, { who: "OTHERS", channels: ["EMAIL", "SMS"], route: "CONSENT" });
  await j.save();
  await page.reload();
  const second = page.getByRole("group", { name: j.t("marketingAudienceN", { n: 2 }), exact: true });
  await expect(second.getByLabel(j.t("field.marketingRoute"), { exact: true })).toHaveValue("CONSENT");

  await page.goto(`/companies/${company.id}/notice`);
  await page.getByLabel("What changed (shown in the archive)").fill("Offers to customers and to those who asked for them");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await page.getByRole("dialog", { name: "Publish version 1?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 1 is published.")).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  expect((await visitor.goto(`/${company.slug}`))?.status()).toBe(200);
  const en = visitor.locator("main");
  await expect(en).toContainText("As our customer you can opt out of our marketing by e-mail free of charge when we collect your address and in every message (markedsføringsloven § 15)");
  await expect(en).toContainText("If you are not our customer, you receive marketing from us by e-mail and text message only with your prior consent (markedsføringsloven § 15).");
  expect((await visitor.goto(`/${company.slug}/nb`))?.status()).toBe(200);
  const nb = visitor.locator("main");
  await expect(nb).toContainText("Som kunde kan du gratis reservere deg mot markedsføring på e-post når vi samler inn adressen og i hver melding (markedsføringsloven § 15)");
  await expect(nb).toContainText("Er du ikke kunde hos oss, får du markedsføring fra oss på e-post og SMS bare hvis du har samtykket på forhånd (markedsføringsloven § 15).");
  await context.close();
});
