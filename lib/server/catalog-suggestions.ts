import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECT_CATEGORIES, DEFAULT_SECURITY_MEASURES } from "@/lib/register/default-catalog";
import { SUGGESTION_KINDS, type SuggestionKind } from "@/lib/register/suggestions";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { auditJson, CATALOG_ENTITY_TYPE, readCatalogEntry } from "./catalogs";
import { db } from "./db";

/**
 * The default catalog a new company is offered as suggestions, and the DPO's decisions on them
 * (docs/decisions/018-catalog-suggestions.md). A suggestion is an ordinary catalog row marked
 * `suggested` until it is accepted (the mark cleared) or dismissed (the row deleted).
 */

type Tx = Prisma.TransactionClient;

/**
 * Offers a new company the default catalog (lib/register/default-catalog.ts) as
 * suggestions, inside the transaction that creates the company, with one audit event
 * saying what was offered. Nothing of it is linked, published, exported or checked until
 * the DPO accepts it (docs/decisions/018-catalog-suggestions.md).
 */
export async function seedDefaultCatalog(tx: Tx, companyId: string, actorId: string | null): Promise<void> {
  const suggested = true;
  await tx.dataCategory.createMany({ data: DEFAULT_DATA_CATEGORIES.map((c) => ({ companyId, ...c, suggested })) });
  await tx.dataSubjectCategory.createMany({ data: DEFAULT_DATA_SUBJECT_CATEGORIES.map((c) => ({ companyId, ...c, suggested })) });
  await tx.securityMeasure.createMany({ data: DEFAULT_SECURITY_MEASURES.map((m) => ({ companyId, ...m, suggested })) });
  await recordAudit(tx, {
    companyId,
    actorId,
    action: "CREATE",
    entityType: "DefaultCatalog",
    entityId: companyId,
    after: {
      suggested: true,
      dataCategories: DEFAULT_DATA_CATEGORIES.map((c) => c.labelEn),
      dataSubjectCategories: DEFAULT_DATA_SUBJECT_CATEGORIES.map((c) => c.labelEn),
      securityMeasures: DEFAULT_SECURITY_MEASURES.map((m) => m.kind),
    },
  });
}

/** What a suggestion decision needs of each kind's table, without a switch per call site. */
function suggestionTable(tx: Tx, kind: SuggestionKind) {
  switch (kind) {
    case "data-categories":
      return {
        ids: (where: Prisma.DataCategoryWhereInput) => tx.dataCategory.findMany({ where, select: { id: true } }),
        accept: (ids: string[]) => tx.dataCategory.updateMany({ where: { id: { in: ids } }, data: { suggested: false, version: { increment: 1 } } }),
        dismiss: (ids: string[]) => tx.dataCategory.deleteMany({ where: { id: { in: ids } } }),
      };
    case "data-subject-categories":
      return {
        ids: (where: Prisma.DataSubjectCategoryWhereInput) => tx.dataSubjectCategory.findMany({ where, select: { id: true } }),
        accept: (ids: string[]) => tx.dataSubjectCategory.updateMany({ where: { id: { in: ids } }, data: { suggested: false, version: { increment: 1 } } }),
        dismiss: (ids: string[]) => tx.dataSubjectCategory.deleteMany({ where: { id: { in: ids } } }),
      };
    case "security-measures":
      return {
        ids: (where: Prisma.SecurityMeasureWhereInput) => tx.securityMeasure.findMany({ where, select: { id: true } }),
        accept: (ids: string[]) => tx.securityMeasure.updateMany({ where: { id: { in: ids } }, data: { suggested: false, version: { increment: 1 } } }),
        dismiss: (ids: string[]) => tx.securityMeasure.deleteMany({ where: { id: { in: ids } } }),
      };
  }
}

/**
 * Accepts or dismisses the given suggestions of one kind inside the caller's transaction,
 * each with its audit event; ids that are not (or no longer) suggestions of this company
 * are left alone. Returns how many were decided.
 */
async function decideWithin(tx: Tx, access: CompanyAccess, decision: "accept" | "dismiss", kind: SuggestionKind, only: string[] | null): Promise<number> {
  const companyId = access.company.id;
  const table = suggestionTable(tx, kind);
  const ids = (await table.ids({ companyId, suggested: true, ...(only ? { id: { in: only } } : {}) })).map((row) => row.id);
  for (const id of ids) {
    const before = auditJson(await readCatalogEntry(tx, kind, companyId, id));
    const entity = { companyId, actorId: access.user.id, entityType: CATALOG_ENTITY_TYPE[kind], entityId: id };
    if (decision === "accept") {
      await table.accept([id]);
      await recordAudit(tx, { ...entity, action: "UPDATE", before, after: auditJson(await readCatalogEntry(tx, kind, companyId, id)) });
    } else {
      await table.dismiss([id]);
      await recordAudit(tx, { ...entity, action: "DELETE", before });
    }
  }
  return ids.length;
}

/** Accepts the suggestions among `ids` (adding a template that needs them is choosing them). */
export async function acceptSuggestionsWithin(tx: Tx, access: CompanyAccess, kind: SuggestionKind, ids: string[]): Promise<void> {
  if (ids.length > 0) await decideWithin(tx, access, "accept", kind, ids);
}

/**
 * Accepts or dismisses suggestions: one entry (`target`), or every suggestion of the
 * company ("accept all" / "dismiss all"). Accepting makes the entry an ordinary catalog
 * entry; dismissing deletes it (a suggestion is never linked, so nothing refuses it). A
 * target that is not a suggestion of this company is NOT_FOUND.
 */
export async function decideSuggestions(access: CompanyAccess, decision: "accept" | "dismiss", target: { kind: SuggestionKind; id: string } | null) {
  return db().$transaction(async (tx) => {
    let decided = 0;
    for (const kind of target ? [target.kind] : SUGGESTION_KINDS) decided += await decideWithin(tx, access, decision, kind, target ? [target.id] : null);
    if (target && decided === 0) throw new AppError("NOT_FOUND");
    return { decided };
  });
}

/** How many suggestions wait for the DPO's decision, for the overview's and the notice page's guidance. */
export async function countSuggestions(access: CompanyAccess): Promise<number> {
  const where = { companyId: access.company.id, suggested: true };
  const counts = await Promise.all([db().dataCategory.count({ where }), db().dataSubjectCategory.count({ where }), db().securityMeasure.count({ where })]);
  return counts.reduce((sum, count) => sum + count, 0);
}
