import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { OFFLINE_ENV, run } from "./run";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "package-lock.json", "next.config.ts", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);

function* files(entry: string): Generator<string> {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (SKIP.has(name)) continue;
    yield* files(path.join(entry, name));
  }
}

/** Size and modification time of every source file: a cheap "did anything change since the last build". */
function sourceFingerprint(root: string): string {
  const hash = crypto.createHash("sha256");
  for (const source of SOURCES) {
    for (const file of files(path.join(root, source))) {
      const stat = fs.statSync(file);
      hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

function newestSource(root: string): number {
  let newest = 0;
  for (const source of SOURCES) for (const file of files(path.join(root, source))) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  return newest;
}

/** Runs `next build` when there is no build yet or the sources changed since it was made. */
export async function buildIfChanged(root: string): Promise<void> {
  const distDir = path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
  const marker = path.join(distDir, "protokoll-source-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const buildId = fs.statSync(path.join(distDir, "BUILD_ID"), { throwIfNoEntry: false });
  if (buildId && !fs.existsSync(marker) && newestSource(root) < buildId.mtimeMs) {
    // Built by `next build` itself (the test runner does that): current if no source is newer.
    fs.writeFileSync(marker, fingerprint);
    return;
  }
  const built = buildId && fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === fingerprint;
  if (built) return;
  console.log("Building the app (first start or changed sources; this takes a few minutes)…");
  await run(path.join(root, "node_modules/.bin/next"), ["build"], { env: { ...OFFLINE_ENV, NODE_ENV: "production" } });
  fs.writeFileSync(marker, fingerprint);
}
