/**
 * Writes test/fixtures/snapshots/format-<SNAPSHOT_FORMAT>.json after a snapshot
 * format change (lib/register/snapshot-upgrade.ts says when). Refuses to
 * overwrite: a stored fixture stands for what older versions of Protokoll
 * stored, and must stay as it was.
 */
import fs from "node:fs";
import path from "node:path";
import { SNAPSHOT_FORMAT } from "@/lib/register/snapshot";
import { snapshotFixture } from "@/test/register/snapshot-fixture";

const file = path.resolve(import.meta.dirname, `../test/fixtures/snapshots/format-${SNAPSHOT_FORMAT}.json`);
if (fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} exists already; a stored fixture is never rewritten.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(snapshotFixture(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), file)}.`);
