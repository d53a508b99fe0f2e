import type { Locator, Page } from "@playwright/test";
import { createCompany, createUser } from "@/test/server/factories";
import { ActivityJourney } from "./support/activity-journey";
import { expect, signIn, test } from "./support/fixtures";

/**
 * Moves the focus with Tab (or Shift+Tab) alone until `target` has it; fails when it cannot be
 * reached within `limit` presses. Reading where the focus is does not touch the page.
 */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; limit?: number } = {}): Promise<void> {
  const key = options.back ? "Shift+Tab" : "Tab";
  for (let i = 0; i < (options.limit ?? 250); i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Could not reach ${target.toString()} with ${key}`);
}

/** The focused element is not hidden under a sticky bar (WCAG 2.4.11): its box lies inside the viewport's free part. */
async function expectFocusVisible(page: Page): Promise<void> {
  const hidden = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "nothing focused";
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), window.innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    return top && (top === el || el.contains(top) || top.contains(el) || (el as HTMLInputElement).labels?.[0]?.contains(top)) ? null : `${el.outerHTML.slice(0, 80)} is covered by ${top?.outerHTML.slice(0, 80)}`;
  });
  expect(hidden).toBeNull();
}

test("the activity editor can be completed with the keyboard alone: fill the required fields, add a purpose, save", async ({ page }) => {
  test.setTimeout(120_000);
  const editor = await createUser();
  const company = await createCompany([{ userId: editor.id, role: "EDITOR" }]);
  const j = new ActivityJourney(page, company.id, "en");
  await signIn(page, editor.email, editor.password);
  await page.goto(`/companies/${company.id}/activities/new`);
  await expect(page.getByRole("heading", { name: j.t("newTitle"), level: 1 })).toBeVisible();

  // From the top of the page: the skip link first, then the form.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  const name = page.getByLabel(j.t("field.name"), { exact: true });
  await tabTo(page, name);
  await page.keyboard.type("Keyboard enquiries");
  await expectFocusVisible(page);

  const role = page.getByLabel(j.t("field.role"), { exact: true });
  await tabTo(page, role);
  const before = await role.inputValue();
  await page.keyboard.press("ArrowDown");
  await expect(role).not.toHaveValue(before);
  // Back to the first choice with the arrow the other way.
  await page.keyboard.press("ArrowUp");
  await expect(role).toHaveValue(before);

  const status = page.getByLabel(j.t("field.status"), { exact: true });
  await tabTo(page, status);
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("ACTIVE");

  // Add a row: the purpose, with its description.
  const addPurpose = page.getByRole("button", { name: j.t("field.addPurpose") });
  await tabTo(page, addPurpose);
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  const purpose = page.getByRole("group", { name: j.t("purposeN", { n: 1 }) });
  await expect(purpose).toBeVisible();
  const description = purpose.getByLabel(`${j.t("field.purposeDescription")} (${j.inLanguage("en")})`, { exact: true });
  await tabTo(page, description, { back: true });
  await page.keyboard.type("Answer questions from customers");
  await expectFocusVisible(page);
  const descriptionNb = purpose.getByLabel(`${j.t("field.purposeDescription")} (${j.inLanguage("nb")})`, { exact: true });
  if ((await descriptionNb.count()) > 0) {
    await tabTo(page, descriptionNb);
    await page.keyboard.type("Svare på spørsmål fra kunder");
  }
  const basis = purpose.getByLabel(j.t("field.lawfulBasis"), { exact: true });
  await tabTo(page, basis);
  await page.keyboard.press("ArrowDown");
  await expect(basis).not.toHaveValue("");
  await page.screenshot({ path: "test-results/screenshots/keyboard-editor.png" });

  // Save with the keyboard: Tab to the Save button (it stays in view) and press Space.
  const save = page.getByRole("button", { name: j.t("save"), exact: true });
  await tabTo(page, save);
  await expectFocusVisible(page);
  await page.keyboard.press("Space");
  await page.waitForURL(/\/activities\/(?!new)[^/?]+\?created=1$/);
  await expect(page.getByLabel(j.t("field.name"), { exact: true })).toHaveValue("Keyboard enquiries");
  await expect(page.getByRole("group", { name: j.t("purposeN", { n: 1 }) }).getByLabel(j.t("field.lawfulBasis"), { exact: true })).not.toHaveValue("");
});
