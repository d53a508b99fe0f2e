import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What a page's rendering learned that the HTTP server in front of Next needs to know:
 * Next answers every page error with 500, and a page cannot set its own status. The
 * server (app-server.ts) runs each request in a context of this store; a page that fails
 * because the database is out of reach marks it (lib/server/page-access.ts), and the
 * server sends 503 with Retry-After instead of 500 (docs/decisions/013).
 *
 * On globalThis, because Next's bundle of lib/server and the server's own import of it
 * are two module instances in one process.
 */
export type RequestOutcome = { databaseUnavailable: boolean };

const KEY = Symbol.for("protokoll.requestOutcome");
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestOutcome> | undefined>;
const store: AsyncLocalStorage<RequestOutcome> = (holder[KEY] ??= new AsyncLocalStorage<RequestOutcome>());

export function withRequestOutcome<T>(outcome: RequestOutcome, run: () => T): T {
  return store.run(outcome, run);
}

/** Called where a page gives up because the database is out of reach; a no-op outside our server (next dev). */
export function markDatabaseUnavailable(): void {
  const outcome = store.getStore();
  if (outcome) outcome.databaseUnavailable = true;
}
