import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  activityCatalogIssues,
  activityInputSchema,
  type ActivityCatalogContext,
  type ActivityInput,
} from "@/lib/register/activity-schema";
import { savedActivityOf, type SavedActivity } from "@/lib/register/activity-values";
import type { ActivitySnapshot } from "@/lib/register/snapshot";
import { activityTranslatables } from "@/lib/register/translatables";
import { diffFields } from "@/lib/register/diff-fields";
import type { ActivityStatus } from "@/lib/register/enums";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { db, type DbClient } from "./db";
import { createActivities, replaceActivity } from "./activity-rows";
import { storeActivityFindings } from "./stored-findings";
import { recordTextChanges } from "./translation-marks";
import { activityRowsFromJson, activityRowsJson, readActivityRows } from "./register/activity-read";
import { toActivitySnapshot, type ActivityRow } from "./register/snapshot";
import { subjectKey } from "@/lib/register/finding-links";
import { languageOfStored } from "@/lib/register/languages";
import type { Locale as StoredLanguage } from "@/lib/register/enums";

type Tx = Prisma.TransactionClient;
const ENTITY_TYPE = "ProcessingActivity";

// ── Reading one activity ─────────────────────────────────────────────────────

/** An id as a URL may bring it: anything else is "not found" without a query. */
const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

async function readActivitySnapshot(client: DbClient, companyId: string, id: string): Promise<ActivitySnapshot | null> {
  if (!validId(id)) return null;
  const [row] = await readActivityRows(client, companyId, [id]);
  return row ? toActivitySnapshot(row) : null;
}

async function readActivity(client: DbClient, companyId: string, id: string): Promise<SavedActivity | null> {
  const snapshot = await readActivitySnapshot(client, companyId, id);
  return snapshot ? savedActivityOf(snapshot) : null;
}

/** One activity of the caller's company; another company's id is "not found". */
export async function getActivity(access: CompanyAccess, id: string): Promise<SavedActivity> {
  const activity = await readActivity(db(), access.company.id, id);
  if (!activity) throw new AppError("NOT_FOUND");
  return activity;
}

/** What the audit log stores: the editor's shape, without timestamps (they differ on every save). */
function auditJson(activity: SavedActivity): Prisma.InputJsonValue {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = activity;
  return JSON.parse(JSON.stringify(rest)) as Prisma.InputJsonValue;
}

// ── Writing ──────────────────────────────────────────────────────────────────

/**
 * What a save reads before it writes, in one statement (a save's round trips were most of its
 * time, issue 12): the activity as saved (of an update), the catalog entries the input links
 * that the catalog rules read, which of the linked entries are suggestions, and what the
 * translation marks of the activity's texts are computed from (the company's primary language
 * and the activity's marks).
 */
type BeforeSave = {
  activities: ActivityRow[];
  dataCategories: { id: string; specialCategory: string | null; isCriminalOffence: boolean; isNationalId: boolean }[];
  recipients: { id: string; countryCode: string | null }[];
  suggested: { dataSubjectCategoryIds: number; dataCategoryIds: number; securityMeasureIds: number };
  primaryLanguage: StoredLanguage | null;
  marks: { subjectKey: string; field: string; language: StoredLanguage; sourceSha256: string }[];
};

/** The activity's key among the translation marks (lib/register/finding-links.ts). */
const marksKey = (id: string) => subjectKey({ subject: { kind: "activity", activityId: id } });

async function readBeforeSave(client: DbClient, companyId: string, input: ActivityInput | null, activityId: string | null): Promise<BeforeSave> {
  const ids = {
    subjects: input?.dataSubjectCategoryIds ?? [],
    categories: input?.dataCategoryIds ?? [],
    recipients: input?.recipients.map((r) => r.recipientId) ?? [],
    measures: input?.securityMeasureIds ?? [],
  };
  // A suggestion is not the company's claim until the DPO accepts it (ADR 018): never linked.
  const suggested = (table: string, linked: string[]) =>
    Prisma.sql`(SELECT count(*) FROM ${Prisma.raw(table)} x WHERE x.company_id = ${companyId} AND x.suggested AND x.id = ANY(${linked}::text[]))`;
  const [row] = await client.$queryRaw<{ read: BeforeSave }[]>`
    SELECT jsonb_build_object(
      'activities', ${activityId ? activityRowsJson(companyId, [activityId]) : Prisma.sql`'[]'::jsonb`},
      'dataCategories', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'specialCategory', x.special_category, 'isCriminalOffence', x.is_criminal_offence, 'isNationalId', x.is_national_id))
        FROM data_categories x WHERE x.company_id = ${companyId} AND x.id = ANY(${ids.categories}::text[])), '[]'::jsonb),
      'recipients', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'countryCode', x.country_code))
        FROM recipients x WHERE x.company_id = ${companyId} AND x.id = ANY(${ids.recipients}::text[])), '[]'::jsonb),
      'suggested', jsonb_build_object('dataSubjectCategoryIds', ${suggested("data_subject_categories", ids.subjects)},
        'dataCategoryIds', ${suggested("data_categories", ids.categories)}, 'securityMeasureIds', ${suggested("security_measures", ids.measures)}),
      'primaryLanguage', (SELECT c.primary_language FROM companies c WHERE c.id = ${companyId}),
      'marks', COALESCE((SELECT jsonb_agg(jsonb_build_object('subjectKey', m.subject_key, 'field', m.field, 'language', m.language, 'sourceSha256', m.source_sha256))
        FROM translation_marks m WHERE m.company_id = ${companyId} AND m.subject_key = ${activityId ? marksKey(activityId) : null}), '[]'::jsonb)
    ) AS read`;
  if (!row) throw new Error("The save's first read returned no row.");
  return { ...row.read, activities: activityRowsFromJson(row.read.activities as unknown as Parameters<typeof activityRowsFromJson>[0]) };
}

