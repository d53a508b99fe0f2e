import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { RULES, runChecks, type Finding } from "@/lib/register/checks";
import { languageOfFinding } from "@/lib/register/checks/languages";
import { activityFromOutline, activityOfFinding, activityOutline, CROSS_ACTIVITY_RULES, outlineKey, registerWith, type ActivityOutline } from "@/lib/register/checks/parts";
import { activityCompleteness } from "@/lib/register/completeness";
import { indexSnapshot, type ActivitySnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import { isFindingCatalog, isSeverity } from "@/lib/register/checks/finding-schema";
import type { FindingSubject } from "@/lib/register/checks/types";
import { localizedTextFromJson } from "@/lib/register/localized-text";
import { db } from "./db";
import { readRegisterRows } from "./register/register-read";
import { readRegisterSnapshot, snapshotOfRows } from "./register/snapshot";

/**
 * The legal checks' findings, stored (docs/decisions/022-stored-findings.md). Every write
 * that can change them rewrites them in its own transaction: an activity's save its own
 * findings and the register findings (lib/register/checks/parts.ts), a change of the
 * profile, a catalog or the translations all of the company's. Readers get them with
 * `readStoredFindings`, which computes them first where they are missing or stale.
 */

type Tx = Prisma.TransactionClient;

/**
 * Which rules computed the stored findings and completeness: the rules' ids, severities and
 * code. Another revision (a new release) makes every company's findings stale, recomputed on
 * first read.
 */
const RULES_REVISION = crypto
  .createHash("sha256")
  .update(JSON.stringify(RULES.map((rule) => [rule.id, rule.severity, rule.article, String(rule.check)])))
  .update(runChecks.toString())
  .update(activityCompleteness.toString())
  .digest("hex")
  .slice(0, 32);

/** The day date-dependent rules (CK-002, adequacy decisions that expire) judged by, in UTC. */
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Serialises the writers of one company's findings until commit: each reads the register
 * after the previous one committed, so the last to commit wrote what the register holds.
 */
async function lockFindings(tx: Tx, companyId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`findings:${companyId}`}, 0))`;
}

function subjectColumns(subject: FindingSubject): { subjectId: string | null; catalog: string | null } {
  switch (subject.kind) {
    case "activity":
      return { subjectId: subject.activityId, catalog: null };
    case "recipient":
      return { subjectId: subject.recipientId, catalog: null };
    case "cookie":
      return { subjectId: subject.cookieId, catalog: null };
    case "catalog":
      return { subjectId: subject.entryId, catalog: subject.catalog };
    default:
      return { subjectId: null, catalog: null };
  }
}

/**
 * Inserts findings in one statement: the rows travel as one JSON parameter. (Prisma's
 * createMany took 20 s for the 10,000 findings of a 2,000-activity register.)
 */
async function insertFindings(tx: Tx, companyId: string, findings: readonly Finding[]): Promise<void> {
  if (findings.length === 0) return;
  await tx.$executeRaw`${insertFindingsSql(companyId, findings)}`;
}

/** The INSERT of `insertFindings`, for a statement that does more. */
function insertFindingsSql(companyId: string, findings: readonly Finding[]): Prisma.Sql {
  const rows = findings.map((finding, position) => ({
    activity_id: finding.subject.kind === "activity" ? finding.subject.activityId : null,
    rule_id: finding.ruleId,
    severity: finding.severity,
    article: finding.article,
    subject_kind: finding.subject.kind,
    ...subjectColumns(finding.subject),
    field: finding.field,
    language: languageOfFinding(finding),
    message: finding.message,
    position,
  }));
  return Prisma.sql`
    INSERT INTO stored_findings (company_id, activity_id, rule_id, severity, article, subject_kind, subject_id, catalog, field, language, message, position)
    SELECT ${companyId}, x.activity_id, x.rule_id, x.severity, x.article, x.subject_kind, x."subjectId", x.catalog, x.field, x.language, x.message, x.position
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(activity_id text, rule_id text, severity text, article text, subject_kind text, "subjectId" text, catalog text, field text, language text, message jsonb, position int)`;
}

type CompletenessRow = { activity_id: string; score: number };

function completenessRows(snapshot: RegisterSnapshot, activities: readonly ActivitySnapshot[]): CompletenessRow[] {
  const index = indexSnapshot(snapshot);
  return activities.map((activity) => ({ activity_id: activity.id, score: activityCompleteness(activity, index).score }));
}

/** Stores every activity's completeness (the overview's column), dropping what was stored. */
async function storeCompanyCompleteness(tx: Tx, companyId: string, snapshot: RegisterSnapshot): Promise<void> {
  const rows = completenessRows(snapshot, snapshot.activities);
  await tx.$executeRaw`DELETE FROM stored_completeness WHERE company_id = ${companyId}`;
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO stored_completeness (company_id, activity_id, score)
    SELECT ${companyId}, x.activity_id, x.score FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(activity_id text, score int)`;
}

