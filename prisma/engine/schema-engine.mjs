#!/usr/bin/env node
// @ts-check
/**
 * Offline stand-in for Prisma's native `schema-engine` binary.
 *
 * The Prisma CLI downloads that binary on first use; this machine (and CI
 * without network) cannot. The same engine ships compiled to WebAssembly as
 * `@prisma/schema-engine-wasm`, so this script speaks the binary's command-line
 * and JSON-RPC protocol on top of it. prisma.config.ts points
 * PRISMA_SCHEMA_ENGINE_BINARY here. See docs/decisions/001-offline-schema-engine.md.
 *
 * Invocations (as the CLI makes them):
 *   schema-engine.mjs --version
 *   schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
 *   schema-engine.mjs [--datamodels <file>]… [--datasource '{…}']   (JSON-RPC 2.0, one message per line on stdio)
 */
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { createPgAdapterFactory, poolConfig, withDatabase } from "./pg-adapter.mjs";

/** @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource */
/** @typedef {{ jsonrpc: "2.0", id?: number | string | null, method?: string, params?: unknown }} RpcRequest */

// The wasm panic hook reports the panic message through this global (see schema_engine_bg.js).
const panic = { message: "", set_message(/** @type {string} */ m) { this.message = m; } };
/** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY = panic;

/**
 * The package's ESM entry imports the `.wasm` file as a module, which Node 20
 * cannot do, so instantiate it by hand (what that entry would do).
 */
async function loadWasm() {
  const wasmPath = fileURLToPath(new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg")));
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ datamodels: string[], datasource: Datasource, cli?: string, version: boolean }} */
  const args = { datamodels: [], datasource: {}, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") args.version = true;
    else if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "cli") args.cli = argv[++i];
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++; // not used by the wasm engine
  }
  return args;
}

// ---------------------------------------------------------------------------
// `cli` subcommands: one-shot, no wasm needed. The CLI reads failures from
// stderr as tracing JSON lines (it skips the first line) and looks for
// level=ERROR, target=schema_engine::logger, fields.error_code/message.

/** @param {string} url */
function describeUrl(url) {
  const u = new URL(url);
  return { db: decodeURIComponent(u.pathname.slice(1)) || "postgres", user: decodeURIComponent(u.username), at: `${u.hostname}:${u.port || 5432}` };
}

/** Translate a connection error into the P-code the native engine would report. @param {any} e @param {string} url */
function userFacing(e, url) {
  const { db, user, at } = describeUrl(url);
  if (e?.code === "3D000") return { error_code: "P1003", message: `Database \`${db}\` does not exist on the database server at \`${at}\`.` };
  if (e?.code === "28P01" || e?.code === "28000") return { error_code: "P1000", message: `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${at}\`.` };
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH"].includes(e?.code)) return { error_code: "P1001", message: `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.` };
  return { error_code: undefined, message: String(e?.message ?? e) };
}

/** @param {string} url @param {(c: pg.Client) => Promise<void>} fn */
async function withClient(url, fn) {
  const client = new pg.Client(poolConfig(url));
  client.on("error", () => {});
  await client.connect();
  try { await fn(client); } finally { await client.end().catch(() => {}); }
}

/** @param {string} cmd @param {Datasource} datasource @returns {Promise<number>} exit code */
async function runCliCommand(cmd, datasource) {
  const url = datasource.url;
  /** @param {string} level @param {Record<string, unknown>} fields */
  const log = (level, fields) => process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" }) + "\n");
  log("INFO", { message: `protokoll wasm shim: cli ${cmd}` }); // the CLI ignores the first stderr line
  if (!url) { log("ERROR", { message: "No datasource url given (--datasource)." }); return 1; }
  const { db } = describeUrl(url);
  const quoted = `"${db.replaceAll('"', '""')}"`;
  try {
    if (cmd === "can-connect-to-database") await withClient(url, (c) => c.query("SELECT 1").then(() => {}));
    else if (cmd === "create-database") await withClient(withDatabase(url, "postgres"), (c) => c.query(`CREATE DATABASE ${quoted}`).then(() => {}));
    else if (cmd === "drop-database") await withClient(withDatabase(url, "postgres"), (c) => c.query(`DROP DATABASE ${quoted}`).then(() => {}));
    else { log("ERROR", { message: `Unknown cli command: ${cmd}` }); return 1; }
    process.stdout.write(JSON.stringify(cmd === "create-database" ? { databaseName: db } : {}) + "\n");
    return 0;
  } catch (e) {
    log("ERROR", userFacing(e, url));
    return 1;
  }
}

// ---------------------------------------------------------------------------
// JSON-RPC server over stdio.

/** Methods the CLI may call; the names match the wasm SchemaEngine's methods. */
const METHODS = new Set([
  "applyMigrations", "createMigration", "dbExecute", "debugPanic", "devDiagnostic", "diagnoseMigrationHistory",
  "diff", "ensureConnectionValidity", "evaluateDataLoss", "introspect", "introspectSql", "markMigrationApplied",
  "markMigrationRolledBack", "reset", "schemaPush", "version",
]);

/**
 * Shape errors the way the native engine does, because the CLI reads
 * `error.data.error_code` / `data.message` / `data.is_panic` to print them.
 * @param {string} method @param {any} e @param {any} errorRegistry
 */
