import { test as base, expect, type Page } from "@playwright/test";
import { db } from "@/lib/server/db";
import { e2eDatabaseUrl } from "./database-url";

// The data layer reads DATABASE_URL on first use: point it at the app's database.
process.env.DATABASE_URL = e2eDatabaseUrl();
process.env.AUTH_SECRET ??= "e2e-fixtures-do-not-sign-sessions-here";

export { expect };
export const test = base;

/**
 * Every test signs in from 127.0.0.1, so the whole run is one client to the sign-in throttle
 * (lib/auth/throttle-policy.ts): forget that client's failures, so that one test's wrong
 * passwords do not slow down the next test's sign-in.
 */
async function forgetFailedSignIns(): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: { startsWith: "client:" } } });
}

/** Fills and sends the sign-in form; by default waits until the dashboard has opened. */
export async function signIn(page: Page, email: string, password: string, options: { expectFailure?: boolean; path?: string } = {}): Promise<void> {
  await forgetFailedSignIns();
  await page.goto(options.path ?? "/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (options.expectFailure) await expect(formAlert(page)).toBeVisible();
  else await page.waitForURL(/\/companies/);
}

/** The form's own alert, not Next's route announcer (which also has role="alert"). */
export function formAlert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
