import "server-only";
import { refreshCompanyFindings } from "./stored-findings";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Language } from "@/lib/register/languages";
import { findTemplate } from "@/lib/register/templates";
import { planTemplate, templateActivityInput, type TemplateCatalogIds } from "@/lib/register/templates/apply";
import type { CompanyAccess } from "./access";
import type { SavedActivity } from "@/lib/register/activity-values";
import { createActivityWithin } from "./activities";
import { acceptSuggestionsWithin } from "./catalog-suggestions";
import { insertCatalogEntry } from "./catalogs";
import { db } from "./db";

export type AddedFromTemplate = {
  activity: SavedActivity;
  /** What the template added to the company's catalogs (the rest was already there). */
  created: { dataCategories: string[]; dataSubjects: string[]; authorities: string[] };
};

/**
 * Adds a template (lib/register/templates) as a new draft activity, in one transaction:
 * the catalog entries it needs are matched against the company's or created (each with
 * its audit event), then the activity is created with its own. `language` is the
 * language the register is kept in, for the single-language fields.
 */
export async function addActivityFromTemplate(access: CompanyAccess, templateId: string, language: Language): Promise<AddedFromTemplate> {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const template = findTemplate(templateId);
  if (!template) throw new AppError("NOT_FOUND");
  const companyId = access.company.id;
  const actorId = access.user.id;
  return db().$transaction(
    async (tx) => {
      const where = { companyId };
      const [dataCategories, dataSubjectCategories, recipients, securityMeasures] = await Promise.all([
        tx.dataCategory.findMany({ where, select: { id: true, labelEn: true, labelNb: true, specialCategory: true, isCriminalOffence: true, isNationalId: true } }),
        tx.dataSubjectCategory.findMany({ where, select: { id: true, labelEn: true, labelNb: true } }),
        tx.recipient.findMany({ where, select: { id: true, name: true, kind: true } }),
        // A suggested measure describes a safeguard the company has not claimed: a template names only kinds.
        tx.securityMeasure.findMany({ where: { ...where, suggested: false }, select: { id: true, kind: true } }),
      ]);
      const plan = planTemplate(template, { dataCategories, dataSubjectCategories, recipients, securityMeasures });
      // A template that needs a suggested category or group of people is the DPO choosing it: accepted, not duplicated.
      await acceptSuggestionsWithin(tx, access, "data-categories", Object.values(plan.matched.dataCategories));
      await acceptSuggestionsWithin(tx, access, "data-subject-categories", Object.values(plan.matched.dataSubjects));
      const ids: TemplateCatalogIds = {
        dataCategories: { ...plan.matched.dataCategories },
        dataSubjects: { ...plan.matched.dataSubjects },
        authorities: { ...plan.matched.authorities },
        securityMeasures: plan.matched.securityMeasures,
      };
      const created: AddedFromTemplate["created"] = { dataCategories: [], dataSubjects: [], authorities: [] };
      for (const { key, values } of plan.missing.dataCategories) {
        const entry = await insertCatalogEntry(tx, "data-categories", companyId, actorId, values);
        if (!entry) throw new AppError("NOT_FOUND");
        ids.dataCategories[key] = entry.id;
        created.dataCategories.push(values[language === "nb" ? "labelNb" : "labelEn"]);
      }
      for (const { key, values } of plan.missing.dataSubjects) {
        const entry = await insertCatalogEntry(tx, "data-subject-categories", companyId, actorId, values);
        if (!entry) throw new AppError("NOT_FOUND");
        ids.dataSubjects[key] = entry.id;
        created.dataSubjects.push(values[language === "nb" ? "labelNb" : "labelEn"]);
      }
      for (const { key, values } of plan.missing.authorities) {
        const entry = await insertCatalogEntry(tx, "recipients", companyId, actorId, values);
        if (!entry) throw new AppError("NOT_FOUND");
        ids.authorities[key] = entry.id;
        created.authorities.push(values.name);
      }
      const activity = await createActivityWithin(tx, access, templateActivityInput(template, ids, language));
      await tx.processingActivity.update({ where: { id: activity.id }, data: { fromTemplateId: template.id } });
      // Catalog entries it created made the findings stale: computed whole once, here.
      await refreshCompanyFindings(tx, companyId);
      return { activity, created };
    },
    { timeout: 30_000 },
  );
}

/** The template an activity was added from, if any, for the editor's "what the template assumed". */
export async function activityTemplateOrigin(access: CompanyAccess, activityId: string): Promise<string | null> {
  const row = await db().processingActivity.findFirst({ where: { id: activityId, companyId: access.company.id }, select: { fromTemplateId: true } });
  return row?.fromTemplateId ?? null;
}
