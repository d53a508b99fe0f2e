import "server-only";
import type http from "node:http";
import zlib from "node:zlib";
import type { NoticeLanguage } from "@/lib/notice/document";
import { isPossibleSlug } from "@/lib/notice/public-paths";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { archiveResponse, clientHasCurrent, latestNoticeResponse, versionResponse } from "./public-responses";
import { listenForPublications, type PublicationListener } from "./publication-listener";

/**
 * The public notice pages answered by our HTTP server before Next (issue 12,
 * docs/decisions/016-public-pages-before-next.md). Next's per-request machinery for a route
 * handler costs over ten times the work of the answer itself; here a page that this process
 * has answered recently is written from memory.
 *
 * What is answered is exactly what the routes in app/(public) answer — the same functions
 * (public-responses.ts) produce it — and a kept answer is trusted only while nothing may have
 * changed it: no notification since it was asked (publication-listener.ts), and for at most
 * `ttlMs`, which bounds the staleness when a notification is lost (a listener partitioned from
 * the database notices it only when its connection fails). Past that, the database is asked
 * again, once per URL however many readers wait, and decides what is current (013); while it is
 * out of reach the answer is the body kept last (public-cache.ts, 013).
 */

type Route = { key: string; answer: (request: Request) => Promise<Response> };

const FORMATS = { "": "html", "/embed": "embed", "/notice.md": "markdown", "/notice.txt": "text", "/notice.json": "json" } as const;
// No trailing slash (Next redirects it) and no diff (it depends on the query; Next answers it).
const PATH = /^\/([a-z0-9-]{1,80})(\/nb)?(|\/embed|\/notice\.md|\/notice\.txt|\/notice\.json|\/versions|\/versions\/\d{1,6})$/;

/** The public route a path names, or null for everything Next answers. */
export function publicRouteOf(pathname: string): Route | null {
  const match = PATH.exec(pathname);
  if (!match) return null;
  const [, slug = "", nb, rest = ""] = match;
  if (!isPossibleSlug(slug)) return null;
  const language: NoticeLanguage = nb ? "nb" : "en";
  if (rest === "/versions") return { key: `${language} ${slug} archive`, answer: (request) => archiveResponse(request, slug, language) };
  if (rest.startsWith("/versions/")) {
    const number = rest.slice("/versions/".length);
    return { key: `${language} ${slug} version ${number}`, answer: (request) => versionResponse(request, slug, language, number) };
  }
  const format = FORMATS[rest as keyof typeof FORMATS];
  return { key: `${language} ${slug} ${format}`, answer: (request) => latestNoticeResponse(request, slug, language, format) };
}

type Answer = { status: number; headers: Record<string, string>; body: Buffer; gzipped?: Buffer; etag?: string };
type Kept = Answer & { etag: string; askedAt: number; generation: number };

/**
 * What Next adds to a route handler's answer, so that a reader, a CDN and the tests see the
 * same headers from either: next.config.ts's headers (over the route's own of the same name,
 * as Next does) and Next's Vary.
 */
const NEXT_HEADERS: Record<string, string> = {
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value])),
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
};

/** Next compresses answers from 1 kB on for clients that accept gzip; so does this. */
const COMPRESS_FROM_BYTES = 1024;

/** The kept answers' bodies together stay under this (bytes); the oldest go first. */
const MAX_BYTES = 32 * 1024 * 1024;

export type PublicFastPath = {
  handle: (request: http.IncomingMessage, response: http.ServerResponse) => Promise<boolean>;
  close: () => Promise<void>;
};

export function publicFastPath(options: { databaseUrl: string; ttlMs: number }): PublicFastPath {
  const listener: PublicationListener = listenForPublications(options.databaseUrl);
  const kept = new Map<string, Kept>();
  const asking = new Map<string, Promise<Answer>>();
  let bytes = 0;

  const drop = (key: string) => {
    const previous = kept.get(key);
    if (!previous) return;
    kept.delete(key);
    bytes -= previous.body.length;
  };

  const keep = (key: string, entry: Kept) => {
    drop(key);
    if (entry.body.length > MAX_BYTES) return;
    kept.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest, value] of kept) {
      if (bytes <= MAX_BYTES) break;
      kept.delete(oldest);
      bytes -= value.body.length;
    }
  };

  /** Asks the route's function for the full answer (no If-None-Match) and keeps a 200. */
  const ask = (route: Route, host: string): Promise<Answer> => {
    const pending = asking.get(route.key);
    if (pending) return pending;
    const generation = listener.generation();
    const askedAt = Date.now();
    const work = (async (): Promise<Answer> => {
      const response = await route.answer(new Request(`http://${host}/`));
      const body = Buffer.from(await response.arrayBuffer());
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      Object.assign(headers, NEXT_HEADERS);
      const etag = response.headers.get("etag") ?? undefined;
      const gzipped = body.length >= COMPRESS_FROM_BYTES ? zlib.gzipSync(body) : undefined;
      if (response.status === 200 && etag) keep(route.key, { status: 200, etag, headers, body, gzipped, askedAt, generation });
      else drop(route.key);
      return { status: response.status, headers, body, gzipped, etag };
    })().finally(() => asking.delete(route.key));
    asking.set(route.key, work);
    return work;
  };

  const fresh = (entry: Kept) => entry.generation === listener.generation() && Date.now() - entry.askedAt < options.ttlMs;

  return {
    async handle(request, response) {
      if (request.method !== "GET" && request.method !== "HEAD") return false;
      const url = request.url ?? "/";
      const query = url.indexOf("?");
      const route = publicRouteOf(query === -1 ? url : url.slice(0, query));
      if (!route) return false;
      const entry = kept.get(route.key);
      const answer = entry && fresh(entry) ? entry : await ask(route, request.headers.host ?? "localhost");
      write(request, response, answer);
      return true;
    },
    close: () => listener.close(),
  };
}

/** gzip named in Accept-Encoding, and not refused with q=0. */
function acceptsGzip(header: string | undefined): boolean {
  return /(?:^|,)\s*gzip\s*(?:,|$|;\s*q=(?!0(?:\.0*)?\s*(?:,|$)))/i.test(header ?? "");
}

function write(request: http.IncomingMessage, response: http.ServerResponse, answer: Answer): void {
  if (answer.status === 200 && answer.etag && clientHasCurrent(request.headers["if-none-match"], answer.etag)) {
    response.writeHead(304, answer.headers);
    response.end();
    return;
  }
  const body = answer.gzipped && acceptsGzip(request.headers["accept-encoding"]) ? answer.gzipped : answer.body;
  const encoding: Record<string, string> = body === answer.gzipped ? { "content-encoding": "gzip" } : {};
  response.writeHead(answer.status, { ...answer.headers, ...encoding, "content-length": String(body.length) });
  response.end(request.method === "HEAD" ? undefined : body);
}
