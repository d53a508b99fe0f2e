import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playwrightTally, vitestTally, withCiPolicy } from "./test-report";

const root = path.resolve(import.meta.dirname, "..");
let dir = "";

/** Runs the real vitest on one test file in a scratch project; returns its exit code and JSON report. */
async function runVitest(source: string, env: Record<string, string>): Promise<{ code: number; report: unknown }> {
  fs.writeFileSync(path.join(dir, "sample.test.ts"), source);
  const out = path.join(dir, "report.json");
  fs.rmSync(out, { force: true });
  const { CI: _ci, ...inherited } = process.env;
  const code = await promisify(execFile)(path.join(root, "node_modules/.bin/vitest"), ["run", "--reporter=json", `--outputFile=${out}`], {
    cwd: dir,
    env: { ...inherited, ...env },
  }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? 1,
  );
  return { code, report: fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, "utf8")) as unknown) : null };
}

describe("the test runner's counts", () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "protokoll-runner-"));
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
    fs.writeFileSync(path.join(dir, "vitest.config.mjs"), "export default {};\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("name a test that skipped itself, and count it as failed only in CI", { timeout: 60_000 }, async () => {
    const { report } = await runVitest(
      'import { describe, it, expect } from "vitest";\ndescribe.skipIf(true)("needs PostgreSQL", () => { it("migrates", () => {}); });\nit("runs", () => expect(1).toBe(1));\n',
      {},
    );
    const tally = vitestTally(report, dir);
    expect(tally).toEqual({ passed: 1, failed: 0, skipped: ["sample.test.ts › needs PostgreSQL migrates"] });
    expect(withCiPolicy(tally, false).failed).toBe(0);
    expect(withCiPolicy(tally, true).failed).toBe(1);
  });

  it("refuse .only when CI is set, and allow it on a laptop", { timeout: 60_000 }, async () => {
    const source = 'import { it } from "vitest";\nit.only("focused", () => {});\nit("other", () => {});\n';
    expect((await runVitest(source, { CI: "true" })).code).not.toBe(0);
    expect((await runVitest(source, {})).code).toBe(0);
  });

  it("read Playwright's report by each test's last attempt", () => {
    const report = {
      suites: [
        {
          file: "export.spec.ts",
          specs: [
            { title: "downloads", tests: [{ results: [{ status: "failed" }, { status: "passed" }] }] },
            { title: "imports", tests: [{ results: [{ status: "skipped" }] }] },
            { title: "refuses", tests: [{ results: [{ status: "timedOut" }] }] },
          ],
          suites: [{ file: "export.spec.ts", specs: [{ title: "nested", tests: [{ results: [] }] }] }],
        },
      ],
    };
    expect(playwrightTally(report)).toEqual({ passed: 1, failed: 1, skipped: ["export.spec.ts › imports", "export.spec.ts › nested"] });
    expect(playwrightTally(null)).toEqual({ passed: 0, failed: 0, skipped: [] });
  });
});
