import crypto from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2ePort, e2eResultsFile } from "./e2e/support/results-file";

// One database per run: named here once; the workers inherit the variable.
process.env.PROTOKOLL_E2E_DB ??= `protokoll_e2e_${crypto.randomBytes(4).toString("hex")}`;
const port = e2ePort();
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => fs.existsSync(candidate));

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Per port, so that two runs on one machine do not clean each other's output.
  outputDir: `test-results/e2e-${port}`,
  reporter: [["list"], ["json", { outputFile: e2eResultsFile(".", port) }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    locale: "en-GB",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not reachable here.
      ...(chromium ? { executablePath: chromium } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Setup on an empty database must run before any other test creates a user.
    { name: "first-run", testMatch: "first-run.spec.ts" },
    { name: "chromium", testIgnore: "first-run.spec.ts", dependencies: ["first-run"] },
  ],
  webServer: {
    command: "node_modules/.bin/tsx --conditions=react-server e2e/support/server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port), PROTOKOLL_E2E_DB: process.env.PROTOKOLL_E2E_DB },
  },
});
