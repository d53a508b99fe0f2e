import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { FRAME, frame, frameReader, type WorkerFigures } from "@/lib/export/pdf/worker-frames";
import { pdfJob } from "@/lib/export/pdf/worker-job";
import type { RegisterPdfOptions } from "@/lib/export/pdf/register-pdf";

/**
 * The Art. 30 PDF is laid out in worker processes that are started once and kept
 * (docs/decisions/023-pdf-in-a-worker-process.md): the server's event loop never waits for
 * the layout, a download does not wait for a process to start and load its code, and an
 * aborted download kills the process laying it out (a fresh one is started in its place).
 * At most PROTOKOLL_PDF_WORKERS (2) processes; later downloads wait for one, so a burst of
 * exports cannot exhaust memory. A process goes when it has been idle for
 * PROTOKOLL_PDF_WORKER_IDLE_SECONDS (600), once its memory has come near issue 12's 250 MB
 * (RECYCLE_PEAK_MB), or after MAX_JOBS jobs, so memory a large register took is given back.
 */
const MAX_WORKERS = Math.max(1, Number(process.env.PROTOKOLL_PDF_WORKERS) || 2);
const IDLE_MS = Math.max(1, Number(process.env.PROTOKOLL_PDF_WORKER_IDLE_SECONDS) || 600) * 1000;
const RECYCLE_PEAK_MB = 230;
const MAX_JOBS = 100;

/** How a download's layout ended: its figures when done; killed when aborted; failed. */
export type PdfOutcome = { ended: "done"; figures: WorkerFigures; startedForIt: boolean } | { ended: "killed" } | { ended: "failed" } | { ended: "not started" };

type Job = {
  data(chunk: Buffer): void;
  done(figures: WorkerFigures): void;
  failed(reason: string): void;
  /** The process ended with this job unfinished (killed, or it died). */
  gone(code: number | null): void;
};

type Worker = {
  child: ChildProcess;
  job?: Job;
  idleTimer?: NodeJS.Timeout;
  /** Not yet given a job: the download that gets it waits for its start. */
  fresh: boolean;
  /** Let go after its idle time: no other is started in its place. */
  retired?: boolean;
  stderr: Buffer[];
};

const idle: Worker[] = [];
const waiting: ((worker: Worker) => void)[] = [];
let processes = 0;
let busy = 0;

/** Workers laying out a PDF now (tests: an aborted download leaves none behind). */
export function busyPdfWorkers(): number {
  return busy;
}

/** Worker processes alive now, idle ones included. */
export function pdfWorkerProcesses(): number {
  return processes;
}

/** An idle worker does not keep the app server (or a script) alive. */
function hold(worker: Worker, held: boolean): void {
  const { child } = worker;
  for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as ({ ref?(): void; unref?(): void } | null)[]) {
    if (held) handle?.ref?.();
    else handle?.unref?.();
  }
}

/**
 * Resolved from the working directory at run time, like the fonts (lib/export/pdf/fonts.ts):
 * the server runs from the project root, and the worker is TypeScript run by tsx there.
 */
function startWorker(root: string): Worker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--expose-gc", "--import", "tsx", path.join(root, "lib/export/pdf/worker-main.ts")], {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  processes++;
  const worker: Worker = { child, fresh: true, stderr: [] };
  child.stderr?.on("data", (chunk: Buffer) => {
    worker.stderr.push(chunk);
    if (worker.stderr.length > 64) worker.stderr.shift();
  });
  child.stdin?.on("error", () => undefined);
  child.stdout?.on(
    "data",
    frameReader((kind, payload) => {
      const job = worker.job;
      if (!job) return;
      if (kind === FRAME.data) job.data(payload);
      else if (kind === FRAME.done) {
        worker.job = undefined;
        job.done(JSON.parse(payload.toString("utf8")) as WorkerFigures);
      } else if (kind === FRAME.failed) {
        worker.job = undefined;
        job.failed(payload.toString("utf8"));
      }
    }),
  );
  child.once("close", (code) => {
    processes--;
    clearTimeout(worker.idleTimer);
    const index = idle.indexOf(worker);
    if (index >= 0) idle.splice(index, 1);
    const job = worker.job;
    worker.job = undefined;
    job?.gone(code);
    if (processes >= MAX_WORKERS) return;
    // Someone waits for the room this one's end has made; or, since PDFs are being made, the
    // next download should find a worker with its code loaded.
    const next = waiting.shift();
    if (next) next(startWorker(root));
    else if (!worker.retired && idle.length === 0) rest(startWorker(root));
  });
  return worker;
}

