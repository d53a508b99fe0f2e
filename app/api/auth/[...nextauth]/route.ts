import { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth";
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

export const GET = (request: NextRequest) => handlers.GET(onPublicOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(onPublicOrigin(request));
