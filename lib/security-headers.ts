/**
 * Headers that do not depend on the request, sent on every answer: by Next (next.config.ts)
 * and by the public pages answered before Next (lib/server/notice/public-fast-path.ts), which
 * send them as Next does — over the route's own headers of the same name. The
 * Content-Security-Policy needs a fresh nonce per request and is set in proxy.ts.
 */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
