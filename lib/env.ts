import { z } from "zod";

/**
 * The process environment the app needs, validated once at start-up.
 * Each message is one sentence that names the variable, because an operator
 * reads it in a container log and must know what to fix without a stack trace.
 */
const postgresUrl = z
  .string({ error: "DATABASE_URL is not set." })
  .trim()
  .min(1, "DATABASE_URL is empty.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "DATABASE_URL is not a PostgreSQL connection URL of the form postgresql://user:password@host:5432/database.");

const serverEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set: generate one with `openssl rand -base64 32`." })
    .min(32, "AUTH_SECRET is shorter than 32 characters: generate one with `openssl rand -base64 32`."),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses the environment, throwing an EnvError whose message is the first problem as one sentence. */
export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new EnvError(first?.message ?? "The environment is invalid.");
  }
  return result.data;
}

let cached: ServerEnv | undefined;

/** The validated environment, parsed on first use. */
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv();
  return cached;
}

/** Describes where a database URL points without revealing its password. */
export function describeDatabaseUrl(value: string): string {
  try {
    const url = new URL(value);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "an unparsable URL";
  }
}
