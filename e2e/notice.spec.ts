import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "@playwright/test";
import type { CompanyAccess } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { publishNotice } from "@/lib/server/notice/versions";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

/** The owner's access, built by hand: lib/server/access pulls in next-auth, which does not load outside Next. */
function ownerAccess(user: { id: string; email: string; name: string; locale: "EN" | "NB" }, company: { id: string; slug: string; legalName: string }): CompanyAccess {
  return { user, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role: "OWNER" };
}

const PUBLIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Every request the page makes, to prove nothing leaves our origin. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

function expectOnlyOwnOrigin(requests: Request[], baseURL: string) {
  const foreign = requests.map((r) => r.url()).filter((url) => !url.startsWith(baseURL) && !url.startsWith("data:"));
  expect(foreign).toEqual([]);
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an owner publishes the notice from the dashboard; the public pages serve it in both languages with archive and diff", async ({ page, browser, baseURL }) => {
  const owner = await createUser();
  const slug = unique("demo");
  const company = await seedDemoCompany(db(), owner.id, { slug });

  // Before publication the public page does not exist, not even as a draft.
  expect((await page.request.get(`/${slug}`)).status()).toBe(404);

  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/notice`);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expect(page.getByTestId("notice-status")).toContainText("has not been published yet");
  // An empty change summary is refused beside the field.
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.locator("#changeSummary-error")).toBeVisible();
  await page.getByLabel("What changed (shown in the archive)").fill("First publication of our notice");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  // Publishing asks first, and says what goes live in each language.
  const confirmation = page.getByRole("dialog", { name: "Publish version 1?" });
  await expect(confirmation).toBeVisible();
  await expect(confirmation.getByRole("region", { name: "English" })).toContainText(`/${slug}`);
  await expect(confirmation.getByRole("region", { name: "Bokmål" })).toContainText(`/${slug}/nb`);
  await expect(confirmation.getByRole("region", { name: "Bokmål" })).toContainText("Personvernerklæring for Eksempel Programvare AS");
  await expect(confirmation).toContainText("go live for the first time");
  await confirmation.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 1 is published.")).toBeVisible();
  await expect(page.getByTestId("notice-status")).toContainText("up to date");
  await page.goto(`/companies/${company.id}`);
  await expect(page.getByTestId("error-count")).toBeVisible();
  await expect(page.getByTestId("unpublished-changes")).toHaveCount(0);
  await page.goto(`/companies/${company.id}/notice`);

  // The public page, as an anonymous visitor in a fresh browser context.
  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  const requests = recordRequests(visitor);
  const response = await visitor.goto(`/${slug}`);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toBe(PUBLIC_CSP);
  expect(headers["set-cookie"]).toBeUndefined();
  expect(headers["etag"]).toMatch(/^"[0-9a-f]{32}-1-en-html"$/);
  // Browsers revalidate every time; a shared cache may hold it briefly and serve it while the app errs.
  expect(headers["cache-control"]).toBe("public, max-age=0, s-maxage=10, stale-while-revalidate=60, stale-if-error=86400");
  await expect(visitor.locator("html")).toHaveAttribute("lang", "en");
  await expect(visitor.getByRole("heading", { level: 1, name: "Privacy notice for Eksempel Programvare AS" })).toBeVisible();
  await expect(visitor.getByText("Version 1, last updated").first()).toBeVisible();
  // The first layer (issue 11): who we are, the table of purposes, rights, objection, complaints.
  for (const heading of ["In short", "Recipients", "Cookies and similar technology", "Changes to this notice"])
    await expect(visitor.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  for (const heading of ["Your rights", "Your right to object", "Complaints"]) await expect(visitor.getByRole("heading", { level: 3, name: heading })).toBeVisible();
  await expect(visitor.getByRole("table", { name: "What we do with your personal data" })).toBeVisible();
  // The HTML keeps "6(1)(f)" whole with invisible word joiners.
  await expect(visitor.getByText(/^Legitimate interests \(Art\. 6\u2060\(1\)\u2060\(f\)\)$/).first()).toBeVisible();
  await expect(visitor.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute("href", `/${slug}/nb`);
  await expect(visitor.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `/${slug}`);
  expect(await visitor.locator("script").count()).toBe(0);
  await expectAccessible(visitor);

  // The stored bytes come back unchanged, and a conditional request gets 304.
  const again = await visitor.request.get(`/${slug}`, { headers: { "If-None-Match": headers["etag"]! } });
  expect(again.status()).toBe(304);

  // Bokmål through the language switch.
  await visitor.getByRole("link", { name: "Norsk bokmål" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/${slug}/nb$`));
  await expect(visitor.locator("html")).toHaveAttribute("lang", "nb");
  await expect(visitor.getByRole("heading", { level: 1, name: "Personvernerklæring for Eksempel Programvare AS" })).toBeVisible();
  await expect(visitor.getByText("Versjon 1, sist oppdatert").first()).toBeVisible();
  await expect(visitor.getByRole("heading", { level: 2, name: "Kort fortalt" })).toBeVisible();
  for (const heading of ["Rettighetene dine", "Retten til å protestere", "Klage"]) await expect(visitor.getByRole("heading", { level: 3, name: heading })).toBeVisible();
  await expectAccessible(visitor);

  // A second version after a register change; the archive lists both and the diff shows the change.
  const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id, noticeTitleEn: "When you contact us" }, select: { id: true } });
  await db().processingActivity.update({ where: { id: activity.id }, data: { noticeTitleEn: "When you write to us", version: { increment: 1 } } });
  // The dashboard overview says the notice no longer matches the register.
  await page.goto(`/companies/${company.id}`);
  await expect(page.getByTestId("unpublished-changes")).toContainText("changed since the privacy notice was last published");
  await page.goto(`/companies/${company.id}/notice`);
  await publishNotice(ownerAccess(owner, company), { changeSummary: "Clearer heading" });

  await visitor.goto(`/${slug}`);
  await expect(visitor.getByText("Version 2, last updated").first()).toBeVisible();
  await visitor.getByRole("link", { name: "Earlier versions" }).first().click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Versions of the privacy notice for Eksempel Programvare AS" })).toBeVisible();
  await expect(visitor.getByText("Clearer heading")).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: /^Version 1,/ }).click();
  await expect(visitor).toHaveURL(new RegExp(`/${slug}/versions/1$`));
  await expect(visitor.getByText("Version 1, last updated").first()).toBeVisible();
  await visitor.goto(`/${slug}/versions`);
  await visitor.getByRole("link", { name: "Compare 1 → 2" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Changes from version 1 to version 2" })).toBeVisible();
  await expect(visitor.locator("ins", { hasText: "write" }).first()).toBeVisible();
  await expect(visitor.locator("del", { hasText: "contact" }).first()).toBeVisible();

  // Other formats and the embeddable view.
  const md = await visitor.request.get(`/${slug}/nb/notice.md`);
  expect(md.headers()["content-type"]).toContain("text/markdown");
  expect(await md.text()).toMatch(/^# Personvernerklæring for Eksempel Programvare AS/);
  const json = (await (await visitor.request.get(`/${slug}/notice.json`)).json()) as { version: number; language: string };
  expect(json).toMatchObject({ version: 2, language: "en" });
  expect(await (await visitor.request.get(`/${slug}/notice.txt`)).text()).toMatch(/In short\n--------\n\n(?:.+\n\n)?Eksempel Programvare AS \(organisation number/);
  const embed = await visitor.request.get(`/${slug}/embed`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  expectOnlyOwnOrigin(requests, baseURL!);
  expect(await context.cookies()).toEqual([]);
  await context.close();

  // The dashboard now shows the published version beside the draft.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Show the published version 2" })).toBeVisible();
});

test("unknown slugs, unpublished companies and app routes never serve a notice", async ({ page }) => {
  const unknown = await page.goto(`/${unique("nobody")}`);
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Notice not found" })).toBeVisible();
  expect((await page.request.get(`/${unique("nobody")}/nb/notice.json`)).status()).toBe(404);

  const owner = await createUser();
  const draftOnly = await seedDemoCompany(db(), owner.id, { slug: unique("draft") });
  for (const path of ["", "/nb", "/embed", "/versions", "/versions/1", "/notice.md", "/diff?from=1&to=1"]) expect((await page.request.get(`/${draftOnly.slug}${path}`)).status(), path).toBe(404);

  // Reserved paths are the app's own: /companies is the dashboard (sign-in redirect), not a notice.
  await page.goto("/companies");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a viewer or editor cannot publish (403)", async ({ page }) => {
  const owner = await createUser();
  const editor = await createUser();
  const company = await createCompany([
    { userId: owner.id, role: "OWNER" },
    { userId: editor.id, role: "EDITOR" },
  ]);
  await signIn(page, editor.email, editor.password);
  const response = await page.request.post(`/api/companies/${company.id}/notice/versions`, { data: { changeSummary: "Not allowed" } });
  expect(response.status()).toBe(403);
  await page.goto(`/companies/${company.id}/notice`);
  await expect(page.getByText("Only owners can publish the notice.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Publish version/ })).toHaveCount(0);
});

test("hostile text in the register shows as inert text on the public page", async ({ browser, baseURL }) => {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("hostile") });
  const payloads = {
    title: "<script>alert(1)</script>",
    purpose: "<img src=x onerror=alert(1)>",
    interest: '" onmouseover="alert(1)',
    recipient: "javascript:alert(1)",
    recipientText: "[x](javascript:alert(1)) ![x](http://evil.example/x.png)",
    category: "# heading <!-- `code`",
    cookie: "<a href=\"http://evil.example\">click</a>",
  };
  // An activity shown in the notice with a purpose on legitimate interests (found by that, not by row order).
  const purpose = await db().purpose.findFirstOrThrow({
    where: { lawfulBasis: "LEGITIMATE_INTERESTS", activity: { companyId: company.id, status: "ACTIVE", showInNotice: true, role: "CONTROLLER" } },
    select: { id: true, activityId: true },
  });
  await db().processingActivity.update({ where: { id: purpose.activityId }, data: { noticeTitleEn: payloads.title } });
  await db().purpose.update({ where: { id: purpose.id }, data: { description: { en: payloads.purpose, nb: payloads.purpose }, legitimateInterest: { en: payloads.interest, nb: payloads.interest } } });
  const recipient = await db().recipient.findFirstOrThrow({ where: { companyId: company.id, kind: "PROCESSOR" }, select: { id: true } });
  await db().recipient.update({ where: { id: recipient.id }, data: { name: payloads.recipient, descriptionEn: payloads.recipientText } });
  await db().dataCategory.updateMany({ where: { companyId: company.id }, data: { descriptionEn: payloads.category } });
  await db().cookie.updateMany({ where: { companyId: company.id }, data: { purposeEn: payloads.cookie } });
  await publishNotice(ownerAccess(owner, company), { changeSummary: "Hostile" });

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests = recordRequests(page);
  await page.goto(`/${company.slug}`);
  for (const text of Object.values(payloads)) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  const handlers = await page.evaluate(() => [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName}.${a.name}`)));
  expect(handlers).toEqual([]);
  expect(await page.locator("script, img, iframe, object, embed").count()).toBe(0);
  const hrefs = await page.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((h) => /^javascript:|evil\.example/i.test(h))).toEqual([]);
  await page.locator("main").hover();
  expect(dialogs).toEqual([]);
  expectOnlyOwnOrigin(requests, baseURL!);
  // The page itself and the app's own typeface, nothing else.
  expect(requests.filter((r) => !r.url().endsWith("/favicon.ico") && !r.url().startsWith(`${baseURL}/fonts/`)).map((r) => r.url())).toEqual([`${baseURL}/${company.slug}`]);
  await context.close();
});
