import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's stock schema engine is a native binary the CLI downloads on first use; we run
// offline, so point the CLI at our WebAssembly-backed stand-in (docs/decisions/001-offline-schema-engine.md).
// `??=` lets anyone with network access use the stock engine by setting the variable themselves.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname ?? __dirname, "prisma/engine/schema-engine.mjs");

/**
 * Migrations run as the schema's owner: MIGRATION_DATABASE_URL when the app's DATABASE_URL is
 * a row-only role (README), else DATABASE_URL. With neither, the owner of the embedded
 * database that `npm start` runs (docs/decisions/002), so `npx prisma migrate dev` works
 * beside a running trial; its owner role may create the shadow database.
 */
function migrationUrl(): string | undefined {
  const configured = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) return configured;
  const dataDir = path.resolve(import.meta.dirname ?? __dirname, process.env.PROTOKOLL_DATA_DIR ?? ".data");
  const credentials = path.join(dataDir, "database-credentials.json");
  if (!fs.existsSync(credentials)) return undefined;
  const { owner } = JSON.parse(fs.readFileSync(credentials, "utf8")) as { owner: string };
  const port = process.env.PROTOKOLL_EMBEDDED_DB_PORT ?? "54329";
  return `postgresql://protokoll_owner:${encodeURIComponent(owner)}@127.0.0.1:${port}/protokoll?sslmode=disable`;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: {
    // Not `env("DATABASE_URL")`: that throws when the variable is unset, and `prisma generate`
    // must work without a database. Migrate commands report a missing URL themselves.
    url: migrationUrl(),
    // Optional: the engine shim creates and drops a throw-away shadow database itself; set
    // this only where the migration role may not create databases.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
