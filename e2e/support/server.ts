/**
 * The app under test: a fresh database (migrated with the real migrations as its owner
 * role, reference data loaded) and the production build served the way `npm start`
 * serves it — Next.js inside this process behind our own HTTP server — connected as the
 * app's row-only role. The database is dropped when Playwright stops the server.
 */
import fs from "node:fs";
import path from "node:path";
import { startAppServer } from "@/lib/server/runtime/app-server";
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
  Object.assign(process.env, OFFLINE_ENV, { NODE_ENV: "production", DATABASE_URL: database.url, AUTH_SECRET: E2E_AUTH_SECRET });
  const root = path.resolve(import.meta.dirname, "../..");
  const app = await startAppServer({ root, port: Number(process.env.E2E_PORT ?? 3100), host: "127.0.0.1" });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch(() => undefined);
    await database.drop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

void main();
