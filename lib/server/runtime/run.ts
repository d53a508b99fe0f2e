import "server-only";
import { spawn } from "node:child_process";

/**
 * Runs a command and resolves when it exits 0 (as another OS user with `uid`/`gid`,
 * which PostgreSQL's initdb needs when we are root).
 */
export function run(
  command: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; quiet?: boolean; uid?: number; gid?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}${output ? `:\n${output.trim()}` : ""}`));
    });
  });
}

/** Environment that keeps the Prisma CLI and Next.js from calling home. */
export const OFFLINE_ENV: Record<string, string | undefined> = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_DISABLE_WARNINGS: "1",
};
