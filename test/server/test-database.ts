import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { grantAppRole, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/server/runtime/embedded-database";
import { applyMigrations } from "@/lib/server/runtime/prepare-database";

/**
 * A database for one test run. `url` logs in as a role with row access only, like the app
 * in production, so every test proves what the app role can and cannot do; `ownerUrl` owns
 * the schema (migrations).
 */
export type TestDatabase = { url: string; ownerUrl: string; embedded: boolean; drop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Tests create and drop databases: never against anything but this machine. */
function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run tests against ${host}: DATABASE_URL must point at this machine (localhost) for tests.`);
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withLogin(server: string, role: string, password: string, database: string): string {
  const url = new URL(server);
  url.username = role;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates the database `name` owned by a fresh owner role, a fresh app role with row
 * access only, and migrates it with the real migrations, on a server where `superuserUrl`
 * may create roles and databases.
 */
async function createDatabaseWithRoles(superuserUrl: string, name: string): Promise<{ url: string; ownerUrl: string; drop: () => Promise<void> }> {
  const owner = `${name}_owner`;
  const app = `${name}_app`;
  const passwords = { owner: crypto.randomBytes(12).toString("hex"), app: crypto.randomBytes(12).toString("hex") };
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE "${owner}" LOGIN NOSUPERUSER CREATEDB PASSWORD '${passwords.owner}'`);
    await admin.query(`CREATE ROLE "${app}" LOGIN NOSUPERUSER NOCREATEDB PASSWORD '${passwords.app}'`);
    await admin.query(`CREATE DATABASE "${name}" OWNER "${owner}"`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withLogin(superuserUrl, owner, passwords.owner, name);
  await applyMigrations(ownerUrl);
  await grantAppRole(ownerUrl, app);
  return {
    url: withLogin(superuserUrl, app, passwords.app, name),
    ownerUrl,
    async drop() {
      const client = new pg.Client({ connectionString: superuserUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS "${app}"`);
        await client.query(`DROP ROLE IF EXISTS "${owner}"`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A throw-away embedded PostgreSQL in a temporary folder, on a random port: for tests
 * that need the default configuration itself, or a server of their own to stop.
 */
export async function startScratchEmbeddedDatabase(label: string): Promise<EmbeddedDatabase & { dataDir: string; remove: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `protokoll-${label}-`));
  // mkdtemp makes the folder private; the server's OS user must pass through it.
  fs.chmodSync(dataDir, 0o711);
  const port = 20000 + crypto.randomInt(20000);
  const embedded = await startEmbeddedDatabase({ dataDir, port });
  return {
    ...embedded,
    dataDir,
    async remove() {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database for one test run: on DATABASE_URL's server, else on 127.0.0.1:5432,
 * else on an embedded PostgreSQL of its own (said in one line).
 */
export async function createTestDatabase(label: string, name = `protokoll_test_${label}_${crypto.randomBytes(4).toString("hex")}`): Promise<TestDatabase> {
  const server = process.env.DATABASE_URL ?? DEFAULT_SERVER;
  assertLocal(server);
  if (await answers(server)) {
    return { ...(await createDatabaseWithRoles(server, name)), embedded: false };
  }
  console.log(`No PostgreSQL answers at ${new URL(server).host}: the ${label} tests run on an embedded PostgreSQL.`);
  const embedded = await startScratchEmbeddedDatabase(label);
  const database = await createDatabaseWithRoles(embedded.superuserUrl, name);
  return {
    ...database,
    embedded: true,
    async drop() {
      await database.drop();
      await embedded.remove();
    },
  };
}
