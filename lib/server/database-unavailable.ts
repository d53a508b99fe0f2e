import "server-only";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";
import { isRecord, propertyOf } from "@/lib/validation/unknown";

/**
 * The database cannot be reached: refused, closed, shutting down, starting up or not
 * answering. Every layer asks this one function — API routes answer 503 with Retry-After,
 * pages show "temporarily unavailable", the public notice falls back to the last version
 * this process served, sign-in says so, and /api/health names the reason.
 *
 * Prisma wraps the pg driver's errors (P1001 with the adapter's `DatabaseNotReachable`,
 * P2010 with a PostgreSQL code for raw queries, the pool's own errors), so the whole chain
 * of `cause`s and the adapter's error is searched.
 */

/** Seconds a client is asked to wait before retrying (an embedded restart takes a few). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * What pages throw to Next's error boundary when the database is out of reach
 * (lib/server/page-access.ts): its digest names it there, since Next hides error
 * messages in production.
 */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`database unreachable: ${reason}`, { cause });
  }
}

// Prisma's connection-level codes: can't reach (P1001), timed out (P1002), server closed the connection (P1017).
const PRISMA_CODES: Record<string, string> = { P1001: "connection refused", P1002: "connection timed out", P1017: "connection closed by the server" };

// The driver adapter's error kinds (@prisma/driver-adapter-utils).
const ADAPTER_KINDS: Record<string, string> = {
  DatabaseNotReachable: "connection refused",
  ConnectionClosed: "connection closed by the server",
  SocketTimeout: "no answer (socket timeout)",
};

// Node's socket errors.
const SOCKET_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EPIPE: "connection closed by the server",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
};

/**
 * PostgreSQL's SQLSTATEs for a server going away or not yet there: 57P0x and the
 * connection exceptions of class 08 (not 08P01, a protocol violation, which is a bug).
 */
const POSTGRES_CODES: Record<string, string> = {
  "57P01": "the server is shutting down",
  "57P02": "the server crashed",
  "57P03": "the server is starting up or shutting down",
  "08000": "connection failure",
  "08001": "connection refused",
  "08003": "connection closed by the server",
  "08004": "the server refused the connection",
  "08006": "connection failure",
};
const postgresReason = (code: string): string | null => POSTGRES_CODES[code] ?? null;

// What the pg driver and its pool say when a connection dies or never comes.
const MESSAGES: [RegExp, string][] = [
  [/connection terminated/i, "connection closed by the server"],
  [/timeout exceeded when trying to connect/i, "no free connection (connect timeout)"],
  [/can't reach database server/i, "connection refused"],
  [/server closed the connection unexpectedly/i, "connection closed by the server"],
  // A pooled client whose socket failed while PostgreSQL went away, handed out for the next query.
  [/client has encountered a connection error and is not queryable/i, "connection closed by the server"],
];

function reasonOf(node: Record<string, unknown>): string | null {
  const code = typeof node.code === "string" ? node.code : typeof node.originalCode === "string" ? node.originalCode : null;
  if (code && PRISMA_CODES[code]) return PRISMA_CODES[code];
  if (code && SOCKET_CODES[code]) return SOCKET_CODES[code];
  if (code && postgresReason(code)) return postgresReason(code);
  if (typeof node.kind === "string" && ADAPTER_KINDS[node.kind]) return ADAPTER_KINDS[node.kind]!;
  if (node.kind === "postgres" && typeof node.code === "string") return postgresReason(node.code);
  const message = typeof node.message === "string" ? node.message : "";
  for (const [pattern, reason] of MESSAGES) if (pattern.test(message)) return reason;
  return null;
}

/**
 * Why the database could not be reached, in a few words ("connection refused"), or null
 * when `error` is something else (a constraint, a bug). Walks `cause`, Prisma's
 * `meta.driverAdapterError` and AggregateError's `errors`.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const node = queue.shift();
    if (!isRecord(node) || seen.has(node)) continue;
    seen.add(node);
    if (node instanceof DatabaseUnavailableError) return node.reason;
    const reason = reasonOf(node);
    if (reason) return reason;
    queue.push(node.cause, propertyOf(node.meta, "driverAdapterError"));
    // Auth.js wraps what authorize() threw as cause.err.
    queue.push(propertyOf(node.cause, "err"));
    if (Array.isArray(node.errors)) queue.push(...node.errors);
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}
