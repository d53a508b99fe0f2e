/**
 * The public notice pages answered before Next (docs/decisions/016-public-pages-before-next.md):
 * the same answers as the Next routes, and fresh on every app server after a publication.
 */
import http from "node:http";
import zlib from "node:zlib";
import { NOTICE_FONT_FILES } from "@/lib/notice/render/page-style";
import { db } from "@/lib/server/db";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createUser, unique } from "@/test/server/factories";
import { startAppServerProcess, type AppServerProcess } from "./support/app-server-process";
import { e2eDatabaseUrl } from "./support/database-url";
import { expect, signIn, test } from "./support/fixtures";

type Raw = { status: number; headers: Record<string, string>; body: Buffer };

/** One request with node:http: the headers as sent and the body as decoded from its Content-Encoding. */
function raw(port: number, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, String(v)]));
        resolve({ status: response.statusCode ?? 0, headers, body: headers["content-encoding"] === "gzip" ? zlib.gunzipSync(body) : body });
      });
    });
    request.on("error", reject);
    request.end();
  });
}

// How the bytes travel, not what they say: each server frames a body its own way.
const TRANSPORT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
const meaningful = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !TRANSPORT.has(name)));

let nextOnly: AppServerProcess | undefined;
test.afterAll(async () => {
  await nextOnly?.stop();
});

