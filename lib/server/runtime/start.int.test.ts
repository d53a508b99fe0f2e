import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

/** Runs `npm start`'s script with a given environment and returns what it printed on failure. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stderr: stderr.trim() }));
  });
}

const secret = "a-secret-that-is-long-enough-for-the-check";

describe("start-up with a bad environment stops with one sentence naming the variable", () => {
  it("a malformed DATABASE_URL", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "localhost:5432/protokoll", AUTH_SECRET: secret });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "Protokoll cannot start: DATABASE_URL is not a PostgreSQL connection URL of the form postgresql://user:password@host:5432/database.",
    );
  });

  it("an unreachable database", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/protokoll", AUTH_SECRET: secret });
    expect(code).toBe(1);
    expect(stderr).toBe("Protokoll cannot start: the database named by DATABASE_URL (127.0.0.1:1/protokoll) does not answer: ECONNREFUSED");
  });

  it("a missing secret", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/protokoll" });
    expect(code).toBe(1);
    expect(stderr).toBe("Protokoll cannot start: AUTH_SECRET is not set: generate one with `openssl rand -base64 32`.");
  });
});
