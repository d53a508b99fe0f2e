import "server-only";
import { DatabaseUnavailableError, databaseUnavailableReason } from "./database-unavailable";
import { db } from "./db";

const TIMEOUT_MS = 3_000;

export type DatabaseHealth = { status: "up"; latencyMs: number } | { status: "down"; error: string };

/** One line for an operator: "database unreachable: connection refused", or the error's own first line. */
function describe(error: unknown): string {
  const reason = databaseUnavailableReason(error);
  if (reason) return `database unreachable: ${reason}`;
  // Prisma's messages start with an empty line and the call site; the last line is the cause.
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.at(-1) ?? "unknown error";
}

/** Runs `SELECT 1` with a time limit, so a hung database reads as down rather than hanging the check. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new DatabaseUnavailableError(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "down", error: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}
