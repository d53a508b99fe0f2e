import "server-only";
import { markFindingsStale, refreshCompanyFindings } from "./stored-findings";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CatalogKind, CatalogUsage, CatalogValues, SubProcessorValues } from "@/lib/register/catalog-schemas";
import { cookieDurationFromJson } from "@/lib/register/cookie-duration";
import { localizedTextFromJson } from "@/lib/register/localized-text";
import { catalogEntryTranslatables, type CatalogWithTexts, type Translatable } from "@/lib/register/translatables";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { db, type DbClient } from "./db";
import { recordTextChanges } from "./translation-marks";

type Tx = Prisma.TransactionClient;

/** Each catalog's entity type in the audit log. */
export const CATALOG_ENTITY_TYPE: Record<CatalogKind, string> = {
  "data-categories": "DataCategory",
  "data-subject-categories": "DataSubjectCategory",
  recipients: "Recipient",
  systems: "System",
  "security-measures": "SecurityMeasure",
  cookies: "Cookie",
};

// ── Selects: what the catalog pages, the pickers and the audit log see ───────

const dataCategorySelect = {
  id: true, labelEn: true, labelNb: true, descriptionEn: true, descriptionNb: true,
  specialCategory: true, isCriminalOffence: true, isNationalId: true, suggested: true, version: true,
} as const;
const dataSubjectCategorySelect = { id: true, labelEn: true, labelNb: true, includesChildren: true, suggested: true, version: true } as const;
const subProcessorSelect = { id: true, name: true, countryCode: true, authorisation: true, flowDownContract: true, dpfCertified: true, descriptionEn: true, descriptionNb: true } as const;
const recipientSelect = {
  id: true, name: true, kind: true, countryCode: true, dpaStatus: true, dpaDate: true, dpaRef: true,
  dpfCertified: true, descriptionEn: true, descriptionNb: true, version: true,
  subProcessors: { select: subProcessorSelect, orderBy: { name: "asc" } },
} as const;
const systemSelect = { id: true, name: true, descriptionEn: true, descriptionNb: true, hostingCountryCode: true, vendorRecipientId: true, version: true } as const;
const securityMeasureSelect = { id: true, kind: true, descriptionEn: true, descriptionNb: true, suggested: true, version: true } as const;
const cookieSelect = {
  id: true, name: true, provider: true, purposeEn: true, purposeNb: true, category: true,
  duration: true, consent: true, consentReason: true, recipientId: true, version: true,
} as const;

/** The texts of a catalog entry as read by readEntry (a cookie's duration and reason are JSON there). */
function catalogTexts(kind: CatalogWithTexts, entry: StoredEntry): Translatable[] {
  if ("duration" in entry) {
    return catalogEntryTranslatables(kind, { ...entry, duration: cookieDurationFromJson(entry.duration), consentReason: localizedTextFromJson(entry.consentReason) });
  }
  return catalogEntryTranslatables(kind, entry);
}

/** Dates leave as "YYYY-MM-DD", as <input type="date"> and the snapshot use them. */
function isoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

