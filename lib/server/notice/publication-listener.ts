import "server-only";
import pg from "pg";

/** The channel the migration's trigger notifies on (prisma/migrations/…_public_notice_notify). */
const CHANNEL = "protokoll_public_notice";
const RECONNECT_MS = 1_000;

export type PublicationListener = {
  /**
   * Changes whenever a public URL may name something new: a notification arrived, or the
   * listening connection was opened or lost (notifications may have been missed meanwhile).
   */
  generation: () => number;
  close: () => Promise<void>;
};

/**
 * One connection per app server that LISTENs for publications, slug changes and deleted
 * companies, committed by any app server (docs/decisions/016-public-pages-before-next.md).
 * A lost connection is opened again every second for as long as the database is out of reach.
 */
export function listenForPublications(connectionString: string): PublicationListener {
  let generation = 0;
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let reported = false;

  const lost = (error?: Error) => {
    generation++;
    const previous = client;
    client = undefined;
    previous?.removeAllListeners();
    previous?.on("error", () => undefined);
    void previous?.end().catch(() => undefined);
    if (closed) return;
    if (error && !reported) {
      reported = true;
      console.warn(`[protokoll] public notice listener lost its database connection (${error.message}); retrying every ${RECONNECT_MS / 1000} s`);
    }
    retry = setTimeout(connect, RECONNECT_MS);
    retry.unref();
  };

  const connect = () => {
    const candidate = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
    client = candidate;
    candidate.on("notification", () => generation++);
    candidate.on("error", (error) => client === candidate && lost(error));
    candidate.on("end", () => client === candidate && lost());
    candidate
      .connect()
      .then(() => candidate.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        // Whatever was kept before this point may have missed a notification.
        if (client === candidate) generation++;
        reported = false;
      })
      .catch((error: unknown) => client === candidate && lost(error instanceof Error ? error : new Error(String(error))));
  };

  connect();
  return {
    generation: () => generation,
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}
