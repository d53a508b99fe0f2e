import { db } from "@/lib/server/db";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

test("an editor of company A who types company B's URL gets 404", async ({ page }) => {
  const editor = await createUser();
  const a = await createCompany([{ userId: editor.id, role: "EDITOR" }]);
  const b = await createCompany();
  await signIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(new RegExp(`/companies/${a.id}$`));

  for (const path of [`/companies/${b.id}`, `/companies/${b.id}/profile`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText(b.legalName)).toHaveCount(0);
  }
  const api = await page.request.get(`/api/companies/${b.id}/profile`);
  expect(api.status()).toBe(404);
  expect(JSON.stringify(await api.json())).not.toContain(b.legalName);
});

test("a viewer sees the profile read-only, and the server refuses a forged save with 403", async ({ page }) => {
  const viewer = await createUser();
  const company = await createCompany([{ userId: viewer.id, role: "VIEWER" }]);
  await signIn(page, viewer.email, viewer.password);
  await page.goto(`/companies/${company.id}/profile`);
  await expect(page.getByLabel("Legal name")).toHaveValue(company.legalName);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);

  const forged = await page.request.put(`/api/companies/${company.id}/profile`, {
    data: { legalName: "Hijacked AS", countryCode: "NO", email: "x@example.test", version: company.version },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("FORBIDDEN");
  const after = await page.request.get(`/api/companies/${company.id}/profile`);
  expect((await after.json()).data.legalName).toBe(company.legalName);
});

test("an owner's save with bad input gets field messages and a 422; a stale version gets 409", async ({ page }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/profile`);

  await page.getByLabel("Legal name").fill("x".repeat(201));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Use at most 200 characters.")).toBeVisible();
  await expect(page.getByLabel("Legal name")).toHaveValue("x".repeat(201));

  const bad = await page.request.put(`/api/companies/${company.id}/profile`, {
    data: { legalName: "Ok AS", orgNumber: "123", countryCode: "NO", email: "post@example.test", version: 1 },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.fieldErrors.orgNumber).toBeDefined();

  await page.getByLabel("Legal name").fill("Renamed AS");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  const stale = await page.request.put(`/api/companies/${company.id}/profile`, {
    data: {
      legalName: "Stale AS",
      countryCode: "NO",
      email: "post@example.test",
      noticeLanguages: ["en", "nb"],
      primaryLanguage: "nb",
      version: 1,
    },
  });
  expect(stale.status()).toBe(409);
  const current = await page.request.get(`/api/companies/${company.id}/profile`);
  expect((await current.json()).data.legalName).toBe("Renamed AS");
});

test("a viewer is offered no control that changes the register, on any dashboard page; the not-allowed page has one main landmark and a way back", async ({ page }) => {
  test.setTimeout(180_000);
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("viewer") });
  const viewer = await createUser();
  await db().membership.create({ data: { userId: viewer.id, companyId: company.id, role: "VIEWER" } });
  const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id }, orderBy: { name: "asc" }, select: { id: true } });
  await signIn(page, viewer.email, viewer.password);

  const base = `/companies/${company.id}`;
  // What a reader may press: moving around, filtering, searching, reading and downloading.
  const allowed = /^(Sign out|Logg ut|Search|Apply|Clear|Show|Previous page|Next page|Download.*|Export.*|Copy.*|Sections|Expand.*|Collapse.*|English|Norsk.*|Change language)$/;
  const offered: string[] = [];
  for (const path of [base, `${base}/activities`, `${base}/activities/${activity.id}`, `${base}/activities/${activity.id}/history`, `${base}/catalogs`, `${base}/findings`, `${base}/notice`, `${base}/translations`, `${base}/export`, `${base}/profile`, `${base}/search?q=kunde`]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    for (const control of await page.locator("main button:enabled, main input[type=submit]:enabled, main input[type=file]:enabled").all()) {
      if (!(await control.isVisible())) continue;
      const name = ((await control.getAttribute("aria-label")) ?? (await control.innerText()) ?? "").trim();
      if (!allowed.test(name)) offered.push(`${path}: ${name}`);
    }
    // Fields a viewer could type into or tick, outside the search and filter forms (which only read).
    const editable = await page
      .locator("main textarea:enabled:not([readonly]), main input:enabled:not([readonly]):not([type=hidden]):not([type=search]):not([type=date]), main select:enabled")
      .evaluateAll((fields) => fields.filter((f) => !f.closest('[role="search"], form[method="get"], nav') && (f as HTMLElement).offsetParent !== null).map((f) => (f as HTMLInputElement).labels?.[0]?.textContent?.trim() || f.getAttribute("aria-label") || f.getAttribute("name") || f.tagName));
    // The export's choice of language only shapes a download.
    offered.push(...editable.filter((name) => name !== "Language of the document").map((name) => `${path}: field ${name}`));
    for (const link of await page.locator("main a").all()) {
      const name = (await link.innerText()).trim();
      if (/^(New activity|Duplicate|Retire|Publish.*|Import.*|Add .*|Delete.*|Invite.*|Start from a template)$/i.test(name) && (await link.isVisible())) offered.push(`${path}: link ${name}`);
    }
  }
  expect(offered).toEqual([]);

  for (const path of [`${base}/members`, `${base}/audit`, `${base}/activities/new`, `${base}/activities/templates`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
  }
  await page.getByRole("link", { name: "Go to your companies" }).click();
  await expect(page).toHaveURL(new RegExp(`/companies/${company.id}$`));
});
