import { createCompany, createUser, unique } from "@/test/server/factories";
import { ActivityJourney } from "./support/activity-journey";
import { expect, signIn, test } from "./support/fixtures";
import { enumLabel } from "@/lib/register/vocabulary";

// Issue 10's blocker: a payment provider in Ireland whose US parent processes the card data
// (Stripe, Microsoft, Google, AWS, Mailchimp work this way). TR-001 asks for the transfer to
// the US parent; the DPO records it on the sub-processor, with the parent's own DPF
// certification, through the UI alone (only the account and the empty company are seeded), and publishes.
test.setTimeout(240_000);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a DPO records an Irish processor with a US parent, adds the transfer to the parent on the DPF, and publishes", async ({ page, browser, baseURL }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }], unique("Nettbutikk AS"));
  const provider = unique("Payments Europe Ltd");
  const parent = unique("Payments Inc.");
  await signIn(page, owner.email, owner.password);
  const j = new ActivityJourney(page, company.id, "en");

  // The controller's address (CTL-001, Art. 13(1)(a)), in the company profile like everything else.
  await page.goto(`/companies/${company.id}/profile`);
  await page.getByLabel("Postal address", { exact: true }).fill("Storgata 1");
  await page.getByLabel("Postcode", { exact: true }).fill("0155");
  await page.getByLabel("City", { exact: true }).fill("Oslo");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // The processor in Ireland, with its DPA; no sub-processor known yet.
  await page.goto(`/companies/${company.id}/catalogs`);
  const recipients = page.getByRole("region", { name: "Recipients and processors" });
  await recipients.getByRole("button", { name: "Add: Recipients and processors" }).click();
  await recipients.getByLabel("Name", { exact: true }).fill(provider);
  await recipients.getByLabel("Kind").selectOption({ label: enumLabel("RecipientKind", "PROCESSOR", "en") });
  await recipients.getByLabel("Country where the data are processed").selectOption({ label: "Ireland" });
  await recipients.getByLabel("Data processing agreement").selectOption({ label: enumLabel("DpaStatus", "SIGNED", "en") });
  await recipients.getByRole("button", { name: "Save" }).click();
  await expect(recipients.getByRole("row", { name: new RegExp(provider) })).toContainText("Ireland");

  // The activity that discloses card data to it: inside the EEA, so no transfer yet.
  await j.start("Card payments");
  await j.source("DATA_SUBJECT_DIRECT");
  await j.provision("CONTRACTUAL", "We cannot deliver the order without payment");
  await j.addPurpose({ description: "Take card payments for orders", basis: "CONTRACT" });
  await j.createDataSubjects("Customers", "Kunder");
  await j.createDataCategory("Payment card data", "Betalingskortopplysninger");
  await page.getByRole("checkbox", { name: new RegExp(escapeRegExp(provider)) }).check();
  await expect(page.getByRole("group", { name: /^Transfer 1/ })).toHaveCount(0);
  await j.addRetention({ duration: 5, unit: "YEARS", trigger: "AFTER_END_OF_ACCOUNTING_YEAR", legalReference: "bokføringsloven § 13" });
  const activityId = await j.save();

  // The DPO learns that the US parent processes the data, and that the parent is on the DPF List.
  await page.goto(`/companies/${company.id}/catalogs`);
  await recipients.getByRole("button", { name: `Edit: ${provider}` }).click();
  await recipients.getByRole("button", { name: "Add sub-processor" }).click();
  const sub = recipients.getByRole("group", { name: "Sub-processor 1" });
  await sub.getByLabel("Name").fill(parent);
  await sub.getByLabel("Country").selectOption({ label: "United States" });
  await sub.getByLabel("Authorisation").selectOption({ label: enumLabel("SubProcessorAuthorisation", "GENERAL", "en") });
  await sub.getByLabel("On the EU-US Data Privacy Framework List").check();
  await recipients.getByRole("button", { name: "Save" }).click();
  await expect(recipients.getByRole("button", { name: `Edit: ${provider}` })).toBeVisible();

  // TR-001 now asks for the onward transfer and blocks publishing; its Fix link lands on the transfers.
  await page.goto(`/companies/${company.id}/findings?severity=error`);
  const tr001 = page.locator('[data-rule="TR-001"]');
  await expect(tr001).toContainText(`${parent}, a sub-processor of ${provider}`);
  await tr001.getByRole("link", { name: "Fix TR-001: go to the field" }).click();
  await page.waitForURL(new RegExp(`/activities/${activityId}#transfers$`));
  await expect(page.locator('[id="transfers"]')).toBeAttached();

  // Add the transfer: the row goes to the sub-processor, in its country, on the adequacy decision
  // its own certification allows. Pointing the row at the Irish entity instead leaves it in the EEA.
  await page.getByRole("button", { name: j.t("field.addTransfer") }).click();
  const row = page.getByRole("group", { name: `Transfer 1: ${parent} (${provider})` });
  const target = row.getByLabel("Where the data go", { exact: true });
  await expect(target.locator("option:checked")).toHaveText(`${parent} (sub-processor, United States)`);
  await expect(row.getByLabel(j.t("field.countryCode"), { exact: true })).toHaveValue("US");
  await expect(row.getByLabel(j.t("field.mechanism"), { exact: true })).toHaveValue("ADEQUACY");
  await expect(row.getByLabel(j.t("field.adequacyDecisionId"), { exact: true })).toHaveValue("us-dpf");
  await expect(page.getByText("Every recipient and sub-processor outside the EEA has its transfer")).toBeVisible();

  // A second transfer by hand to the same entity and country is refused, not saved as a duplicate.
  await page.getByRole("button", { name: j.t("field.addTransfer") }).click();
  const second = page.getByRole("group", { name: `Transfer 2: ${provider}` });
  await second.getByLabel("Where the data go", { exact: true }).selectOption({ label: `${parent} (sub-processor, United States)` });
  await page.getByRole("button", { name: j.t("save"), exact: true }).click();
  await expect(page.getByText("A transfer to this recipient or sub-processor and country is already recorded")).toBeVisible();
  await page.getByRole("group", { name: `Transfer 2: ${parent} (${provider})` }).getByRole("button", { name: j.t("removeItem", { item: j.t("transferN", { n: 2 }) }) }).click();
  await j.save();

  await page.goto(`/companies/${company.id}/findings?severity=error`);
  await expect(page.locator('[data-rule="TR-001"]')).toHaveCount(0);
  await expect(page.locator('[data-rule="TR-003"]')).toHaveCount(0);

  // Publish, and read the transfer sentence on the public page.
  await page.goto(`/companies/${company.id}/notice`);
  await page.getByLabel("What changed (shown in the archive)").fill("Card payments through our payment provider");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await page.getByRole("dialog", { name: "Publish version 1?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 1 is published.")).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  const slug = company.slug;
  expect((await visitor.goto(`/${slug}`))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 2, name: "Transfers outside the EEA" })).toBeVisible();
  const transfers = visitor.locator("main");
  await expect(transfers).toContainText(`${parent}, a sub-processor of ${provider}, receives data in the United States under an adequacy decision`);
  await expect(transfers).toContainText(`${parent} is certified under the EU-U.S. Data Privacy Framework.`);
  await expect(transfers).not.toContainText(`${provider} is certified`);
  expect((await visitor.goto(`/${slug}/nb`))?.status()).toBe(200);
  await expect(visitor.locator("main")).toContainText(`${parent}, underdatabehandler for ${provider}, mottar opplysninger i USA`);
  await context.close();
});
