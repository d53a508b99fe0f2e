/**
 * Regression: `kill -9` of the launcher left `next-server` orphaned, holding the app port
 * and answering 500 for ever, and the next `npm start` failed with EADDRINUSE. This runs
 * what `npm start` runs, on an embedded database of its own, kills it, and measures.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** `npm start`'s command, optionally under a shell standing in for npm. */
function launch(env: Record<string, string>, viaShell = false): { child: ChildProcess; running: Promise<void> } {
  const args = ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"];
  // The embedded database: no DATABASE_URL, and the secrets it generates itself.
  const { DATABASE_URL: _url, MIGRATION_DATABASE_URL: _owner, AUTH_SECRET: _secret, ...inherited } = process.env;
  const options = { cwd: root, env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] as ("ignore" | "pipe")[] };
  // "; true" keeps the shell from exec'ing node, so it stays node's parent.
  const child = viaShell ? spawn("sh", ["-c", `node ${args.join(" ")}; true`], options) : spawn("node", args, options);
  let output = "";
  const running = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Protokoll is running on")) resolve();
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`the launcher exited with ${code} before serving:\n${output}`)));
  });
  return { child, running };
}

/** Every process whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitUntilClosed(ports: number[], timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const open = await Promise.all(ports.map(accepts));
    if (!open.some(Boolean)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`ports ${ports.join(", ")} still taken after ${timeoutMs} ms`);
}

test.describe("one process tree", () => {
  test.setTimeout(600_000);
  let dataDir: string;
  let env: Record<string, string>;
  let appPort: number;
  let dbPort: number;

  test.beforeAll(async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "protokoll-tree-"));
    fs.chmodSync(base, 0o711);
    dataDir = path.join(base, "data");
    [appPort, dbPort] = [await freePort(), await freePort()];
    env = { PROTOKOLL_DATA_DIR: dataDir, PORT: String(appPort), PROTOKOLL_EMBEDDED_DB_PORT: String(dbPort) };
  });

  test("kill -9 of the launcher frees the app and database ports, and the next start comes up", async ({ request }) => {
    const first = launch(env);
    await first.running;
    expect((await request.get(`http://127.0.0.1:${appPort}/api/health`)).status()).toBe(200);

    first.child.kill("SIGKILL");
    const freedAfter = await waitUntilClosed([appPort, dbPort], 30_000);
    console.log(`kill -9 of the launcher: app and database ports free after ${freedAfter} ms`);

    const second = launch(env);
    await second.running;
    expect((await request.get(`http://127.0.0.1:${appPort}/api/health`)).status()).toBe(200);
    second.child.kill("SIGTERM");
    await waitUntilClosed([appPort, dbPort], 30_000);
  });

  test("kill -9 of the launcher and its database guardian together: the next start stops the stray server and comes up", async ({ request }) => {
    const first = launch(env);
    await first.running;
    const pid = first.child.pid ?? 0;
    for (const child of childrenOf(pid)) process.kill(child, "SIGKILL");
    process.kill(pid, "SIGKILL");
    // PostgreSQL, orphaned, still holds its port.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await accepts(dbPort)).toBe(true);

    const second = launch(env);
    await second.running;
    expect((await request.get(`http://127.0.0.1:${appPort}/api/health`)).status()).toBe(200);
    second.child.kill("SIGTERM");
    await waitUntilClosed([appPort, dbPort], 30_000);
  });

  test("kill -9 of the process that ran it (npm's place) stops the launcher too", async () => {
    const viaShell = launch(env, true);
    await viaShell.running;
    viaShell.child.kill("SIGKILL");
    const freedAfter = await waitUntilClosed([appPort, dbPort], 30_000);
    console.log(`kill -9 of the parent shell: ports free after ${freedAfter} ms`);
  });
});
