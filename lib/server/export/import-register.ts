import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkWithEditorSchemas, subProcessorKey, type CheckedImport, type ImportedActivity } from "@/lib/export/import-rules";
import { REGISTER_FORMAT_VERSION, type DocumentActivity, type DocumentCatalogs, type DocumentController, type ImportIssue } from "@/lib/export/json/format";
import { checkDocumentReferences } from "@/lib/export/json/references";
import { issueColumn, type ActivityOrigin } from "@/lib/export/spreadsheet/issue-columns";
import type { ActivityCatalogContext } from "@/lib/register/activity-schema";
import { COMPANY_NOTHING_RECORDED } from "@/lib/register/snapshot-upgrade";
import { propertyOf } from "@/lib/validation/unknown";
import type { CompanyAccess } from "../access";
import { createActivities } from "../activity-rows";
import { recordAudit } from "../audit";
import { companyProfileColumns } from "../companies";
import { db } from "../db";
import { dateFromIso } from "../register/snapshot";
import { markFindingsStale, refreshCompanyFindings } from "../stored-findings";

type Tx = Prisma.TransactionClient;

/**
 * What an import would add: catalog entries and activities with local keys
 * (lib/export/json/format.ts). A JSON file also carries the controller's
 * profile; a spreadsheet does not.
 */
export type ImportPlan = {
  source: "json" | "xlsx" | "csv";
  controller: DocumentController | null;
  catalogs: DocumentCatalogs;
  activities: DocumentActivity[];
  /** For a spreadsheet: where each activity's row is, so a problem names its sheet, line and column. */
  origins?: ActivityOrigin[];
  /** SHA-256 of the uploaded file, recorded in the audit log. */
  fileSha256: string;
};

type ImportSummary = {
  activities: number;
  /** New catalog entries by kind; entries matched by label to existing ones are not counted. */
  created: Record<keyof DocumentCatalogs, number>;
  /** Catalog entries the file names that already exist in the company (matched by label or name). */
  matched: number;
};

export type ImportResult = { dryRun: boolean; ok: boolean; issues: ImportIssue[]; summary: ImportSummary | null };

export function fileSha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

async function referenceSets() {
  const [countries, decisions, authorities] = await Promise.all([
    db().country.findMany({ select: { code: true } }),
    db().adequacyDecision.findMany({ select: { id: true } }),
    db().supervisoryAuthority.findMany({ select: { id: true } }),
  ]);
  return {
    countryCodes: new Set(countries.map((c) => c.code)),
    adequacyDecisionIds: new Set(decisions.map((d) => d.id)),
    supervisoryAuthorityIds: new Set(authorities.map((a) => a.id)),
  };
}

/** Country codes known to the database, for the spreadsheet reader. */
export async function knownCountryCodes(): Promise<Set<string>> {
  return (await referenceSets()).countryCodes;
}

/**
 * What the register holds besides untouched suggestions (ADR 018): activities and catalog
 * entries the DPO entered or accepted. A JSON register goes only where this is all zero, and
 * the refusal says what is there.
 */
export type RegisterHoldings = { activities: number; catalogEntries: number };

async function registerHoldings(reader: Tx | ReturnType<typeof db>, companyId: string): Promise<RegisterHoldings> {
  const where = { companyId };
  const accepted = { companyId, suggested: false };
  const [activities, ...entries] = await Promise.all([
    reader.processingActivity.count({ where }),
    reader.dataSubjectCategory.count({ where: accepted }),
    reader.dataCategory.count({ where: accepted }),
    reader.recipient.count({ where }),
    reader.system.count({ where }),
    reader.securityMeasure.count({ where: accepted }),
    reader.cookie.count({ where }),
  ]);
  return { activities, catalogEntries: entries.reduce((sum, count) => sum + count, 0) };
}

/** Refuses a JSON register unless the company holds nothing but suggestions, naming what it holds. */
async function assertRegisterEmpty(reader: Tx | ReturnType<typeof db>, companyId: string): Promise<void> {
  const holdings = await registerHoldings(reader, companyId);
  if (holdings.activities > 0 || holdings.catalogEntries > 0) throw new AppError("CONFLICT", "exportIssues.registerNotEmpty", undefined, { holdings });
}

/** The untouched suggestions a JSON register replaces: they were never the company's claim. */
async function removeSuggestions(tx: Tx, companyId: string): Promise<void> {
  const suggested = { companyId, suggested: true };
  await tx.dataCategory.deleteMany({ where: suggested });
  await tx.dataSubjectCategory.deleteMany({ where: suggested });
  await tx.securityMeasure.deleteMany({ where: suggested });
}

const norm = (text: string) => text.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");

type ExistingCatalogs = Awaited<ReturnType<typeof existingCatalogs>>;