/**
 * Checks the catalog-dependent rules against the company's own entries, as read before
 * the save. An id of another company is simply absent there, so it is refused with a field
 * error before anything is written (the compound foreign keys would refuse it too, as a 404
 * that rolls the transaction back).
 */
function assertCatalogRules(input: ActivityInput, read: BeforeSave): void {
  const context: ActivityCatalogContext = {
    dataCategories: new Map(read.dataCategories.map((c) => [c.id, c])),
    recipients: new Map(read.recipients.map((r) => [r.id, r])),
  };
  const issues = activityCatalogIssues(input, context);
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
  for (const [path, count] of Object.entries(read.suggested)) {
    if (Number(count) > 0) (fieldErrors[path] ??= []).push("suggestions.notAccepted");
  }
  if (Object.keys(fieldErrors).length === 0) return;
  throw new AppError("VALIDATION", undefined, fieldErrors);
}

async function insertActivity(tx: Tx, access: CompanyAccess, input: ActivityInput): Promise<SavedActivity> {
  const companyId = access.company.id;
  const [id = ""] = await createActivities(tx, companyId, [{ input, status: input.status }]);
  const after = await readActivity(tx, companyId, id);
  if (!after) throw new AppError("NOT_FOUND");
  await recordAudit(tx, { companyId, actorId: access.user.id, action: "CREATE", entityType: ENTITY_TYPE, entityId: id, after: auditJson(after) });
  return after;
}

/**
 * Creates an activity inside the caller's transaction, checked against the catalogs as
 * they stand in it: adding a template creates its catalog entries first, then the activity.
 */
export async function createActivityWithin(tx: Tx, access: CompanyAccess, input: ActivityInput): Promise<SavedActivity> {
  assertCatalogRules(input, await readBeforeSave(tx, access.company.id, input, null));
  return insertActivity(tx, access, input);
}

/** Creates an activity with all its parts, and its audit event, in one transaction. */
export async function createActivity(access: CompanyAccess, input: ActivityInput): Promise<SavedActivity> {
  return db().$transaction((tx) => createActivityWithin(tx, access, input));
}

/** A save over a newer version; `details.current` lets the editor show both side by side. */
export class ActivityConflict extends AppError {
  constructor(readonly current: SavedActivity | null) {
    super("CONFLICT", "conflicts.newerVersion", undefined, current ? { current } : undefined);
  }
}

/**
 * Saves the whole activity: the row and every child row are replaced in one
 * transaction, if the version the form was loaded with is still the current
 * one (optimistic concurrency). Otherwise throws `ActivityConflict` with the
 * saved version, and nothing is written.
 */
export async function updateActivity(access: CompanyAccess, id: string, input: ActivityInput): Promise<SavedActivity> {
  const companyId = access.company.id;
  if (input.version === undefined) throw new AppError("VALIDATION", undefined, { version: ["validation.required"] });
  try {
    return await db().$transaction((tx) => saveActivity(tx, access, id, input, { checkCatalogs: true }));
  } catch (error) {
    if (error instanceof ActivityConflict) throw new ActivityConflict(await readActivity(db(), companyId, id));
    throw error;
  }
}

/**
 * The same inside the caller's transaction, after the caller's checks (the translation view
 * changes only texts): the activity's rows, its audit event and the translation marks of its
 * texts (lib/server/translation-marks.ts). `written`: languages of texts the DPO wrote or
 * confirmed as translations of their source as it is now.
 */
export function updateActivityWithin(tx: Tx, access: CompanyAccess, id: string, input: ActivityInput, written?: ReadonlySet<string>): Promise<SavedActivity> {
  return saveActivity(tx, access, id, input, { written });
}

