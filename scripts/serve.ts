/**
 * One more app server on an existing, migrated database — what a load balancer would
 * have several of. No migrations, no seed, no build: `npm start` (or a deploy job) did
 * those. Reads DATABASE_URL, AUTH_SECRET, PORT (0 picks a free one) and HOSTNAME, and
 * prints "Protokoll is listening on <port>" when it serves. Used by tests and the bench.
 */
import path from "node:path";
import { startAppServer, stopWhenOrphaned } from "@/lib/server/runtime/app-server";
import { OFFLINE_ENV } from "@/lib/server/runtime/run";

async function main(): Promise<void> {
  Object.assign(process.env, OFFLINE_ENV, { NODE_ENV: "production" });
  const root = path.resolve(import.meta.dirname, "..");
  const app = await startAppServer({ root, port: Number(process.env.PORT ?? 0), host: process.env.HOSTNAME ?? "127.0.0.1" });
  console.log(`Protokoll is listening on ${app.port}`);
  const stop = () => void app.close().finally(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  stopWhenOrphaned(stop);
}

void main();
