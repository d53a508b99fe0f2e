import { createCompany, createUser } from "@/test/server/factories";
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
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);

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
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Use at most 200 characters.")).toBeVisible();
  await expect(page.getByLabel("Legal name")).toHaveValue("x".repeat(201));

  const bad = await page.request.put(`/api/companies/${company.id}/profile`, {
    data: { legalName: "Ok AS", orgNumber: "123", countryCode: "NO", email: "post@example.test", version: 1 },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.fieldErrors.orgNumber).toBeDefined();

  await page.getByLabel("Legal name").fill("Renamed AS");
  await page.getByRole("button", { name: "Save" }).click();
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
