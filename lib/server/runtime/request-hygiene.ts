import "server-only";
import type http from "node:http";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { UNSTORABLE_MESSAGE, unstorableText } from "@/lib/validation/storable";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "../client-address";
import { servedOverHttps, trustsProxy } from "../origin";

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded"];

/** The reader's language from the locale cookie or Accept-Language, for answers given before Next. */
function requestLocaleOf(request: http.IncomingMessage): Locale {
  const cookie = (request.headers.cookie ?? "")
    .split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(request.headers["accept-language"]);
}

function message(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  const [namespace = "", name = ""] = key.split(".");
  const text = loadMessages(locale)[namespace]?.[name];
  return (typeof text === "string" ? text : key).replace(/\{(\w+)\}/g, (_, v: string) => String(values[v] ?? ""));
}

/** The path's segments and the query's names and values, decoded; null when the URL cannot be decoded (Next answers that). */
function decodedUrlParts(url: string): string[] | null {
  try {
    const parsed = new URL(url, "http://localhost");
    const parts = parsed.pathname.split("/").map((segment) => decodeURIComponent(segment));
    for (const [name, value] of parsed.searchParams) parts.push(name, value);
    return parts;
  } catch {
    return null;
  }
}

/**
 * What every request goes through before anything else reads it:
 * - forwarded headers are dropped unless a trusted proxy sets them (PROTOKOLL_TRUST_PROXY),
 *   so neither next-auth's URLs nor the same-origin check follow a client-chosen host;
 * - the client's address, for sign-in throttling, in a header only this server sets;
 * - HSTS when the app is served over https;
 * - a path or query that PostgreSQL could not store (a NUL, a lone surrogate) is a 400 with
 *   a sentence in the reader's language — for pages, API routes and public notices alike.
 * Returns true when it answered the request itself.
 */
export function requestHygiene(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const trusted = trustsProxy();
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trusted);
  if (!trusted) {
    for (const name of FORWARDED) delete request.headers[name];
    // Said explicitly, so that next-auth (which trusts these) builds its URLs on the Host the
    // client used, not on the name Next gives the bound address ("localhost", "0.0.0.0").
    if (request.headers.host) request.headers["x-forwarded-host"] = request.headers.host;
    request.headers["x-forwarded-proto"] = "http";
  }
  const headers = new Headers();
  if (request.headers.host) headers.set("host", request.headers.host);
  for (const name of ["x-forwarded-host", "x-forwarded-proto"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  if (servedOverHttps(headers)) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");

  const parts = decodedUrlParts(request.url ?? "/");
  const problem = parts?.map(unstorableText).find((p) => p !== null);
  if (!problem) return false;
  const locale = requestLocaleOf(request);
  const text = message(locale, UNSTORABLE_MESSAGE[problem].key, UNSTORABLE_MESSAGE[problem].values);
  const isApi = (request.url ?? "").startsWith("/api/");
  response.statusCode = 400;
  response.setHeader("Cache-Control", "no-store");
  if (isApi) {
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.end(JSON.stringify({ error: { code: "BAD_REQUEST", message: text } }));
  } else {
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.setHeader("Content-Language", locale);
    response.end(`${text}\n`);
  }
  return true;
}
