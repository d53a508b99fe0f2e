import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the seed functions need from a Prisma client: an interactive transaction.
 *
 * Declared as a method (not a function-typed property) on purpose: method parameters are
 * compared bivariantly, so a client built with global options such as
 * `omit: { user: { passwordHash: true } }` (whose transaction client type differs from the
 * default one) can be passed as well as a plain `new PrismaClient({ adapter })`.
 */
export interface SeedClient {
  $transaction<R>(
    fn: (tx: Prisma.TransactionClient) => Promise<R>,
    options?: { maxWait?: number; timeout?: number },
  ): Promise<R>;
}
