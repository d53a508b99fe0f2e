import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { APP_ROLE, startEmbeddedDatabase } from "./embedded-database";
import { DEMO_EMAIL, migrateWithRoles, seedOnStart } from "./prepare-database";

const base = fs.mkdtempSync(path.join(os.tmpdir(), "protokoll-embedded-test-"));
fs.chmodSync(base, 0o711);
const dataDir = path.join(base, "data");
const port = 30000 + Math.floor(Math.random() * 10000);

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("migrates as the owner, serves the app as a row-only role with a password, keeps its data across a restart, and refuses a second launcher", async () => {
    const first = await startEmbeddedDatabase({ dataDir, port });
    try {
      const { warning } = await migrateWithRoles(first.url, first.ownerUrl);
      expect(warning).toBeNull();
      expect((await seedOnStart(first.url, { demo: true }))?.email).toBe(DEMO_EMAIL);
      expect(await seedOnStart(first.url, { demo: true })).toBeNull();
      await expect(startEmbeddedDatabase({ dataDir, port: port + 1 })).rejects.toThrow(/already in use by process/);

      // Credentials: kept in the data folder for its owner only; a wrong password is refused.
      expect(fs.statSync(path.join(dataDir, "database-credentials.json")).mode & 0o777).toBe(0o600);
      const wrong = new URL(first.url);
      wrong.password = "guessed";
      await expect(query(wrong.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);
      const anyone = new URL(first.url);
      anyone.username = "postgres";
      await expect(query(anyone.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);

      // The app's role reads and writes rows and can do nothing else.
      const [standing] = await query<{ superuser: boolean; owned: number }>(
        first.url,
        `SELECT rolsuper AS superuser, (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owned FROM pg_roles WHERE rolname = current_user`,
      );
      expect(standing).toEqual({ superuser: false, owned: 0 });
      expect((await query<{ n: number }>(first.url, "SELECT count(*)::int AS n FROM users"))[0]?.n).toBe(1);
      await expect(query(first.url, "ALTER TABLE notice_versions DISABLE TRIGGER notice_versions_immutable")).rejects.toThrow(/must be owner/);
      await expect(query(first.url, "DROP TRIGGER notice_versions_immutable ON notice_versions")).rejects.toThrow(/must be owner/);
      await expect(query(first.url, "TRUNCATE notice_versions")).rejects.toThrow(/permission denied/);
      await expect(query(first.url, "CREATE TABLE intruder (id int)")).rejects.toThrow(/permission denied/);
      await expect(query(first.url, "SELECT * FROM _prisma_migrations")).rejects.toThrow(/permission denied/);
      expect(new URL(first.url).username).toBe(APP_ROLE);
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedDatabase({ dataDir, port });
    try {
      await migrateWithRoles(second.url, second.ownerUrl);
      expect((await query<{ email: string }>(second.url, "SELECT email FROM users")).map((u) => u.email)).toEqual([DEMO_EMAIL]);
      expect(Number((await query<{ n: string }>(second.url, "SELECT count(*) AS n FROM processing_activities"))[0]?.n)).toBeGreaterThan(3);
      // Loopback only.
      const [listen] = await query<{ setting: string }>(second.superuserUrl, "SELECT setting FROM pg_settings WHERE name = 'listen_addresses'");
      expect(listen?.setting).toBe("127.0.0.1");
      const [fsync] = await query<{ setting: string }>(second.superuserUrl, "SELECT setting FROM pg_settings WHERE name = 'fsync'");
      expect(fsync?.setting).toBe("on");
    } finally {
      await second.stop();
    }
    // initdb, two starts and the migrations: minutes on a busy machine.
  }, 300_000);

  it("answers a data folder left by the PGlite version with one sentence and deletes nothing", async () => {
    const legacy = path.join(base, "legacy");
    fs.mkdirSync(path.join(legacy, "pglite"), { recursive: true });
    fs.writeFileSync(path.join(legacy, "pglite", "PG_VERSION"), "17\n");
    await expect(startEmbeddedDatabase({ dataDir: legacy, port: port + 2 })).rejects.toThrow(
      /holds a register from an earlier Protokoll \(PGlite\), which this version cannot read: .*nothing has been deleted/,
    );
    expect(fs.readFileSync(path.join(legacy, "pglite", "PG_VERSION"), "utf8")).toBe("17\n");
  });

  it.runIf(process.getuid?.() === 0)("names the folder the postgres user cannot enter, and how to fix it", async () => {
    const closed = path.join(base, "closed");
    fs.mkdirSync(closed, { mode: 0o700 });
    await expect(startEmbeddedDatabase({ dataDir: path.join(closed, "data"), port: port + 3 })).rejects.toThrow(
      `PostgreSQL runs as the OS user postgres, which cannot enter ${closed} (mode 700): allow it with \`chmod o+x ${closed}\` or set PROTOKOLL_DATA_DIR to a folder outside it`,
    );
  });
});
