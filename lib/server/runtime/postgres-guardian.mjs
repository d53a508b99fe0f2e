// @ts-check
/**
 * Runs the embedded PostgreSQL server on behalf of the Protokoll process that forked it,
 * and stops it when that process is gone — however it went, `kill -9` included: the
 * kernel closes the IPC channel of a dead parent, and the channel's close is our signal.
 * PostgreSQL itself does not notice its parent's death, so without this a killed launcher
 * would leave a postmaster holding the port and the data folder (docs/decisions/002).
 *
 * Plain JavaScript so that it starts in milliseconds with `node` alone.
 * Parent → guardian: { start: { postgres, args, uid?, gid?, logFile } } then { stop: true }.
 * Guardian → parent: { ready: pid } once connections are accepted, { exited: code, output }.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";

/** @type {import("node:child_process").ChildProcess | undefined} */
let server;
let stopping = false;
let output = "";

function send(/** @type {unknown} */ message) {
  if (process.connected) process.send?.(message);
}

function stop() {
  if (stopping) return;
  stopping = true;
  // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
  if (server && server.exitCode === null) server.kill("SIGINT");
  else process.exit(0);
}

/** @param {{ postgres: string, args: string[], uid?: number, gid?: number, logFile: string }} options */
function start(options) {
  const log = fs.openSync(options.logFile, "a", 0o600);
  server = spawn(options.postgres, options.args, {
    stdio: ["ignore", "ignore", "pipe"],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
    // Messages in English, so "ready to accept connections" can be recognised.
    env: { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" },
  });
  server.stderr?.on("data", (/** @type {Buffer} */ chunk) => {
    fs.writeSync(log, chunk);
    const text = chunk.toString("utf8");
    output = (output + text).slice(-4000);
    if (text.includes("database system is ready to accept connections")) send({ ready: server?.pid });
  });
  server.on("error", (error) => {
    output += String(error);
  });
  server.on("exit", (code, signal) => {
    send({ exited: code ?? signal, output });
    process.exit(0);
  });
}

process.on("message", (/** @type {any} */ message) => {
  if (message?.start) start(message.start);
  if (message?.stop) stop();
});
// The parent is gone (exited, crashed or killed).
process.on("disconnect", stop);
// Ctrl-C reaches the whole process group, PostgreSQL included, which shuts down on its own;
// we wait for it rather than leave first.
process.on("SIGINT", () => undefined);
process.on("SIGTERM", stop);
