import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's stock schema engine is a native binary the CLI downloads on first use; we run
// offline, so point the CLI at our WebAssembly-backed stand-in (docs/decisions/001-offline-schema-engine.md).
// `??=` lets anyone with network access use the stock engine by setting the variable themselves.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname ?? __dirname, "prisma/engine/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: {
    // Not `env("DATABASE_URL")`: that throws when the variable is unset, and `prisma generate`
    // must work without a database. Migrate commands report a missing URL themselves.
    url: process.env.DATABASE_URL,
    // Optional. Needed for `migrate dev` on servers that cannot host a throw-away database
    // (the embedded PGlite); elsewhere the engine shim creates and drops one itself.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
