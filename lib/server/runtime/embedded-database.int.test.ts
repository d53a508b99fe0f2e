import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "./embedded-database";
import { applyMigrations, DEMO_EMAIL, seedOnStart } from "./prepare-database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "protokoll-embedded-test-"));
const port = 30000 + Math.floor(Math.random() * 10000);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("the embedded database", () => {
  it("migrates, seeds the demo company once, and keeps the data across a restart", async () => {
    const first = await startEmbeddedDatabase({ dataDir, port });
    try {
      await applyMigrations(first.url);
      const demo = await seedOnStart(first.url, { demo: true });
      expect(demo?.email).toBe(DEMO_EMAIL);
      expect(await seedOnStart(first.url, { demo: true })).toBeNull();
      await expect(startEmbeddedDatabase({ dataDir, port: port + 1 })).rejects.toThrow(/already in use by process/);
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedDatabase({ dataDir, port });
    try {
      await applyMigrations(second.url);
      const users = await query<{ email: string }>(second.url, "SELECT email FROM users");
      expect(users.map((u) => u.email)).toEqual([DEMO_EMAIL]);
      const companies = await query<{ n: string }>(second.url, "SELECT count(*)::text AS n FROM companies");
      expect(companies[0]?.n).toBe("1");
      const activities = await query<{ n: string }>(second.url, "SELECT count(*)::text AS n FROM processing_activities");
      expect(Number(activities[0]?.n)).toBeGreaterThan(3);
    } finally {
      await second.stop();
    }
  });
});
