import "server-only";
import { db } from "./db";

const TIMEOUT_MS = 3_000;

export type DatabaseHealth = { status: "up"; latencyMs: number } | { status: "down"; error: string };

/** Runs `SELECT 1` with a time limit, so a hung database reads as down rather than hanging the check. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "down", error: error instanceof Error ? error.message.split("\n")[0] ?? "unknown" : "unknown" };
  } finally {
    clearTimeout(timer);
  }
}
