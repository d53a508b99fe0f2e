import http from "node:http";
import type { Page, Response } from "@playwright/test";
import { pairKey, THROTTLE_POLICY } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/server/db";
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

test("a session cookie copied before sign-out is refused after sign-out", async ({ page, browser }) => {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "OWNER" }]);
  await signIn(page, user.email, user.password);
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes("session-token"))).toBe(true);
  expect((await page.request.get(`/api/companies/${company.id}/activities`)).status()).toBe(200);
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: user.email } });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();

  // Another browser replays the old cookie: the session it names has ended.
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const response = await replay.request.get(`/api/companies/${company.id}/activities`);
  expect(response.status()).toBe(401);
  expect(await (await replay.request.get("/api/auth/session")).json()).toBeNull();
  const replayPage = await replay.newPage();
  await replayPage.goto(`/companies/${company.id}`);
  await expect(replayPage).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("a wrong password shows a clear message and keeps the e-mail address", async ({ page }) => {
  const user = await createUser();
  await signIn(page, user.email, "not the password", { expectFailure: true });
  await expect(formAlert(page)).toHaveText("The e-mail address or password is wrong.");
  await expect(page.getByLabel("E-mail")).toHaveValue(user.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failures from one browser slow that address down, even for the right password, and say for how long", async ({ page }) => {
  const user = await createUser();
  for (let i = 0; i <= THROTTLE_POLICY.pair.freeFailures; i++) {
    await signIn(page, user.email, `wrong password ${i}`, { expectFailure: true });
    await expect(formAlert(page)).toHaveText("The e-mail address or password is wrong.");
  }
  // The last failure started a 2-second delay. A loaded machine can take longer than that to
  // send the next attempt, so the delay is held for this test as if the next came at once.
  const held = await db().signInThrottle.updateMany({
    where: { key: pairKey(user.email, "127.0.0.1") },
    data: { nextAttemptAt: new Date(Date.now() + 45_000) },
  });
  expect(held.count).toBe(1);
  await signIn(page, user.email, user.password, { expectFailure: true });
  await expect(formAlert(page)).toHaveText(/^Too many failed sign-ins\. Try again in \d+ seconds?\.$/);
  await expect(page).toHaveURL(/\/sign-in/);
});

/** Sends the form and returns the answer to its POST. */
async function submitSignIn(page: Page, email: string, password: string): Promise<Response> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const response = await answer;
  await expect(formAlert(page)).toBeVisible();
  return response;
}

test("a wrong password for an existing account and an unknown address get the same answer: status, headers, cookies, text", async ({ browser }) => {
  const user = await createUser({ locale: "NB" });
  const answers = [];
  for (const email of [user.email, `nobody-${Date.now()}@example.test`]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await submitSignIn(page, email, "not the password at all");
    answers.push({
      status: response.status(),
      headerNames: (await response.headersArray()).map((h) => h.name.toLowerCase()).sort(),
      setCookie: (await response.headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value),
      cookies: (await context.cookies()).map((c) => c.name).sort(),
      alert: await formAlert(page).textContent(),
    });
    await context.close();
  }
  expect(answers[0]?.setCookie).toEqual([]);
  expect(answers[1]).toEqual(answers[0]);
});

for (const callbackUrl of ["/\\evil.test/path", "/\\/evil", "//evil.test", "/%2F%5Cevil.test", "%2F%5Cevil.test/path", "HTTPS://evil.test/path", "hTtPs://evil.test"]) {
  test(`after sign-in with callbackUrl ${JSON.stringify(callbackUrl)} the browser lands on the dashboard`, async ({ page, baseURL }) => {
    const user = await createUser();
    const company = await createCompany([{ userId: user.id, role: "OWNER" }]);
    await signIn(page, user.email, user.password, { path: `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` });
    await expect(page).toHaveURL(new RegExp(`/companies/${company.id}$`));
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  });
}

test("after sign-in a callbackUrl on this site is followed", async ({ page }) => {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "OWNER" }]);
  await signIn(page, user.email, user.password, { path: `/sign-in?callbackUrl=${encodeURIComponent(`/companies/${company.id}/members`)}` });
  await expect(page).toHaveURL(new RegExp(`/companies/${company.id}/members$`));
});

test("the sign-in page speaks bokmål to a Norwegian browser", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Logg inn i Protokoll" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await context.close();
});

test("next-auth builds its URLs on the host the client used, never on the bound address", async ({ baseURL }) => {
  // Plain node:http, so that the Host header is exactly the one a client behind a DNS name sends.
  const body = await new Promise<string>((resolve, reject) => {
    const target = new URL("/api/auth/providers", baseURL);
    http
      .get({ host: target.hostname, port: target.port, path: target.pathname, headers: { Host: "protokoll.example.test:8443" } }, (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve(text));
      })
      .on("error", reject);
  });
  const providers = JSON.parse(body) as Record<string, { signinUrl: string; callbackUrl: string }>;
  expect(providers.credentials?.signinUrl).toBe("http://protokoll.example.test:8443/api/auth/signin/credentials");
  expect(providers.credentials?.callbackUrl).toBe("http://protokoll.example.test:8443/api/auth/callback/credentials");
  expect(body).not.toMatch(/0\.0\.0\.0|localhost|127\.0\.0\.1/);
});
