import path from "node:path";

/**
 * Where Playwright's JSON report of a run on `port` goes. Per port, so that two
 * runs on one machine do not overwrite each other's tallies; the default port
 * keeps the plain name.
 */
export function e2eResultsFile(root: string, port: number): string {
  return path.join(root, "test-results", port === 3100 ? "e2e-results.json" : `e2e-results-${port}.json`);
}

export function e2ePort(): number {
  return Number(process.env.E2E_PORT ?? 3100);
}