type StoredRow = { activityId: string | null; ruleId: string; severity: string; article: string; subjectKind: string; subjectId: string | null; catalog: string | null; field: string; message: Prisma.JsonValue };

function subjectOf(row: StoredRow): FindingSubject {
  const id = row.subjectId ?? "";
  switch (row.subjectKind) {
    case "activity":
      return { kind: "activity", activityId: row.activityId ?? id };
    case "recipient":
      return { kind: "recipient", recipientId: id };
    case "cookie":
      return { kind: "cookie", cookieId: id };
    case "catalog":
      // A catalog no finding names any more reads as the company's (a row from a removed rule).
      return isFindingCatalog(row.catalog) ? { kind: "catalog", catalog: row.catalog, entryId: id } : { kind: "company" };
    case "notice":
      return { kind: "notice" };
    default:
      return { kind: "company" };
  }
}

function fromRow(row: StoredRow): Finding {
  const message = localizedTextFromJson(row.message);
  return {
    ruleId: row.ruleId,
    // The column holds what the checks wrote; anything else is read as the stricter "error".
    severity: isSeverity(row.severity) ? row.severity : "error",
    article: row.article,
    subject: subjectOf(row),
    field: row.field,
    message: { en: message.en ?? "", nb: message.nb ?? "" },
  };
}

type State = { rulesRevision: string; computedOn: Date; generation: number };

/** What a state row says: whether the findings are current, and its generation. */
function stateOf(state: State | null, now: Date): { current: boolean; generation: number | null } {
  if (!state) return { current: false, generation: null };
  return { current: state.rulesRevision === RULES_REVISION && dayOf(state.computedOn) === dayOf(now), generation: state.generation };
}

/** The company's findings state as last committed: whether they are current, and its generation. */
async function readState(client: Tx | ReturnType<typeof db>, companyId: string, now: Date): Promise<{ current: boolean; generation: number | null }> {
  return stateOf(await client.findingsState.findUnique({ where: { companyId }, select: { rulesRevision: true, computedOn: true, generation: true } }), now);
}

/**
 * Computes and stores the whole company's findings, in the caller's transaction. They are
 * marked current only if no change marked them stale since the state was read (an
 * uncommitted change's row lock makes this wait for it, and then not mark them).
 */
async function storeCompanyFindings(tx: Tx, companyId: string, now = new Date()): Promise<Finding[]> {
  await lockFindings(tx, companyId);
  const { generation } = await readState(tx, companyId, now);
  const snapshot = await readRegisterSnapshot(tx, companyId, now);
  const findings = runChecks(snapshot, { now });
  await tx.storedFinding.deleteMany({ where: { companyId } });
  await insertFindings(tx, companyId, findings);
  await storeCompanyCompleteness(tx, companyId, snapshot);
  const day = dayOf(now);
  await tx.$executeRaw`
    INSERT INTO findings_state (company_id, rules_revision, computed_on, computed_at, generation)
    VALUES (${companyId}, ${RULES_REVISION}, ${day}::date, ${now}, 0)
    ON CONFLICT (company_id) DO UPDATE SET rules_revision = EXCLUDED.rules_revision, computed_on = EXCLUDED.computed_on, computed_at = EXCLUDED.computed_at
    WHERE findings_state.generation = ${generation ?? 0}`;
  return findings;
}

/**
 * Marks the company's stored findings stale, in the caller's transaction: a catalog entry,
 * the profile or the translations changed. `refreshCompanyFindings` at the end of the same
 * transaction computes them again; a reader does if nothing did.
 */
export async function markFindingsStale(tx: Tx, companyId: string): Promise<void> {
  // The company's findings lock first, then the state row, in every writer and reader: a
  // reader recomputing the findings takes them in that order, and a writer that locked the
  // state row first would deadlock with it (seen: a catalog entry saved while the overview
  // computed the findings, answered with a 500).
  await lockFindings(tx, companyId);
  await tx.$executeRaw`
    INSERT INTO findings_state (company_id, rules_revision, computed_on, generation) VALUES (${companyId}, '', CURRENT_DATE, 1)
    ON CONFLICT (company_id) DO UPDATE SET rules_revision = '', generation = findings_state.generation + 1`;
}

