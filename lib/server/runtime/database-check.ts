import "server-only";
import pg from "pg";
import { describeDatabaseUrl } from "@/lib/env";
import { propertyOf } from "@/lib/validation/unknown";

/**
 * Connects once before anything else, so an unreachable or misnamed database
 * stops start-up with one sentence instead of a failing first request.
 */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const code = propertyOf(error, "code");
    const reason = error instanceof Error ? (typeof code === "string" ? code : error.message) : String(error);
    throw new Error(`the database named by DATABASE_URL (${describeDatabaseUrl(url)}) does not answer: ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
