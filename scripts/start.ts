/**
 * `npm start`: brings Protokoll up with one command.
 *
 * Without DATABASE_URL it starts an embedded PostgreSQL (PGlite) in .data/,
 * keeps a generated AUTH_SECRET there, and seeds a demo company on first
 * start. With DATABASE_URL it uses that PostgreSQL and requires AUTH_SECRET.
 * Either way: check the environment, reach the database, apply migrations,
 * load reference data, build if the sources changed, and serve.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { EnvError, parseServerEnv } from "@/lib/env";
import { assertDatabaseReachable } from "@/lib/server/runtime/database-check";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/server/runtime/embedded-database";
import { buildIfChanged } from "@/lib/server/runtime/build";
import { applyMigrations, seedOnStart } from "@/lib/server/runtime/prepare-database";
import { OFFLINE_ENV } from "@/lib/server/runtime/run";
import { spawn } from "node:child_process";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, process.env.PROTOKOLL_DATA_DIR ?? ".data");

function fail(sentence: string): never {
  console.error(`Protokoll cannot start: ${sentence}`);
  process.exit(1);
}

/** A trial install needs no configuration: the session secret is generated once and kept with the data. */
function embeddedAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  Object.assign(process.env, OFFLINE_ENV);
  if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.PROTOKOLL_EMBEDDED_DB_PORT ?? 54329);
    try {
      embedded = await startEmbeddedDatabase({ dataDir, port });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    process.env.DATABASE_URL = embedded.url;
    process.env.AUTH_SECRET ??= embeddedAuthSecret();
    console.log(`Embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir) || "."}/pglite, on ${embedded.url}`);
  }

  let env;
  try {
    env = parseServerEnv();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }

  const stopDatabase = async () => {
    await embedded?.stop().catch(() => undefined);
  };

  try {
    await assertDatabaseReachable(env.DATABASE_URL);
    await applyMigrations(env.DATABASE_URL);
    const demo = await seedOnStart(env.DATABASE_URL, { demo: embedded !== undefined });
    if (demo) console.log(`Demo company "${demo.companyName}" created. Sign in as ${demo.email} with password ${demo.password}`);
    await buildIfChanged(root);
  } catch (error) {
    await stopDatabase();
    fail(error instanceof Error ? error.message : String(error));
  }

  const port = process.env.PORT ?? "3000";
  // A trial on the embedded database listens on this machine only.
  const host = process.env.HOSTNAME ?? (embedded ? "127.0.0.1" : "0.0.0.0");
  const next = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port, "-H", host], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  console.log(`Protokoll is starting on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);

  const shutdown = (signal: NodeJS.Signals) => {
    next.kill(signal);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  next.on("exit", (code) => {
    void stopDatabase().then(() => process.exit(code ?? 0));
  });
}

void main();
