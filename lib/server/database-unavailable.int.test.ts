import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { databaseUnavailableReason, DatabaseUnavailableError, isDatabaseUnavailable } from "./database-unavailable";
import { toAppError } from "./errors";
import { checkDatabase } from "./health";

/** What Prisma really throws, not a hand-made imitation: the classification follows these shapes. */
async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

function client(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2, connectionTimeoutMillis: 5_000 }) });
}

// Nothing listens on port 1 of this machine: the connection is refused at once.
const refusedUrl = "postgresql://nobody:nothing@127.0.0.1:1/protokoll";
const clients: PrismaClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect().catch(() => undefined)));
});

describe("a database out of reach is told apart from every other failure", () => {
  it("a refused connection, for model queries, raw queries and transactions alike", async () => {
    const prisma = client(refusedUrl);
    clients.push(prisma);
    const errors = [
      await thrownBy(() => prisma.user.findFirst()),
      await thrownBy(() => prisma.$queryRaw`SELECT 1`),
      await thrownBy(() => prisma.$transaction(async (tx) => tx.user.count())),
      await thrownBy(() => prisma.$transaction([prisma.user.count()])),
    ];
    for (const error of errors) {
      expect(databaseUnavailableReason(error)).toBe("connection refused");
      expect(toAppError(error)?.code).toBe("UNAVAILABLE");
    }
  });

  it("a connection the server ends under a running query (57P01, as at shutdown)", async () => {
    const url = process.env.DATABASE_URL!;
    const prisma = client(url);
    clients.push(prisma);
    const running = thrownBy(() => prisma.$queryRaw`SELECT pg_sleep(5) AS protokoll_outage_probe`);
    // A role may end its own sessions: what PostgreSQL's fast shutdown does to every session.
    const killer = new pg.Client({ connectionString: url });
    await killer.connect();
    try {
      let ended = 0;
      while (ended === 0) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const result = await killer.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE '%protokoll_outage_probe%' AND query NOT LIKE '%pg_stat_activity%'",
        );
        ended = result.rowCount ?? 0;
      }
    } finally {
      await killer.end();
    }
    const error = await running;
    expect(databaseUnavailableReason(error)).toMatch(/shutting down|connection closed/);
    // The pool drops the dead connection: the next query works (recovery without a restart).
    expect(await prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("a constraint violation, a missing row or a bug is not an outage", async () => {
    const prisma = client(process.env.DATABASE_URL!);
    clients.push(prisma);
    const missing = await thrownBy(() => prisma.user.update({ where: { id: "no-such-user" }, data: { name: "x" } }));
    const badSql = await thrownBy(() => prisma.$queryRawUnsafe("SELECT * FROM no_such_table"));
    for (const error of [missing, badSql, new Error("Cannot read properties of undefined"), new AppError("CONFLICT"), null, "text"]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
    expect(toAppError(missing)?.code).toBe("NOT_FOUND");
  });

  it("our own error keeps its reason and carries the digest the error page looks for", () => {
    const error = new DatabaseUnavailableError("connection refused");
    expect(databaseUnavailableReason(error)).toBe("connection refused");
    expect(error.digest).toBe("PROTOKOLL_DATABASE_UNAVAILABLE");
    expect(databaseUnavailableReason(new Error("wrapped", { cause: error }))).toBe("connection refused");
  });
});

describe("/api/health's database check", () => {
  it("names the reason when the database is out of reach", async () => {
    // health.ts uses the process's client: give it one that cannot connect, then put it back.
    const holder = globalThis as unknown as { protokollPrisma?: unknown };
    const previous = holder.protokollPrisma;
    const prisma = client(refusedUrl);
    clients.push(prisma);
    holder.protokollPrisma = prisma;
    try {
      expect(await checkDatabase()).toEqual({ status: "down", error: "database unreachable: connection refused" });
    } finally {
      holder.protokollPrisma = previous;
    }
    expect(await checkDatabase()).toMatchObject({ status: "up" });
  });
});
