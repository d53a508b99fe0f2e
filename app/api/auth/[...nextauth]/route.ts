import { NextRequest } from "next/server";
import { auth, handlers } from "@/lib/server/auth";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/server/database-unavailable";
import { appOrigin } from "@/lib/server/origin";

/**
 * next-auth builds its redirects on the request's URL. Behind our server Next names the
 * bound address there ("localhost", "0.0.0.0"), so give it the origin the client used —
 * AUTH_URL's, or the Host header (lib/server/origin.ts).
 */
function onPublicOrigin(request: NextRequest): NextRequest {
  const origin = appOrigin(request.headers);
  if (!origin) return request;
  return new NextRequest(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin), request);
}

/**
 * next-auth's session endpoint reads the cookie alone; a cookie whose session has ended
 * (signed out, idle, past its end: lib/server/sessions.ts) must not be shown as signed in.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/session")) {
    const open = await auth().catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) return "unavailable" as const;
      throw error;
    });
    if (open === "unavailable") return Response.json(null, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } });
    if (!open) return Response.json(null);
  }
  return handlers.GET(onPublicOrigin(request));
}
export const POST = (request: NextRequest) => handlers.POST(onPublicOrigin(request));
