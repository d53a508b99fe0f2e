// @ts-check
/**
 * A minimal `SqlMigrationAwareDriverAdapterFactory` over `pg`, used only by
 * the offline schema engine shim (schema-engine.mjs). See
 * docs/decisions/001-offline-schema-engine.md.
 *
 * Why not `@prisma/adapter-pg` (7.10.1)? Three things break the schema engine:
 * - it rejects PostgreSQL's internal `"char"` type (OID 18, e.g.
 *   `pg_constraint.contype`), which the engine's describer reads;
 * - `connectToShadowDb()` spreads `database` into a config that also holds a
 *   `connectionString`, which wins, so the "shadow" is the main database;
 * - `executeScript()` splits on every `;`, which mangles migrations that
 *   contain semicolons in string literals or function bodies.
 * Result conversion below mirrors adapter-pg so the engine sees the same
 * values it would see there.
 */
import { randomUUID } from "node:crypto";
import { ColumnTypeEnum, DriverAdapterError } from "@prisma/driver-adapter-utils";
import pg from "pg";

/** @typedef {import("@prisma/driver-adapter-utils").SqlQuery} SqlQuery */
/** @typedef {import("@prisma/driver-adapter-utils").SqlResultSet} SqlResultSet */
/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {import("@prisma/driver-adapter-utils").Transaction} Transaction */
/** @typedef {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} Factory */
/** @typedef {import("@prisma/driver-adapter-utils").ColumnType} ColumnType */

const ADAPTER_NAME = "@protokoll/schema-engine-pg";
const T = ColumnTypeEnum;

/** Postgres type OID -> driver-adapter column type (same table as adapter-pg, plus OID 18). */
const COLUMN_TYPES = /** @type {Record<number, ColumnType>} */ ({
  16: T.Boolean, 17: T.Bytes, 18: T.Character, 19: T.Text, 20: T.Int64, 21: T.Int32, 23: T.Int32,
  25: T.Text, 26: T.Int64, 114: T.Json, 142: T.Text, 650: T.Text, 700: T.Float, 701: T.Double,
  790: T.Numeric, 869: T.Text, 1042: T.Text, 1043: T.Text, 1082: T.Date, 1083: T.Time,
  1114: T.DateTime, 1184: T.DateTime, 1266: T.Time, 1560: T.Text, 1562: T.Text, 1700: T.Numeric,
  2950: T.Uuid, 3802: T.Json,
  // arrays
  143: T.TextArray, 199: T.JsonArray, 651: T.TextArray, 791: T.NumericArray, 1000: T.BooleanArray,
  1001: T.BytesArray, 1002: T.CharacterArray, 1003: T.TextArray, 1005: T.Int32Array,
  1007: T.Int32Array, 1009: T.TextArray, 1014: T.TextArray, 1015: T.TextArray, 1016: T.Int64Array,
  1021: T.FloatArray, 1022: T.DoubleArray, 1028: T.Int64Array, 1041: T.TextArray,
  1115: T.DateTimeArray, 1182: T.DateArray, 1183: T.TimeArray, 1185: T.DateTimeArray,
  1231: T.NumericArray, 1561: T.TextArray, 1563: T.TextArray, 2951: T.UuidArray, 3807: T.JsonArray,
});
const FIRST_NORMAL_OBJECT_ID = 16384; // user-defined types (enums, domains) come back as text

/** @param {number} oid @returns {ColumnType} */
function columnType(oid) {
  const type = COLUMN_TYPES[oid];
  if (type !== undefined) return type;
  if (oid >= FIRST_NORMAL_OBJECT_ID) return T.Text;
  throw new DriverAdapterError({ kind: "UnsupportedNativeDataType", type: `oid ${oid}` });
}

// pg's arrayParser is `{ create(source, transform) }` at runtime; @types/pg declares it as a function.
const arrayParser = /** @type {{ create(s: string, f: (x: string) => unknown): { parse(): unknown[] } }} */ (/** @type {unknown} */ (pg.types.arrayParser));
const array = (/** @type {(s: string) => unknown} */ element) => (/** @type {string} */ s) => arrayParser.create(s, element).parse();
/** @param {string} s */ const raw = (s) => s;
/** @param {string} s */ const timestamp = (s) => `${s.replace(" ", "T")}+00:00`;
/** @param {string} s */ const timestamptz = (s) => s.replace(" ", "T").replace(/[+-]\d{2}(:\d{2})?$/, "+00:00");
/** @param {string} s */ const timetz = (s) => s.replace(/[+-]\d{2}(:\d{2})?$/, "");
/** @param {string} s */ const money = (s) => s.slice(1);

