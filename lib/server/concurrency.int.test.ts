/**
 * Regression: the PGlite embedded database shared one session among all pool connections,
 * and under a handful of simultaneous requests the statements of different connections
 * interleaved — 500s, "session ended", and a member of company B reading company A's
 * activities. This runs 60 concurrent reads and writes of two companies against the
 * default embedded database, connected as the app's role, and checks every answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { startScratchEmbeddedDatabase } from "@/test/server/test-database";
import { applyMigrations, seedOnStart } from "./runtime/prepare-database";
import { APP_ROLE, grantAppRole } from "./runtime/embedded-database";

let embedded: Awaited<ReturnType<typeof startScratchEmbeddedDatabase>>;

beforeAll(async () => {
  embedded = await startScratchEmbeddedDatabase("concurrency");
  await applyMigrations(embedded.ownerUrl);
  await grantAppRole(embedded.ownerUrl, APP_ROLE);
  await seedOnStart(embedded.url, { demo: false });
  // The data layer reads DATABASE_URL on first use; nothing in this file has used it yet.
  process.env.DATABASE_URL = embedded.url;
});

afterAll(async () => {
  const { db } = await import("./db");
  await db().$disconnect();
  await embedded?.remove();
});

const input = (name: string) =>
  activityInputSchema.parse({
    name,
    role: "CONTROLLER",
    collectionSource: "DATA_SUBJECT_DIRECT",
    purposes: [{ description: { en: `Purpose of ${name}` }, lawfulBasis: "CONTRACT" }],
  });

describe("the embedded database under concurrent load", () => {
  it("answers 60 concurrent mixed reads and writes of two companies with 0 errors, 0 wrong rows and 0 cross-company rows", async () => {
    const { companyAccessFor } = await import("./access");
    const { createActivity, getActivity, updateActivity } = await import("./activities");
    const { listActivities } = await import("./activity-overview");
    const { createCompany, createUser } = await import("@/test/server/factories");

    const tenants = await Promise.all(
      ["alpha", "beta"].map(async (tag) => {
        const user = await createUser();
        const company = await createCompany([{ userId: user.id, role: "EDITOR" }]);
        const access = await companyAccessFor(user, company.id, "register.write");
        const existing = [];
        for (let i = 0; i < 10; i++) existing.push(await createActivity(access, input(`${tag} existing ${i}`)));
        return { tag, access, existing };
      }),
    );

    type Outcome = { tag: string; kind: string; ok: boolean; wrong: string[]; foreign: string[] };
    const operations: Promise<Outcome>[] = [];
    for (const { tag, access, existing } of tenants) {
      const foreignIds = new Set(tenants.filter((t) => t.tag !== tag).flatMap((t) => t.existing.map((a) => a.id)));
      const check = (kind: string, run: () => Promise<{ wrong: string[]; foreign: string[] }>): Promise<Outcome> =>
        run().then(
          (r) => ({ tag, kind, ok: true, ...r }),
          (error: unknown) => ({ tag, kind, ok: false, wrong: [String(error)], foreign: [] }),
        );
      for (let i = 0; i < 10; i++) {
        operations.push(
          check("create", async () => {
            const created = await createActivity(access, input(`${tag} new ${i}`));
            return { wrong: created.name === `${tag} new ${i}` ? [] : [created.name], foreign: [] };
          }),
        );
        operations.push(
          check("update", async () => {
            const target = existing[i];
            if (!target) throw new Error(`no activity ${i}`);
            const saved = await updateActivity(access, target.id, { ...input(`${tag} renamed ${i}`), version: target.version });
            return { wrong: saved.id === target.id && saved.name === `${tag} renamed ${i}` ? [] : [saved.name], foreign: [] };
          }),
        );
        operations.push(
          i % 2 === 0
            ? check("list", async () => {
                const page = await listActivities(access, { pageSize: 100 });
                const names = page.items.map((item) => item.name);
                return {
                  wrong: names.filter((name) => !name.startsWith(`${tag} `)),
                  foreign: page.items.filter((item) => foreignIds.has(item.id)).map((item) => item.id),
                };
              })
            : check("get", async () => {
                const read = await getActivity(access, existing[9 - i]?.id ?? "");
                return { wrong: read.name.startsWith(`${tag} `) ? [] : [read.name], foreign: foreignIds.has(read.id) ? [read.id] : [] };
              }),
        );
      }
    }
    expect(operations.length).toBeGreaterThanOrEqual(60);
    const outcomes = await Promise.all(operations);

    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(outcomes.flatMap((o) => o.wrong)).toEqual([]);
    expect(outcomes.flatMap((o) => o.foreign)).toEqual([]);

    // Every acknowledged write is there, in its own company only.
    for (const { tag, access } of tenants) {
      const page = await listActivities(access, { pageSize: 100 });
      const names = page.items.map((item) => item.name).sort();
      const expected = [...Array.from({ length: 10 }, (_, i) => `${tag} new ${i}`), ...Array.from({ length: 10 }, (_, i) => `${tag} renamed ${i}`)].sort();
      expect(names).toEqual(expected);
    }
  });
});
