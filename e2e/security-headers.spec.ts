import { expect, test } from "./support/fixtures";

test("pages carry a nonce-based CSP and the other security headers, and run no script without the nonce", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("'unsafe-inline' 'nonce");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");

  // Every inline script Next emitted carries this response's nonce.
  const scripts = await page.locator("script:not([src])").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);

  // A fresh nonce per response.
  const again = await page.request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  // The interactive form works under the policy (hydration ran): client validation answers.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a cross-site POST to an API route is refused", async ({ request }) => {
  const response = await request.post("/api/setup", {
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    data: {},
  });
  expect(response.status()).toBe(403);
});
