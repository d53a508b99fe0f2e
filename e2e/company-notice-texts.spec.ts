import { db } from "@/lib/server/db";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

test("a DPO writes the notice's introduction and scope in both languages and records the cookie banner; the published notice says them in each language", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await createUser();
  const slug = unique("texts");
  const company = await seedDemoCompany(db(), owner.id, { slug });
  // The demo records its banner; this DPO starts from a profile that records nothing of it.
  await db().company.update({ where: { id: company.id }, data: { noticeScope: {}, cookieBannerBeforeSetting: null, cookieRefuseAsEasy: null, cookieWithdrawal: {} } });
  await signIn(page, owner.email, owner.password);

  // Cookies that need consent, and nothing recorded of the banner: CK-007 links to the profile's field.
  await page.goto(`/companies/${company.id}/findings`);
  const banner = page.locator('[data-rule="CK-007"]').filter({ hasText: "asks before they are set" });
  await expect(banner).toBeVisible();
  await banner.getByRole("link", { name: "Fix CK-007: go to the field" }).click();
  await page.waitForURL(new RegExp(`/companies/${company.id}/profile#cookieBannerBeforeSetting$`));

  await page.getByLabel("Introduction (In English)").fill("Eksempel Programvare makes accounting software for small businesses.");
  await page.getByLabel("Introduction (In Norwegian (bokmål))").fill("Eksempel Programvare lager regnskapsprogram for små bedrifter.");
  await page.getByLabel("What the notice covers (In English)").fill("This notice does not cover the data we process for our customers as their processor.");
  await page.getByLabel("What the notice covers (In Norwegian (bokmål))").fill("Erklæringen gjelder ikke opplysninger vi behandler for kundene våre som databehandler.");
  await page.getByLabel("Contact person for privacy questions").fill("Kari Nordmann");
  await page.getByLabel("Role of the contact person (In English)").fill("Head of privacy");
  await page.getByLabel("Role of the contact person (In Norwegian (bokmål))").fill("personvernansvarlig");
  await page.getByLabel("The banner asks before any cookie that needs consent is set").selectOption({ label: "Yes" });
  await page.getByLabel("Refusing is as easy as accepting (a refuse button on the banner's first screen)").selectOption({ label: "Yes" });
  await page.getByLabel("How a visitor withdraws consent later (In English)").fill("Choose “Cookie settings” at the foot of any page.");
  await page.getByLabel("How a visitor withdraws consent later (In Norwegian (bokmål))").fill("Velg «Innstillinger for informasjonskapsler» nederst på hver side.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // What was saved is what the form shows after a reload, and the banner's findings are gone.
  await page.reload();
  await expect(page.getByLabel("What the notice covers (In Norwegian (bokmål))")).toHaveValue("Erklæringen gjelder ikke opplysninger vi behandler for kundene våre som databehandler.");
  await expect(page.getByLabel("The banner asks before any cookie that needs consent is set")).toHaveValue("yes");
  await page.goto(`/companies/${company.id}/findings`);
  await expect(page.locator('[data-rule="CK-007"]')).toHaveCount(0);

  await page.goto(`/companies/${company.id}/notice`);
  await page.getByLabel("What changed (shown in the archive)").fill("Introduction, scope and the cookie banner");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await page.getByRole("dialog", { name: "Publish version 1?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 1 is published.")).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  await visitor.goto(`/${slug}`);
  const summary = visitor.locator("main");
  await expect(summary.getByText("Eksempel Programvare makes accounting software for small businesses.")).toBeVisible();
  await expect(summary.getByText("This notice does not cover the data we process for our customers as their processor.")).toBeVisible();
  await expect(summary).toContainText("If you have questions about privacy, you can contact Kari Nordmann (Head of privacy).");
  await expect(summary).toContainText("Before we set a cookie that needs your consent, our cookie banner asks you to accept or refuse it.");
  await expect(summary).toContainText("Refusing is as easy as accepting");
  // The page joins an article number to its paragraph ("7⁠(3)"), so the sentence is read in two parts.
  await expect(summary).toContainText("You can withdraw your consent at any time (Art. 7");
  await expect(summary).toContainText("Choose “Cookie settings” at the foot of any page.");
  await expect(summary).not.toContainText("Erklæringen gjelder ikke");

  await visitor.goto(`/${slug}/nb`);
  await expect(summary.getByText("Eksempel Programvare lager regnskapsprogram for små bedrifter.")).toBeVisible();
  await expect(summary.getByText("Erklæringen gjelder ikke opplysninger vi behandler for kundene våre som databehandler.")).toBeVisible();
  await expect(summary).toContainText("Har du spørsmål om personvern, kan du kontakte Kari Nordmann (personvernansvarlig).");
  await expect(summary).toContainText("spør cookie-banneret vårt om du vil godta eller avslå den.");
  await expect(summary).toContainText("Det er like enkelt å avslå som å godta");
  await expect(summary).toContainText("Velg «Innstillinger for informasjonskapsler» nederst på hver side.");
  await expect(summary).not.toContainText("This notice does not cover");
  await context.close();
});
