/**
 * The public notice answered before Next from the per-process cache, and the app under a
 * mixed load (issues 8 and 12).
 *
 *   npx tsx --conditions=react-server scripts/bench/public-pages.ts
 *
 * 1. /{slug} at 50 keep-alive connections beside the same bytes and headers from a ten-line
 *    node:http server (and from nginx, when it is installed: as a static file and, with the
 *    README's snippet, as a caching reverse proxy in front of the app): req/s, p50, p99,
 *    errors and the ratio; then the same URL from Next's route handler (PROTOKOLL_PUBLIC_FAST_PATH=off),
 *    as it was before. Issue 12's target: ≥ 0.5× node:http, p99 < 20 ms, 0 errors. The app
 *    server's RSS idle and at its peak under that load (target < 400 MB), read from /proc.
 * 2. 60 s at 50 connections mixing public pages (English, bokmål, Markdown, an archived
 *    version) with signed-in reads and writes (the register overview, an activity, saving a
 *    new activity): figures per kind and the error count.
 *
 * Starts its own app server (scripts/serve.ts, the build in .next: run `npm run build`
 * first) on a scratch database with the demo company published. Prints figures; asserts
 * nothing. BENCH_SECONDS (8) and BENCH_MIXED_SECONDS (60) shorten the runs; BENCH_NODE_FLAGS
 * (e.g. "--max-semi-space-size=2") starts the app server with those node flags.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { reportFigure } from "../bench-figures";

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
const root = path.resolve(import.meta.dirname, "../..");

type Sample = { ms: number; ok: boolean };
type Figures = { rps: number; p50: number; p99: number; ok: number; errors: number };

function figures(samples: Sample[], seconds: number): Figures {
  const ok = samples.filter((s) => s.ok).map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) => ok[Math.min(ok.length - 1, Math.floor((p / 100) * ok.length))] ?? 0;
  return { rps: ok.length / seconds, p50: at(50), p99: at(99), ok: ok.length, errors: samples.length - ok.length };
}

type Request = { method?: string; path: string; headers?: Record<string, string>; body?: string; expect?: number[] };

function send(agent: http.Agent, port: number, request: Request): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, path: request.path, method: request.method ?? "GET", agent, headers: { "Accept-Encoding": "identity", ...request.headers } }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve({ ms: performance.now() - started, ok: (request.expect ?? [200]).includes(res.statusCode ?? 0) }));
    });
    req.on("error", () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(request.body);
  });
}

/** `CONNECTIONS` keep-alive clients sending `next()` one after the other for `seconds`. */
async function load(port: number, seconds: number, next: () => Request & { kind?: string }): Promise<Map<string, Sample[]>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const samples = new Map<string, Sample[]>();
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const request = next();
        const sample = await send(agent, port, request);
        const kind = request.kind ?? "all";
        if (!samples.has(kind)) samples.set(kind, []);
        samples.get(kind)?.push(sample);
      }
    }),
  );
  agent.destroy();
  return samples;
}

async function loadOne(port: number, requestPath: string): Promise<Figures> {
  await load(port, 1, () => ({ path: requestPath })); // warm-up
  return figures((await load(port, SECONDS, () => ({ path: requestPath }))).get("all") ?? [], SECONDS);
}

const line = (name: string, f: Figures, reference?: Figures) =>
  `${name.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${f.p50.toFixed(2).padStart(7)} ms   p99 ${f.p99.toFixed(2).padStart(7)} ms   ${f.ok} ok, ${f.errors} errors${reference ? `   ${(f.rps / reference.rps).toFixed(2)}× node:http` : ""}`;

type AppProcess = { port: number; pid: number; stop: () => Promise<void> };

function serveProcess(env: Record<string, string>): Promise<AppProcess> {
  // BENCH_NODE_FLAGS: node/V8 flags for the app server, to try settings against the figures (README, "Deployment").
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const child = spawn("node", [...flags, "--conditions=react-server", "--import", "tsx", "scripts/serve.ts"], { cwd: root, env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Protokoll is listening on (\d+)/.exec(output);
      if (match) resolve({ port: Number(match[1]), pid: child.pid ?? 0, stop: () => new Promise((done) => (child.once("exit", () => done()), child.kill("SIGTERM"))) });
    });
    child.once("exit", (code) => reject(new Error(`the app server exited with ${code}`)));
  });
}