function toDate(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** A row as audit JSON (dates as ISO strings). */
export function auditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

// ── Reading ──────────────────────────────────────────────────────────────────

type StoredEntry = NonNullable<Awaited<ReturnType<typeof readEntry>>>;

async function readEntry(client: DbClient, kind: CatalogKind, companyId: string, id: string) {
  const where = { id, companyId };
  switch (kind) {
    case "data-categories":
      return client.dataCategory.findFirst({ where, select: dataCategorySelect });
    case "data-subject-categories":
      return client.dataSubjectCategory.findFirst({ where, select: dataSubjectCategorySelect });
    case "recipients": {
      const row = await client.recipient.findFirst({ where, select: recipientSelect });
      return row ? { ...row, dpaDate: isoDate(row.dpaDate) } : null;
    }
    case "systems":
      return client.system.findFirst({ where, select: systemSelect });
    case "security-measures":
      return client.securityMeasure.findFirst({ where, select: securityMeasureSelect });
    case "cookies":
      return client.cookie.findFirst({ where, select: cookieSelect });
  }
}

/**
 * One catalog of the company, each entry with `usageCount`: the number of
 * activities linking to it (the UI warns before a delete that will be refused).
 */
export async function listCatalog(access: CompanyAccess, kind: CatalogKind) {
  const where = { companyId: access.company.id };
  const count = { _count: { select: { activities: true } } } as const;
  const withUsage = <T extends { _count: { activities: number } }>(rows: T[]) =>
    rows.map(({ _count, ...row }) => ({ ...row, usageCount: _count.activities }));
  switch (kind) {
    case "data-categories":
      return withUsage(await db().dataCategory.findMany({ where, select: { ...dataCategorySelect, ...count }, orderBy: { labelEn: "asc" } }));
    case "data-subject-categories":
      return withUsage(
        await db().dataSubjectCategory.findMany({ where, select: { ...dataSubjectCategorySelect, ...count }, orderBy: { labelEn: "asc" } }),
      );
    case "recipients": {
      const rows = await db().recipient.findMany({ where, select: { ...recipientSelect, ...count }, orderBy: { name: "asc" } });
      return withUsage(rows).map((row) => ({ ...row, dpaDate: isoDate(row.dpaDate) }));
    }
    case "systems":
      return withUsage(await db().system.findMany({ where, select: { ...systemSelect, ...count }, orderBy: { name: "asc" } }));
    case "security-measures":
      return withUsage(
        await db().securityMeasure.findMany({ where, select: { ...securityMeasureSelect, ...count }, orderBy: [{ kind: "asc" }, { descriptionEn: "asc" }] }),
      );
    case "cookies":
      return withUsage(await db().cookie.findMany({ where, select: { ...cookieSelect, ...count }, orderBy: { name: "asc" } }));
  }
}

/** Which activities (and systems or cookies) link to an entry; a non-empty list refuses its delete. */
async function usageOf(tx: Tx, kind: CatalogKind, companyId: string, id: string): Promise<CatalogUsage[]> {
  const activity = { select: { activity: { select: { id: true, name: true } } } } as const;
  const asActivities = (rows: { activity: { id: string; name: string } }[]): CatalogUsage[] =>
    rows.map((row) => ({ ...row.activity, type: "activity" }));
  switch (kind) {
    case "data-categories":
      return asActivities(await tx.activityDataCategory.findMany({ where: { companyId, dataCategoryId: id }, ...activity }));
    case "data-subject-categories":
      return asActivities(await tx.activityDataSubjectCategory.findMany({ where: { companyId, dataSubjectCategoryId: id }, ...activity }));
    case "systems":
      return asActivities(await tx.activitySystem.findMany({ where: { companyId, systemId: id }, ...activity }));
    case "security-measures":
      return asActivities(await tx.activitySecurityMeasure.findMany({ where: { companyId, securityMeasureId: id }, ...activity }));
    case "cookies":
      return asActivities(await tx.activityCookie.findMany({ where: { companyId, cookieId: id }, ...activity }));
    case "recipients": {
      const [activities, systems, cookies] = await Promise.all([
        tx.activityRecipient.findMany({ where: { companyId, recipientId: id }, ...activity }),
        tx.system.findMany({ where: { companyId, vendorRecipientId: id }, select: { id: true, name: true } }),
        tx.cookie.findMany({ where: { companyId, recipientId: id }, select: { id: true, name: true } }),
      ]);
      return [
        ...asActivities(activities),
        ...systems.map((s): CatalogUsage => ({ ...s, type: "system" })),
        ...cookies.map((c): CatalogUsage => ({ ...c, type: "cookie" })),
      ];
    }
  }
}

// ── Checks that need the database ────────────────────────────────────────────

/** Country codes must exist in the country table; an unknown one is a field error, not a 500. */
async function assertCountries(client: DbClient, fields: Record<string, string | null>): Promise<void> {
  const codes = [...new Set(Object.values(fields).filter((c): c is string => c !== null))];
  if (codes.length === 0) return;
  const known = new Set((await client.country.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code));
  const errors: FieldErrors = {};
  for (const [path, code] of Object.entries(fields)) if (code !== null && !known.has(code)) errors[path] = ["validation.country"];
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", undefined, errors);
}

/** A recipient picked from the catalog must be this company's (the compound FK would refuse it anyway). */
async function assertRecipient(client: DbClient, companyId: string, path: string, id: string | null): Promise<void> {
  if (id === null) return;
  const found = await client.recipient.findFirst({ where: { id, companyId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION", undefined, { [path]: ["fieldRules.unknownEntry"] });
}

// ── Writing ──────────────────────────────────────────────────────────────────

function subProcessorData(sp: SubProcessorValues) {
  return {
    name: sp.name,
    countryCode: sp.countryCode,
    authorisation: sp.authorisation,
    flowDownContract: sp.flowDownContract,
    dpfCertified: sp.dpfCertified,
    descriptionEn: sp.descriptionEn,
    descriptionNb: sp.descriptionNb,
  };
}

/** Replaces a recipient's sub-processors with the submitted list: listed ids are updated, others removed, new ones added. */
async function syncSubProcessors(tx: Tx, companyId: string, recipientId: string, list: SubProcessorValues[]): Promise<void> {
  const existing = new Set(
    (await tx.subProcessor.findMany({ where: { companyId, recipientId }, select: { id: true } })).map((sp) => sp.id),
  );
  const kept = new Set<string>();
  for (const [index, sp] of list.entries()) {
    if (sp.id !== null) {
      // An id that is not this recipient's own sub-processor is forged or stale.
      if (!existing.has(sp.id)) throw new AppError("VALIDATION", undefined, { [`subProcessors.${index}.name`]: ["fieldRules.unknownEntry"] });
      kept.add(sp.id);
      await tx.subProcessor.update({ where: { id: sp.id }, data: { ...subProcessorData(sp), version: { increment: 1 } } });
    } else {
      await tx.subProcessor.create({ data: { companyId, recipientId, ...subProcessorData(sp) } });
    }
  }
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length > 0) await tx.subProcessor.deleteMany({ where: { companyId, recipientId, id: { in: removed } } });
}

/**
 * How each catalog's entries are checked against other rows, inserted and updated. Typed per
 * kind, so `CATALOG_WRITERS[kind]` with a generic kind takes that kind's values and no cast
 * matches the two.
 */
type CatalogWriter<K extends CatalogKind> = {
  /** Checks that need the database (country codes, links to other entries). */
  validate?: (client: DbClient, companyId: string, values: CatalogValues[K]) => Promise<void>;
  insert: (tx: Tx, companyId: string, values: CatalogValues[K]) => Promise<{ id: string }>;
  /** Optimistic update: 0 rows when the version moved on (or the entry is not this company's). */
  update: (tx: Tx, where: { id: string; companyId: string; version: number }, values: CatalogValues[K]) => Promise<number>;
};

const select = { id: true } as const;
// The data's own version bump comes after the values, so a stray `version` in them cannot win.
const bump = { version: { increment: 1 } };

const CATALOG_WRITERS: { [K in CatalogKind]: CatalogWriter<K> } = {
  "data-categories": {
    insert: (tx, companyId, values) => tx.dataCategory.create({ data: { companyId, ...values }, select }),
    update: async (tx, where, values) => (await tx.dataCategory.updateMany({ where, data: { ...values, ...bump } })).count,
  },
  "data-subject-categories": {
    insert: (tx, companyId, values) => tx.dataSubjectCategory.create({ data: { companyId, ...values }, select }),
    update: async (tx, where, values) => (await tx.dataSubjectCategory.updateMany({ where, data: { ...values, ...bump } })).count,
  },
  recipients: {
    validate: (client, _companyId, values) =>
      assertCountries(client, {
        countryCode: values.countryCode,
        ...Object.fromEntries(values.subProcessors.map((sp, i) => [`subProcessors.${i}.countryCode`, sp.countryCode])),
      }),
    insert: async (tx, companyId, { subProcessors, dpaDate, ...rest }) => {
      const recipient = await tx.recipient.create({ data: { companyId, ...rest, dpaDate: toDate(dpaDate) }, select });
      if (subProcessors.length > 0) {
        await tx.subProcessor.createMany({ data: subProcessors.map((sp) => ({ companyId, recipientId: recipient.id, ...subProcessorData(sp) })) });
      }
      return recipient;
    },
    update: async (tx, where, { subProcessors, dpaDate, ...rest }) => {
      const count = (await tx.recipient.updateMany({ where, data: { ...rest, dpaDate: toDate(dpaDate), ...bump } })).count;
      if (count > 0) await syncSubProcessors(tx, where.companyId, where.id, subProcessors);
      return count;
    },
  },
  systems: {
    validate: async (client, companyId, values) => {
      await assertCountries(client, { hostingCountryCode: values.hostingCountryCode });
      await assertRecipient(client, companyId, "vendorRecipientId", values.vendorRecipientId);
    },
    insert: (tx, companyId, values) => tx.system.create({ data: { companyId, ...values }, select }),
    update: async (tx, where, values) => (await tx.system.updateMany({ where, data: { ...values, ...bump } })).count,
  },
  "security-measures": {
    insert: (tx, companyId, values) => tx.securityMeasure.create({ data: { companyId, ...values }, select }),
    update: async (tx, where, values) => (await tx.securityMeasure.updateMany({ where, data: { ...values, ...bump } })).count,
  },
  cookies: {
    validate: (client, companyId, values) => assertRecipient(client, companyId, "recipientId", values.recipientId),
    insert: (tx, companyId, values) => tx.cookie.create({ data: { companyId, ...values }, select }),
    update: async (tx, where, values) => (await tx.cookie.updateMany({ where, data: { ...values, ...bump } })).count,
  },
};

async function validate<K extends CatalogKind>(client: DbClient, kind: K, companyId: string, values: CatalogValues[K]): Promise<void> {
  await CATALOG_WRITERS[kind].validate?.(client, companyId, values);
}

async function deleteRow(tx: Tx, kind: CatalogKind, companyId: string, id: string): Promise<number> {
  const where = { id, companyId };
  switch (kind) {
    case "data-categories":
      return (await tx.dataCategory.deleteMany({ where })).count;
    case "data-subject-categories":
      return (await tx.dataSubjectCategory.deleteMany({ where })).count;
    case "recipients":
      // Sub-processors cascade with the recipient.
      return (await tx.recipient.deleteMany({ where })).count;
    case "systems":
      return (await tx.system.deleteMany({ where })).count;
    case "security-measures":
      return (await tx.securityMeasure.deleteMany({ where })).count;
    case "cookies":
      return (await tx.cookie.deleteMany({ where })).count;
  }
}

/**
 * Creates an entry with its audit event. Takes a transaction so company
 * creation can seed the default catalog inside its own (see default-catalog.ts).
 */
export async function insertCatalogEntry<K extends CatalogKind>(
  tx: Tx,
  kind: K,
  companyId: string,
  actorId: string | null,
  values: CatalogValues[K],
) {
  const { id } = await CATALOG_WRITERS[kind].insert(tx, companyId, values);
  await markFindingsStale(tx, companyId);
  const after = await readEntry(tx, kind, companyId, id);
  await recordAudit(tx, { companyId, actorId, action: "CREATE", entityType: CATALOG_ENTITY_TYPE[kind], entityId: id, after: auditJson(after) });
  return after;
}

export async function createCatalogEntry<K extends CatalogKind>(access: CompanyAccess, kind: K, values: CatalogValues[K]) {
  await validate(db(), kind, access.company.id, values);
  return db().$transaction(async (tx) => {
    const entry = await insertCatalogEntry(tx, kind, access.company.id, access.user.id, values);
    await refreshCompanyFindings(tx, access.company.id);
    return entry;
  });
}

/**
 * Saves an entry if nobody saved a newer version since the form was loaded
 * (`version`, optimistic concurrency). A `version` key inside `values` is ignored.
 */
export async function updateCatalogEntry<K extends CatalogKind>(
  access: CompanyAccess,
  kind: K,
  id: string,
  version: number,
  values: CatalogValues[K],
) {
  await validate(db(), kind, access.company.id, values);
  return db().$transaction(async (tx) => {
    const entry = await updateCatalogEntryWithin(tx, access, kind, id, version, values);
    await refreshCompanyFindings(tx, access.company.id);
    return entry;
  });
}

/**
 * The same inside the caller's transaction, without the checks against other rows (the
 * translation view changes only texts): the audit event and the translation marks of the
 * entry's texts (lib/server/translations.ts) are written with it.
 */
export async function updateCatalogEntryWithin<K extends CatalogKind>(tx: Tx, access: CompanyAccess, kind: K, id: string, version: number, values: CatalogValues[K], written?: ReadonlySet<string>) {
  const companyId = access.company.id;
  const before = await readEntry(tx, kind, companyId, id);
  if (!before) throw new AppError("NOT_FOUND");
  const count = await CATALOG_WRITERS[kind].update(tx, { id, companyId, version }, values);
  if (count === 0) throw new AppError("CONFLICT", "conflicts.newerVersion");
  await markFindingsStale(tx, companyId);
  const after = await readEntry(tx, kind, companyId, id);
  await recordAudit(tx, { companyId, actorId: access.user.id, action: "UPDATE", entityType: CATALOG_ENTITY_TYPE[kind], entityId: id, before: auditJson(before), after: auditJson(after) });
  if (after && kind !== "systems") await recordTextChanges(tx, companyId, () => ({ before: catalogTexts(kind, before), after: catalogTexts(kind, after) }), written);
  return after;
}

/** One catalog entry as its form loads it, for the translation view. */
export function readCatalogEntry(client: DbClient, kind: CatalogKind, companyId: string, id: string) {
  return readEntry(client, kind, companyId, id);
}

/**
 * Deletes an entry no activity uses. In use, it is refused with CONFLICT and
 * `usedBy` (the activities, systems or cookies that link to it) so the DPO
 * sees what to unlink first. The foreign keys (NoAction) refuse it too, should
 * a link appear between the check and the delete.
 */
export async function deleteCatalogEntry(access: CompanyAccess, kind: CatalogKind, id: string) {
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const before = await readEntry(tx, kind, companyId, id);
    if (!before) throw new AppError("NOT_FOUND");
    const usedBy = await usageOf(tx, kind, companyId, id);
    if (usedBy.length > 0) throw new AppError("CONFLICT", "catalogs.inUse", undefined, { usedBy });
    await deleteRow(tx, kind, companyId, id);
    await recordAudit(tx, { companyId, actorId: access.user.id, action: "DELETE", entityType: CATALOG_ENTITY_TYPE[kind], entityId: id, before: auditJson(before) });
    await markFindingsStale(tx, companyId);
    await refreshCompanyFindings(tx, companyId);
    return { id };
  });
}
