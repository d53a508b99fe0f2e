import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkDocumentReferences, type DocumentActivity, type DocumentCatalogs, type DocumentController, type ImportIssue } from "@/lib/export/json/format";
import type { CompanyAccess } from "../access";
import { recordAudit } from "../audit";
import { db } from "../db";
import { activityColumns, dateFromIso } from "../register/snapshot";

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
  /** SHA-256 of the uploaded file, recorded in the audit log. */
  fileSha256: string;
};

export type ImportSummary = {
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

async function registerIsEmpty(reader: Tx | ReturnType<typeof db>, companyId: string): Promise<boolean> {
  const where = { companyId };
  const counts = await Promise.all([
    reader.processingActivity.count({ where }),
    reader.dataSubjectCategory.count({ where }),
    reader.dataCategory.count({ where }),
    reader.recipient.count({ where }),
    reader.system.count({ where }),
    reader.securityMeasure.count({ where }),
    reader.cookie.count({ where }),
  ]);
  return counts.every((count) => count === 0);
}

const norm = (text: string) => text.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");

type ExistingCatalogs = Awaited<ReturnType<typeof existingCatalogs>>;

async function existingCatalogs(reader: Tx, companyId: string) {
  const where = { companyId };
  const [subjects, categories, recipients, systems, measures, cookies] = await Promise.all([
    reader.dataSubjectCategory.findMany({ where, select: { id: true, labelEn: true, labelNb: true } }),
    reader.dataCategory.findMany({ where, select: { id: true, labelEn: true, labelNb: true } }),
    reader.recipient.findMany({ where, select: { id: true, name: true, subProcessors: { select: { id: true, name: true } } } }),
    reader.system.findMany({ where, select: { id: true, name: true } }),
    reader.securityMeasure.findMany({ where, select: { id: true, kind: true, descriptionEn: true, descriptionNb: true } }),
    reader.cookie.findMany({ where, select: { id: true, name: true, provider: true } }),
  ]);
  return { subjects, categories, recipients, systems, measures, cookies };
}

/** Matches a file's catalog entry to an existing one by label (either language) or name; null when new. */
function matchExisting(existing: ExistingCatalogs, kind: keyof DocumentCatalogs, entry: DocumentCatalogs[keyof DocumentCatalogs][number]): string | null {
  const labels = (e: { labelEn: string; labelNb: string }) => [norm(e.labelEn), norm(e.labelNb)];
  switch (kind) {
    case "dataSubjectCategories": {
      const wanted = labels(entry as DocumentCatalogs["dataSubjectCategories"][number]);
      return existing.subjects.find((s) => labels(s).some((l) => wanted.includes(l)))?.id ?? null;
    }
    case "dataCategories": {
      const wanted = labels(entry as DocumentCatalogs["dataCategories"][number]);
      return existing.categories.find((s) => labels(s).some((l) => wanted.includes(l)))?.id ?? null;
    }
    case "recipients":
      return existing.recipients.find((r) => norm(r.name) === norm((entry as DocumentCatalogs["recipients"][number]).name))?.id ?? null;
    case "systems":
      return existing.systems.find((s) => norm(s.name) === norm((entry as DocumentCatalogs["systems"][number]).name))?.id ?? null;
    case "securityMeasures": {
      const m = entry as DocumentCatalogs["securityMeasures"][number];
      return existing.measures.find((x) => x.kind === m.kind && [norm(x.descriptionEn), norm(x.descriptionNb)].some((d) => d === norm(m.descriptionEn) || d === norm(m.descriptionNb)))?.id ?? null;
    }
    case "cookies": {
      const c = entry as DocumentCatalogs["cookies"][number];
      return existing.cookies.find((x) => norm(x.name) === norm(c.name) && norm(x.provider) === norm(c.provider))?.id ?? null;
    }
  }
}


/**
 * Checks an import plan and, unless `dryRun`, writes it in ONE transaction:
 * either every row is added or none. A JSON file (with a controller profile)
 * goes only into an empty register (409 otherwise) and replaces the
 * company's profile; a spreadsheet adds activities and reuses catalog entries
 * whose label or name matches. One IMPORT event records the file's SHA-256.
 */
export async function importRegister(access: CompanyAccess, plan: ImportPlan, options: { dryRun: boolean; parseIssues?: ImportIssue[] }): Promise<ImportResult> {
  const companyId = access.company.id;
  const reference = await referenceSets();
  const issues: ImportIssue[] = [...(options.parseIssues ?? [])];
  if (issues.length === 0) {
    issues.push(
      ...checkDocumentReferences(
        { format: "protokoll-register", formatVersion: 1, controller: plan.controller ?? placeholderController(), catalogs: plan.catalogs, activities: plan.activities },
        reference,
      ),
    );
  }
  if (plan.controller && !(await registerIsEmpty(db(), companyId))) throw new AppError("CONFLICT", "registerNotEmpty");
  if (plan.activities.length === 0 && issues.length === 0) issues.push({ path: "", line: null, column: null, code: "noActivities" });
  if (issues.length > 0) return { dryRun: options.dryRun, ok: false, issues, summary: null };

  const run = async (tx: Tx) => {
    if (plan.controller && !(await registerIsEmpty(tx, companyId))) throw new AppError("CONFLICT", "registerNotEmpty");
    return writePlan(tx, access, plan);
  };
  try {
    // The dry run is the real import, rolled back: it finds everything the real one would refuse.
    const summary = await db().$transaction(
      async (tx) => {
        const written = await run(tx);
        if (options.dryRun) throw new DryRunRollback(written);
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
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== "P2000" && code !== "P2020" && code !== "P2033") return null;
  const column = (error as { meta?: { column_name?: unknown } }).meta?.column_name;
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
    representative: { name: null, address: null, email: null },
    supervisoryAuthorityId: null,
  };
}

const CATALOG_KINDS: (keyof DocumentCatalogs)[] = ["dataSubjectCategories", "dataCategories", "recipients", "systems", "securityMeasures", "cookies"];

function summarise(existing: ExistingCatalogs, plan: ImportPlan): ImportSummary {
  const created = Object.fromEntries(CATALOG_KINDS.map((kind) => [kind, 0])) as ImportSummary["created"];
  let matched = 0;
  for (const kind of CATALOG_KINDS) {
    for (const entry of plan.catalogs[kind]) {
      if (!plan.controller && matchExisting(existing, kind, entry)) matched++;
      else created[kind]++;
    }
  }
  return { activities: plan.activities.length, created, matched };
}

async function writePlan(tx: Tx, access: CompanyAccess, plan: ImportPlan): Promise<ImportSummary> {
  const companyId = access.company.id;
  const existing = await existingCatalogs(tx, companyId);
  const summary = summarise(existing, plan);
  const merge = !plan.controller;
  const c = plan.catalogs;

  if (plan.controller) {
    const p = plan.controller;
    await tx.company.update({
      where: { id: companyId },
      data: {
        legalName: p.legalName,
        orgNumber: p.orgNumber,
        countryCode: p.countryCode,
        postalStreet: p.postalStreet,
        postalCode: p.postalCode,
        postalCity: p.postalCity,
        visitingStreet: p.visitingStreet,
        visitingPostalCode: p.visitingPostalCode,
        visitingCity: p.visitingCity,
        email: p.email,
        phone: p.phone,
        website: p.website,
        employeeBand: p.employeeBand,
        isPublicAuthority: p.isPublicAuthority,
        targetsEeaFromOutside: p.targetsEeaFromOutside,
        dpoDesignated: p.dpo.designated,
        dpoBasis: p.dpo.basis,
        dpoName: p.dpo.name,
        dpoEmail: p.dpo.email,
        dpoPhone: p.dpo.phone,
        dpoAddress: p.dpo.address,
        representativeName: p.representative.name,
        representativeAddress: p.representative.address,
        representativeEmail: p.representative.email,
        supervisoryAuthorityId: p.supervisoryAuthorityId,
        version: { increment: 1 },
      },
    });
  }

  const ids = {
    subjects: new Map<string, string>(),
    categories: new Map<string, string>(),
    recipients: new Map<string, string>(),
    subProcessors: new Map<string, string>(),
    systems: new Map<string, string>(),
    measures: new Map<string, string>(),
    cookies: new Map<string, string>(),
  };
  const reuse = (kind: keyof DocumentCatalogs, entry: DocumentCatalogs[keyof DocumentCatalogs][number]) => (merge ? matchExisting(existing, kind, entry) : null);
  const need = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (id === undefined) throw new AppError("VALIDATION", `unknown key ${key}`);
    return id;
  };

  for (const { key, ...data } of c.dataSubjectCategories) {
    ids.subjects.set(key, reuse("dataSubjectCategories", { key, ...data }) ?? (await tx.dataSubjectCategory.create({ data: { companyId, ...data }, select: { id: true } })).id);
  }
  for (const { key, ...data } of c.dataCategories) {
    ids.categories.set(key, reuse("dataCategories", { key, ...data }) ?? (await tx.dataCategory.create({ data: { companyId, ...data }, select: { id: true } })).id);
  }
  for (const { key, subProcessors, ...data } of c.recipients) {
    const matched = reuse("recipients", { key, subProcessors, ...data });
    const recipientId = matched ?? (await tx.recipient.create({ data: { companyId, ...data, dpaDate: dateFromIso(data.dpaDate) }, select: { id: true } })).id;
    ids.recipients.set(key, recipientId);
    const known = existing.recipients.find((r) => r.id === matched)?.subProcessors ?? [];
    for (const { key: subKey, ...sub } of subProcessors) {
      const same = known.find((s) => norm(s.name) === norm(sub.name));
      ids.subProcessors.set(`${key}/${subKey}`, same?.id ?? (await tx.subProcessor.create({ data: { companyId, recipientId, ...sub }, select: { id: true } })).id);
    }
  }
  for (const { key, vendor, ...data } of c.systems) {
    ids.systems.set(
      key,
      reuse("systems", { key, vendor, ...data }) ??
        (await tx.system.create({ data: { companyId, ...data, vendorRecipientId: vendor === null ? null : need(ids.recipients, vendor) }, select: { id: true } })).id,
    );
  }
  for (const { key, ...data } of c.securityMeasures) {
    ids.measures.set(key, reuse("securityMeasures", { key, ...data }) ?? (await tx.securityMeasure.create({ data: { companyId, ...data }, select: { id: true } })).id);
  }
  for (const { key, recipient, ...data } of c.cookies) {
    ids.cookies.set(
      key,
      reuse("cookies", { key, recipient, ...data }) ??
        (await tx.cookie.create({ data: { companyId, ...data, recipientId: recipient === null ? null : need(ids.recipients, recipient) }, select: { id: true } })).id,
    );
  }

  const links = {
    subjects: [] as Prisma.ActivityDataSubjectCategoryCreateManyInput[],
    categories: [] as Prisma.ActivityDataCategoryCreateManyInput[],
    recipients: [] as Prisma.ActivityRecipientCreateManyInput[],
    systems: [] as Prisma.ActivitySystemCreateManyInput[],
    measures: [] as Prisma.ActivitySecurityMeasureCreateManyInput[],
    cookies: [] as Prisma.ActivityCookieCreateManyInput[],
    transfers: [] as Prisma.TransferCreateManyInput[],
    retention: [] as Prisma.RetentionRuleCreateManyInput[],
    noticeTexts: [] as Prisma.NoticeTextCreateManyInput[],
  };
  for (const a of plan.activities) {
    const created = await tx.processingActivity.create({
      data: {
        companyId,
        ...activityColumns(a),
        status: a.status,
        // Nested rows take companyId from the activity relation (compound key).
        jointControllers: { create: a.jointControllers.map((j) => ({ ...j })) },
        controllersServed: { create: a.controllersServed.map((s) => ({ ...s, dpaDate: dateFromIso(s.dpaDate) })) },
      },
      select: { id: true },
    });
    const activityId = created.id;
    const purposeIds = new Map<string, string>();
    for (const { key, ...p } of a.purposes) {
      const purpose = await tx.purpose.create({ data: { companyId, activityId, ...p, liaDate: dateFromIso(p.liaDate) }, select: { id: true } });
      purposeIds.set(key, purpose.id);
    }
    const base = { companyId, activityId };
    for (const k of a.dataSubjectCategories) links.subjects.push({ ...base, dataSubjectCategoryId: need(ids.subjects, k) });
    for (const k of a.dataCategories) links.categories.push({ ...base, dataCategoryId: need(ids.categories, k) });
    for (const r of a.recipients) {
      links.recipients.push({ ...base, recipientId: need(ids.recipients, r.recipient), subProcessorAuthorisation: r.subProcessorAuthorisation, flowDownContract: r.flowDownContract });
    }
    for (const k of a.systems) links.systems.push({ ...base, systemId: need(ids.systems, k) });
    for (const k of a.securityMeasures) links.measures.push({ ...base, securityMeasureId: need(ids.measures, k) });
    for (const k of a.cookies) links.cookies.push({ ...base, cookieId: need(ids.cookies, k) });
    for (const t of a.transfers) {
      links.transfers.push({
        ...base,
        recipientId: need(ids.recipients, t.recipient),
        subProcessorId: t.subProcessor === null ? null : need(ids.subProcessors, `${t.recipient}/${t.subProcessor}`),
        countryCode: t.countryCode,
        mechanism: t.mechanism,
        sccModule: t.sccModule,
        adequacyDecisionId: t.adequacyDecisionId,
        tiaRef: t.tiaRef,
        copyAccess: t.copyAccess,
        art49Assessment: t.art49Assessment,
        isRegular: t.isRegular,
      });
    }
    for (const r of a.retentionRules) {
      const { dataCategory, ...rest } = r;
      links.retention.push({ ...base, ...rest, dataCategoryId: dataCategory === null ? null : need(ids.categories, dataCategory) });
    }
    for (const n of a.noticeTexts) {
      links.noticeTexts.push({ ...base, purposeId: n.purpose === null ? null : need(purposeIds, n.purpose), language: n.language, text: n.text });
    }
  }
  // Join rows first: transfers and retention rules reference (activity, recipient) and (activity, category) pairs.
  await tx.activityDataSubjectCategory.createMany({ data: links.subjects });
  await tx.activityDataCategory.createMany({ data: links.categories });
  await tx.activityRecipient.createMany({ data: links.recipients });
  await tx.activitySystem.createMany({ data: links.systems });
  await tx.activitySecurityMeasure.createMany({ data: links.measures });
  await tx.activityCookie.createMany({ data: links.cookies });
  await tx.transfer.createMany({ data: links.transfers });
  await tx.retentionRule.createMany({ data: links.retention });
  await tx.noticeText.createMany({ data: links.noticeTexts });

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