async function existingCatalogs(reader: Tx | ReturnType<typeof db>, companyId: string) {
  const where = { companyId };
  const accepted = { companyId, suggested: false };
  const [subjects, categories, recipients, systems, measures, cookies] = await Promise.all([
    // A suggestion is not matched: linking it would claim it without the DPO accepting it.
    reader.dataSubjectCategory.findMany({ where: accepted, select: { id: true, labelEn: true, labelNb: true } }),
    reader.dataCategory.findMany({ where: accepted, select: { id: true, labelEn: true, labelNb: true, specialCategory: true, isCriminalOffence: true, isNationalId: true } }),
    reader.recipient.findMany({ where, select: { id: true, name: true, countryCode: true, subProcessors: { select: { id: true, name: true } } } }),
    reader.system.findMany({ where, select: { id: true, name: true } }),
    reader.securityMeasure.findMany({ where: accepted, select: { id: true, kind: true, descriptionEn: true, descriptionNb: true } }),
    reader.cookie.findMany({ where, select: { id: true, name: true, provider: true } }),
  ]);
  return { subjects, categories, recipients, systems, measures, cookies };
}

type Labelled = { labelEn: string; labelNb: string };
const sameLabel = (a: Labelled, b: Labelled) => [norm(a.labelEn), norm(a.labelNb)].some((label) => label === norm(b.labelEn) || label === norm(b.labelNb));

/**
 * The existing entry a spreadsheet's catalog entry is taken to be, matched by
 * label (either language) or name; undefined when it is new. A JSON register
 * goes into an empty company and matches nothing.
 */
function matcher(existing: ExistingCatalogs, merge: boolean) {
  const find = <T, E>(list: T[], same: (item: T, entry: E) => boolean) => (entry: E): T | undefined => (merge ? list.find((item) => same(item, entry)) : undefined);
  return {
    dataSubjectCategories: find(existing.subjects, (s, e: Labelled) => sameLabel(s, e)),
    dataCategories: find(existing.categories, (c, e: Labelled) => sameLabel(c, e)),
    recipients: find(existing.recipients, (r, e: { name: string }) => norm(r.name) === norm(e.name)),
    systems: find(existing.systems, (s, e: { name: string }) => norm(s.name) === norm(e.name)),
    securityMeasures: find(existing.measures, (m, e: { kind: string; descriptionEn: string; descriptionNb: string }) =>
      m.kind === e.kind && [norm(m.descriptionEn), norm(m.descriptionNb)].some((d) => d === norm(e.descriptionEn) || d === norm(e.descriptionNb)),
    ),
    cookies: find(existing.cookies, (c, e: { name: string; provider: string }) => norm(c.name) === norm(e.name) && norm(c.provider) === norm(e.provider)),
  };
}

/**
 * What the editor's catalog-dependent rules know of each linked entry, by the
 * file's keys: an entry matched to an existing one is linked as that one, with its flags.
 */
function catalogContext(plan: ImportPlan, match: ReturnType<typeof matcher>): ActivityCatalogContext {
  return {
    dataCategories: new Map(plan.catalogs.dataCategories.map((entry) => [entry.key, match.dataCategories(entry) ?? entry])),
    recipients: new Map(plan.catalogs.recipients.map((entry) => [entry.key, match.recipients(entry) ?? entry])),
  };
}

/** A spreadsheet's problem at its sheet, line and column instead of a path in the register document. */
function locate(issue: ImportIssue, origins: ActivityOrigin[] | undefined): ImportIssue {
  const found = origins ? /^activities\[(\d+)\]\.?(.*)$/.exec(issue.path) : null;
  const origin = found ? origins?.[Number(found[1])] : undefined;
  if (!found || !origin) return issue;
  return { ...issue, path: origin.sheet, line: origin.line, column: issueColumn(origin, found[2] ?? "") };
}

/**
 * Checks an import plan and, unless `dryRun`, writes it in ONE transaction:
 * either every row is added or none. A JSON file (with a controller profile)
 * goes only into an empty register (409 otherwise, naming what it holds; untouched
 * suggestions do not count and are replaced) and replaces the company's profile; a spreadsheet adds activities and reuses catalog entries
 * whose label or name matches. One IMPORT event records the file's SHA-256.
 */
