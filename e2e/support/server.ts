/**
 * The app under test: a fresh database (migrated with the real migrations,
 * reference data loaded) and the production build served by `next start`.
 * The database is dropped when Playwright stops the server.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@/test/server/test-database";
import { seedOnStart } from "@/lib/server/runtime/prepare-database";
import { OFFLINE_ENV } from "@/lib/server/runtime/run";
import { DATABASE_URL_FILE, E2E_AUTH_SECRET } from "./database-url";

async function main() {
  const name = process.env.PROTOKOLL_E2E_DB;
  if (!name) throw new Error("PROTOKOLL_E2E_DB is not set");
  const database = await createTestDatabase("e2e", name);
  await seedOnStart(database.url, { demo: false });
  fs.mkdirSync(path.dirname(DATABASE_URL_FILE), { recursive: true });
  fs.writeFileSync(DATABASE_URL_FILE, database.url);
  const root = path.resolve(import.meta.dirname, "../..");
  const next = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...OFFLINE_ENV, NODE_ENV: "production", DATABASE_URL: database.url, AUTH_SECRET: E2E_AUTH_SECRET },
    stdio: "inherit",
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
    await database.drop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  next.on("exit", () => void stop());
}

void main();
