import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/server/runtime/embedded-database";
import { applyMigrations } from "@/lib/server/runtime/prepare-database";

export type TestDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Tests create and drop databases: never against anything but this machine. */
export function assertLocal(url: string): void {
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

/**
 * A fresh database for one test run, migrated with the real migrations
 * through the offline schema engine: on DATABASE_URL's server, else on
 * 127.0.0.1:5432, else on an embedded PGlite (said in one line).
 */
export async function createTestDatabase(label: string, name = `protokoll_test_${label}_${crypto.randomBytes(4).toString("hex")}`): Promise<TestDatabase> {
  const server = process.env.DATABASE_URL ?? DEFAULT_SERVER;
  assertLocal(server);
  if (await answers(server)) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    return {
      url: url.toString(),
      embedded: false,
      async drop() {
        const client = new pg.Client({ connectionString: server });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  console.log(`No PostgreSQL answers at ${new URL(server).host}: the ${label} tests run on an embedded PGlite database.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `protokoll-${label}-`));
  const port = 20000 + crypto.randomInt(20000);
  const embedded = await startEmbeddedDatabase({ dataDir, port });
  await applyMigrations(embedded.url);
  return {
    url: embedded.url,
    embedded: true,
    async drop() {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
