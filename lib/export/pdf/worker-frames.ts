/**
 * How the app server and a PDF worker process talk (docs/decisions/023-pdf-in-a-worker-process.md):
 * one pipe each way, each message a frame — a kind byte, a 4-byte length, the payload. The
 * worker lays out one register after another, so the end of a PDF must be said, not shown by
 * the pipe closing; and a failure must be told from a PDF that happens to end early.
 */
export const FRAME = {
  /** server → worker: a PdfJob as JSON. */
  job: 0x4a,
  /** worker → server: bytes of the PDF. */
  data: 0x44,
  /** worker → server: the PDF is complete; JSON WorkerFigures. */
  done: 0x45,
  /** worker → server: the layout failed; the reason as text. The worker exits after it. */
  failed: 0x46,
} as const;

type FrameKind = (typeof FRAME)[keyof typeof FRAME];

/** What a worker tells about the job it finished (scripts/bench/pdf.ts prints it). */
export type WorkerFigures = {
  /** When the worker process started and had loaded its code (epoch ms), for the job that started it. */
  processStartedAt: number;
  loadedAt: number;
  /** When the job arrived, its layout ended and its last byte was written (epoch ms). */
  receivedAt: number;
  laidOutAt: number;
  writtenAt: number;
  /** CPU time spent on this job, and the process's resident memory after it and at its peak so far. */
  cpuMs: number;
  rssMb: number;
  peakRssMb: number;
  /** Jobs this process has done, this one included. */
  jobs: number;
};

export function frame(kind: FrameKind, payload: Uint8Array | string): Buffer {
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  const header = Buffer.alloc(5);
  header.writeUInt8(kind, 0);
  header.writeUInt32BE(body.byteLength, 1);
  return Buffer.concat([header, body]);
}

/**
 * Cuts a byte stream into frames, whatever the sizes of the chunks it arrives in. A job (a
 * few MB) arrives in 64 KiB chunks: they are kept as they come and joined once, when the
 * frame is complete, rather than copied again with every chunk.
 */
export function frameReader(onFrame: (kind: number, payload: Buffer) => void): (chunk: Buffer) => void {
  let chunks: Buffer[] = [];
  let buffered = 0;
  let needed = 5;
  return (chunk) => {
    chunks.push(chunk);
    buffered += chunk.byteLength;
    while (buffered >= needed) {
      let pending = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, buffered);
      const length = pending.readUInt32BE(1);
      if (pending.byteLength < 5 + length) {
        chunks = [pending];
        needed = 5 + length;
        break;
      }
      onFrame(pending.readUInt8(0), pending.subarray(5, 5 + length));
      pending = pending.subarray(5 + length);
      chunks = pending.byteLength > 0 ? [pending] : [];
      buffered = pending.byteLength;
      needed = 5;
    }
  };
}
