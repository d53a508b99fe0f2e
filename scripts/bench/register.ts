/**
 * Register overview and activity save at 2,000 activities (issue 12).
 *
 *   npx tsx --conditions=react-server scripts/bench/register.ts [runs]
 *
 * Creates a scratch database, seeds one company with 2,000 activities (bulk
 * createMany: two purposes, one data subject category, one data category and
 * one recipient each; every tenth with a US recipient and a transfer), computes
 * its stored findings once (docs/decisions/022-stored-findings.md; printed), then
 * prints median server times of `listActivities` (page 1 sorted by name; with a
 * search; with filters; with the "has findings" filter), of reading the stored
 * findings and of `updateActivity`, each beside the plain SQL that does the same
 * work through `pg` — the overview's page with its bases, counts and stored
 * completeness, and the counts per status (the total is their sum); for the save, one transaction that reads the activity,
 * updates its row, replaces its parts, records the audit event and rewrites its
 * findings and completeness — and the ratio (target: 3x). Prints figures only; asserts nothing.
 * Drops the database at the end.
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
import { reportFigure } from "../bench-figures";

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
    const { getActivity, updateActivity } = await import("@/lib/server/activities");
    const { listActivities } = await import("@/lib/server/activity-overview");
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
        description: { en: `Bench activity number ${i}`, nb: `Testbehandling nummer ${i}` },
        status: i % 3 === 0 ? "ACTIVE" : "DRAFT",
        role: i % 7 === 0 ? "PROCESSOR" : "CONTROLLER",
      })),
    });
    const bases = ["CONTRACT", "LEGITIMATE_INTERESTS", "LEGAL_OBLIGATION", "CONSENT"] as const;
    await db().purpose.createMany({
      data: ids.flatMap((activityId, i) => [
        { companyId, activityId, description: { en: `Deliver the service ${i}`, nb: `Levere tjenesten ${i}` }, lawfulBasis: bases[i % 4], legalReference: { law: null, section: null, text: { en: "bokføringsloven § 13", nb: "bokføringsloven § 13" } }, legitimateInterest: { en: "Service", nb: "Tjenesten" }, sortOrder: 0 },
        { companyId, activityId, description: { en: `Document enquiries ${i}`, nb: `Dokumentere henvendelser ${i}` }, lawfulBasis: "LEGITIMATE_INTERESTS" as const, legitimateInterest: { en: "Documentation", nb: "Dokumentasjon" }, sortOrder: 1 },
      ]),
    });
    await db().activityDataSubjectCategory.createMany({ data: ids.map((activityId) => ({ companyId, activityId, dataSubjectCategoryId: subjects.id })) });
    // Every activity names where its data comes from (the editor's schema requires a source): the person.
    await db().activitySource.createMany({ data: ids.map((activityId) => ({ companyId, activityId, kind: "DATA_SUBJECT_DIRECT" as const })) });
    await db().activityDataCategory.createMany({ data: ids.map((activityId) => ({ companyId, activityId, dataCategoryId: contact.id })) });
    await db().activityRecipient.createMany({
      data: ids.map((activityId, i) => ({ companyId, activityId, recipientId: i % 10 === 0 ? us.id : no.id })),
    });
    await db().transfer.createMany({
      data: ids.filter((_, i) => i % 10 === 0).map((activityId) => ({ companyId, activityId, recipientId: us.id, countryCode: "US", mechanism: "SCC_2021_914" as const })),
    });
    await db().$executeRawUnsafe("ANALYZE");
    console.log(`Seeded ${ACTIVITIES} activities in ${(performance.now() - seedStart).toFixed(0)} ms.\n`);

    // The findings of a company whose findings were never computed (a migrated company, or a new release): once.
    const { readStoredFindings } = await import("@/lib/server/stored-findings");
    const firstStart = performance.now();
    const stored = await readStoredFindings(companyId);
    console.log(`First computation of the stored findings (once per company and release): ${(performance.now() - firstStart).toFixed(0)} ms, ${stored.length} findings.\n`);

    const client = new pg.Client({ connectionString: database.url });
    client.on("error", (error) => console.error(error));
    await client.connect();
    // What the overview's page shows: its rows with their lawful bases, counts and completeness (stored with the
    // findings, ADR 022), and the counts per status (the tabs; the total is their sum, or the filtered tab's).
    const plainOverview = (extraWhere = "", params: unknown[] = []) => async () => {
      const where = `a.company_id = $1 ${extraWhere}`;
      await client.query(
        `SELECT a.id, a.name, a.role, a.status, a.updated_at,
           ARRAY(SELECT p.lawful_basis FROM purposes p WHERE p.activity_id = a.id ORDER BY p.sort_order) AS bases,
           (SELECT count(*) FROM purposes p WHERE p.activity_id = a.id) AS purposes,
           (SELECT count(*) FROM activity_recipients r WHERE r.activity_id = a.id) AS recipients,
           (SELECT count(*) FROM transfers t WHERE t.activity_id = a.id) AS transfers,
           s.score AS completeness
         FROM processing_activities a LEFT JOIN stored_completeness s ON s.company_id = a.company_id AND s.activity_id = a.id
         WHERE ${where} ORDER BY a.name, a.id LIMIT 25`,
        [companyId, ...params],
      );
      await client.query(`SELECT status, count(*) FROM processing_activities a WHERE ${where} GROUP BY status`, [companyId, ...params]);
    };

    const rows: [string, number, number][] = [];
    rows.push([
      "overview page 1, sorted by name",
      await time(RUNS, () => listActivities(access, { sort: "name", page: 1, pageSize: 25 })),
      await time(RUNS, plainOverview()),
    ]);
    rows.push([
      "overview, search 'enquiries 19' (name/description/purposes)",
      await time(RUNS, () => listActivities(access, { search: "enquiries 19", sort: "name" })),
      await time(
        RUNS,
        plainOverview(
          "AND (a.name ILIKE $2 OR EXISTS (SELECT 1 FROM jsonb_each_text(a.description) d WHERE d.value ILIKE $2) OR EXISTS (SELECT 1 FROM purposes p, jsonb_each_text(p.description) d WHERE p.activity_id = a.id AND d.value ILIKE $2))",
          ["%enquiries 19%"],
        ),
      ),
    ]);
    rows.push([
      "overview, filters (status ACTIVE, basis 6(1)(c), outside EEA)",
      await time(RUNS, () => listActivities(access, { filters: { status: "ACTIVE", lawfulBasis: "LEGAL_OBLIGATION", outsideEea: true }, sort: "name" })),
      await time(
        RUNS,
        plainOverview(
          "AND a.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM purposes p WHERE p.activity_id = a.id AND p.lawful_basis = 'LEGAL_OBLIGATION') AND EXISTS (SELECT 1 FROM activity_recipients ar JOIN recipients r ON r.id = ar.recipient_id JOIN countries c ON c.code = r.country_code WHERE ar.activity_id = a.id AND NOT c.is_eea)",
        ),
      ),
    ]);
    rows.push([
      "overview, filter 'has findings' (stored findings)",
      await time(RUNS, () => listActivities(access, { filters: { hasFindings: true }, sort: "name" })),
      await time(RUNS, plainOverview("AND EXISTS (SELECT 1 FROM stored_findings f WHERE f.company_id = a.company_id AND f.activity_id = a.id)")),
    ]);
    rows.push([
      "the company's findings (stored), for the findings page and counts",
      await time(RUNS, () => readStoredFindings(companyId)),
      await time(RUNS, () => client.query("SELECT * FROM stored_findings WHERE company_id = $1 ORDER BY severity, rule_id, activity_id, position", [companyId])),
    ]);

    const target = ids[1] ?? "";
    const current = await getActivity(access, target);
    let version = current.version;
    const saveTime = await time(RUNS, async () => {
      const saved = await updateActivity(
        access,
        target,
        activityInputSchema.parse({ ...current, description: { en: `Saved at ${performance.now()}` }, version, status: "DRAFT" }),
      );
      version = saved.version;
    });
    // The statements a whole-activity save needs, by hand in one transaction: read the activity as it
    // was (for the audit: its row and every part), update its row, replace its parts (deleted in two
    // statements, as the app does: the tables that reference other parts first), record the audit event,
    // rewrite its findings and completeness.
    const referencing = ["transfers", "retention_rules", "activity_source_data_categories", "notice_texts"];
    const referenced = ["purposes", "activity_sources", "joint_controllers", "controllers_served", "marketing_audiences", "activity_data_subject_categories", "activity_data_categories", "activity_recipients", "activity_systems", "activity_security_measures", "activity_cookies"];
    const deleteFrom = (tables: string[]) => {
      const [last, ...others] = tables.map((table) => `DELETE FROM ${table} WHERE activity_id = $1 AND company_id = $2`).reverse();
      return `WITH ${others.map((statement, i) => `d${i} AS (${statement})`).join(", ")} ${last ?? ""}`;
    };
    const plainSave = await time(RUNS, async () => {
      await client.query("BEGIN");
      const before = await client.query(
        `SELECT a.*, ${[...referenced, ...referencing].map((table) => `(SELECT json_agg(x) FROM ${table} x WHERE x.activity_id = a.id) AS ${table}`).join(", ")}
         FROM processing_activities a WHERE a.id = $1 AND a.company_id = $2`,
        [target, companyId],
      );
      const row = before.rows[0] as { purposes: { description: unknown; lawful_basis: string | null }[] } | undefined;
      await client.query("UPDATE processing_activities SET description = $1, version = version + 1, updated_at = now() WHERE id = $2 AND company_id = $3", [
        JSON.stringify({ en: `Plain ${performance.now()}` }),
        target,
        companyId,
      ]);
      await client.query(deleteFrom(referencing), [target, companyId]);
      await client.query(deleteFrom(referenced), [target, companyId]);
      await client.query(
        `INSERT INTO purposes (id, company_id, activity_id, description, lawful_basis, legal_reference, legitimate_interest, consent_withdrawal, sort_order, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'CONTRACT', '{}', '{}', '{}', 0, now()), (gen_random_uuid(), $1, $2, $3, 'LEGITIMATE_INTERESTS', '{}', '{"en":"Documentation"}', '{}', 1, now())`,
        [companyId, target, JSON.stringify(row?.purposes[0]?.description ?? {})],
      );
      await client.query("INSERT INTO activity_data_subject_categories (company_id, activity_id, data_subject_category_id) VALUES ($1, $2, $3)", [companyId, target, subjects.id]);
      await client.query("INSERT INTO activity_data_categories (company_id, activity_id, data_category_id) VALUES ($1, $2, $3)", [companyId, target, contact.id]);
      await client.query("INSERT INTO activity_sources (id, company_id, activity_id, kind) VALUES (gen_random_uuid(), $1, $2, 'DATA_SUBJECT_DIRECT')", [companyId, target]);
      await client.query("INSERT INTO activity_recipients (company_id, activity_id, recipient_id) VALUES ($1, $2, $3)", [companyId, target, no.id]);
      await client.query("INSERT INTO audit_events (company_id, actor_id, action, entity_type, entity_id, before, after) VALUES ($1, $2, 'UPDATE', 'ProcessingActivity', $3, $4, $4)", [
        companyId,
        user.id,
        target,
        JSON.stringify(before.rows[0] ?? null),
      ]);
      await client.query(
        "INSERT INTO stored_completeness (company_id, activity_id, score) VALUES ($1, $2, 80) ON CONFLICT (company_id, activity_id) DO UPDATE SET score = EXCLUDED.score",
        [companyId, target],
      );
      await client.query(
        `WITH gone AS (DELETE FROM stored_findings WHERE company_id = $1 AND activity_id = $2 RETURNING *)
         INSERT INTO stored_findings (company_id, activity_id, rule_id, severity, article, subject_kind, subject_id, catalog, field, language, message, position)
         SELECT company_id, activity_id, rule_id, severity, article, subject_kind, subject_id, catalog, field, language, message, position FROM gone`,
        [companyId, target],
      );
      await client.query("COMMIT");
    });
    rows.push(["save one activity (whole-activity replace, audit, its findings)", saveTime, plainSave]);
    await client.end();

    console.log(`Median of ${RUNS} runs at ${ACTIVITIES} activities (ms):\n`);
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`${"".padEnd(width)}  ${"server".padStart(9)}  ${"plain SQL".padStart(9)}  ${"ratio".padStart(6)}  target`);
    for (const [label, server, plain] of rows) {
      const ratio = server / plain;
      console.log(`${label.padEnd(width)}  ${server.toFixed(1).padStart(9)}  ${plain.toFixed(1).padStart(9)}  ${ratio.toFixed(1).padStart(5)}x  ${ratio <= 3 ? "≤ 3x, met" : "> 3x, NOT met"}`);
      reportFigure({ name: `${label}, ${ACTIVITIES} activities`, value: server, unit: "ms", referenceName: "plain SQL", reference: plain, target: "ratio ≤ 3×", met: ratio <= 3 });
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