/** Computes the company's findings whole if they are not current, in the caller's transaction. */
export async function refreshCompanyFindings(tx: Tx, companyId: string, now = new Date()): Promise<void> {
  if (!(await readState(tx, companyId, now)).current) await storeCompanyFindings(tx, companyId, now);
}

/**
 * Rewrites the findings that the given activities' change can affect, in the caller's
 * transaction after the activities' rows are written: each activity's own findings and
 * completeness (read alone with the catalogs) and the register findings (read from every
 * activity's outline, one query). Neither reads or checks the other activities whole.
 * `before`, the changed activities as they were before the write: where none's outline
 * changed, the register findings cannot have changed either (lib/register/checks/parts.ts)
 * and are kept. Where the company's findings are not current, they are only marked stale:
 * computed whole at the end of the transaction (`refreshCompanyFindings`) or by the next
 * reader. Returns the activities as written, in the snapshot's order.
 */
export async function storeActivityFindings(
  tx: Tx,
  companyId: string,
  activityIds: readonly string[],
  options: { before?: readonly ActivitySnapshot[]; now?: Date } = {},
): Promise<ActivitySnapshot[]> {
  const now = options.now ?? new Date();
  await lockFindings(tx, companyId);
  const ids = [...activityIds];
  // The catalogs, the reference data, the changed activities and the state: one statement, under the lock.
  const rows = await readRegisterRows(tx, companyId, { activityIds: ids, findingsState: true });
  const changed = snapshotOfRows(rows, now);
  // Not current (another day, other rules): they stay stale, and say so to any reader whatever its day.
  if (!stateOf(rows.findingsState, now).current) {
    await markFindingsStale(tx, companyId);
    return changed.activities;
  }
  const own = changed.activities.flatMap((activity) =>
    runChecks(registerWith(changed, [activity]), { now }).filter((finding) => activityOfFinding(finding) === activity.id),
  );
  const completeness = completenessRows(changed, changed.activities);
  const cross = [...CROSS_ACTIVITY_RULES];
  const ownRows = Prisma.sql`(activity_id = ANY(${ids}::text[]) AND rule_id <> ALL(${cross}::text[]))`;
  const keys = (activities: readonly ActivitySnapshot[]) => activities.map((activity) => outlineKey(activityOutline(activity))).join("\n");
  if (options.before && keys(changed.activities) === keys(options.before)) {
    await replaceFindings(tx, companyId, completeness, ownRows, own);
    return changed.activities;
  }
  const outlines = await readActivityOutlines(tx, companyId);
  const register = runChecks(registerWith(changed, outlines.map(activityFromOutline)), { now }).filter((finding) => activityOfFinding(finding) === null);
  await replaceFindings(tx, companyId, completeness, Prisma.sql`(${ownRows} OR activity_id IS NULL OR rule_id = ANY(${cross}::text[]))`, [...register, ...own]);
  return changed.activities;
}

/**
 * Writes the given activities' completeness and replaces the stored findings `which` selects
 * with `findings`, in one statement (a save's round trips were most of its time, issue 12).
 */
async function replaceFindings(tx: Tx, companyId: string, completeness: CompletenessRow[], which: Prisma.Sql, findings: readonly Finding[]): Promise<void> {
  await tx.$executeRaw`
    WITH completeness AS (
      INSERT INTO stored_completeness (company_id, activity_id, score)
      SELECT ${companyId}, x.activity_id, x.score FROM jsonb_to_recordset(${JSON.stringify(completeness)}::jsonb) AS x(activity_id text, score int)
      ON CONFLICT (company_id, activity_id) DO UPDATE SET score = EXCLUDED.score
    ), gone AS (
      DELETE FROM stored_findings WHERE company_id = ${companyId} AND ${which}
    )
    ${insertFindingsSql(companyId, findings)}`;
}

type OutlineRow = {
  id: string;
  name: string;
  status: ActivityOutline["status"];
  role: ActivityOutline["role"];
  show_in_notice: boolean;
  notice_title_en: string | null;
  notice_title_nb: string | null;
  description: Prisma.JsonValue;
  purposes: { id: string; description: Prisma.JsonValue; lawfulBasis: ActivityOutline["purposes"][number]["lawfulBasis"]; sortOrder: number }[];
  subjects: string[];
  categories: string[];
  recipients: ActivityOutline["recipients"];
  measures: string[];
  cookies: string[];
  notice_texts: ActivityOutline["noticeTexts"];
};

