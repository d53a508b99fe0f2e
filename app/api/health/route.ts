import { RETRY_AFTER_SECONDS } from "@/lib/server/database-unavailable";
import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and monitoring: 200 when the database answers, 503 when it does not,
 * with the reason in `database.error` ("database unreachable: connection refused").
 */
export async function GET() {
  const database = await checkDatabase();
  const ok = database.status === "up";
  return Response.json(
    { status: ok ? "ok" : "degraded", database },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) } },
  );
}
