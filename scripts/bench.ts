/**
 * `npm run bench`: runs every benchmark in scripts/bench/ one after the other
 * (they measure; they assert nothing) and prints their figures.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { figuresTable, readFigures } from "./bench-figures";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, "scripts/bench");
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && (only.length === 0 || only.some((name) => file.startsWith(name))))
  .sort();

// Issue 12's figures, reported by the benches as they run, printed together at the end.
const figuresFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "protokoll-bench-")), "figures.jsonl");
let failed = 0;
for (const file of benches) {
  console.log(`\n══ ${file}`);
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", path.join(dir, file)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", BENCH_FIGURES_FILE: figuresFile },
  });
  if (result.status !== 0) failed++;
}
const figures = readFigures(figuresFile);
if (figures.length > 0) {
  console.log(`\n══ Issue 12: every figure beside its reference, from this run (load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs)\n`);
  console.log(figuresTable(figures));
}
fs.rmSync(path.dirname(figuresFile), { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