/** Every activity's outline (lib/register/checks/parts.ts), in one query, in the snapshot's order. */
async function readActivityOutlines(tx: Tx, companyId: string): Promise<ActivityOutline[]> {
  const rows = await tx.$queryRaw<OutlineRow[]>`
    SELECT a.id, a.name, a.status::text AS status, a.role::text AS role, a.show_in_notice, a.notice_title_en, a.notice_title_nb, a.description,
      COALESCE((SELECT json_agg(json_build_object('id', p.id, 'description', p.description, 'lawfulBasis', p.lawful_basis, 'sortOrder', p.sort_order) ORDER BY p.sort_order, p.id)
        FROM purposes p WHERE p.activity_id = a.id), '[]') AS purposes,
      ARRAY(SELECT x.data_subject_category_id FROM activity_data_subject_categories x WHERE x.activity_id = a.id ORDER BY 1) AS subjects,
      ARRAY(SELECT x.data_category_id FROM activity_data_categories x WHERE x.activity_id = a.id ORDER BY 1) AS categories,
      COALESCE((SELECT json_agg(json_build_object('recipientId', x.recipient_id, 'subProcessorAuthorisation', x.sub_processor_authorisation, 'flowDownContract', x.flow_down_contract) ORDER BY x.recipient_id)
        FROM activity_recipients x WHERE x.activity_id = a.id), '[]') AS recipients,
      ARRAY(SELECT x.security_measure_id FROM activity_security_measures x WHERE x.activity_id = a.id ORDER BY 1) AS measures,
      ARRAY(SELECT x.cookie_id FROM activity_cookies x WHERE x.activity_id = a.id ORDER BY 1) AS cookies,
      COALESCE((SELECT json_agg(json_build_object('id', n.id, 'purposeId', n.purpose_id, 'language', n.language, 'text', n.text) ORDER BY n.id)
        FROM notice_texts n WHERE n.activity_id = a.id), '[]') AS notice_texts
    FROM processing_activities a
    WHERE a.company_id = ${companyId}
    ORDER BY a.created_at, a.id`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    role: row.role,
    showInNotice: row.show_in_notice,
    noticeTitleEn: row.notice_title_en,
    noticeTitleNb: row.notice_title_nb,
    description: localizedTextFromJson(row.description),
    purposes: row.purposes.map((p) => ({ id: p.id, description: localizedTextFromJson(p.description), lawfulBasis: p.lawfulBasis, sortOrder: p.sortOrder })),
    dataSubjectCategoryIds: row.subjects,
    dataCategoryIds: row.categories,
    recipients: row.recipients,
    securityMeasureIds: row.measures,
    cookieIds: row.cookies,
    noticeTexts: row.notice_texts,
  }));
}

/**
 * The company's stored findings, computed first (in a transaction of their own) where they
 * are missing, from other rules or from another day. In the checks' order: errors first,
 * then by rule id.
 */
export async function readStoredFindings(companyId: string, now = new Date()): Promise<Finding[]> {
  if (!(await readState(db(), companyId, now)).current) {
    return db().$transaction((tx) => storeCompanyFindings(tx, companyId, now), { timeout: 60_000 });
  }
  const rows = await db().storedFinding.findMany({
    where: { companyId },
    orderBy: [{ severity: "asc" }, { ruleId: "asc" }, { activityId: "asc" }, { position: "asc" }],
    select: { activityId: true, ruleId: true, severity: true, article: true, subjectKind: true, subjectId: true, catalog: true, field: true, message: true },
  });
  return rows.map(fromRow);
}

/** Whether the company's stored findings (and completeness) are current: one primary-key read. */
export async function storedFindingsCurrent(companyId: string, now = new Date()): Promise<boolean> {
  return (await readState(db(), companyId, now)).current;
}

/**
 * Makes sure the company's stored findings are current before a query reads them
 * (the overview's "has findings" filter).
 */
export async function ensureStoredFindings(companyId: string, now = new Date()): Promise<void> {
  if (!(await readState(db(), companyId, now)).current) await db().$transaction((tx) => storeCompanyFindings(tx, companyId, now), { timeout: 60_000 });
}
