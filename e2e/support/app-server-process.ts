import { spawn } from "node:child_process";
import path from "node:path";
import { E2E_AUTH_SECRET } from "./database-url";

export type AppServerProcess = { port: number; stop: () => Promise<void> };

/**
 * Another app server (scripts/serve.ts, as `npm start` serves) on a free port, with the
 * given environment on top of the e2e defaults: what a load balancer would have beside
 * the one under test.
 */
export function startAppServerProcess(env: Record<string, string>): Promise<AppServerProcess> {
  const root = path.resolve(import.meta.dirname, "../..");
  const server = spawn("node", ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts"], {
    cwd: root,
    env: { ...process.env, PORT: "0", AUTH_SECRET: E2E_AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Protokoll is listening on (\d+)/.exec(output);
      if (match) {
        resolve({
          port: Number(match[1]),
          async stop() {
            server.kill("SIGTERM");
            await exited;
          },
        });
      }
    });
    server.once("exit", (code) => reject(new Error(`the app server exited with ${code}: ${output}`)));
  });
}
