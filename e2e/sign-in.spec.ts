import { THROTTLE_POLICY } from "@/lib/auth/throttle-policy";
import { createCompany, createUser } from "@/test/server/factories";
import { expect, formAlert, signIn, test } from "./support/fixtures";

test("sign in and sign out", async ({ page }) => {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "OWNER" }]);
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`/companies/${company.id}$`));
  await expect(page.getByText(company.legalName).first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto(`/companies/${company.id}`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password shows a clear message and keeps the e-mail address", async ({ page }) => {
  const user = await createUser();
  await signIn(page, user.email, "not the password", { expectFailure: true });
  await expect(formAlert(page)).toHaveText("The e-mail address or password is wrong.");
  await expect(page.getByLabel("E-mail")).toHaveValue(user.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failures lock the address, even for the right password", async ({ page }) => {
  const user = await createUser();
  for (let i = 0; i < THROTTLE_POLICY.maxFailures - 1; i++) {
    await signIn(page, user.email, `wrong password ${i}`, { expectFailure: true });
    await expect(formAlert(page)).toHaveText("The e-mail address or password is wrong.");
  }
  await signIn(page, user.email, "wrong once more", { expectFailure: true });
  await expect(formAlert(page)).toContainText("Too many failed sign-ins for this e-mail address. Try again in 15 minutes.");
  await signIn(page, user.email, user.password, { expectFailure: true });
  await expect(formAlert(page)).toContainText("Too many failed sign-ins");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in page speaks bokmål to a Norwegian browser", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Logg inn i Protokoll" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await context.close();
});
