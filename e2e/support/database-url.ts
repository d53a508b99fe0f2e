import fs from "node:fs";
import path from "node:path";

/** Where e2e/support/server.ts writes the URL of this run's database, for the test fixtures. */
export const DATABASE_URL_FILE = path.resolve(import.meta.dirname, `../../test-results/.e2e-database-url-${process.env.E2E_PORT ?? "3100"}`);

export function e2eDatabaseUrl(): string {
  return fs.readFileSync(DATABASE_URL_FILE, "utf8").trim();
}

export const E2E_AUTH_SECRET = "e2e-tests-secret-e2e-tests-secret-e2e";
