import { inject } from "vitest";

// lib/server/db.ts reads the environment: point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests";
