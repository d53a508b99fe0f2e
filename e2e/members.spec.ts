import { db } from "@/lib/server/db";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

test("an owner invites by link, a new user creates an account through it and joins; the owner changes the role", async ({ page, browser }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/members`);

  const email = `${unique("invitee")}@example.test`;
  await page.getByLabel("E-mail of the person to invite").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Editor" });
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel(/Invitation link for/).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByText(`${email} · Editor`)).toBeVisible();

  // The invitee, in a browser of their own, without an account.
  const context = await browser.newContext({ baseURL: new URL(link).origin, locale: "en-GB" });
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(`You are invited to join ${company.legalName} as Editor.`)).toBeVisible();
  await expect(invitee.getByLabel("E-mail")).toHaveValue(email);
  await invitee.getByLabel("Your name").fill("Nina Ny");
  await invitee.getByLabel("Password").fill("short");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByText("Use at least 12 characters.")).toBeVisible();
  await invitee.getByLabel("Password").fill("a very long password indeed");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await invitee.waitForURL(new RegExp(`/companies/${company.id}$`));
  await expect(invitee.getByTestId("signed-in-user")).toHaveText(email);

  // A used link says so.
  await invitee.goto(link);
  await expect(invitee.getByText("This invitation has already been used.")).toBeVisible();
  await context.close();

  await page.reload();
  await page.getByLabel("Role of Nina Ny").selectOption({ label: "Viewer" });
  await expect(page.getByText("Role changed.")).toBeVisible();
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const membership = await db().membership.findUniqueOrThrow({ where: { userId_companyId: { userId: user.id, companyId: company.id } } });
  expect(membership.role).toBe("VIEWER");
  const actions = (await db().auditEvent.findMany({ where: { companyId: company.id }, orderBy: { id: "asc" } })).map((e) => e.action);
  expect(actions).toEqual(["MEMBER_INVITE", "MEMBER_JOIN", "MEMBER_ROLE_CHANGE"]);
});

test("the last owner cannot demote themselves", async ({ page }) => {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  await signIn(page, owner.email, owner.password);
  await page.goto(`/companies/${company.id}/members`);
  await page.getByLabel(`Role of ${owner.name}`).selectOption({ label: "Editor" });
  await expect(page.getByText("A company must keep at least one owner.")).toBeVisible();
  await expect(page.getByLabel(`Role of ${owner.name}`)).toHaveValue("OWNER");
  const membership = await db().membership.findFirstOrThrow({ where: { companyId: company.id, userId: owner.id } });
  expect(membership.role).toBe("OWNER");
  const api = await page.request.delete(`/api/companies/${company.id}/members/${membership.id}`);
  expect(api.status()).toBe(409);
});

test("an editor gets 403 from the members API and the members page", async ({ page }) => {
  const editor = await createUser();
  const company = await createCompany([{ userId: editor.id, role: "EDITOR" }]);
  await signIn(page, editor.email, editor.password);
  expect((await page.request.get(`/api/companies/${company.id}/members`)).status()).toBe(403);
  const invite = await page.request.post(`/api/companies/${company.id}/members/invitations`, { data: { email: "friend@example.test", role: "OWNER" } });
  expect(invite.status()).toBe(403);
  expect(await db().invitation.count({ where: { companyId: company.id } })).toBe(0);
  const response = await page.goto(`/companies/${company.id}/members`);
  expect(response?.status()).toBe(403);
});

test("the dashboard switches to bokmål and remembers it for the user", async ({ page }) => {
  const user = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: user.id, role: "OWNER" }]);
  await signIn(page, user.email, user.password);
  await page.goto(`/companies/${company.id}`);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await page.getByLabel("Language").selectOption({ label: "Norsk bokmål" });
  await expect(page.getByRole("heading", { name: "Oversikt", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  expect((await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale).toBe("NB");
});
