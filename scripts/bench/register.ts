/**
 * Register overview and activity save at 2,000 activities.
 *
 *   npx tsx --conditions=react-server scripts/bench/register.ts [runs]
 *
 * Creates a scratch database, seeds one company with 2,000 activities (bulk
 * createMany: two purposes, one data subject category, one data category and
 * one recipient each; every tenth with a US recipient and a transfer), then
 * prints median server times of `listActivities` (page 1 sorted by name; with a
 * search; with filters; with the "has findings" filter, which runs the legal
 * checks over the whole register) and of `updateActivity`, each beside a plain
 * `SELECT` of the same rows through `pg`, and the ratio. Prints figures only;
 * asserts nothing. Drops the database at the end.
 *
 * Not measured here: an HTTP request to the built page (it needs a running
 * server and a signed-in session; the page's data work is `listActivities`
 * plus one catalog query, so its server time is this figure plus rendering).
 */
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createTestDatabase } from "@/test/server/test-database";
import { seedOnStart } from "@/lib/server/runtime/prepare-database";
import type { CompanyAccess } from "@/lib/server/access";

const ACTIVITIES = 2000;
const RUNS = Number(process.argv[2] ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: plans, connections, JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function main() {
  const database = await createTestDatabase("bench_register");
  try {
    await seedOnStart(database.url, { demo: false });
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET ??= "bench-register-secret-bench-register-secret";
    // Imported after DATABASE_URL is set: the client reads it on first use.
    const { db } = await import("@/lib/server/db");
    const { getActivity, listActivities, updateActivity } = await import("@/lib/server/activities");
    const { activityInputSchema } = await import("@/lib/register/activity-schema");

    // Built by hand: the access and factory modules pull in next-auth, which does not load outside Next.
    const user = await db().user.create({
      data: { email: `bench-${crypto.randomUUID()}@example.test`, name: "Bench", passwordHash: "not-a-hash" },
      select: { id: true, email: true, name: true, locale: true },
    });
    const company = await db().company.create({
      data: { slug: `bench-${crypto.randomUUID()}`, legalName: "Bench AS", countryCode: "NO", memberships: { create: { userId: user.id, role: "EDITOR" } } },
      select: { id: true, slug: true, legalName: true },
    });
    const access: CompanyAccess = { user, company, role: "EDITOR" };
    const companyId = company.id;

    const [subjects, contact, us, no] = await Promise.all([
      db().dataSubjectCategory.create({ data: { companyId, labelEn: "Customers", labelNb: "Kunder" } }),
      db().dataCategory.create({ data: { companyId, labelEn: "Contact details", labelNb: "Kontaktopplysninger" } }),
      db().recipient.create({ data: { companyId, name: "US Cloud Inc.", kind: "PROCESSOR", countryCode: "US" } }),
      db().recipient.create({ data: { companyId, name: "Norsk Drift AS", kind: "PROCESSOR", countryCode: "NO" } }),
    ]);

    const seedStart = performance.now();
    const ids = Array.from({ length: ACTIVITIES }, () => crypto.randomUUID());
    const words = ["Customer", "Supplier", "Employee", "Applicant", "Visitor", "Newsletter", "Invoice", "Support", "Recruitment", "Payroll"];
    await db().processingActivity.createMany({
      data: ids.map((id, i) => ({
        id,
        companyId,
        name: `${words[i % words.length]} processing ${String(i).padStart(4, "0")}`,
        description: `Bench activity number ${i}`,
        status: i % 3 === 0 ? "ACTIVE" : "DRAFT",
        role: i % 7 === 0 ? "PROCESSOR" : "CONTROLLER",
      })),
    });
    const bases = ["CONTRACT", "LEGITIMATE_INTERESTS", "LEGAL_OBLIGATION", "CONSENT"] as const;
    await db().purpose.createMany({
      data: ids.flatMap((activityId, i) => [
        { companyId, activityId, description: `Deliver the service ${i}`, lawfulBasis: bases[i % 4], legalReference: "bokføringsloven § 13", legitimateInterest: "Service", sortOrder: 0 },
        { companyId, activityId, description: `Document enquiries ${i}`, lawfulBasis: "LEGITIMATE_INTERESTS" as const, legitimateInterest: "Documentation", sortOrder: 1 },
      ]),
    });
    await db().activityDataSubjectCategory.createMany({ data: ids.map((activityId) => ({ companyId, activityId, dataSubjectCategoryId: subjects.id })) });
    await db().activityDataCategory.createMany({ data: ids.map((activityId) => ({ companyId, activityId, dataCategoryId: contact.id })) });
    await db().activityRecipient.createMany({
      data: ids.map((activityId, i) => ({ companyId, activityId, recipientId: i % 10 === 0 ? us.id : no.id })),
    });
    await db().transfer.createMany({
      data: ids.filter((_, i) => i % 10 === 0).map((activityId) => ({ companyId, activityId, recipientId: us.id, countryCode: "US", mechanism: "SCC_2021_914" as const })),
    });
    await db().$executeRawUnsafe("ANALYZE");
    console.log(`Seeded ${ACTIVITIES} activities in ${(performance.now() - seedStart).toFixed(0)} ms.\n`);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const plainPage = (extraWhere = "", params: unknown[] = []) => () =>
      client.query(
        `SELECT id, name, role, status, updated_at FROM processing_activities WHERE company_id = $1 ${extraWhere} ORDER BY name, id LIMIT 25`,
        [companyId, ...params],
      );

    const rows: [string, number, number][] = [];
    rows.push([
      "overview page 1, sorted by name",
      await time(RUNS, () => listActivities(access, { sort: "name", page: 1, pageSize: 25 })),
      await time(RUNS, plainPage()),
    ]);
    rows.push([
      "overview, search 'enquiries 19' (name/description/purposes)",
      await time(RUNS, () => listActivities(access, { search: "enquiries 19", sort: "name" })),
      await time(
        RUNS,
        plainPage(
          "AND (name ILIKE $2 OR description ILIKE $2 OR EXISTS (SELECT 1 FROM purposes p WHERE p.activity_id = processing_activities.id AND p.description ILIKE $2))",
          ["%enquiries 19%"],
        ),
      ),
    ]);
    rows.push([
      "overview, filters (status ACTIVE, basis 6(1)(c), outside EEA)",
      await time(RUNS, () => listActivities(access, { filters: { status: "ACTIVE", lawfulBasis: "LEGAL_OBLIGATION", outsideEea: true }, sort: "name" })),
      await time(
        RUNS,
        plainPage(
          "AND status = 'ACTIVE' AND EXISTS (SELECT 1 FROM purposes p WHERE p.activity_id = processing_activities.id AND p.lawful_basis = 'LEGAL_OBLIGATION') AND EXISTS (SELECT 1 FROM activity_recipients ar JOIN recipients r ON r.id = ar.recipient_id JOIN countries c ON c.code = r.country_code WHERE ar.activity_id = processing_activities.id AND NOT c.is_eea)",
        ),
      ),
    ]);
    rows.push([
      "overview, filter 'has findings' (runs the checks)",
      await time(Math.max(3, Math.floor(RUNS / 3)), () => listActivities(access, { filters: { hasFindings: true }, sort: "name" })),
      await time(RUNS, plainPage()),
    ]);

    const target = ids[1] ?? "";
    const current = await getActivity(access, target);
    let version = current.version;
    const saveTime = await time(RUNS, async () => {
      const saved = await updateActivity(
        access,
        target,
        activityInputSchema.parse({ ...current, description: `Saved at ${performance.now()}`, version, status: "DRAFT" }),
      );
      version = saved.version;
    });
    const plainUpdate = await time(RUNS, () =>
      client.query("UPDATE processing_activities SET description = $1, version = version + 1 WHERE id = $2 AND company_id = $3", [
        `Plain ${performance.now()}`,
        target,
        companyId,
      ]),
    );
    rows.push(["save one activity (whole-activity replace + audit)", saveTime, plainUpdate]);
    await client.end();

    console.log(`Median of ${RUNS} runs at ${ACTIVITIES} activities (ms):\n`);
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`${"".padEnd(width)}  ${"server".padStart(9)}  ${"plain SQL".padStart(9)}  ${"ratio".padStart(6)}`);
    for (const [label, server, plain] of rows) {
      console.log(`${label.padEnd(width)}  ${server.toFixed(1).padStart(9)}  ${plain.toFixed(1).padStart(9)}  ${(server / plain).toFixed(1).padStart(5)}x`);
    }
    await db().$disconnect();
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