function toRpcError(method, e, errorRegistry) {
  // Errors thrown inside our adapter reach the engine as { kind: "GenericJs", id }; recover the original.
  const id = /External error id#(\d+)/.exec(String(e?.message ?? ""))?.[1];
  const original = id !== undefined ? errorRegistry?.consumeError?.(Number(id))?.error : undefined;
  if (e instanceof WebAssembly.RuntimeError) {
    const message = panic.message || String(e.message);
    return { code: 4466, message: `${method}: engine panicked: ${message}`, data: { is_panic: true, message, backtrace: e.stack, error: { message } } };
  }
  const message = String(original?.message ?? e?.message ?? e);
  if (typeof e?.code === "string" && /^P\d{4}$/.test(e.code)) {
    return { code: 4466, message: `${method}: ${e.code}`, data: { is_panic: false, message, meta: e.meta ?? null, error_code: e.code } };
  }
  return { code: 4466, message: `${method}: ${message}`, data: { is_panic: false, message, meta: null } };
}

/**
 * Stand-in adapter when no datasource URL is configured (e.g. `migrate diff` between two
 * schema files). The engine still probes the server version once at start-up; answer that
 * probe with a fixed PostgreSQL 15 and fail any real query with a clear message.
 * @returns {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory}
 */
function noDatasourceFactory() {
  const fail = () => Promise.reject(new Error("No datasource URL configured (set datasource.url in prisma.config.ts, e.g. via DATABASE_URL)."));
  const adapter = {
    provider: /** @type {const} */ ("postgres"), adapterName: "none",
    /** @param {import("@prisma/driver-adapter-utils").SqlQuery} q */
    queryRaw: (q) => q.sql.includes("current_setting('server_version_num')")
      ? Promise.resolve({ columnNames: ["exists", "version", "numeric_version"], columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32], rows: [[true, "PostgreSQL 15 (no datasource configured)", 150000]] })
      : fail(),
    executeRaw: fail, executeScript: fail, startTransaction: fail, dispose: async () => {},
  };
  return { provider: "postgres", adapterName: "none", connect: async () => adapter, connectToShadowDb: async () => adapter };
}

/** @param {ReturnType<typeof parseArgs>} args */
async function serve(args) {
  const datasource = args.datasource;
  const rawFactory = datasource.url ? createPgAdapterFactory({ url: datasource.url, shadowDatabaseUrl: datasource.shadowDatabaseUrl }) : undefined;
  // Without a datasource (e.g. `migrate diff` between two schema files) the engine still
  // "connects" at start-up but never queries; fail only if it actually does.
  const factory = bindMigrationAwareSqlAdapterFactory(rawFactory ?? noDatasourceFactory());

  /** @type {Promise<any> | undefined} */
  let enginePromise;
  // One engine for the whole session: it caches the schema computed from the migrations
  // folder (via the shadow database) between calls, and `evaluateDataLoss` relies on that.
  const engine = () => (enginePromise ??= (async () => {
    await loadWasm();
    const datamodels = await Promise.all(args.datamodels.map(async (p) => /** @type {[string, string]} */ ([p, await readFile(p, "utf8")])));
    // Engine logs are tracing JSON lines; the CLI collects them from stderr for its error messages.
    const log = (/** @type {string} */ line) => process.stderr.write(line.endsWith("\n") ? line : line + "\n");
    return bg.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, log, factory);
  })());

  /** @param {unknown} msg */
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");

  /** @param {RpcRequest} req */
  async function handle(req) {
    const { id = null, method = "" } = req;
    if (!METHODS.has(method)) {
      send({ jsonrpc: "2.0", id, error: { code: -32601, message: `Method not found: ${method}`, data: { is_panic: false, message: `The schema engine shim does not support the JSON-RPC method \`${method}\`.` } } });
      return;
    }
    try {
      const e = await engine();
      if (method === "evaluateDataLoss") {
        // Unlike the native engine, the wasm one cannot open a shadow database inside
        // evaluateDataLoss; it only reads the cached migrations schema ("PostgreSQL shadow DB
        // must be provided through an external factory" otherwise, e.g. when `migrate dev`
        // has just applied pending migrations). Diagnosing first fills that cache.
        const { migrationsList, filters } = /** @type {any} */ (req.params);
        await e.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
      }
      // Call through the instance: extracting the method loses the wasm `this`.
      const result = await e[method](req.params ?? undefined);
      if (method === "diff" && typeof result?.stdout === "string") {
        // The wasm engine returns the diff; the native one asks the CLI to print it with a
        // `print` request (the CLI writes content + "\n" and captures it for `--output`).
        send({ jsonrpc: "2.0", id: `print-${id}`, method: "print", params: { content: result.stdout } });
        result.stdout = null;
      }
      send({ jsonrpc: "2.0", id, result: result ?? {} });
    } catch (err) {
      send({ jsonrpc: "2.0", id, error: toRpcError(method, err, factory.errorRegistry) });
    }
  }

  // Requests are served one at a time, in order: the engine is not re-entrant.
  let queue = Promise.resolve();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {RpcRequest} */
    let req;
    try {
      req = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error", data: { is_panic: false, message: `Invalid JSON: ${line.slice(0, 200)}` } } });
      return;
    }
    if (req.method === undefined) return; // the CLI acknowledging one of our `print` requests
    queue = queue.then(() => handle(req));
  });

  const shutdown = async () => {
    await queue;
    await rawFactory?.closeAll();
    process.exit(0);
  };
  rl.on("close", shutdown);
  // The CLI kills the engine right after closing stdin; still drop temporary shadow databases.
  process.on("SIGTERM", () => { Promise.resolve(rawFactory?.closeAll()).finally(() => process.exit(0)); });
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  await loadWasm();
  process.stdout.write(`schema-engine-cli ${bg.version()} (protokoll wasm shim)\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli, args.datasource);
} else {
  await serve(args);
}