async function saveActivity(tx: Tx, access: CompanyAccess, id: string, input: ActivityInput, options: { checkCatalogs?: boolean; written?: ReadonlySet<string> }): Promise<SavedActivity> {
  const companyId = access.company.id;
  if (input.version === undefined) throw new AppError("VALIDATION", undefined, { version: ["validation.required"] });
  const read = await readBeforeSave(tx, companyId, options.checkCatalogs ? input : null, validId(id) ? id : null);
  if (options.checkCatalogs) assertCatalogRules(input, read);
  const [row] = read.activities;
  if (!row || !read.primaryLanguage) throw new AppError("NOT_FOUND");
  const before = toActivitySnapshot(row);
  // A retired activity stays retired until it is restored.
  const status = before.status === "RETIRED" ? "RETIRED" : input.status;
  const keepPurposeIds = new Set(before.purposes.map((p) => p.id));
  const after = await replaceActivity(tx, companyId, before, input.version, { input, status }, keepPurposeIds);
  if (!after) throw new ActivityConflict(null);
  await recordAudit(tx, { companyId, actorId: access.user.id, action: "UPDATE", entityType: ENTITY_TYPE, entityId: id, before: auditJson(savedActivityOf(before)), after: auditJson(savedActivityOf(after)) });
  // The marks were read before the write: only a save of this activity writes them, and a save that committed since would have made this one's version check fail.
  const known = { primary: languageOfStored(read.primaryLanguage), existing: read.marks.map((mark) => ({ ...mark, language: languageOfStored(mark.language) })) };
  await recordTextChanges(tx, companyId, (primary) => ({ before: activityTranslatables(before, primary), after: activityTranslatables(after, primary) }), options.written, known);
  return savedActivityOf(after);
}

/** A copy of an activity as a new draft ("… (copy)"), for similar processing. */
export async function duplicateActivity(access: CompanyAccess, id: string, nameSuffix = " (copy)"): Promise<SavedActivity> {
  const source = await getActivity(access, id);
  const input = activityInputSchema.parse({
    ...source,
    name: `${source.name.slice(0, 200 - nameSuffix.length)}${nameSuffix}`,
    status: "DRAFT",
    version: undefined,
    purposes: source.purposes.map((p) => ({ ...p, id: null })),
  });
  return db().$transaction((tx) => insertActivity(tx, access, input));
}

async function setStatus(access: CompanyAccess, id: string, version: number, status: ActivityStatus, action: "RETIRE" | "RESTORE") {
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const before = await readActivity(tx, companyId, id);
    if (!before) throw new AppError("NOT_FOUND");
    const updated = await tx.processingActivity.updateMany({ where: { id, companyId, version }, data: { status, version: { increment: 1 } } });
    if (updated.count === 0) throw new AppError("CONFLICT", "conflicts.newerVersion");
    const after = await readActivity(tx, companyId, id);
    if (!after) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { companyId, actorId: access.user.id, action, entityType: ENTITY_TYPE, entityId: id, before: auditJson(before), after: auditJson(after) });
    await storeActivityFindings(tx, companyId, [id]);
    return after;
  });
}

/** Retires an activity: kept for history and the record of what was done, gone from the notice. */
export function retireActivity(access: CompanyAccess, id: string, version: number) {
  return setStatus(access, id, version, "RETIRED", "RETIRE");
}

/** Brings a retired activity back as a draft, so the DPO reviews it before it returns to the notice. */
export function restoreActivity(access: CompanyAccess, id: string, version: number) {
  return setStatus(access, id, version, "DRAFT", "RESTORE");
}

// ── History ──────────────────────────────────────────────────────────────────

/** The activity's audit events, newest first, each with its field-level differences. */
export async function getActivityHistory(access: CompanyAccess, id: string) {
  const events = await db().auditEvent.findMany({
    where: { companyId: access.company.id, entityType: ENTITY_TYPE, entityId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true, email: true } } },
  });
  if (events.length === 0) {
    // No history and no activity: not found; an activity always has at least its CREATE event.
    await getActivity(access, id);
  }
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at.toISOString(),
    action: event.action,
    actor: event.actor?.name ?? null,
    actorEmail: event.actor?.email ?? null,
    changes: diffFields(event.before, event.after),
  }));
}

/** The company's catalogs, trimmed to what the editor's pickers show. */
export async function loadActivityCatalogs(access: CompanyAccess) {
  const where = { companyId: access.company.id };
  // A suggestion is offered on the catalog page, not in the pickers, until the DPO accepts it.
  const accepted = { ...where, suggested: false };
  const [dataSubjectCategories, dataCategories, recipients, systems, securityMeasures, cookies] = await Promise.all([
    db().dataSubjectCategory.findMany({ where: accepted, select: { id: true, labelEn: true, labelNb: true }, orderBy: { labelEn: "asc" } }),
    db().dataCategory.findMany({
      where: accepted,
      select: { id: true, labelEn: true, labelNb: true, descriptionEn: true, descriptionNb: true, specialCategory: true, isCriminalOffence: true, isNationalId: true, version: true },
      orderBy: { labelEn: "asc" },
    }),
    db().recipient.findMany({
      where,
      select: { id: true, name: true, kind: true, countryCode: true, dpfCertified: true, subProcessors: { select: { id: true, name: true, countryCode: true, dpfCertified: true }, orderBy: { name: "asc" } } },
      orderBy: { name: "asc" },
    }),
    db().system.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().securityMeasure.findMany({ where: accepted, select: { id: true, kind: true, descriptionEn: true, descriptionNb: true }, orderBy: [{ kind: "asc" }, { descriptionEn: "asc" }] }),
    db().cookie.findMany({ where, select: { id: true, name: true, provider: true, category: true, consent: true }, orderBy: { name: "asc" } }),
  ]);
  return { dataSubjectCategories, dataCategories, recipients, systems, securityMeasures, cookies };
}
