import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * One process owns a PGlite data folder at a time; a second launcher on the
 * same folder would corrupt it. The lock names the owner's pid so a lock left
 * by a crashed process can be taken over.
 */
const heldHere = new Set<string>();

function takeLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "protokoll.lock");
  if (heldHere.has(lockFile)) throw new Error(`the embedded database in ${dataDir} is already in use by process ${process.pid}; stop it first`);
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`the embedded database in ${dataDir} is already in use by process ${pid}; stop it first`);
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  heldHere.add(lockFile);
  return () => {
    heldHere.delete(lockFile);
    fs.rmSync(lockFile, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) on a data folder and
 * exposes it on loopback, so the app, the Prisma CLI and the migrations reach
 * it through the same `pg` driver path as a real PostgreSQL server.
 */
export async function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const pgDir = path.join(options.dataDir, "pglite");
  fs.mkdirSync(pgDir, { recursive: true });
  const releaseLock = takeLock(options.dataDir);
  const db = await PGlite.create({ dataDir: pgDir });
  // PGlite serves one session at a time; the socket server multiplexes
  // clients onto it, keeping a transaction's statements together.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port, maxConnections: 64 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    releaseLock();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new Error(`port ${options.port} for the embedded database is taken; set PROTOKOLL_EMBEDDED_DB_PORT to a free port`);
    }
    throw error;
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}
