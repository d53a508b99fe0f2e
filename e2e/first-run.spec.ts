import { expect, test } from "./support/fixtures";

// Runs first, on the empty database (see the "first-run" project in playwright.config.ts).
test("first start: the setup page creates the owner and the company, then disappears", async ({ page, request }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Protokoll" })).toBeVisible();

  // Bad input: messages beside the fields, and what was typed stays.
  await page.getByLabel("Your name").fill("Ingrid Personvern");
  await page.getByLabel("Your e-mail").fill("not-an-address");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Legal name").fill("Nordlys <script>alert(1)</script> AS");
  await page.getByLabel("Organisation number").fill("974760674");
  await page.getByRole("button", { name: "Create owner and company" }).click();
  await expect(page.getByText("Enter an e-mail address such as name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByText("Angle brackets are not allowed here.")).toBeVisible();
  await expect(page.getByText(/valid check digit/)).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Ingrid Personvern");

  // The server refuses the same input with 422 and field messages, whatever the browser does.
  const refused = await request.post("/api/setup", {
    data: { name: "X", email: "x@example.test", password: "long enough password", legalName: "A AS", orgNumber: "974760674", countryCode: "NO" },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.fieldErrors.orgNumber[0]).toMatch(/check digit/);
  const unknownCountry = await request.post("/api/setup", {
    data: { name: "X", email: "x@example.test", password: "long enough password", legalName: "A AS", countryCode: "XX" },
  });
  expect(unknownCountry.status()).toBe(422);

  await page.getByLabel("Your e-mail").fill("ingrid@nordlys.test");
  await page.getByLabel("Password", { exact: true }).fill("a long and good password");
  await page.getByLabel("Legal name").fill("Nordlys Analyse AS");
  await page.getByLabel("Organisation number").fill("974 760 673");
  await page.getByRole("button", { name: "Create owner and company" }).click();

  await expect(page.getByText("Nordlys Analyse AS").first()).toBeVisible();
  await expect(page).toHaveURL(/\/companies\/[^/]+$/);
  await expect(page.getByTestId("signed-in-user")).toHaveText("ingrid@nordlys.test");

  const again = await page.goto("/setup");
  expect(again?.status()).toBe(404);
  const post = await request.post("/api/setup", {
    data: { name: "Mallory", email: "m@example.test", password: "another long password", legalName: "Takeover AS", countryCode: "NO" },
  });
  expect(post.status()).toBe(404);
});
