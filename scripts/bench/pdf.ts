/**
 * Benchmark: the Art. 30 PDF of a company with 500 activities (an in-memory snapshot,
 * no database), made the way the server makes it: in a worker process
 * (lib/server/export/pdf-worker.ts). Prints wall time, time to the first byte, the
 * worker's CPU time and peak RSS, this (server) process's peak RSS and its longest
 * event-loop stall while the PDF renders, beside the targets of issue 12; then the
 * same layout in this process for comparison.
 *
 *   npx tsx --conditions=react-server scripts/bench/pdf.ts [activities]
 */
import fs from "node:fs";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { renderRegisterPdf } from "@/lib/export/pdf/register-pdf";
import { pdfFromWorker } from "@/lib/server/export/pdf-worker";
import { largeRegisterSnapshot } from "@/test/export/full-register";
import { reportFigure } from "../bench-figures";

const count = Number(process.argv[2] ?? 500);
const snapshot = largeRegisterSnapshot(count);
const MB = 1024 * 1024;
const TARGET = { seconds: 3, workerMb: 250, loopStallMs: 100 };

/** The PDF worker among this process's children (Linux /proc; undefined elsewhere). */
function workerPid(): number | undefined {
  if (!fs.existsSync("/proc/self/stat")) return undefined;
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === process.pid && fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("worker-main")) return Number(entry);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return undefined;
}

/** Peak RSS (VmHWM) and CPU seconds so far of a process, from /proc. */
function processFigures(pid: number): { hwmMb: number; cpuSeconds: number } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    // An exited worker (a zombie until it is reaped) has no memory lines: keep what was read before.
    if (!hwm) return undefined;
    return { hwmMb: Number(hwm[1]) / 1024, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return undefined;
  }
}

async function inWorker() {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let serverPeak = process.memoryUsage().rss;
  let pid: number | undefined;
  let figures: { hwmMb: number; cpuSeconds: number } | undefined;
  const sampler = setInterval(() => {
    serverPeak = Math.max(serverPeak, process.memoryUsage().rss);
    pid ??= workerPid();
    if (pid !== undefined) figures = processFigures(pid) ?? figures;
  }, 20);
  loop.enable();
  const started = performance.now();
  let firstByte = 0;
  let bytes = 0;
  const { body, exited } = pdfFromWorker({ snapshot, language: "nb", generatedAt: new Date() });
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    firstByte ||= performance.now() - started;
    bytes += chunk.value.byteLength;
  }
  const elapsed = (performance.now() - started) / 1000;
  const code = await exited;
  loop.disable();
  clearInterval(sampler);
  if (code !== 0) throw new Error(`the PDF worker exited with ${code}`);
  return { elapsed, firstByte, bytes, serverPeakMb: serverPeak / MB, workerPeakMb: figures?.hwmMb ?? NaN, workerCpu: figures?.cpuSeconds ?? NaN, stallMs: loop.max / 1e6 };
}

async function inProcess() {
  const before = process.cpuUsage();
  const started = performance.now();
  const pdf = await renderRegisterPdf({ snapshot, language: "nb", generatedAt: new Date() });
  const cpu = process.cpuUsage(before);
  return { elapsed: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6, pages: (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length };
}

const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
const worker = await inWorker();
console.log(`PDF of ${count} activities (bokmål), load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
console.log(`  in the worker process (as the server makes it)`);
console.log(`    wall time            ${worker.elapsed.toFixed(2)} s   target < ${TARGET.seconds} s   ${verdict(worker.elapsed < TARGET.seconds)}`);
console.log(`    worker CPU time      ${worker.workerCpu.toFixed(2)} s   (wall time on an idle machine, roughly)`);
console.log(`    first byte after     ${worker.firstByte.toFixed(0)} ms`);
console.log(`    worker peak RSS      ${worker.workerPeakMb.toFixed(0)} MB   target < ${TARGET.workerMb} MB   ${verdict(worker.workerPeakMb < TARGET.workerMb)}`);
console.log(`    server peak RSS      ${worker.serverPeakMb.toFixed(0)} MB   (this process: snapshot, job, bytes passing through)`);
console.log(`    server loop stall    ${worker.stallMs.toFixed(0)} ms   target < ${TARGET.loopStallMs} ms   ${verdict(worker.stallMs < TARGET.loopStallMs)}`);
console.log(`    size                 ${(worker.bytes / MB).toFixed(1)} MB`);
reportFigure({ name: `PDF of ${count} activities (worker): wall time`, value: worker.elapsed, unit: "s", referenceName: "target", reference: TARGET.seconds, target: `< ${TARGET.seconds} s`, met: worker.elapsed < TARGET.seconds });
reportFigure({ name: `PDF of ${count} activities: worker peak RSS`, value: worker.workerPeakMb, unit: "MB", referenceName: "target", reference: TARGET.workerMb, target: `< ${TARGET.workerMb} MB`, met: worker.workerPeakMb < TARGET.workerMb });
reportFigure({ name: `PDF of ${count} activities: server's longest loop stall`, value: worker.stallMs, unit: "ms", referenceName: "target", reference: TARGET.loopStallMs, target: `< ${TARGET.loopStallMs} ms`, met: worker.stallMs < TARGET.loopStallMs });
const local = await inProcess();
console.log(`  in this process (the layout alone, no process start)`);
console.log(`    wall time            ${local.elapsed.toFixed(2)} s, CPU ${local.cpu.toFixed(2)} s, ${local.pages} pages`);
