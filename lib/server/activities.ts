import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
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
import { readActivityRows } from "./register/activity-read";
import { toActivitySnapshot } from "./register/snapshot";

type Tx = Prisma.TransactionClient;
const ENTITY_TYPE = "ProcessingActivity";

// ── Reading one activity ─────────────────────────────────────────────────────

async function readActivitySnapshot(client: DbClient, companyId: string, id: string): Promise<ActivitySnapshot | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
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
 * Checks the catalog-dependent rules against the company's own entries. An id
 * of another company is simply absent here, so it is refused with a field
 * error before anything is written (the compound foreign keys would refuse it
 * too, as a 404 that rolls the transaction back).
 */
async function assertCatalogRules(client: DbClient, companyId: string, input: ActivityInput): Promise<void> {
  const [dataCategories, recipients] = await Promise.all([
    input.dataCategoryIds.length
      ? client.dataCategory.findMany({
          where: { companyId, id: { in: input.dataCategoryIds } },
          select: { id: true, specialCategory: true, isCriminalOffence: true, isNationalId: true },
        })
      : [],
    input.recipients.length
      ? client.recipient.findMany({ where: { companyId, id: { in: input.recipients.map((r) => r.recipientId) } }, select: { id: true, countryCode: true } })
      : [],
  ]);
  const context: ActivityCatalogContext = {
    dataCategories: new Map(dataCategories.map((c) => [c.id, c])),
    recipients: new Map(recipients.map((r) => [r.id, r])),
  };
  const issues = activityCatalogIssues(input, context);
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
  // A suggestion is not the company's claim until the DPO accepts it (ADR 018): never linked.
  const suggested = { companyId, suggested: true };
  const [subjects, categories, measures] = await Promise.all([
    input.dataSubjectCategoryIds.length ? client.dataSubjectCategory.count({ where: { ...suggested, id: { in: input.dataSubjectCategoryIds } } }) : 0,
    input.dataCategoryIds.length ? client.dataCategory.count({ where: { ...suggested, id: { in: input.dataCategoryIds } } }) : 0,
    input.securityMeasureIds.length ? client.securityMeasure.count({ where: { ...suggested, id: { in: input.securityMeasureIds } } }) : 0,
  ]);
  for (const [path, count] of [["dataSubjectCategoryIds", subjects], ["dataCategoryIds", categories], ["securityMeasureIds", measures]] as const) {
    if (count > 0) (fieldErrors[path] ??= []).push("suggestions.notAccepted");
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
  await assertCatalogRules(tx, access.company.id, input);
  return insertActivity(tx, access, input);
}

/** Creates an activity with all its parts, and its audit event, in one transaction. */
export async function createActivity(access: CompanyAccess, input: ActivityInput): Promise<SavedActivity> {
  await assertCatalogRules(db(), access.company.id, input);
  return db().$transaction((tx) => insertActivity(tx, access, input));
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
  await assertCatalogRules(db(), companyId, input);
  try {
    return await db().$transaction((tx) => updateActivityWithin(tx, access, id, input));
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
export async function updateActivityWithin(tx: Tx, access: CompanyAccess, id: string, input: ActivityInput, written?: ReadonlySet<string>): Promise<SavedActivity> {
  const companyId = access.company.id;
  if (input.version === undefined) throw new AppError("VALIDATION", undefined, { version: ["validation.required"] });
  const before = await readActivitySnapshot(tx, companyId, id);
  if (!before) throw new AppError("NOT_FOUND");
  // A retired activity stays retired until it is restored.
  const status = before.status === "RETIRED" ? "RETIRED" : input.status;
  const keepPurposeIds = new Set(before.purposes.map((p) => p.id));
  const after = await replaceActivity(tx, companyId, before, input.version, { input, status }, keepPurposeIds);
  if (!after) throw new ActivityConflict(null);
  await recordAudit(tx, { companyId, actorId: access.user.id, action: "UPDATE", entityType: ENTITY_TYPE, entityId: id, before: auditJson(savedActivityOf(before)), after: auditJson(savedActivityOf(after)) });
  await recordTextChanges(tx, companyId, (primary) => ({ before: activityTranslatables(before, primary), after: activityTranslatables(after, primary) }), written);
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
    db().cookie.findMany({ where, select: { id: true, name: true, provider: true, category: true, consentRequired: true }, orderBy: { name: "asc" } }),
  ]);
  return { dataSubjectCategories, dataCategories, recipients, systems, securityMeasures, cookies };
}
