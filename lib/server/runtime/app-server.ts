import "server-only";
import http from "node:http";
import next from "next";
import { RETRY_AFTER_SECONDS } from "../database-unavailable";
import { publicFastPath, type PublicFastPath } from "../notice/public-fast-path";
import { requestHygiene } from "./request-hygiene";
import { withRequestOutcome, type RequestOutcome } from "./request-outcome";

/** Without a notification, a kept public page is trusted this long: the bound when one is lost. */
const PUBLIC_CACHE_TTL_MS = 5_000;

export type AppServer = { port: number; close: () => Promise<void> };

/**
 * Next.js in this process, behind a plain node:http server (docs/decisions/002). One
 * process holds the app's port: when it dies, however it dies, the port is free again —
 * `next start` as a child could be orphaned by a `kill -9` of its parent and keep the port.
 */
export async function startAppServer(options: { root: string; port: number; host: string }): Promise<AppServer> {
  const app = next({ dev: false, dir: options.root, hostname: options.host, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const publicPages = startPublicFastPath();
  const server = http.createServer((request, response) => {
    void (async () => {
      if (requestHygiene(request, response)) return;
      try {
        if (publicPages && (await publicPages.handle(request, response))) return;
      } catch (error) {
        console.error("[protokoll] the public page fast path failed; Next answers instead:", error);
        if (response.headersSent) return;
      }
      const outcome: RequestOutcome = { databaseUnavailable: false };
      answerOutageWith503(response, outcome);
      await withRequestOutcome(outcome, () => handle(request, response));
    })();
  });
  // Slow clients may not hold a connection open for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`port ${options.port} is taken by another program; set PORT to a free port`) : error),
    );
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : options.port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 5_000);
      await closed;
      clearTimeout(force);
      await publicPages?.close();
      await app.close();
    },
  };
}

/**
 * Public notice pages are answered before Next (docs/decisions/016-public-pages-before-next.md)
 * unless PROTOKOLL_PUBLIC_FAST_PATH=off, which leaves every request to Next (to compare the two,
 * or to rule the fast path out). PROTOKOLL_PUBLIC_CACHE_TTL_MS (5000) is how long a kept page is
 * served without asking the database when no notification says it changed.
 */
function startPublicFastPath(): PublicFastPath | undefined {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || process.env.PROTOKOLL_PUBLIC_FAST_PATH === "off") return undefined;
  const ttl = Number(process.env.PROTOKOLL_PUBLIC_CACHE_TTL_MS);
  return publicFastPath({ databaseUrl, ttlMs: Number.isFinite(ttl) && ttl >= 0 ? ttl : PUBLIC_CACHE_TTL_MS });
}

/**
 * A page that failed because the database is out of reach (request-outcome.ts) answers
 * 503 with Retry-After, not Next's 500: monitors and crawlers learn it is temporary. Node
 * sends every status line through writeHead, also when only statusCode was set.
 */
function answerOutageWith503(response: http.ServerResponse, outcome: RequestOutcome): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => http.ServerResponse;
  response.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (statusCode === 500 && outcome.databaseUnavailable) {
      response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      // A reason phrase given for 500 would be wrong for 503: Node supplies the right one.
      return writeHead(503, ...(typeof rest[0] === "string" ? rest.slice(1) : rest));
    }
    return writeHead(statusCode, ...rest);
  }) as typeof response.writeHead;
}

/**
 * Calls `stop` when this process's parent goes away. `npm start` is npm → sh → node: if
 * npm is killed (even with -9), node is re-parented and would serve on as an orphan
 * holding the ports.
 */
export function stopWhenOrphaned(stop: () => void): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1_000).unref();
}