/** Text-format parsers that differ from pg's defaults (the engine wants strings, not Dates/objects). */
const PARSERS = /** @type {Record<number, (s: string) => unknown>} */ ({
  1700: raw, 1231: array(raw), 1083: raw, 1183: array(raw), 1266: timetz, 1082: raw, 1182: array(raw),
  1114: timestamp, 1115: array(timestamp), 1184: timestamptz, 1185: array(timestamptz),
  790: money, 791: array(money), 114: raw, 199: array(raw), 3802: raw, 3807: array(raw),
  1561: array(raw), 1563: array(raw), 143: array(raw),
});
const queryTypes = {
  /** @param {number} oid @param {any} format */
  getTypeParser: (oid, format) =>
    format === "text" && PARSERS[oid] ? PARSERS[oid] : pg.types.getTypeParser(oid, format),
};

/** Map a pg/socket error to the driver-adapter error the engine understands. */
function toAdapterError(/** @type {any} */ e) {
  if (e instanceof DriverAdapterError) return e;
  if (e && typeof e.code === "string" && typeof e.severity === "string") {
    return new DriverAdapterError({
      kind: "postgres", code: e.code, severity: e.severity, message: e.message,
      detail: e.detail, column: e.column, hint: e.hint,
    });
  }
  if (e && (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND")) {
    return new DriverAdapterError({ kind: "DatabaseNotReachable", host: e.address ?? e.hostname, port: e.port });
  }
  return e; // registered by the binder as a GenericJs error
}

/** @param {import("@prisma/driver-adapter-utils").ArgType | undefined} type @param {unknown} arg @returns {unknown} */
function mapArg(arg, type) {
  if (arg === null || arg === undefined) return null;
  if (Array.isArray(arg) && type?.arity === "list") return arg.map((a) => mapArg(a, type));
  if (typeof arg === "string" && type?.scalarType === "bytes") return Buffer.from(arg, "base64");
  if (ArrayBuffer.isView(arg)) return new Uint8Array(arg.buffer, arg.byteOffset, arg.byteLength);
  return arg;
}

class Queryable {
  provider = /** @type {const} */ ("postgres");
  adapterName = ADAPTER_NAME;
  /** @param {pg.Pool | pg.PoolClient} client */
  constructor(client) {
    this.client = client;
  }
  /** @param {SqlQuery} query @returns {Promise<SqlResultSet>} */
  async queryRaw(query) {
    const { fields, rows } = await this.#run(query);
    return { columnNames: fields.map((f) => f.name), columnTypes: fields.map((f) => columnType(f.dataTypeID)), rows };
  }
  /** @param {SqlQuery} query */
  async executeRaw(query) {
    return (await this.#run(query)).rowCount ?? 0;
  }
  /** @param {SqlQuery} query */
  async #run({ sql, args, argTypes }) {
    try {
      return await this.client.query({
        text: sql, values: args.map((a, i) => mapArg(a, argTypes[i])), rowMode: "array", types: queryTypes,
      });
    } catch (e) {
      throw toAdapterError(e);
    }
  }
}

class PgTransaction extends Queryable {
  // The engine issues BEGIN/COMMIT/ROLLBACK itself; we only own the connection.
  options = { usePhantomQuery: false };
  /** @param {pg.PoolClient} client */
  constructor(client) {
    super(client);
    this.conn = client;
  }
  async commit() { this.conn.release(); }
  async rollback() { this.conn.release(); }
  /** @param {string} name */ async createSavepoint(name) { await this.conn.query(`SAVEPOINT ${name}`); }
  /** @param {string} name */ async rollbackToSavepoint(name) { await this.conn.query(`ROLLBACK TO SAVEPOINT ${name}`); }
  /** @param {string} name */ async releaseSavepoint(name) { await this.conn.query(`RELEASE SAVEPOINT ${name}`); }
}

/** @implements {SqlDriverAdapter} */
class PgAdapter extends Queryable {
  /** @param {pg.Pool} pool @param {() => Promise<void>} release */
  constructor(pool, release) {
    super(pool);
    this.pool = pool;
    this.release = release;
  }
  /** @param {import("@prisma/driver-adapter-utils").IsolationLevel} [isolationLevel] @returns {Promise<Transaction>} */
  async startTransaction(isolationLevel) {
    const conn = await this.pool.connect().catch((e) => { throw toAdapterError(e); });
    try {
      await conn.query("BEGIN");
      if (isolationLevel) await conn.query(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
    } catch (e) {
      conn.release(/** @type {Error} */ (e));
      throw toAdapterError(e);
    }
    return new PgTransaction(conn);
  }
  /**
   * One simple-protocol round trip, like the native engine's `raw_cmd`:
   * multi-statement scripts run as-is (no naive `;` splitting).
   * @param {string} script
   */
  async executeScript(script) {
    try {
      await this.pool.query(script);
    } catch (e) {
      throw toAdapterError(e);
    }
  }
  getConnectionInfo() {
    return { schemaName: new URL(this.pool.options.connectionString ?? "postgres://x").searchParams.get("schema") ?? undefined, supportsRelationJoins: true };
  }
  async dispose() {
    // The engine may dispose, and closeAll() may too; the second call must be a no-op.
    const release = this.release;
    this.release = async () => {};
    await release();
  }
}

/**
 * pg does not understand Prisma's `?schema=` / `connection_limit` URL params; strip
 * them and turn `schema` into a search_path so the engine sees the right namespace.
 * @param {string} url
 * @returns {pg.PoolConfig}
 */
export function poolConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  const max = Number(u.searchParams.get("connection_limit")) || 4;
  for (const p of ["schema", "connection_limit", "pool_timeout", "connect_timeout", "socket_timeout", "pgbouncer", "statement_cache_size"]) u.searchParams.delete(p);
  return {
    connectionString: u.toString(), max,
    ...(schema ? { options: `-c search_path="${schema.replaceAll('"', '""')}"` } : {}),
  };
}

/** @param {string} url @param {string} database */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** @param {string} name */
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
 * @returns {Factory & { closeAll(): Promise<void> }}
 */
export function createPgAdapterFactory({ url, shadowDatabaseUrl }) {
  /** Temporary shadow databases we created and still have to drop. */
  const createdShadows = new Set();
  /** Adapters handed to the engine and not yet disposed. */
  const live = new Set();

  /** @param {string} dbUrl @param {() => Promise<void>} [after] */
  const open = (dbUrl, after) => {
    const pool = new pg.Pool(poolConfig(dbUrl));
    pool.on("error", () => {}); // idle-client errors must not crash the engine process
    const adapter = new PgAdapter(pool, async () => {
      live.delete(adapter);
      await pool.end();
      await after?.();
    });
    live.add(adapter);
    return adapter;
  };

  /** @param {string} name */
  const dropShadow = async (name) => {
    const admin = new pg.Client(poolConfig(url));
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      createdShadows.delete(name);
    } finally {
      await admin.end();
    }
  };

  return {
    provider: "postgres",
    adapterName: ADAPTER_NAME,
    async connect() {
      return open(url);
    },
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        // Same contract as the native engine: a configured shadow database is wiped before use.
        const adapter = open(shadowDatabaseUrl);
        await adapter.executeScript(RESET_SCRIPT);
        return adapter;
      }
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(poolConfig(url));
      await admin.connect().catch((e) => { throw toAdapterError(e); });
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } catch (e) {
        throw toAdapterError(e);
      } finally {
        await admin.end();
      }
      createdShadows.add(name);
      const adapter = open(withDatabase(url, name), () => dropShadow(name));
      // PGlite accepts CREATE DATABASE but serves every connection from its one database, so
      // the "shadow" would be the main database and replaying migrations would wreck it.
      const { rows } = await adapter.pool.query("SELECT current_database() AS db").catch((e) => { throw toAdapterError(e); });
      if (rows[0]?.db !== name) {
        await adapter.dispose().catch(() => {});
        throw new Error(
          "This database server cannot host a separate shadow database (connections to a new database " +
            `land in "${rows[0]?.db}"; PGlite does this). Set datasource.shadowDatabaseUrl in prisma.config.ts ` +
            "to a second, throw-away database, or use `prisma migrate deploy` / `migrate diff` instead of `migrate dev`.",
        );
      }
      return adapter;
    },
    /** Close every pool and drop every shadow database the engine left behind (e.g. after an error). */
    async closeAll() {
      for (const adapter of [...live]) await adapter.dispose().catch(() => {});
      for (const name of [...createdShadows]) await dropShadow(name).catch(() => {});
    },
  };
}

/** Drop every user schema and recreate `public`, like the engine's own reset. */
const RESET_SCRIPT = `DO $$ DECLARE s record; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
  LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s.nspname); END LOOP;
  CREATE SCHEMA public;
END $$;`;
