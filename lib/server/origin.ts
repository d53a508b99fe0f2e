import "server-only";

/**
 * Whether X-Forwarded-Host and X-Forwarded-Proto from a reverse proxy are believed:
 * only when the operator says a proxy sets them (PROTOKOLL_TRUST_PROXY=1). Otherwise the
 * app server drops them on arrival (lib/server/runtime/app-server.ts), so a client cannot
 * choose the host that sign-in links and the same-origin check are built on.
 */
export function trustsProxy(): boolean {
  return process.env.PROTOKOLL_TRUST_PROXY === "1" || process.env.PROTOKOLL_TRUST_PROXY === "true";
}

/**
 * The origin (scheme, host, port) the app is reached at: AUTH_URL's when set; else the
 * request's, as received or as a trusted proxy forwarded it — never the address the server
 * is bound to.
 */
export function appOrigin(headers: Headers): string | null {
  const configured = process.env.AUTH_URL;
  if (configured && URL.canParse(configured)) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  const origin = `${proto}://${host}`;
  return URL.canParse(origin) ? new URL(origin).origin : null;
}

/** Whether the app is served to its users over https (then browsers get HSTS). */
export function servedOverHttps(headers: Headers): boolean {
  return appOrigin(headers)?.startsWith("https://") ?? false;
}
