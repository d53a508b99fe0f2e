/**
 * Benchmark: the Art. 30 PDF of a company with 500 activities (an in-memory snapshot,
 * no database), made the way the server makes it: by the kept worker processes
 * (lib/server/export/pdf-worker.ts). The first download starts a worker (cold); the next
 * ones find it waiting (warm), as on a server that has made a PDF in the last ten minutes.
 * Prints, per download and as medians of the warm ones: wall time, its phases (waiting for
 * and starting a worker, layout, the last bytes), the first byte, the worker's CPU time and
 * peak RSS, this (server) process's peak RSS and its longest event-loop stall, beside the
 * targets of issue 12; then the same layout in this process for comparison.
 *
 *   npx tsx --conditions=react-server scripts/bench/pdf.ts [activities] [warm runs]
 */
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { renderRegisterPdf } from "@/lib/export/pdf/register-pdf";
import { runChecks } from "@/lib/register/checks";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import { pdfFromWorker } from "@/lib/server/export/pdf-worker";
import { largeRegisterSnapshot } from "@/test/export/full-register";
import { reportFigure } from "../bench-figures";

const count = Number(process.argv[2] ?? 500);
const warmRuns = Number(process.argv[3] ?? 5);
const snapshot = largeRegisterSnapshot(count);
const MB = 1024 * 1024;
const TARGET = { seconds: 3, workerMb: 250, loopStallMs: 100 };
const now = () => performance.timeOrigin + performance.now();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

type Run = {
  wall: number;
  firstByte: number;
  /** From the request to the worker reading the job: a free worker, or a process start and its code loading. */
  toWorker: number;
  processStart: number;
  codeLoad: number;
  layout: number;
  lastBytes: number;
  workerCpu: number;
  workerPeakMb: number;
  serverPeakMb: number;
  stallMs: number;
  bytes: number;
};

/** One download as the export route makes it: the checks and fingerprint on the server, the layout in a worker. */
async function download(): Promise<Run> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let serverPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => (serverPeak = Math.max(serverPeak, process.memoryUsage().rss)), 20);
  loop.enable();
  const started = now();
  const generatedAt = new Date();
  const { body, ended } = pdfFromWorker({ snapshot, language: "nb", generatedAt, fingerprint: registerFingerprint(snapshot), findings: runChecks(snapshot, { now: generatedAt }) });
  let firstByte = 0;
  let bytes = 0;
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    firstByte ||= now() - started;
    bytes += chunk.value.byteLength;
  }
  const finished = now();
  const outcome = await ended;
  loop.disable();
  clearInterval(sampler);
  if (outcome.ended !== "done") throw new Error(`the PDF worker's job ended: ${outcome.ended}`);
  const f = outcome.figures;
  return {
    wall: (finished - started) / 1000,
    firstByte,
    toWorker: f.receivedAt - started,
    processStart: outcome.startedForIt ? f.processStartedAt - started : 0,
    codeLoad: outcome.startedForIt ? f.loadedAt - f.processStartedAt : 0,
    layout: f.laidOutAt - f.receivedAt,
    lastBytes: finished - f.laidOutAt,
    workerCpu: f.cpuMs / 1000,
    workerPeakMb: f.peakRssMb,
    serverPeakMb: serverPeak / MB,
    stallMs: loop.max / 1e6,
    bytes,
  };
}

async function inProcess() {
  const before = process.cpuUsage();
  const started = performance.now();
  const pdf = await renderRegisterPdf({ snapshot, language: "nb", generatedAt: new Date() });
  const cpu = process.cpuUsage(before);
  return { elapsed: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6, pages: (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length };
}

const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
const row = (name: string, run: Run) =>
  `    ${name.padEnd(8)} ${run.wall.toFixed(2).padStart(6)} s ${run.firstByte.toFixed(0).padStart(6)} ms ${run.toWorker.toFixed(0).padStart(6)} ms ${run.processStart.toFixed(0).padStart(6)} ms ${run.codeLoad.toFixed(0).padStart(6)} ms ${run.layout.toFixed(0).padStart(6)} ms ${run.lastBytes.toFixed(0).padStart(6)} ms ${run.workerCpu.toFixed(2).padStart(6)} s ${run.workerPeakMb.toFixed(0).padStart(6)} MB ${run.serverPeakMb.toFixed(0).padStart(6)} MB ${run.stallMs.toFixed(0).padStart(6)} ms`;

const cold = await download();
const warm: Run[] = [];
for (let i = 0; i < warmRuns; i++) warm.push(await download());
const pick = (key: keyof Run) => median(warm.map((run) => run[key]));
const typical = Object.fromEntries((Object.keys(cold) as (keyof Run)[]).map((key) => [key, pick(key)])) as Run;
// The worker's peak is its process's peak over all the jobs it did.
typical.workerPeakMb = Math.max(cold.workerPeakMb, ...warm.map((run) => run.workerPeakMb));

console.log(`PDF of ${count} activities (bokmål), load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
console.log(`  by the worker processes (as the server makes it); warm: median of ${warmRuns}`);
console.log(`    ${"".padEnd(8)} ${"wall".padStart(8)} ${"1st byte".padStart(9)} ${"to worker".padStart(9)} ${"of which start".padStart(9)} ${"code".padStart(9)} ${"layout".padStart(9)} ${"last bytes".padStart(9)} ${"wkr CPU".padStart(8)} ${"wkr peak".padStart(9)} ${"srv peak".padStart(9)} ${"stall".padStart(9)}`);
console.log(row("cold", cold));
warm.forEach((run, i) => console.log(row(`warm ${i + 1}`, run)));
console.log(row("warm", typical));
console.log(`    wall time (warm)     ${typical.wall.toFixed(2)} s   target < ${TARGET.seconds} s   ${verdict(typical.wall < TARGET.seconds)}`);
console.log(`    worker peak RSS      ${typical.workerPeakMb.toFixed(0)} MB   target < ${TARGET.workerMb} MB   ${verdict(typical.workerPeakMb < TARGET.workerMb)}`);
console.log(`    server loop stall    ${typical.stallMs.toFixed(0)} ms   target < ${TARGET.loopStallMs} ms   ${verdict(typical.stallMs < TARGET.loopStallMs)}   (the checks and the job's JSON run on it)`);
console.log(`    size                 ${(typical.bytes / MB).toFixed(1)} MB`);
reportFigure({ name: `PDF of ${count} activities (kept worker): wall time`, value: typical.wall, unit: "s", referenceName: "target", reference: TARGET.seconds, target: `< ${TARGET.seconds} s`, met: typical.wall < TARGET.seconds });
reportFigure({ name: `PDF of ${count} activities, a worker started for it: wall time`, value: cold.wall, unit: "s", referenceName: "target", reference: TARGET.seconds, target: `< ${TARGET.seconds} s`, met: cold.wall < TARGET.seconds });
reportFigure({ name: `PDF of ${count} activities: worker peak RSS`, value: typical.workerPeakMb, unit: "MB", referenceName: "target", reference: TARGET.workerMb, target: `< ${TARGET.workerMb} MB`, met: typical.workerPeakMb < TARGET.workerMb });
reportFigure({ name: `PDF of ${count} activities: server's longest loop stall`, value: typical.stallMs, unit: "ms", referenceName: "target", reference: TARGET.loopStallMs, target: `< ${TARGET.loopStallMs} ms`, met: typical.stallMs < TARGET.loopStallMs });
const local = await inProcess();
console.log(`  in this process (the layout alone, no worker)`);
console.log(`    wall time            ${local.elapsed.toFixed(2)} s, CPU ${local.cpu.toFixed(2)} s, ${local.pages} pages`);
