import { registerDocumentFromSnapshot } from "@/lib/export/json/from-snapshot";
import type { CompanyAccess } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { publishNotice } from "@/lib/server/notice/versions";
import { REFERENCE_REGISTERS } from "@/test/register/reference-registers";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

/** The owner's access, built by hand: lib/server/access pulls in next-auth, which does not load outside Next. */
function ownerAccess(user: { id: string; email: string; name: string; locale: "EN" | "NB" }, company: { id: string; slug: string; legalName: string }): CompanyAccess {
  return { user, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role: "OWNER" };
}

// Issue 9 item 6: each reference register, imported as its JSON file and published, reads in
// bokmål with no English sentence; the screenshots are for a Norwegian reader to look at.
for (const [name, register] of Object.entries(REFERENCE_REGISTERS)) {
  test(`the ${name} reference register publishes a bokmål notice with no English in it`, async ({ page, browser, baseURL }, testInfo) => {
    test.setTimeout(120_000);
    const owner = await createUser();
    const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
    await signIn(page, owner.email, owner.password);
    const file = JSON.stringify(registerDocumentFromSnapshot(register()));
    const imported = await page.request.post(`/api/companies/${company.id}/import/json?dryRun=false`, { headers: { "Content-Type": "application/octet-stream" }, data: Buffer.from(file) });
    expect(imported.status(), await imported.text()).toBe(200);
    const legalName = (await db().company.findUniqueOrThrow({ where: { id: company.id } })).legalName;
    await publishNotice(ownerAccess(owner, { ...company, legalName }), { changeSummary: "Reference register" });

    const context = await browser.newContext({ baseURL, viewport: { width: 1000, height: 1400 } });
    const visitor = await context.newPage();
    expect((await visitor.goto(`/${company.slug}/nb`))?.status()).toBe(200);
    await expect(visitor.locator("html")).toHaveAttribute("lang", "nb");
    await expect(visitor.getByRole("heading", { level: 1, name: `Personvernerklæring for ${legalName}` })).toBeVisible();
    // Addresses are not prose (the supervisory authority's complaint form has one address, in English).
    const text = (await visitor.locator("main").innerText()).replace(/\S*(?:www\.|https?:|@|\.no\/|\.com\/)\S*/g, "");
    // Words our English prose and the registers' English texts use, that bokmål never does.
    for (const english of [/\bthe\b/i, /\byou\b/i, /\bwe\b/i, /\band\b/i, /\bwith\b/i, /\bfor the\b/i]) expect(text, String(english)).not.toMatch(english);
    await visitor.screenshot({ path: testInfo.outputPath(`${name}-nb.png`), fullPage: true });
    await context.close();
  });
}
