import "server-only";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../database-unavailable";
import { storedLogo } from "../company-branding";
import { clientHasCurrent } from "./public-responses";

// The URL names the bytes (their SHA-256): they never change, so anyone may keep them for a year.
const LOGO_CACHE = "public, max-age=31536000, immutable";

// An SVG opened on its own is a document: nothing in it may run or load, even though the
// upload check already refused anything that would (lib/company/branding.ts).
const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...extra } });

/** A logo by its content hash with an ETag (the hash) and a year's caching; 404 for any other name. */
export async function logoResponse(request: Request, sha256: string): Promise<Response> {
  let logo: Awaited<ReturnType<typeof storedLogo>>;
  try {
    logo = await storedLogo(sha256);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return plain(503, "Temporarily unavailable", { "Retry-After": String(RETRY_AFTER_SECONDS) });
  }
  if (!logo) return plain(404, "Not found");
  const etag = `"${sha256}"`;
  const headers = new Headers({
    "Content-Type": logo.contentType,
    "Cache-Control": LOGO_CACHE,
    ETag: etag,
    "Content-Security-Policy": LOGO_CSP,
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  if (clientHasCurrent(request.headers.get("if-none-match") ?? undefined, etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.bytes), { status: 200, headers });
}
