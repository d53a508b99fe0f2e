// Integration test of the offline schema engine shim (prisma/engine/schema-engine.mjs):
// the real Prisma CLI, pointed at the shim, against a throw-away database.
// See docs/decisions/001-offline-schema-engine.md.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "../..");
const shim = path.join(repo, "prisma/engine/schema-engine.mjs");
const prismaCli = path.join(repo, "node_modules/prisma/build/index.js");

/** A server we may create scratch databases on: the local PostgreSQL, else DATABASE_URL's. */
async function findServer(): Promise<string | undefined> {
  const candidates = ["postgresql://postgres@127.0.0.1:5432/postgres", process.env.DATABASE_URL].filter(
    (u): u is string => !!u,
  );
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return url;
    } catch {
      // try the next one
    } finally {
      await client.end().catch(() => {});
    }
  }
  return undefined;
}

const server = await findServer();
if (!server) console.warn("schema-engine.test: skipped, no PostgreSQL at 127.0.0.1:5432 and DATABASE_URL unset/unreachable");

const scratchName = `engine_scratch_${randomBytes(6).toString("hex")}`;
function urlFor(database: string) {
  const u = new URL(server!);
  u.pathname = `/${database}`;
  return u.toString();
}
async function sql<T extends pg.QueryResultRow>(database: string, text: string) {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const SCHEMA_V1 = `
datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  note  String @default("a;b") // a semicolon inside a literal must survive the script runner
}
`;
const SCHEMA_V2 = SCHEMA_V1.replace("model User {", "model User {\n  posts Post[]") + `
model Post {
  id     Int    @id @default(autoincrement())
  userId Int
  user   User   @relation(fields: [userId], references: [id])
}
`;

// Everything that could make the CLI reach for the network is off; a proxy that
// goes nowhere turns any attempt that slipped through into a failure.
const cliEnv = (dir: string): NodeJS.ProcessEnv => ({
  NODE_ENV: "test",
  PATH: process.env.PATH,
  HOME: dir,
  DATABASE_URL: urlFor(scratchName),
  PRISMA_SCHEMA_ENGINE_BINARY: shim,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_DISABLE_WARNINGS: "1",
  PRISMA_GENERATE_SKIP_AUTOINSTALL: "1",
  PRISMA_SKIP_POSTINSTALL_GENERATE: "1",
  HTTP_PROXY: "http://127.0.0.1:9",
  HTTPS_PROXY: "http://127.0.0.1:9",
  NO_COLOR: "1",
  CI: "1",
});

describe.skipIf(!server)("offline schema engine shim (real prisma CLI)", () => {
  let dir = "";

  async function prisma(...args: string[]) {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [prismaCli, ...args, "--config", path.join(dir, "prisma.config.ts")],
        { cwd: dir, env: cliEnv(dir), timeout: 120_000 },
      );
      return { code: 0, out: stdout + stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: err.code ?? 1, out: `${err.stdout ?? ""}${err.stderr ?? ""}` };
    }
  }
  const migrationDirs = async () => (await readdir(path.join(dir, "migrations"))).filter((d) => d !== "migration_lock.toml").sort();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "engine-shim-"));
    // The config imports "prisma/config"; let it resolve from the repo's node_modules.
    await symlink(path.join(repo, "node_modules"), path.join(dir, "node_modules"), "dir");
    await writeFile(path.join(dir, "schema.prisma"), SCHEMA_V1);
    await writeFile(
      path.join(dir, "prisma.config.ts"),
      `import { defineConfig } from "prisma/config";
export default defineConfig({ schema: "schema.prisma", migrations: { path: "migrations" }, datasource: { url: process.env.DATABASE_URL } });
`,
    );
  });

  afterAll(async () => {
    if (server) await sql("postgres", `DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`).catch(() => {});
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("migrate dev creates the database and a first migration", { timeout: 120_000 }, async () => {
    const { code, out } = await prisma("migrate", "dev", "--name", "init");
    expect(out).toContain("Your database is now in sync with your schema");
    expect(code).toBe(0);
    const dirs = await migrationDirs();
    expect(dirs).toHaveLength(1);
    const script = await readFile(path.join(dir, "migrations", dirs[0]!, "migration.sql"), "utf8");
    expect(script).toContain('CREATE TABLE "User"');
    expect(script).toContain("'a;b'");
  });

  it("a schema change and a second migrate dev create a second migration (shadow database)", { timeout: 120_000 }, async () => {
    await sql(scratchName, `INSERT INTO "User" (email) VALUES ('x@example.com')`);
    await writeFile(path.join(dir, "schema.prisma"), SCHEMA_V2);
    const { code, out } = await prisma("migrate", "dev", "--name", "posts");
    expect(out).toContain("Your database is now in sync with your schema");
    expect(code).toBe(0);
    const dirs = await migrationDirs();
    expect(dirs).toHaveLength(2);
    expect(await readFile(path.join(dir, "migrations", dirs[1]!, "migration.sql"), "utf8")).toContain('CREATE TABLE "Post"');
    // Replaying migration 1 on the main database would have failed; the data is untouched.
    expect(await sql(scratchName, `SELECT email FROM "User"`)).toEqual([{ email: "x@example.com" }]);
  });

  it("migrate status says the database is up to date", { timeout: 60_000 }, async () => {
    const { code, out } = await prisma("migrate", "status");
    expect(out).toContain("Database schema is up to date!");
    expect(code).toBe(0);
  });

  it("migrate diff prints the SQL between two sources", { timeout: 60_000 }, async () => {
    const { code, out } = await prisma("migrate", "diff", "--from-empty", "--to-schema", path.join(dir, "schema.prisma"), "--script");
    expect(out).toContain('CREATE TABLE "Post"');
    expect(code).toBe(0);
  });

  it("migrate reset --force empties the database and re-applies the migrations", { timeout: 120_000 }, async () => {
    const { code, out } = await prisma("migrate", "reset", "--force");
    expect(code, out).toBe(0);
    expect(await sql(scratchName, `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }]);
    expect(await sql(scratchName, `SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`)).toEqual([{ n: 2 }]);
  });
});

describe("schema engine shim protocol", () => {
  it("answers --version with one line", { timeout: 20_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [shim, "--version"]);
    expect(stdout).toMatch(/^schema-engine-cli [0-9a-f]{40} \(protokoll wasm shim\)\n$/);
  });

  it("answers an unknown JSON-RPC method with an error naming it, and exits when stdin closes", { timeout: 20_000 }, async () => {
    const child = spawn(process.execPath, [shim], { stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const firstLine = new Promise<string>((resolve) => createInterface({ input: child.stdout }).once("line", resolve));
    child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 7, method: "noSuchMethod", params: {} }) + "\n");
    const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms));
    const response = JSON.parse(await Promise.race([firstLine, timeout(5000)]));
    expect(response).toMatchObject({ jsonrpc: "2.0", id: 7, error: { code: -32601 } });
    expect(response.error.message).toContain("noSuchMethod");
    child.stdin.end();
    expect(await Promise.race([exited, timeout(5000)])).toBe(0);
  });
});