export async function importRegister(access: CompanyAccess, plan: ImportPlan, options: { dryRun: boolean; parseIssues?: ImportIssue[] }): Promise<ImportResult> {
  const companyId = access.company.id;
  const reference = await referenceSets();
  const issues: ImportIssue[] = [...(options.parseIssues ?? [])];
  if (issues.length === 0) {
    issues.push(
      ...checkDocumentReferences(
        { format: "protokoll-register", formatVersion: REGISTER_FORMAT_VERSION, controller: plan.controller ?? placeholderController(), catalogs: plan.catalogs, activities: plan.activities },
        reference,
      ),
    );
  }
  if (plan.controller) await assertRegisterEmpty(db(), companyId);
  if (plan.activities.length === 0 && issues.length === 0) issues.push({ path: "", line: null, column: null, code: "noActivities" });
  const merge = !plan.controller;
  let checked: CheckedImport | null = null;
  if (issues.length === 0) {
    // The editor's own rules, with catalog entries as they will be linked (matched ones as they are).
    const result = checkWithEditorSchemas(plan, catalogContext(plan, matcher(await existingCatalogs(db(), companyId), merge)));
    issues.push(...result.issues.map((issue) => locate(issue, plan.origins)));
    checked = result.checked;
  }
  if (issues.length > 0 || checked === null) return { dryRun: options.dryRun, ok: false, issues, summary: null };

  const valid = checked;
  const run = async (tx: Tx) => {
    if (plan.controller) {
      await assertRegisterEmpty(tx, companyId);
      await removeSuggestions(tx, companyId);
    }
    return writePlan(tx, access, plan, valid);
  };
  try {
    // The dry run is the real import, rolled back: it finds everything the real one would refuse.
    const summary = await db().$transaction(
      async (tx) => {
        const written = await run(tx);
        if (options.dryRun) throw new DryRunRollback(written);
        // The profile, catalogs and activities it wrote: the company's findings, computed whole.
        await markFindingsStale(tx, companyId);
        await refreshCompanyFindings(tx, companyId);
        return written;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { dryRun: false, ok: true, issues: [], summary };
  } catch (error) {
    if (error instanceof DryRunRollback) return { dryRun: true, ok: true, issues: [], summary: error.summary };
    const refused = refusedByDatabase(error);
    if (refused) return { dryRun: options.dryRun, ok: false, issues: [refused], summary: null };
    throw error;
  }
}

/** Thrown at the end of a dry run's transaction so that nothing it wrote is kept. */
class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super("dry run");
  }
}

/**
 * A value the checks let through but PostgreSQL refused (too long for its column, out of
 * range): an issue in the report, the same in the dry run and the real import, not a 500.
 */
function refusedByDatabase(error: unknown): ImportIssue | null {
  const code = propertyOf(error, "code");
  if (code !== "P2000" && code !== "P2020" && code !== "P2033") return null;
  const column = propertyOf(propertyOf(error, "meta"), "column_name");
  return { path: "", line: null, column: typeof column === "string" ? column : null, code: "storable.refusedByDatabase" };
}

function placeholderController(): DocumentController {
  return {
    legalName: "",
    orgNumber: null,
    countryCode: "NO",
    postalStreet: null,
    postalCode: null,
    postalCity: null,
    visitingStreet: null,
    visitingPostalCode: null,
    visitingCity: null,
    email: null,
    phone: null,
    website: null,
    employeeBand: "UNDER_250",
    isPublicAuthority: false,
    targetsEeaFromOutside: false,
    dpo: { designated: false, basis: null, name: null, email: null, phone: null, address: null },
    ...COMPANY_NOTHING_RECORDED,
    representative: { name: null, address: null, email: null },
    supervisoryAuthorityId: null,
    noticeLanguages: ["en", "nb"],
    primaryLanguage: "en",
  };
}

function summarise(match: ReturnType<typeof matcher>, plan: ImportPlan): ImportSummary {
  const c = plan.catalogs;
  const count = <T>(list: T[], find: (entry: T) => unknown) => {
    const matched = list.filter((entry) => find(entry) !== undefined).length;
    return { matched, created: list.length - matched };
  };
  const tally = {
    dataSubjectCategories: count(c.dataSubjectCategories, match.dataSubjectCategories),
    dataCategories: count(c.dataCategories, match.dataCategories),
    recipients: count(c.recipients, match.recipients),
    systems: count(c.systems, match.systems),
    securityMeasures: count(c.securityMeasures, match.securityMeasures),
    cookies: count(c.cookies, match.cookies),
  };
  return {
    activities: plan.activities.length,
    created: {
      dataSubjectCategories: tally.dataSubjectCategories.created,
      dataCategories: tally.dataCategories.created,
      recipients: tally.recipients.created,
      systems: tally.systems.created,
      securityMeasures: tally.securityMeasures.created,
      cookies: tally.cookies.created,
    },
    matched: Object.values(tally).reduce((sum, t) => sum + t.matched, 0),
  };
}

