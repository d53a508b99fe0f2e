import { createCompany, createUser } from "@/test/server/factories";
import { expect, formAlert, signIn, test } from "./support/fixtures";

const NEW_PASSWORD = "tindrende blåbær ved fjorden";

test("a signed-in user changes their password: the current one is required, a common one is refused, input is kept", async ({ page, browser }) => {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "OWNER" }]);
  // A second browser signed in to the same account is signed out by the change.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, user.email, user.password);

  await signIn(page, user.email, user.password);
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is not your current password.")).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveValue(NEW_PASSWORD);

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/^This password is too common/)).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue(user.password);
  await expect(page.getByLabel("New password")).toHaveValue("password1234");

  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Your password has been changed\./);

  // This browser stays signed in; the other one is out.
  await page.goto(`/companies/${company.id}`);
  await expect(page.getByText(company.legalName).first()).toBeVisible();
  await otherPage.goto(`/companies/${company.id}`);
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, user.email, user.password, { expectFailure: true });
  await expect(formAlert(page)).toHaveText("The e-mail address or password is wrong.");
  await signIn(page, user.email, NEW_PASSWORD);
});

test("an owner makes a reset link for a member, who sets a new password once; their old session ends", async ({ page, browser }) => {
  const owner = await createUser();
  const member = await createUser({ locale: "NB" });
  const company = await createCompany([
    { userId: owner.id, role: "OWNER" },
    { userId: member.id, role: "EDITOR" },
  ]);
  // The member reads bokmål: signing in sets the language cookie to their choice.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member.email, member.password);

  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/members`);
  await page.getByRole("button", { name: `Make a password reset link for ${member.name}` }).click();
  const linkField = page.getByLabel(`Password reset link for ${member.email}`, { exact: false });
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{40,}$/);

  // The member, reading bokmål, opens the link the owner passed on.
  await memberPage.goto(link);
  await expect(memberPage.getByRole("heading", { name: "Velg nytt passord" })).toBeVisible();
  await memberPage.getByLabel("Nytt passord").fill("password1234");
  await memberPage.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(memberPage.getByText(/^Dette passordet er for vanlig/)).toBeVisible();
  await expect(memberPage.getByLabel("Nytt passord")).toHaveValue("password1234");
  await memberPage.getByLabel("Nytt passord").fill(NEW_PASSWORD);
  await memberPage.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(memberPage.getByText("Det nye passordet ditt er lagret. Logg inn med det.")).toBeVisible();

  // The session from before the reset has ended.
  await memberPage.goto(`/companies/${company.id}`);
  await expect(memberPage).toHaveURL(/\/sign-in/);

  // The link works once.
  await memberPage.goto(link);
  await expect(memberPage.getByText("Denne lenken er allerede brukt.", { exact: false })).toBeVisible();
  await memberContext.close();

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await signIn(freshPage, member.email, NEW_PASSWORD);
  await expect(freshPage).toHaveURL(new RegExp(`/companies/${company.id}$`));
  await fresh.close();
});

test("an owner gets no reset link for their own account, and an editor cannot make one", async ({ page }) => {
  const owner = await createUser();
  const editor = await createUser();
  const company = await createCompany([
    { userId: owner.id, role: "OWNER" },
    { userId: editor.id, role: "EDITOR" },
  ]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/members`);
  await expect(page.getByRole("button", { name: /Make a password reset link/ })).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, editor.email, editor.password);
  const memberships = await page.request.get(`/api/companies/${company.id}/members`);
  expect(memberships.status()).toBe(403);
  const response = await page.request.post(`/api/companies/${company.id}/members/any/password-reset`, { data: {}, headers: { Origin: new URL(page.url()).origin } });
  expect(response.status()).toBe(403);
});
