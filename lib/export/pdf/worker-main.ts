/**
 * The Art. 30 PDF in a process of its own (docs/decisions/023-pdf-in-a-worker-process.md).
 * Started once and kept: it reads jobs as frames on stdin (lib/export/pdf/worker-frames.ts),
 * lays out one at a time and writes each PDF to stdout as data frames, then a "done" frame
 * with its figures. A failed layout is reported in a "failed" frame, after which the process
 * exits (code 1), so that nothing half-done carries over into the next register. The app
 * server kills this process when a download is aborted, which stops the layout at once; it
 * exits by itself when stdin closes (the server ended or let it go).
 */
import { createRegisterPdf } from "./register-pdf";
import { FRAME, frame, frameReader, type WorkerFigures } from "./worker-frames";
import { jobOptions, type PdfJob } from "./worker-job";

const loadedAt = performance.timeOrigin + performance.now();
const now = () => performance.timeOrigin + performance.now();
const MB = 1024 * 1024;
let jobs = 0;

// process.stdout on a pipe writes synchronously (Linux): a download the client reads slowly
// holds the layout back instead of piling the PDF up in this process's memory.
const send = (kind: (typeof FRAME)[keyof typeof FRAME], payload: Uint8Array | string) => process.stdout.write(frame(kind, payload));

async function layOut(job: PdfJob): Promise<void> {
  const receivedAt = now();
  const cpu = process.cpuUsage();
  const { stream, done } = createRegisterPdf(jobOptions(job));
  const written = new Promise<void>((resolve, reject) => {
    stream.on("data", (chunk: Buffer) => send(FRAME.data, chunk));
    stream.once("end", resolve);
    stream.once("error", reject);
  });
  let laidOutAt = 0;
  await Promise.all([done.then(() => (laidOutAt = now())), written]);
  const used = process.cpuUsage(cpu);
  jobs++;
  const figures: WorkerFigures = {
    processStartedAt: performance.timeOrigin,
    loadedAt,
    receivedAt,
    laidOutAt,
    writtenAt: now(),
    cpuMs: (used.user + used.system) / 1000,
    rssMb: process.memoryUsage().rss / MB,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    jobs,
  };
  send(FRAME.done, JSON.stringify(figures));
  // The register's objects are garbage now: an idle worker should hold only its code and fonts
  // (started with --expose-gc by lib/server/export/pdf-worker.ts).
  (globalThis as { gc?: () => void }).gc?.();
}

let queue = Promise.resolve();
process.stdin.on(
  "data",
  frameReader((kind, payload) => {
    if (kind !== FRAME.job) return;
    const job = JSON.parse(payload.toString("utf8")) as PdfJob;
    queue = queue.then(() =>
      layOut(job).catch((error: unknown) => {
        send(FRAME.failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
        process.exit(1);
      }),
    );
  }),
);
process.stdin.once("end", () => void queue.then(() => process.exit(0)));
