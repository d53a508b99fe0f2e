import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "./env";

const secret = "x".repeat(32);

describe("parseServerEnv", () => {
  it("accepts a PostgreSQL URL and a long secret", () => {
    const env = parseServerEnv({ DATABASE_URL: "postgresql://u:p@db.example:5432/app", AUTH_SECRET: secret });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db.example:5432/app");
  });

  it("names DATABASE_URL when it is missing", () => {
    expect(() => parseServerEnv({ AUTH_SECRET: secret })).toThrow(/^DATABASE_URL is not set\.$/);
  });

  it("names DATABASE_URL when it is not a PostgreSQL URL", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://localhost/x", AUTH_SECRET: secret })).toThrow(EnvError);
    expect(() => parseServerEnv({ DATABASE_URL: "not a url", AUTH_SECRET: secret })).toThrow(/DATABASE_URL is not a PostgreSQL connection URL/);
  });

  it("names AUTH_SECRET when it is missing or short", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://localhost/x" })).toThrow(/^AUTH_SECRET is not set/);
    expect(() => parseServerEnv({ DATABASE_URL: "postgres://localhost/x", AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET is shorter/);
  });
});
