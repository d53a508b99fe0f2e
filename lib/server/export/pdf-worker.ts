import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pdfJob } from "@/lib/export/pdf/worker-job";
import type { RegisterPdfOptions } from "@/lib/export/pdf/register-pdf";

/**
 * The Art. 30 PDF is laid out in a child process, one per download
 * (docs/decisions/023-pdf-in-a-worker-process.md): the server's event loop never waits for
 * the layout, its memory goes back to the system when the process exits, and an aborted
 * download kills the process. At most PROTOKOLL_PDF_WORKERS (2) run at once; later
 * downloads wait for a free slot, so a burst of exports cannot exhaust memory.
 */
const MAX_WORKERS = Math.max(1, Number(process.env.PROTOKOLL_PDF_WORKERS) || 2);

let running = 0;
const waiting: (() => void)[] = [];

/** Worker processes alive now (tests: an aborted download leaves none behind). */
export function runningPdfWorkers(): number {
  return running;
}

function release(): void {
  running--;
  waiting.shift()?.();
}

async function slot(signal: AbortSignal | undefined): Promise<void> {
  if (running < MAX_WORKERS) {
    running++;
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const take = () => {
      signal?.removeEventListener("abort", abandon);
      running++;
      resolve();
    };
    const abandon = () => {
      waiting.splice(waiting.indexOf(take), 1);
      reject(signal?.reason);
    };
    waiting.push(take);
    signal?.addEventListener("abort", abandon, { once: true });
  });
}

/**
 * Resolved from the working directory at run time, like the fonts (lib/export/pdf/fonts.ts):
 * the server runs from the project root, and the worker is TypeScript run by tsx there.
 */
function spawnWorker(root: string): ChildProcess {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "lib/export/pdf/worker-main.ts")], {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, NODE_OPTIONS: "" },
  });
}

/**
 * The PDF as a byte stream. Cancelling the stream (the client went away) or aborting
 * `signal` kills the worker; a worker that fails errors the stream, so the download
 * breaks instead of ending in a truncated file.
 */
export function pdfFromWorker(
  options: Omit<RegisterPdfOptions, "onProgress">,
  signal?: AbortSignal,
  root = process.cwd(),
): { body: ReadableStream<Uint8Array>; exited: Promise<number | null> } {
  let child: ChildProcess | undefined;
  let cancelled = false;
  let markExited: (code: number | null) => void = () => undefined;
  const exited = new Promise<number | null>((resolve) => (markExited = resolve));
  const stop = () => {
    cancelled = true;
    child?.kill("SIGKILL");
  };
  signal?.addEventListener("abort", stop, { once: true });

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        await slot(signal);
      } catch {
        markExited(null);
        return;
      }
      if (cancelled) {
        release();
        markExited(null);
        return;
      }
      const worker = spawnWorker(root);
      child = worker;
      const stderr: Buffer[] = [];
      worker.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk));
      worker.stdout?.on("data", (chunk: Buffer) => {
        // Bytes already in the pipe still arrive after the download was cancelled and the
        // worker killed: the stream is closed then, and enqueuing would throw out of this
        // event handler and take the whole server down.
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) worker.stdout?.pause();
      });
      worker.once("close", (code) => {
        release();
        signal?.removeEventListener("abort", stop);
        markExited(code);
        if (cancelled) return;
        if (code === 0) controller.close();
        else {
          const reason = Buffer.concat(stderr).toString("utf8").trim();
          console.error(`[protokoll] PDF export failed (worker exit ${code}): ${reason}`);
          controller.error(new Error(`PDF worker failed: ${reason.split("\n")[0]}`));
        }
      });
      worker.stdin?.on("error", () => undefined);
      worker.stdin?.end(JSON.stringify(pdfJob(options)));
    },
    pull() {
      child?.stdout?.resume();
    },
    cancel() {
      stop();
    },
  });
  return { body, exited };
}
