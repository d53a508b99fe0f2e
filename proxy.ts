import { NextResponse, type NextRequest } from "next/server";
import { isPublicNoticePath } from "@/lib/notice/public-paths";

/**
 * Sets a nonce-based Content-Security-Policy on every page. Not a security
 * boundary for data: every route and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  // The public notice routes (/{slug}, /{slug}/nb, …) set their own, stricter CSP without a
  // nonce (they have no scripts at all), and the embed view must stay frameable: leave them be.
  if (isPublicNoticePath(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const isDev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; no inline script runs without the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

/**
 * The app's own paths, not a catch-all: the public notice pages (/{slug}, /{slug}/nb, …) are
 * company slugs at the top level and never need the proxy (a tenth of their time under load,
 * issue 12). Listed: the home page, the app's top-level routes (a slug cannot be one of them,
 * lib/register/slug.ts), and any deeper path that is not a notice page, Next's assets, the
 * notice's typeface or a company's logo, so that Next's 404 page there still gets its CSP. Prefetches need no fresh nonce. (Next reads this statically: literals only.)
 */
export const config = {
  matcher: [
    { source: "/", missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:app(api|companies|account|sign-in|reset-password|setup|invite)/:path*", missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:first((?!(?:_next|fonts|logos)/)[^/]+)/:rest((?!nb(?:/|$)|embed$|versions(?:/|$)|diff$|notice\\.(?:md|txt|json)$).+)", missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
  ],
};
