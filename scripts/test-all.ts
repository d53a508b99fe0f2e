/**
 * `npm test`: every suite, in order, against real parts: typecheck, lint, unused exports (knip),
 * import cycles (dpdm),
 * unit tests, integration tests on a real PostgreSQL, the production build,
 * and Playwright in Debian's Chromium. Ends with one line "N passed, N failed"
 * summed over all suites, and a non-zero exit on any failure.
 *
 * Skipped tests are counted and named per suite. With CI set (.ci/run sets it)
 * a skipped test counts as failed: a test that did not run proves nothing, and
 * the ones that skip themselves do so when what they test is missing (the
 * offline schema engine without PostgreSQL). `.only` is refused in CI too.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { e2ePort, e2eResultsFile } from "../e2e/support/results-file";
import { playwrightTally, vitestTally, withCiPolicy, type Tally } from "./test-report";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const results = path.join(root, "test-results");
const offline = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const ci = Boolean(process.env.CI);

const summary: { suite: string; tally: Tally }[] = [];

function exec(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...offline, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

function record(suite: string, counted: Tally): void {
  const tally = withCiPolicy(counted, ci);
  if (tally.skipped.length > 0) console.log(`\n${tally.skipped.length} skipped in ${suite}${ci ? "; in CI every test must run, so each counts as failed" : ""}:`);
  for (const name of tally.skipped) console.log(`  skipped: ${name}`);
  summary.push({ suite, tally });
  console.log(`\n── ${suite}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped.length} skipped\n`);
}

/** A step that is one check: it passes or fails as a whole. */
async function check(suite: string, command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<boolean> {
  console.log(`\n══ ${suite}`);
  const ok = (await exec(command, args, env)) === 0;
  record(suite, ok ? { passed: 1, failed: 0, skipped: [] } : { passed: 0, failed: 1, skipped: [] });
  return ok;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

async function vitest(project: "unit" | "integration"): Promise<void> {
  console.log(`\n══ ${project} tests (vitest)`);
  const out = path.join(results, `vitest-${project}.json`);
  fs.rmSync(out, { force: true });
  const args = ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out}`];
  const code = await exec(bin("vitest"), ci ? [...args, "--allowOnly=false"] : args);
  const tally = vitestTally(readJson(out), root);
  // A crash before any test ran (or a failing setup) still counts as a failure.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  record(`${project} tests`, tally);
}

async function playwright(buildOk: boolean): Promise<void> {
  console.log("\n══ end-to-end tests (Playwright, Chromium)");
  if (!buildOk) {
    record("end-to-end tests", { passed: 0, failed: 1, skipped: [] });
    return;
  }
  const out = e2eResultsFile(root, e2ePort());
  fs.rmSync(out, { force: true });
  const code = await exec(bin("playwright"), ["test"], {
    // Lets the tests seed through the server-only data layer.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim(),
  });
  const tally = playwrightTally(readJson(out));
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  record("end-to-end tests", tally);
}

/**
 * Debian's Chromium for Playwright (its own browser download is not reachable
 * from air-gapped machines) and poppler-utils, whose pdftotext/pdftoppm read
 * the exported PDFs back.
 */
const SYSTEM_PACKAGES = [
  { pkg: "chromium", binary: "/usr/bin/chromium" },
  { pkg: "poppler-utils", binary: "/usr/bin/pdftotext" },
];

async function ensureSystemPackages(): Promise<boolean> {
  const missing = SYSTEM_PACKAGES.filter(({ binary }) => !fs.existsSync(binary)).map(({ pkg }) => pkg);
  if (missing.length === 0) return true;
  if (process.getuid?.() !== 0) {
    console.error(`Missing system packages: run "apt-get install -y ${missing.join(" ")}" as root, then run the tests again.`);
    return false;
  }
  console.log(`Installing ${missing.join(", ")} from Debian's packages…`);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  return (await exec("apt-get", ["update", "-qq"], env)) === 0 && (await exec("apt-get", ["install", "-y", "-qq", ...missing], env)) === 0;
}

async function main(): Promise<void> {
  fs.mkdirSync(results, { recursive: true });
  // Installed first: the integration tests read PDFs back with pdftotext.
  const systemPackages = await ensureSystemPackages();
  if (!systemPackages) record("system packages", { passed: 0, failed: 1, skipped: [] });
  await check("prisma generate", bin("prisma"), ["generate"]);
  await check("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
  await check("lint", bin("eslint"), [".", "--max-warnings=0"]);
  // Exports nothing imports are dead code or a forgotten wiring; both fail here.
  await check("unused exports", bin("knip"), []);
  // An import cycle makes a module's exports undefined while the cycle loads; the arguments live
  // in package.json's "cycles" script, shared with `npm run check`.
  await check("import cycles", "npm", ["run", "--silent", "cycles"]);
  await vitest("unit");
  await vitest("integration");
  const buildOk = await check("production build", bin("next"), ["build"]);
  await playwright(buildOk);

  const total = summary.reduce(
    (acc, { tally }) => ({ passed: acc.passed + tally.passed, failed: acc.failed + tally.failed, skipped: acc.skipped + tally.skipped.length }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log("\nSummary");
  for (const { suite, tally } of summary) console.log(`  ${suite.padEnd(22)} ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped.length} skipped`);
  console.log(`${total.skipped} skipped${ci && total.skipped > 0 ? " (counted as failed: CI)" : ""}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed === 0 ? 0 : 1);
}

void main();
