/**
 * `npm start`: brings Protokoll up with one command, in one process tree.
 *
 * Without DATABASE_URL it starts the embedded PostgreSQL in .data/ (docs/decisions/002),
 * keeps a generated AUTH_SECRET there, and seeds a demo company on first start. With
 * DATABASE_URL it uses that PostgreSQL and requires AUTH_SECRET. Either way: check the
 * environment, reach the database, apply migrations as the schema's owner, load reference
 * data, build if the sources changed, and serve — Next.js in this very process
 * (docs/decisions/002), so that no server outlives it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { EnvError, parseServerEnv } from "@/lib/env";
import { startAppServer, stopWhenOrphaned, type AppServer } from "@/lib/server/runtime/app-server";
import { buildIfChanged } from "@/lib/server/runtime/build";
import { assertDatabaseReachable } from "@/lib/server/runtime/database-check";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/server/runtime/embedded-database";
import { migrateWithRoles, seedOnStart } from "@/lib/server/runtime/prepare-database";
import { OFFLINE_ENV } from "@/lib/server/runtime/run";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, process.env.PROTOKOLL_DATA_DIR ?? ".data");

let embedded: EmbeddedDatabase | undefined;
let app: AppServer | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
  process.exit(code);
}

function fail(sentence: string): Promise<never> {
  console.error(`Protokoll cannot start: ${sentence}`);
  return shutdown(1);
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
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  stopWhenOrphaned(() => void shutdown(0));

  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.PROTOKOLL_EMBEDDED_DB_PORT ?? 54329);
    try {
      embedded = await startEmbeddedDatabase({ dataDir, port });
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    process.env.DATABASE_URL = embedded.url;
    process.env.MIGRATION_DATABASE_URL = embedded.ownerUrl;
    process.env.AUTH_SECRET ??= embeddedAuthSecret();
    console.log(`Embedded PostgreSQL in ${path.relative(root, dataDir) || "."}/postgres, on 127.0.0.1:${port}`);
  }

  let env;
  try {
    env = parseServerEnv();
  } catch (error) {
    if (error instanceof EnvError) return fail(error.message);
    throw error;
  }

  try {
    await assertDatabaseReachable(env.DATABASE_URL);
    const { warning } = await migrateWithRoles(env.DATABASE_URL, process.env.MIGRATION_DATABASE_URL || undefined);
    if (warning) console.warn(`Protokoll warning: ${warning}.`);
    // The app server never holds the owner's credentials.
    delete process.env.MIGRATION_DATABASE_URL;
    const demo = await seedOnStart(env.DATABASE_URL, { demo: embedded !== undefined });
    if (demo) console.log(`Demo company "${demo.companyName}" created. Sign in as ${demo.email} with password ${demo.password}`);
    await buildIfChanged(root);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }

  const port = Number(process.env.PORT ?? 3000);
  // A trial on the embedded database listens on this machine only.
  const host = process.env.HOSTNAME ?? (embedded ? "127.0.0.1" : "0.0.0.0");
  Object.assign(process.env, { NODE_ENV: "production" });
  try {
    app = await startAppServer({ root, port, host });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  console.log(`Protokoll is running on http://${host === "0.0.0.0" ? "localhost" : host}:${app.port}`);
}

void main();
