/**
 * The privacy notice: compile time, and throughput of the public page.
 *
 *   npx tsx --conditions=react-server scripts/bench/notice.ts
 *
 * 1. Compiles (both languages) and renders the notice of a generated company with
 *    200 activities, and prints the median time.
 * 2. Serves the public page /{slug} at 50 concurrent keep-alive connections and
 *    prints requests/s and p50/p99 latency, beside the same figures for the
 *    identical HTML served by a minimal Node `http` server on this machine; the
 *    ratio is the figure to watch. /api/health (a route handler with one trivial
 *    query) is printed too: the framework's own floor on this machine.
 *
 * The app is either one you run (BENCH_BASE_URL=http://127.0.0.1:3000 and
 * BENCH_SLUG=<a published company>), or started here: a scratch database with the
 * demo company published, and `next start` on a free port from the build in
 * NEXT_DIST_DIR (default .next: run `npm run build` first). Prints figures only;
 * asserts nothing. Drops the scratch database at the end.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { compileNotice } from "@/lib/notice/compile";
import { noticeLinks } from "@/lib/notice/public-paths";
import { renderNoticeHtml, renderNoticeMarkdown, renderNoticeText } from "@/lib/notice/render";
import {
  activity,
  activityRecipient,
  buildSnapshot,
  dataCategory,
  dataSubjectCategory,
  purpose,
  recipient,
  retention,
  transfer,
} from "@/test/register/snapshot-builder";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

// ── 1. compile ───────────────────────────────────────────────────────────────
function bigRegister() {
  const subjects = Array.from({ length: 12 }, (_, i) => dataSubjectCategory({ id: `dsc-${i}`, labelEn: `People group ${i}`, labelNb: `Persongruppe ${i}` }));
  const categories = Array.from({ length: 30 }, (_, i) => dataCategory({ id: `dc-${i}`, labelEn: `Data kind ${i}`, labelNb: `Opplysningstype ${i}` }));
  const recipients = Array.from({ length: 40 }, (_, i) => recipient({ id: `r-${i}`, name: `Vendor ${i} AS`, countryCode: i % 10 === 0 ? "US" : "NO" }));
  const activities = Array.from({ length: 200 }, (_, i) =>
    activity({
      id: `a-${i}`,
      name: `Activity ${i}`,
      noticeTitleEn: `Activity number ${i}`,
      noticeTitleNb: `Behandling nummer ${i}`,
      dataSubjectCategoryIds: [`dsc-${i % 12}`, `dsc-${(i * 7) % 12}`],
      dataCategoryIds: [`dc-${i % 30}`, `dc-${(i + 11) % 30}`, `dc-${(i + 17) % 30}`],
      recipients: [activityRecipient({ recipientId: `r-${i % 40}` }), activityRecipient({ recipientId: `r-${(i + 3) % 40}` })],
      transfers: i % 40 === 0 ? [transfer({ id: `t-${i}`, recipientId: `r-${i % 40}`, countryCode: "US" })] : [],
      purposes: [
        purpose({ id: `p-${i}-a`, description: { en: `Do task ${i}`, nb: `Gjør oppgave ${i}` }, lawfulBasis: "CONTRACT" }),
        purpose({ id: `p-${i}-b`, sortOrder: 1, description: { en: `Follow up task ${i}`, nb: `Følg opp oppgave ${i}` }, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: { en: `Following up task ${i}`, nb: `Å følge opp oppgave ${i}` }, liaRef: `LIA-${i}` }),
      ],
      retentionRules: [retention({ id: `rt-${i}`, dataCategoryId: `dc-${i % 30}` })],
    }),
  );
  return buildSnapshot({ catalogs: { dataSubjectCategories: subjects, dataCategories: categories, recipients }, activities });
}

function benchCompile() {
  const snapshot = bigRegister();
  const once = () => {
    for (const language of ["en", "nb"] as const) {
      const document = compileNotice(snapshot, language, { version: 1, publishedOn: "2026-11-22" });
      renderNoticeHtml(document, { mode: "page", links: noticeLinks("bench", language) });
      renderNoticeMarkdown(document);
      renderNoticeText(document);
    }
  };
  once();
  const compileOnly: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < 15; i++) {
    let start = performance.now();
    compileNotice(snapshot, "en", { version: 1, publishedOn: "2026-11-22" });
    compileOnly.push(performance.now() - start);
    start = performance.now();
    once();
    all.push(performance.now() - start);
  }
  const html = renderNoticeHtml(compileNotice(snapshot, "en", { version: 1, publishedOn: "2026-11-22" }), { mode: "page", links: noticeLinks("bench", "en") });
  console.log(`compile, 200 activities: ${median(compileOnly).toFixed(1)} ms (one language); ${median(all).toFixed(1)} ms (both languages, compiled and rendered to HTML, Markdown and text); page ${(html.length / 1024).toFixed(0)} KiB`);
}

// ── 2. load ──────────────────────────────────────────────────────────────────
type Load = { rps: number; p50: number; p99: number; errors: number; requests: number };

async function load(url: string): Promise<Load> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = http.get({ host: target.hostname, port: target.port, path: target.pathname, agent, headers: { "Accept-Encoding": "identity" } }, (res) => {
        res.on("data", () => undefined);
        res.on("end", () => {
          if (res.statusCode === 200) latencies.push(performance.now() - start);
          else errors++;
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
    });
  const worker = async () => {
    while (performance.now() < end) await one();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors, requests: latencies.length };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitFor(url: string, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function startApp(): Promise<{ baseUrl: string; slug: string; stop: () => Promise<void> }> {
  const { createTestDatabase } = await import("@/test/server/test-database");
  const { seedOnStart } = await import("@/lib/server/runtime/prepare-database");
  const { OFFLINE_ENV } = await import("@/lib/server/runtime/run");
  const database = await createTestDatabase("bench_notice");
  let next: ChildProcess | null = null;
  try {
    await seedOnStart(database.url, { demo: false });
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET ??= "bench-notice-secret-bench-notice-secret-x";
    const { db } = await import("@/lib/server/db");
    const { seedDemoCompany } = await import("@/lib/server/seed/demo-company");
    const { publishNotice } = await import("@/lib/server/notice/versions");
    // Built by hand: lib/server/access pulls in next-auth, which does not load outside Next.
    const user = await db().user.create({
      data: { email: `bench-${crypto.randomUUID()}@example.test`, name: "Bench", passwordHash: "not-a-hash" },
      select: { id: true, email: true, name: true, locale: true },
    });
    const company = await seedDemoCompany(db(), user.id, { slug: "bench-notice" });
    await publishNotice({ user, company, role: "OWNER" }, { changeSummary: "Benchmark" });
    await db().$disconnect();

    const port = await freePort();
    const root = path.resolve(import.meta.dirname, "../..");
    next = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: { ...process.env, ...OFFLINE_ENV, NODE_ENV: "production", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next", DATABASE_URL: database.url },
      stdio: "ignore",
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${baseUrl}/api/health`);
    const child = next;
    return {
      baseUrl,
      slug: company.slug,
      stop: async () => {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
        await database.drop();
      },
    };
  } catch (error) {
    next?.kill("SIGTERM");
    await database.drop();
    throw error;
  }
}

async function benchServe() {
  const external = process.env.BENCH_BASE_URL;
  const app = external ? { baseUrl: external, slug: process.env.BENCH_SLUG ?? "", stop: async () => undefined } : await startApp();
  try {
    const pageUrl = `${app.baseUrl}/${app.slug}`;
    const res = await fetch(pageUrl);
    if (res.status !== 200) throw new Error(`${pageUrl} answered ${res.status}`);
    const html = Buffer.from(await res.arrayBuffer());
    const headers = Object.fromEntries([...res.headers.entries()].filter(([k]) => !["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding", "vary"].includes(k)));
    // The same bytes and headers from a minimal server: the floor for this machine.
    const staticServer = http.createServer((_req, response) => {
      response.writeHead(200, { ...headers, "Content-Length": html.length });
      response.end(html);
    });
    await new Promise<void>((r) => staticServer.listen(0, "127.0.0.1", r));
    const address = staticServer.address();
    const staticUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;

    await load(pageUrl); // warm-up (JIT, connection pool)
    const app1 = await load(pageUrl);
    // The framework's own floor: a route handler with one trivial query.
    const health = await load(`${app.baseUrl}/api/health`);
    const floor = await load(staticUrl);
    staticServer.close();
    const line = (name: string, l: Load) => `${name.padEnd(26)} ${l.rps.toFixed(0).padStart(7)} req/s   p50 ${l.p50.toFixed(2).padStart(7)} ms   p99 ${l.p99.toFixed(2).padStart(7)} ms   (${l.requests} ok, ${l.errors} errors)`;
    console.log(`public page ${(html.length / 1024).toFixed(1)} KiB, ${CONNECTIONS} connections, ${SECONDS} s each, keep-alive:`);
    console.log(line("next start /{slug}", app1));
    console.log(line("next start /api/health", health));
    console.log(line("static node:http", floor));
    console.log(`ratio (app / static): ${(app1.rps / floor.rps).toFixed(2)}× throughput, ${(app1.p50 / floor.p50).toFixed(1)}× p50 latency`);
  } finally {
    await app.stop();
  }
}

async function main() {
  benchCompile();
  await benchServe();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
