import path from "node:path";

/** One suite's outcome; `skipped` names each test that did not run. */
export type Tally = { passed: number; failed: number; skipped: string[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const count = (value: unknown): number => (typeof value === "number" ? value : 0);

/** Counts from vitest's JSON reporter (`--reporter=json`); skipped, pending and todo tests are "skipped". */
export function vitestTally(report: unknown, root: string): Tally {
  if (!isObject(report)) return { passed: 0, failed: 0, skipped: [] };
  const skipped = list(report.testResults).flatMap((file) => {
    if (!isObject(file)) return [];
    return list(file.assertionResults)
      .filter((test) => isObject(test) && (test.status === "skipped" || test.status === "pending" || test.status === "todo"))
      .map((test) => `${path.relative(root, text(file.name))} › ${isObject(test) ? text(test.fullName) : ""}`);
  });
  return { passed: count(report.numPassedTests), failed: count(report.numFailedTests), skipped };
}

/** Counts from Playwright's JSON reporter, by each test's last attempt. */
export function playwrightTally(report: unknown): Tally {
  const tally: Tally = { passed: 0, failed: 0, skipped: [] };
  const walk = (suites: unknown[]) => {
    for (const suite of suites.filter(isObject)) {
      for (const spec of list(suite.specs).filter(isObject)) {
        for (const test of list(spec.tests).filter(isObject)) {
          const last = list(test.results).filter(isObject).at(-1)?.status;
          if (last === "passed") tally.passed++;
          else if (last === "skipped" || last === undefined) tally.skipped.push(`${text(suite.file)} › ${text(spec.title)}`);
          else tally.failed++;
        }
      }
      walk(list(suite.suites));
    }
  };
  walk(isObject(report) ? list(report.suites) : []);
  return tally;
}

/** In CI a skipped test counts as failed: it proves nothing, and the tests that skip themselves do so when what they test is missing. */
export function withCiPolicy(tally: Tally, ci: boolean): Tally {
  return ci ? { ...tally, failed: tally.failed + tally.skipped.length } : tally;
}
