import "server-only";
import type { CompanyAccess } from "./access";
import { db } from "./db";

/**
 * Every catalog entry of the company by id, named as the catalog page names it (in the
 * reader's language where the entry has two): the history shows "Customers", not an id.
 */
export async function catalogEntryNames(access: CompanyAccess, language: "en" | "nb"): Promise<Map<string, string>> {
  const companyId = access.company.id;
  const pick = (en: string, nb: string) => (language === "nb" ? nb || en : en || nb);
  const [subjects, categories, recipients, subProcessors, systems, measures, cookies] = await Promise.all([
    db().dataSubjectCategory.findMany({ where: { companyId }, select: { id: true, labelEn: true, labelNb: true } }),
    db().dataCategory.findMany({ where: { companyId }, select: { id: true, labelEn: true, labelNb: true } }),
    db().recipient.findMany({ where: { companyId }, select: { id: true, name: true } }),
    db().subProcessor.findMany({ where: { companyId }, select: { id: true, name: true } }),
    db().system.findMany({ where: { companyId }, select: { id: true, name: true } }),
    db().securityMeasure.findMany({ where: { companyId }, select: { id: true, descriptionEn: true, descriptionNb: true } }),
    db().cookie.findMany({ where: { companyId }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...subjects.map((e) => [e.id, pick(e.labelEn, e.labelNb)] as const),
    ...categories.map((e) => [e.id, pick(e.labelEn, e.labelNb)] as const),
    ...recipients.map((e) => [e.id, e.name] as const),
    ...subProcessors.map((e) => [e.id, e.name] as const),
    ...systems.map((e) => [e.id, e.name] as const),
    ...measures.map((e) => [e.id, pick(e.descriptionEn, e.descriptionNb)] as const),
    ...cookies.map((e) => [e.id, e.name] as const),
  ]);
}
