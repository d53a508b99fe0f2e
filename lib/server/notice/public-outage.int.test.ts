import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser, unique } from "@/test/server/factories";
import { companyAccessFor } from "../access";
import { db } from "../db";
import { seedDemoCompany } from "../seed/demo-company";
import { latestNoticeResponse, versionResponse } from "./public-responses";
import { publishNotice } from "./versions";

const holder = globalThis as unknown as { protokollPrisma?: unknown };
const spare: PrismaClient[] = [];
const servers: net.Server[] = [];
afterAll(async () => {
  await Promise.all(spare.map((c) => c.$disconnect().catch(() => undefined)));
  for (const server of servers) server.close();
});

/** Runs `work` while this process's client talks to `url` instead of the test database. */
async function whileDatabaseIs<T>(url: string, work: () => Promise<T>): Promise<T> {
  const previous = holder.protokollPrisma;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 10_000 }) });
  spare.push(client);
  holder.protokollPrisma = client;
  try {
    return await work();
  } finally {
    holder.protokollPrisma = previous;
  }
}

// Nothing listens on port 1: the connection is refused, as when PostgreSQL is stopped.
const REFUSED = "postgresql://app:secret@127.0.0.1:1/protokoll";

/** A server that accepts connections and never answers: a database behind a partition. */
function silentServer(): Promise<string> {
  return new Promise((resolve) => {
    const server = net.createServer(() => undefined);
    servers.push(server);
    server.listen(0, "127.0.0.1", () => resolve(`postgresql://app:secret@127.0.0.1:${(server.address() as net.AddressInfo).port}/protokoll`));
  });
}

async function publishedDemo() {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("outage") });
  const access = await companyAccessFor(owner, company.id, "notice.publish");
  await publishNotice(access, { changeSummary: "First" });
  return { company, access };
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://protokoll.test${path}`, { headers });

describe("the public notice while the database is out of reach", () => {
  it("serves the version this process served last, byte for byte with its ETag, and 304 to a client that has it", async () => {
    const { company } = await publishedDemo();
    const before = await latestNoticeResponse(get(`/${company.slug}`), company.slug, "en", "html");
    const version = await versionResponse(get(`/${company.slug}/versions/1`), company.slug, "en", "1");
    expect(before.status).toBe(200);
    const body = await before.text();
    const versionBody = await version.text();

    await whileDatabaseIs(REFUSED, async () => {
      const during = await latestNoticeResponse(get(`/${company.slug}`), company.slug, "en", "html");
      expect(during.status).toBe(200);
      expect(during.headers.get("etag")).toBe(before.headers.get("etag"));
      expect(during.headers.get("cache-control")).toBe(before.headers.get("cache-control"));
      expect(await during.text()).toBe(body);
      const conditional = await latestNoticeResponse(get(`/${company.slug}`, { "if-none-match": before.headers.get("etag")! }), company.slug, "en", "html");
      expect(conditional.status).toBe(304);
      const archived = await versionResponse(get(`/${company.slug}/versions/1`), company.slug, "en", "1");
      expect(archived.status).toBe(200);
      expect(await archived.text()).toBe(versionBody);
    });
  });

  it("answers 503 with Retry-After, in the notice's language, for a page this process has not served", async () => {
    const { company } = await publishedDemo();
    await whileDatabaseIs(REFUSED, async () => {
      for (const [language, title, text] of [
        ["en", "Temporarily unavailable", "This privacy notice cannot be shown right now. Try again in a minute."],
        ["nb", "Midlertidig utilgjengelig", "Denne personvernerklæringen kan ikke vises akkurat nå. Prøv igjen om et minutt."],
      ] as const) {
        const response = await latestNoticeResponse(get(`/${company.slug}/notice.md`), company.slug, language, "markdown");
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("5");
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(response.headers.get("content-language")).toBe(language);
        const html = await response.text();
        expect(html).toContain(`<h1>${title}</h1>`);
        expect(html).toContain(text);
      }
    });
  });

  it("does not wait for a database that never answers when it has a copy to show", async () => {
    const { company } = await publishedDemo();
    const before = await latestNoticeResponse(get(`/${company.slug}/nb`), company.slug, "nb", "html");
    const body = await before.text();
    await whileDatabaseIs(await silentServer(), async () => {
      const started = performance.now();
      const during = await latestNoticeResponse(get(`/${company.slug}/nb`), company.slug, "nb", "html");
      expect(during.status).toBe(200);
      expect(await during.text()).toBe(body);
      // The pool would wait 10 s for the silent server; the page falls back after 3 s.
      expect(performance.now() - started).toBeLessThan(9_000);
    });
  });

  it("serves the newest version as soon as the database answers again: nothing is served from the copy while it does", async () => {
    const { company, access } = await publishedDemo();
    await latestNoticeResponse(get(`/${company.slug}`), company.slug, "en", "html");
    await publishNotice(access, { changeSummary: "Second" });
    const after = await latestNoticeResponse(get(`/${company.slug}`), company.slug, "en", "html");
    expect(after.headers.get("etag")).toMatch(/-2-en-html"$/);
    await whileDatabaseIs(REFUSED, async () => {
      const during = await latestNoticeResponse(get(`/${company.slug}`), company.slug, "en", "html");
      expect(during.headers.get("etag")).toMatch(/-2-en-html"$/);
    });
  });
});