/** A worker for one job: an idle one, a new one while there is room, or the next one freed. */
async function takeWorker(signal: AbortSignal | undefined, root: string): Promise<Worker> {
  const ready = idle.pop();
  if (ready) {
    clearTimeout(ready.idleTimer);
    return ready;
  }
  if (processes < MAX_WORKERS) return startWorker(root);
  return new Promise<Worker>((resolve, reject) => {
    const take = (worker: Worker) => {
      signal?.removeEventListener("abort", abandon);
      resolve(worker);
    };
    const abandon = () => {
      waiting.splice(waiting.indexOf(take), 1);
      reject(signal?.reason);
    };
    waiting.push(take);
    signal?.addEventListener("abort", abandon, { once: true });
  });
}

/** An idle worker waits for the next download, and goes after IDLE_MS without one. */
function rest(worker: Worker): void {
  hold(worker, false);
  worker.idleTimer = setTimeout(() => {
    worker.retired = true;
    worker.child.stdin?.end();
  }, IDLE_MS);
  worker.idleTimer.unref();
  idle.push(worker);
}

/** A worker whose job is done (or never began): to the next download waiting, kept idle, or let go. */
function giveBack(worker: Worker, figures: WorkerFigures | undefined): void {
  if (figures && (figures.peakRssMb > RECYCLE_PEAK_MB || figures.jobs >= MAX_JOBS)) {
    // It exits when its stdin closes; a fresh one takes its place (startWorker).
    worker.child.stdin?.end();
    return;
  }
  const next = waiting.shift();
  if (next) next(worker);
  else rest(worker);
}

/**
 * The PDF as a byte stream. Cancelling the stream (the client went away) or aborting
 * `signal` kills the worker laying it out; a worker that fails errors the stream, so the
 * download breaks instead of ending in a truncated file. `ended` says how it ended.
 */
export function pdfFromWorker(
  options: Omit<RegisterPdfOptions, "onProgress">,
  signal?: AbortSignal,
  root = process.cwd(),
): { body: ReadableStream<Uint8Array>; ended: Promise<PdfOutcome> } {
  let worker: Worker | undefined;
  let cancelled = false;
  let end: (outcome: PdfOutcome) => void = () => undefined;
  const ended = new Promise<PdfOutcome>((resolve) => (end = resolve));
  const stop = () => {
    cancelled = true;
    if (worker?.job) worker.child.kill("SIGKILL");
  };
  signal?.addEventListener("abort", stop, { once: true });

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        worker = await takeWorker(signal, root);
      } catch {
        end({ ended: "not started" });
        return;
      }
      if (cancelled) {
        giveBack(worker, undefined);
        end({ ended: "not started" });
        return;
      }
      const taken = worker;
      const startedForIt = taken.fresh;
      taken.fresh = false;
      hold(taken, true);
      busy++;
      const finish = () => {
        busy--;
        signal?.removeEventListener("abort", stop);
      };
      taken.job = {
        data(chunk) {
          // Bytes already in the pipe still arrive after the download was cancelled and the
          // worker killed: the stream is closed then, and enqueuing would throw out of this
          // event handler and take the whole server down.
          if (cancelled) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 1) <= 0) taken.child.stdout?.pause();
        },
        done(figures) {
          finish();
          taken.child.stdout?.resume();
          giveBack(taken, figures);
          if (!cancelled) controller.close();
          end({ ended: "done", figures, startedForIt });
        },
        failed(reason) {
          finish();
          console.error(`[protokoll] PDF export failed: ${reason}`);
          if (!cancelled) controller.error(new Error(`PDF worker failed: ${reason.split("\n")[0]}`));
          end({ ended: "failed" });
        },
        gone(code) {
          finish();
          if (cancelled) return end({ ended: "killed" });
          const reason = Buffer.concat(taken.stderr).toString("utf8").trim();
          console.error(`[protokoll] PDF export failed (worker exit ${code}): ${reason}`);
          controller.error(new Error(`PDF worker failed: exit ${code}: ${reason.split("\n")[0] ?? ""}`));
          end({ ended: "failed" });
        },
      };
      taken.child.stdin?.write(frame(FRAME.job, JSON.stringify(pdfJob(options))));
    },
    pull() {
      worker?.child.stdout?.resume();
    },
    cancel() {
      stop();
    },
  });
  return { body, ended };
}