/** The resident memory of a process (Linux /proc), in MB; undefined where there is no /proc. */
function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` while sampling a process's RSS every 100 ms; the highest sample. */
async function peakRssDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number | undefined }> {
  let peakMb = rssMb(pid);
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (now !== undefined) peakMb = Math.max(peakMb ?? 0, now);
  }, 100);
  try {
    return { result: await work(), peakMb };
  } finally {
    clearInterval(timer);
  }
}

const mb = (value: number | undefined) => (value === undefined ? "n/a (no /proc)" : `${value.toFixed(0)} MB`);

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    }),
  );
}

/** nginx from Debian, when installed: the same file served statically, and the README's caching proxy in front of the app. */
async function withNginx(appPort: number, body: Buffer, run: (ports: { staticPort: number; proxyPort: number }) => Promise<void>): Promise<boolean> {
  const binary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => fs.existsSync(candidate));
  if (!binary) return false;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "protokoll-bench-nginx-"));
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(path.join(dir, "notice.html"), body);
  // Two free ports, found by listening and letting go.
  const probes = [http.createServer(), http.createServer()];
  const [staticPort = 0, proxyPort = 0] = await Promise.all(probes.map(listen));
  await Promise.all(probes.map((probe) => new Promise((r) => probe.close(r))));
  const snippet = fs.readFileSync(path.join(root, "README.md"), "utf8").match(/```nginx\n([\s\S]*?)```/)?.[1] ?? "";
  const proxy = snippet.replace(/127\.0\.0\.1:3000/g, `127.0.0.1:${appPort}`).replace(/listen 80;/, `listen 127.0.0.1:${proxyPort};`).replace(/\/var\/cache\/nginx\/protokoll/g, path.join(dir, "cache"));
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 2; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; types { text/html html; }
  server { listen 127.0.0.1:${staticPort}; root ${dir}; location / { try_files /notice.html =404; default_type text/html; } }
  ${proxy}
}`,
  );
  const nginx = spawn(binary, ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" });
  await new Promise((r) => setTimeout(r, 1_000));
  try {
    await run({ staticPort, proxyPort });
  } finally {
    nginx.kill("SIGQUIT");
    await new Promise((r) => nginx.once("exit", r));
    const errors = fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8").trim().split("\n").slice(-3) : [];
    if (errors.some(Boolean)) console.log(`nginx's error log ends with:\n  ${errors.join("\n  ")}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return true;
}

async function main() {
  const { createTestDatabase } = await import("@/test/server/test-database");
  const { seedOnStart } = await import("@/lib/server/runtime/prepare-database");
  const database = await createTestDatabase("bench_public");
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= "bench-public-secret-bench-public-secret-x";
  let app: AppProcess | undefined;
  try {
    await seedOnStart(database.url, { demo: false });
    const { db } = await import("@/lib/server/db");
    const { hashPassword } = await import("@/lib/server/sign-in");
    const { seedDemoCompany } = await import("@/lib/server/seed/demo-company");
    const { publishNotice } = await import("@/lib/server/notice/versions");
    const password = "bench-password-long-enough";
    const user = await db().user.create({
      data: { email: `bench-${Date.now()}@example.test`, name: "Bench", passwordHash: await hashPassword(password) },
      select: { id: true, email: true, name: true, locale: true },
    });
    const company = await seedDemoCompany(db(), user.id, { slug: "bench-public" });
    await publishNotice({ user, company, role: "OWNER" }, { changeSummary: "Benchmark" });
    const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id }, select: { id: true } });
    await db().$disconnect();

    app = await serveProcess({ DATABASE_URL: database.url, AUTH_SECRET: process.env.AUTH_SECRET });
    const base = `http://127.0.0.1:${app.port}`;
    // A session cookie, as the sign-in form gets one.
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signedIn = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: new URLSearchParams({ csrfToken, email: user.email, password }),
    });
    const session = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.startsWith("authjs.session-token="));
    if (!session) throw new Error(`sign-in failed (${signedIn.status})`);

    // ── 1. the public page against the same bytes from node:http (and nginx) ──
    const page = await fetch(`${base}/${company.slug}`);
    const body = Buffer.from(await page.arrayBuffer());
    const headers = Object.fromEntries([...page.headers.entries()].filter(([k]) => !["content-length", "transfer-encoding", "connection", "keep-alive", "date"].includes(k)));
    const floorServer = http.createServer((_req, res) => {
      res.writeHead(200, { ...headers, "Content-Length": body.length });
      res.end(body);
    });
    const floorPort = await listen(floorServer);
    const idleMb = rssMb(app.pid);
    const { result: appFigures, peakMb: publicPeakMb } = await peakRssDuring(app.pid, () => loadOne(app!.port, `/${company.slug}`));
    const floor = await loadOne(floorPort, "/");
    floorServer.close();
    let nginxStatic: Figures | undefined;
    let nginxProxy: Figures | undefined;
    const hadNginx = await withNginx(app.port, body, async ({ staticPort, proxyPort }) => {
      nginxStatic = await loadOne(staticPort, "/");
      const through = await fetch(`http://127.0.0.1:${proxyPort}/${company.slug}`);
      if (through.status !== 200) console.log(`nginx → app answers ${through.status}: ${(await through.text()).slice(0, 200)}`);
      nginxProxy = await loadOne(proxyPort, `/${company.slug}`);
    });
    // The same URL from Next's route handler (the fast path turned off): what it was before.
    const nextOnly = await serveProcess({ DATABASE_URL: database.url, AUTH_SECRET: process.env.AUTH_SECRET, PROTOKOLL_PUBLIC_FAST_PATH: "off" });
    const { result: nextFigures, peakMb: nextPeakMb } = await peakRssDuring(nextOnly.pid, () => loadOne(nextOnly.port, `/${company.slug}`)).finally(() => nextOnly.stop());

    console.log(`public page /${company.slug}: ${(body.length / 1024).toFixed(1)} KiB, ${CONNECTIONS} connections, ${SECONDS} s each, keep-alive; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} on ${os.cpus().length} cores`);
    console.log(line("node:http, same bytes (reference)", floor, floor));
    console.log(line("app (answered before Next)", appFigures, floor));
    if (nginxStatic) console.log(line("nginx, same file", nginxStatic, floor));
    if (nginxProxy) console.log(line("nginx (README snippet) → app", nginxProxy, floor));
    if (!hadNginx) console.log("nginx: not installed (apt-get install -y nginx adds its figures)");
    console.log(line("Next route handler (fast path off)", nextFigures, floor));
    const ratio = appFigures.rps / floor.rps;
    console.log(
      `ratio app / node:http: ${ratio.toFixed(2)}× throughput (target ≥ 0.5×), p99 ${appFigures.p99.toFixed(1)} ms (target < 20 ms), ${appFigures.errors} errors (target 0)${nginxStatic ? `; app / nginx: ${(appFigures.rps / nginxStatic.rps).toFixed(2)}×` : ""}; app / Next route: ${(appFigures.rps / Math.max(nextFigures.rps, 1)).toFixed(1)}×`,
    );
    console.log(`app server RSS: idle ${mb(idleMb)}, peak under the public load ${mb(publicPeakMb)} (target < 400 MB); the Next route's server under the same load peaked at ${mb(nextPeakMb)}`);
    const publicPage = `public page /{slug}, ${CONNECTIONS} connections`;
    reportFigure({ name: `${publicPage}: throughput`, value: appFigures.rps, unit: "req/s", referenceName: "node:http, same bytes", reference: floor.rps, target: "ratio ≥ 0.5×", met: ratio >= 0.5 });
    if (nginxStatic) reportFigure({ name: `${publicPage}: throughput`, value: appFigures.rps, unit: "req/s", referenceName: "nginx, same file", reference: nginxStatic.rps, target: "(for comparison)", met: true });
    reportFigure({ name: `${publicPage}: p99`, value: appFigures.p99, unit: "ms", referenceName: "node:http's p99", reference: floor.p99, target: "< 20 ms", met: appFigures.p99 < 20 });
    reportFigure({ name: `${publicPage}: errors`, value: appFigures.errors, unit: "", referenceName: "target", reference: 0, target: "0", met: appFigures.errors === 0 });
    reportFigure({ name: "app server RSS, peak under the public load", value: publicPeakMb ?? NaN, unit: "MB", referenceName: "target", reference: 400, target: "< 400 MB", met: (publicPeakMb ?? Infinity) < 400 });

    // ── 2. mixed: public pages and signed-in reads and writes, 60 s at 50 connections ──
    let n = 0;
    const cookie = { cookie: session };
    const mix = (): Request & { kind: string } => {
      const i = n++ % 20;
      if (i < 8) return { kind: "public /{slug}", path: `/${company.slug}` };
      if (i < 10) return { kind: "public /{slug}/nb", path: `/${company.slug}/nb` };
      if (i < 11) return { kind: "public notice.md", path: `/${company.slug}/notice.md` };
      if (i < 12) return { kind: "public /versions/1", path: `/${company.slug}/versions/1` };
      if (i < 16) return { kind: "signed-in register overview", path: `/api/companies/${company.id}/activities`, headers: cookie };
      if (i < 19) return { kind: "signed-in activity", path: `/api/companies/${company.id}/activities/${activity.id}`, headers: cookie };
      return {
        kind: "signed-in save (new activity)",
        method: "POST",
        path: `/api/companies/${company.id}/activities`,
        headers: { ...cookie, "content-type": "application/json" },
        body: JSON.stringify({ name: `Bench ${n}`, role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", purposes: [{ description: { en: "Bench", nb: "Bench" }, lawfulBasis: "CONTRACT" }] }),
      };
    };
    const { result: mixed, peakMb: mixedPeakMb } = await peakRssDuring(app.pid, () => load(app!.port, MIXED_SECONDS, mix));
    console.log(`\nmixed load: ${MIXED_SECONDS} s, ${CONNECTIONS} connections`);
    let errors = 0;
    let total = 0;
    for (const [kind, samples] of [...mixed.entries()].sort()) {
      const f = figures(samples, MIXED_SECONDS);
      errors += f.errors;
      total += samples.length;
      console.log(line(kind, f));
    }
    console.log(`mixed load: ${total} requests, ${errors} errors; app server RSS peak ${mb(mixedPeakMb)}`);
  } finally {
    await app?.stop();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
