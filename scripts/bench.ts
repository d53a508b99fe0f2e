/**
 * `npm run bench`: runs every benchmark in scripts/bench/ one after the other
 * (they measure; they assert nothing) and prints their figures.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, "scripts/bench");
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && (only.length === 0 || only.some((name) => file.startsWith(name))))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n══ ${file}`);
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", path.join(dir, file)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