test("every kind of public URL answered before Next has the Next route's status, headers and body, also 304, HEAD and gzip", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const owner = await createUser();
  const slug = unique("fast");
  const company = await seedDemoCompany(db(), owner.id, { slug });
  // With a logo and an accent colour: the look is part of the stored page, the same from either server.
  const sha256 = "ab".repeat(32);
  await db().companyLogo.create({ data: { companyId: company.id, sha256, contentType: "image/svg+xml", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') } });
  await db().company.update({ where: { id: company.id }, data: { accentColour: "#0b6e4f", logoSha256: sha256 } });
  await signIn(page, owner.email, owner.password);
  for (const changeSummary of ["First", "Second"]) {
    const published = await page.request.post(`/api/companies/${company.id}/notice/versions`, { data: { changeSummary }, headers: { origin: baseURL! } });
    expect(published.status()).toBe(200);
  }
  nextOnly = await startAppServerProcess({ DATABASE_URL: e2eDatabaseUrl(), PROTOKOLL_PUBLIC_FAST_PATH: "off" });
  const fastPort = Number(new URL(baseURL!).port);

  const paths = [
    ...["", "/nb"].flatMap((lang) => ["", "/embed", "/notice.md", "/notice.txt", "/notice.json", "/versions", "/versions/1", "/versions/2", "/versions/9"].map((rest) => `/${slug}${lang}${rest}`)),
    `/${slug}?utm_source=newsletter`,
    `/${unique("nobody")}`,
    `/${unique("nobody")}/nb/notice.json`,
  ];
  let compared = 0;
  for (const path of paths) {
    const current = await raw(fastPort, path);
    const variants: { method?: string; headers?: Record<string, string> }[] = [
      {},
      { headers: { "accept-encoding": "gzip, deflate, br" } },
      { method: "HEAD" },
      ...(current.headers.etag ? [{ headers: { "if-none-match": current.headers.etag } }, { headers: { "if-none-match": `"other", W/${current.headers.etag}` } }] : []),
    ];
    for (const variant of variants) {
      // Twice: the first may ask the database, the second is answered from memory.
      for (const round of [1, 2]) {
        const fast = await raw(fastPort, path, variant);
        const viaNext = await raw(nextOnly.port, path, variant);
        const what = `${variant.method ?? "GET"} ${path} ${JSON.stringify(variant.headers ?? {})} (round ${round})`;
        expect(fast.status, what).toBe(viaNext.status);
        expect(meaningful(fast.headers), what).toEqual(meaningful(viaNext.headers));
        expect(fast.body.equals(viaNext.body), what).toBe(true);
        // Answered before Next: a known length, where Next streams its answer in chunks.
        expect(fast.headers["transfer-encoding"], what).toBeUndefined();
        compared++;
      }
    }
  }
  // The kinds above answer 200, 304 and 404; a version URL stays immutable, the latest cacheable briefly.
  expect((await raw(fastPort, `/${slug}/versions/1`)).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await raw(fastPort, `/${slug}`)).headers["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  expect(compared).toBeGreaterThan(150);
  // The look travelled with the versions: each page names the logo by its content, served by Next alone.
  for (const path of [`/${slug}`, `/${slug}/nb/versions/1`, `/${slug}/embed`]) {
    const body = (await raw(fastPort, path)).body.toString();
    expect(body, path).toContain(":root{--accent:#0b6e4f}");
    if (!path.endsWith("/embed")) expect(body, path).toContain(`<img src="/logos/${sha256}" alt="" height="40">`);
  }
  const logo = await raw(fastPort, `/logos/${sha256}`);
  expect(logo.status).toBe(200);
  expect(logo.headers["content-type"]).toBe("image/svg+xml");
  expect(logo.headers["etag"]).toBe(`"${sha256}"`);
  expect((await raw(fastPort, `/logos/${sha256}`, { headers: { "if-none-match": `"${sha256}"` } })).status).toBe(304);
});

test("two app servers on one database: a version published through one is served by the other within 2 s", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await createUser();
  const slug = unique("twin");
  const company = await seedDemoCompany(db(), owner.id, { slug });
  await signIn(page, owner.email, owner.password);
  const publish = async (changeSummary: string) => {
    const response = await page.request.post(`/api/companies/${company.id}/notice/versions`, { data: { changeSummary }, headers: { origin: baseURL! } });
    expect(response.status()).toBe(200);
  };
  await publish("First");
  // The other server trusts a kept page for ten minutes: only the notification can make it ask again.
  const other = await startAppServerProcess({ DATABASE_URL: e2eDatabaseUrl(), PROTOKOLL_PUBLIC_CACHE_TTL_MS: "600000" });
  try {
    const versionOnOther = async () => (await raw(other.port, `/${slug}/notice.json`)).headers.etag ?? "";
    const first = await versionOnOther();
    expect(first).toMatch(/-1-en-json"$/);
    // Kept now, and answered from memory.
    expect(await versionOnOther()).toBe(first);
    expect((await raw(other.port, `/${slug}/nb`)).headers.etag).toMatch(/-1-nb-html"$/);

    await publish("Second");
    const published = Date.now();
    let seen = first;
    while (seen === first && Date.now() - published < 10_000) {
      seen = await versionOnOther();
      if (seen === first) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const after = Date.now() - published;
    expect(seen).toMatch(/-2-en-json"$/);
    expect(after).toBeLessThan(2_000);
    // Every URL of it: the notification drops every kept page of the server.
    expect((await raw(other.port, `/${slug}/nb`)).headers.etag).toMatch(/-2-nb-html"$/);
  } finally {
    await other.stop();
  }
});

test("the proxy's matcher: the app's pages and unknown deeper paths get a nonce CSP, the typeface, logos and Next's assets do not pass through it", async ({ request }) => {
  for (const path of ["/sign-in", `/${unique("nothing")}/deeper/still`]) {
    expect((await request.get(path)).headers()["content-security-policy"], path).toMatch(/'nonce-[^']+'/);
  }
  const script = /\/_next\/static\/[^"]+\.js/.exec(await (await request.get("/sign-in")).text())?.[0];
  for (const path of [`/fonts/${NOTICE_FONT_FILES[0]}`, script ?? "/_next/static/none.js"]) {
    const asset = await request.get(path);
    expect(asset.status(), path).toBe(200);
    expect(asset.headers()["content-security-policy"], path).toBeUndefined();
  }
  // A logo has its own CSP (an SVG opened on its own runs nothing), not the proxy's nonce one.
  const logo = await request.get(`/logos/${"0".repeat(64)}`);
  expect(logo.status()).toBe(404);
  expect(logo.headers()["content-security-policy"] ?? "").not.toMatch(/nonce/);
});
