import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

function createPrismaClient() {
  const adapter = new PrismaPg({
    connectionString: serverEnv().DATABASE_URL,
    // Fail fast when the database is gone instead of hanging a request.
    connectionTimeoutMillis: 5_000,
  });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** The client or a transaction of it: what a function takes when it may run inside a caller's transaction. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForPrisma = globalThis as unknown as { protokollPrisma?: Db };

/**
 * The one Prisma client of this process, created on first use (so that
 * `next build` does not need a database), and kept on globalThis in
 * development so hot reloads do not open a new pool each time.
 */
export function db(): Db {
  if (globalForPrisma.protokollPrisma) return globalForPrisma.protokollPrisma;
  const client = createPrismaClient();
  globalForPrisma.protokollPrisma = client;
  return client;
}
