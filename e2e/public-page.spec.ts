import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { CompanyAccess } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { publishNotice } from "@/lib/server/notice/versions";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

/** The owner's access, built by hand: lib/server/access pulls in next-auth, which does not load outside Next. */
function ownerAccess(user: { id: string; email: string; name: string; locale: "EN" | "NB" }, company: { id: string; slug: string; legalName: string }): CompanyAccess {
  return { user, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role: "OWNER" };
}

const SCREENS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  mobile: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Words of table cells that the browser laid out over more than one line ("Durati|on"). */
function wordsBrokenInCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll("table th, table td")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

test("the public page in both languages on a desktop and a phone: company header, own typeface, whole words in tables, contents within reach; screenshots and axe", async ({ browser, baseURL }) => {
  // Four browser contexts with an axe run each: slow on a shared machine.
  test.setTimeout(180_000);
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("page") });
  await publishNotice(ownerAccess(owner, company), { changeSummary: "First publication" });

  for (const [screen, device] of Object.entries(SCREENS)) {
    for (const language of ["en", "nb"] as const) {
      const context = await browser.newContext({ ...device, baseURL });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      const fonts: { url: string; status: number; type: string | undefined }[] = [];
      page.on("response", (response) => {
        if (response.url().includes("/fonts/")) fonts.push({ url: response.url(), status: response.status(), type: response.headers()["content-type"] });
      });
      await page.goto(language === "nb" ? `/${company.slug}/nb` : `/${company.slug}`);
      await page.evaluate(() => document.fonts.ready);

      // The company's name heads the page; the typeface is the app's own Inter, loaded from the app.
      await expect(page.locator("header.masthead .brand")).toHaveText(company.legalName);
      expect(await page.evaluate(() => document.fonts.check('16px "Inter Variable"'))).toBe(true);
      expect(await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(/^"Inter Variable"/);
      expect(fonts).toContainEqual({ url: `${baseURL}/fonts/inter-latin-wght-normal.woff2`, status: 200, type: "font/woff2" });
      expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
      expect(await page.locator("script").count()).toBe(0);

      // Nothing wider than the screen, and no word in a table cell split over two lines.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expect(page.locator("table").first()).toBeVisible();
      expect(await wordsBrokenInCells(page)).toEqual([]);

      const contents = page.getByRole("navigation", { name: language === "nb" ? "Innhold" : "Contents" });
      const firstEntry = contents.getByRole("link").first();
      if (screen === "mobile") {
        // A phone shows each table row as a card with the column names beside the values, the
        // contents folded so that the text starts on the first screen, and a way back after each section.
        expect(await page.locator("tbody tr").first().evaluate((row) => getComputedStyle(row).display)).toBe("block");
        expect(await page.locator("tbody td").first().evaluate((cell) => getComputedStyle(cell, "::before").content)).not.toBe("none");
        await expect(firstEntry).toBeHidden();
        await expect(page.locator("main section").first().getByRole("heading", { level: 2 })).toBeInViewport();
        await expect(page.getByRole("link", { name: language === "nb" ? "↑ Tilbake til innholdet" : "↑ Back to contents" }).first()).toBeVisible();
      } else {
        // The first layer's four columns fit the text column: none hides behind a sideways scroll
        // (a column heading kept on one line once pushed the retention period out of sight).
        const hidden = await page.locator(".table").first().evaluate((wrapper) => {
          const last = wrapper.querySelector("thead th:last-child")!;
          const text = document.createRange();
          text.selectNodeContents(last);
          return text.getBoundingClientRect().right - wrapper.getBoundingClientRect().right;
        });
        expect(hidden).toBeLessThanOrEqual(0);
        // A wide screen keeps the contents beside the text while it scrolls.
        await page.locator("main section").last().scrollIntoViewIfNeeded();
        await expect(firstEntry).toBeInViewport();
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      await page.screenshot({ path: `test-results/screenshots/public-page-${language}-${screen}.png`, fullPage: true });
      await page.screenshot({ path: `test-results/screenshots/public-page-${language}-${screen}-first-screen.png` });
      await expectAccessible(page);

      if (screen === "mobile") {
        // A tap unfolds the contents, as links big enough for a finger; no script does it.
        const fold = contents.locator("summary");
        expect((await fold.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        await fold.click();
        expect((await firstEntry.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        await expectAccessible(page);
      }
      // The contents lead to their section.
      await firstEntry.click();
      await expect(page.locator("main section").first().getByRole("heading", { level: 2 })).toBeInViewport();
      await context.close();
    }
  }
});

test("the archive compares any two versions chosen on it, without a script", async ({ browser, baseURL }) => {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("archive") });
  const access = ownerAccess(owner, company);
  await publishNotice(access, { changeSummary: "First" });
  const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id, noticeTitleEn: "When you contact us" }, select: { id: true } });
  await db().processingActivity.update({ where: { id: activity.id }, data: { noticeTitleEn: "When you write to us", version: { increment: 1 } } });
  await publishNotice(access, { changeSummary: "Second" });
  await db().processingActivity.update({ where: { id: activity.id }, data: { noticeTitleEn: "When you call us", version: { increment: 1 } } });
  await publishNotice(access, { changeSummary: "Third" });

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const response = await page.goto(`/${company.slug}/versions`);
  expect(response?.headers()["content-security-policy"]).toContain("form-action 'self'");
  await expect(page.locator("header.masthead .brand")).toHaveText(company.legalName);
  // A plain form: the page has no script (and its CSP would refuse one).
  expect(await page.locator("script").count()).toBe(0);
  const form = page.getByRole("form", { name: "Compare two versions" });
  // Versions 1 and 3 are not neighbours: no link on the list compares them.
  await form.getByLabel("From version").selectOption("1");
  await form.getByLabel("To version").selectOption("3");
  await form.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/${company.slug}/diff\\?from=1&to=3$`));
  await expect(page.getByRole("heading", { level: 1, name: "Changes from version 1 to version 3" })).toBeVisible();
  await expect(page.locator("ins", { hasText: "call" }).first()).toBeVisible();
  await expect(page.locator("del", { hasText: "contact" }).first()).toBeVisible();
  await expect(page.locator("del", { hasText: "write" })).toHaveCount(0);
  await expectAccessible(page);

  // The same in bokmål.
  await page.goto(`/${company.slug}/nb/versions`);
  await page.getByRole("form", { name: "Sammenlign to versjoner" }).getByRole("button", { name: "Vis endringene" }).click();
  await expect(page).toHaveURL(new RegExp(`/${company.slug}/nb/diff\\?from=2&to=3$`));
  await expect(page.getByRole("heading", { level: 1, name: "Endringer fra versjon 2 til versjon 3" })).toBeVisible();
  await context.close();
});

/** A company's logo as a designer exports it: shapes only (text in an SVG image would not get the page's typeface). */
const LOGO_SVG = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">',
  '<rect x="0" y="4" width="32" height="32" rx="8" fill="#0b6e4f"/>',
  '<path d="M9 20l5 5 10-11" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>',
  '<rect x="40" y="10" width="76" height="8" rx="4" fill="#0b6e4f"/>',
  '<rect x="40" y="24" width="52" height="6" rx="3" fill="#6b7280"/>',
  "</svg>",
].join("\n");

test("an owner sets a logo and an accent colour on the profile; the next published page shows them in both languages, served by the app; screenshots and axe", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("brand") });
  await publishNotice(ownerAccess(owner, company), { changeSummary: "First publication" });
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/profile`);
  const card = page.getByRole("region", { name: "Look of the public notice page" });

  // Too light for links on white: refused with the reason, and a darker shade of it offered.
  await card.getByLabel("Accent colour").fill("#3fbf8f");
  await expect(card.getByText(/Contrast against white: 2[.,]\d:1 — too light/)).toBeVisible();
  await card.getByRole("button", { name: "Save look" }).click();
  await expect(card.getByText("This colour is too light")).toBeVisible();
  await card.getByRole("button", { name: /^Use #[0-9a-f]{6} instead$/ }).click();
  await expect(card.getByText(/— readable\.$/)).toBeVisible();
  await card.getByLabel("Accent colour").fill("#0b6e4f");

  // A scripted SVG is refused; the clean one is taken.
  await card.getByLabel("Logo").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(LOGO_SVG.replace("<rect", '<rect onclick="alert(1)"')) });
  await card.getByRole("button", { name: "Save look" }).click();
  await expect(card.getByText("This SVG contains a script")).toBeVisible();
  await card.getByLabel("Logo").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(LOGO_SVG) });
  await card.getByRole("button", { name: "Save look" }).click();
  await expect(card.getByText("Saved. The look goes live with the next version you publish.")).toBeVisible();
  await expect(card.getByRole("img", { name: "Current logo" })).toBeVisible();
  await expectAccessible(page);

  // The register did not change, the look did: the notice page says so, and publishing takes it live.
  await page.goto(`/companies/${company.id}/notice`);
  await expect(page.getByTestId("notice-status")).toHaveText(
    "The text is up to date with the register, but the look of the public page (logo or accent colour) has changed since the published version. Publishing a new version takes the new look live.",
  );
  await page.getByLabel("What changed (shown in the archive)").fill("Our logo and colour");
  await page.getByRole("button", { name: "Publish version 2" }).click();
  const confirmation = page.getByRole("dialog", { name: "Publish version 2?" });
  await expect(confirmation.getByTestId("publish-look-changed")).toHaveText("The new look (logo or accent colour) goes live on both pages with this version.");
  await confirmation.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Version 2 is published.")).toBeVisible();
  await expect(page.getByTestId("notice-status")).toHaveText("The published notice is up to date with the register.");

  for (const [screen, device] of Object.entries(SCREENS)) {
    for (const language of ["en", "nb"] as const) {
      const context = await browser.newContext({ ...device, baseURL });
      const visitor = await context.newPage();
      const requests: string[] = [];
      visitor.on("request", (request) => requests.push(request.url()));
      const logos: { status: number; type: string | undefined; cache: string | undefined }[] = [];
      visitor.on("response", (response) => {
        if (response.url().includes("/logos/")) logos.push({ status: response.status(), type: response.headers()["content-type"], cache: response.headers()["cache-control"] });
      });
      await visitor.goto(language === "nb" ? `/${company.slug}/nb` : `/${company.slug}`);
      await visitor.evaluate(() => document.fonts.ready);
      const logo = visitor.locator("header.masthead .brand img");
      await expect(logo).toBeVisible();
      expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(logos).toEqual([{ status: 200, type: "image/svg+xml", cache: "public, max-age=31536000, immutable" }]);
      expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
      expect(await visitor.locator("script").count()).toBe(0);
      // The accent colours the links and the header's rule.
      expect(await visitor.locator("header.masthead").evaluate((h) => getComputedStyle(h).borderTopColor)).toBe("rgb(11, 110, 79)");
      expect(await visitor.locator("main .text a").first().evaluate((a) => getComputedStyle(a).color)).toBe("rgb(11, 110, 79)");
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await visitor.screenshot({ path: `test-results/screenshots/public-page-branded-${language}-${screen}-first-screen.png` });
      await expectAccessible(visitor);
      await context.close();
    }
  }
  // The embed view carries the colour too, and its logo-free body stays a plain notice.
  const embed = await page.request.get(`/${company.slug}/embed`);
  expect(await embed.text()).toContain(":root{--accent:#0b6e4f}");
});
