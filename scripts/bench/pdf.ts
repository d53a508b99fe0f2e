/**
 * Benchmark: the Art. 30 PDF of a company with 500 activities, generated from
 * an in-memory snapshot (no database). Prints generation time, time to the
 * first streamed byte, the longest event-loop stall (the layout yields between
 * slices of activities), page count, size and peak memory.
 *
 *   npx tsx --conditions=react-server scripts/bench/pdf.ts [activities]
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createRegisterPdf } from "@/lib/export/pdf/register-pdf";
import { largeRegisterSnapshot } from "@/test/export/full-register";

const count = Number(process.argv[2] ?? 500);
const snapshot = largeRegisterSnapshot(count);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 20);
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();

const started = performance.now();
let firstByte: number | null = null;
let bytes = 0;
const chunks: Buffer[] = [];
const { stream, done } = createRegisterPdf({ snapshot, language: "nb", generatedAt: new Date() });
const finished = new Promise<void>((resolve, reject) => {
  stream.on("data", (chunk: Buffer) => {
    firstByte ??= performance.now() - started;
    bytes += chunk.length;
    chunks.push(chunk);
  });
  stream.on("end", () => resolve());
  stream.on("error", reject);
});
await Promise.all([done, finished]);
const elapsed = performance.now() - started;
loop.disable();
clearInterval(sampler);

// Page objects are written as uncompressed dictionaries: count them.
const pdfPages = (Buffer.concat(chunks).toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;
console.log(`PDF of ${count} activities (bokmål)`);
console.log(`  generation time      ${(elapsed / 1000).toFixed(2)} s (${(elapsed / count).toFixed(1)} ms per activity)`);
console.log(`  first byte after     ${(firstByte ?? 0).toFixed(0)} ms`);
console.log(`  longest loop stall   ${(loop.max / 1e6).toFixed(0)} ms (p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms)`);
console.log(`  pages                ${pdfPages}`);
console.log(`  size                 ${mb(bytes)}`);
console.log(`  peak RSS (sampled)   ${mb(peakRss)}`);
console.log(`  peak heap (sampled)  ${mb(peakHeap)}`);
console.log(`  maxRSS (resourceUsage) ${mb(process.resourceUsage().maxRSS * 1024)}`);
