import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

function createPrismaClient() {
  const adapter = new PrismaPg({
    connectionString: serverEnv().DATABASE_URL,
    // Up to this many statements at once per app server; further requests queue for a connection.
    max: 20,
    // A refused connection fails at once (the outage answer, 503); this bounds the wait for a
    // busy pool or a database that does not answer at all.
    connectionTimeoutMillis: 10_000,
  });
  return new PrismaClient({
    adapter,
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
    // Under load a transaction waits its turn for a connection rather than failing after Prisma's 2 s.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
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