/** The activity with the database ids of its catalog entries in place of the file's keys. */
function withDatabaseIds(activity: ImportedActivity, id: (map: Map<string, string>, key: string) => string, ids: CatalogIds): ImportedActivity {
  const a = activity.input;
  const optional = (map: Map<string, string>, key: string | null) => (key === null ? null : id(map, key));
  return {
    ...activity,
    input: {
      ...a,
      dataSubjectCategoryIds: a.dataSubjectCategoryIds.map((k) => id(ids.subjects, k)),
      dataCategoryIds: a.dataCategoryIds.map((k) => id(ids.categories, k)),
      sources: a.sources.map((s) => ({ ...s, dataCategoryIds: s.dataCategoryIds.map((k) => id(ids.categories, k)) })),
      recipients: a.recipients.map((r) => ({ ...r, recipientId: id(ids.recipients, r.recipientId) })),
      systemIds: a.systemIds.map((k) => id(ids.systems, k)),
      securityMeasureIds: a.securityMeasureIds.map((k) => id(ids.measures, k)),
      cookieIds: a.cookieIds.map((k) => id(ids.cookies, k)),
      transfers: a.transfers.map((t) => ({ ...t, recipientId: id(ids.recipients, t.recipientId), subProcessorId: optional(ids.subProcessors, t.subProcessorId) })),
      retentionRules: a.retentionRules.map((r) => ({ ...r, dataCategoryId: optional(ids.categories, r.dataCategoryId) })),
    },
  };
}

type CatalogIds = Record<"subjects" | "categories" | "recipients" | "subProcessors" | "systems" | "measures" | "cookies", Map<string, string>>;

async function writePlan(tx: Tx, access: CompanyAccess, plan: ImportPlan, checked: CheckedImport): Promise<ImportSummary> {
  const companyId = access.company.id;
  const existing = await existingCatalogs(tx, companyId);
  const match = matcher(existing, !plan.controller);
  const summary = summarise(match, plan);
  const c = checked.catalogs;

  if (checked.controller) {
    // The profile as its form saves it (the same parsed values); an imported one replaces the empty one.
    await tx.company.update({ where: { id: companyId }, data: { ...companyProfileColumns(checked.controller), version: { increment: 1 } } });
  }

  const ids: CatalogIds = {
    subjects: new Map(),
    categories: new Map(),
    recipients: new Map(),
    subProcessors: new Map(),
    systems: new Map(),
    measures: new Map(),
    cookies: new Map(),
  };
  const need = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (id === undefined) throw new AppError("VALIDATION", `unknown key ${key}`);
    return id;
  };
  const optional = (map: Map<string, string>, key: string | null) => (key === null ? null : need(map, key));
  const select = { id: true } as const;

  for (const { key, ...data } of c.dataSubjectCategories) {
    ids.subjects.set(key, match.dataSubjectCategories(data)?.id ?? (await tx.dataSubjectCategory.create({ data: { companyId, ...data }, select })).id);
  }
  for (const { key, ...data } of c.dataCategories) {
    ids.categories.set(key, match.dataCategories(data)?.id ?? (await tx.dataCategory.create({ data: { companyId, ...data }, select })).id);
  }
  for (const { key, subProcessors, ...data } of c.recipients) {
    const matched = match.recipients(data);
    const recipientId = matched?.id ?? (await tx.recipient.create({ data: { companyId, ...data, dpaDate: dateFromIso(data.dpaDate) }, select })).id;
    ids.recipients.set(key, recipientId);
    for (const { key: subKey, id: _id, ...sub } of subProcessors) {
      const same = matched?.subProcessors.find((s) => norm(s.name) === norm(sub.name));
      ids.subProcessors.set(subProcessorKey(key, subKey), same?.id ?? (await tx.subProcessor.create({ data: { companyId, recipientId, ...sub }, select })).id);
    }
  }
  for (const { key, vendorRecipientId, ...data } of c.systems) {
    ids.systems.set(
      key,
      match.systems(data)?.id ?? (await tx.system.create({ data: { companyId, ...data, vendorRecipientId: optional(ids.recipients, vendorRecipientId) }, select })).id,
    );
  }
  for (const { key, ...data } of c.securityMeasures) {
    ids.measures.set(key, match.securityMeasures(data)?.id ?? (await tx.securityMeasure.create({ data: { companyId, ...data }, select })).id);
  }
  for (const { key, recipientId, ...data } of c.cookies) {
    ids.cookies.set(
      key,
      match.cookies(data)?.id ?? (await tx.cookie.create({ data: { companyId, ...data, recipientId: optional(ids.recipients, recipientId) }, select })).id,
    );
  }

  // The editor's writer: the same rows as a save of the same activity would write.
  await createActivities(
    tx,
    companyId,
    checked.activities.map((activity) => withDatabaseIds(activity, need, ids)),
  );

  await recordAudit(tx, {
    companyId,
    actorId: access.user.id,
    action: "IMPORT",
    entityType: "Register",
    entityId: companyId,
    after: { format: plan.source, sha256: plan.fileSha256, activities: summary.activities, created: summary.created, matched: summary.matched },
  });
  return summary;
}
