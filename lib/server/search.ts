import "server-only";
import type { CatalogKind } from "@/lib/register/catalog-schemas";
import type { CompanyAccess } from "./access";
import { listActivities } from "./activity-overview";
import { db } from "./db";
import { getFindings } from "./findings";

/** Enough to find something; more is a sign to type a longer word. */
const LIMIT = 50;
/** Shorter queries match nearly everything. */
export const SEARCH_MIN_LENGTH = 2;

export type SearchResults = {
  query: string;
  activities: { id: string; name: string; status: string }[];
  catalogEntries: { kind: CatalogKind; id: string; name: string }[];
  findings: { key: string; ruleId: string; severity: "error" | "warning"; message: string; subjectName: string | null; href: string }[];
};

/**
 * One search over a company's register (issue 13 item 7): activities by name, description and
 * purpose (listActivities' ILIKE over every language), catalog entries by their names and
 * descriptions in both languages (ILIKE), and open findings by their message, rule and the
 * name of what they concern; default-catalog suggestions the DPO has not accepted are not the
 * register's (docs/decisions/018) and are left out. Case-insensitive for bokmål's æ, ø and å as for a–z.
 */
export async function searchCompany(access: CompanyAccess, rawQuery: string, language: "en" | "nb"): Promise<SearchResults> {
  const query = rawQuery.trim().slice(0, 200);
  if (query.length < SEARCH_MIN_LENGTH) return { query, activities: [], catalogEntries: [], findings: [] };
  const companyId = access.company.id;
  const like = { contains: query, mode: "insensitive" as const };
  const pick = (en: string, nb: string) => (language === "nb" ? nb || en : en || nb);
  const [activities, subjects, categories, recipients, systems, measures, cookies, { findings }] = await Promise.all([
    listActivities(access, { search: query, pageSize: LIMIT, sort: "name" }),
    db().dataSubjectCategory.findMany({ where: { companyId, suggested: false, OR: [{ labelEn: like }, { labelNb: like }] }, select: { id: true, labelEn: true, labelNb: true }, take: LIMIT }),
    db().dataCategory.findMany({
      where: { companyId, suggested: false, OR: [{ labelEn: like }, { labelNb: like }, { descriptionEn: like }, { descriptionNb: like }] },
      select: { id: true, labelEn: true, labelNb: true },
      take: LIMIT,
    }),
    db().recipient.findMany({ where: { companyId, OR: [{ name: like }, { descriptionEn: like }, { descriptionNb: like }] }, select: { id: true, name: true }, take: LIMIT }),
    db().system.findMany({ where: { companyId, OR: [{ name: like }, { descriptionEn: like }, { descriptionNb: like }] }, select: { id: true, name: true }, take: LIMIT }),
    db().securityMeasure.findMany({ where: { companyId, suggested: false, OR: [{ descriptionEn: like }, { descriptionNb: like }] }, select: { id: true, descriptionEn: true, descriptionNb: true }, take: LIMIT }),
    db().cookie.findMany({ where: { companyId, OR: [{ name: like }, { provider: like }, { purposeEn: like }, { purposeNb: like }] }, select: { id: true, name: true }, take: LIMIT }),
    getFindings(access),
  ]);
  const wanted = query.toLocaleLowerCase("nb");
  const matches = (text: string | null) => text !== null && text.toLocaleLowerCase("nb").includes(wanted);
  const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => a.name.localeCompare(b.name, language));
  return {
    query,
    activities: activities.items.map((a) => ({ id: a.id, name: a.name, status: a.status })),
    catalogEntries: [
      ...byName(subjects.map((e) => ({ kind: "data-subject-categories" as const, id: e.id, name: pick(e.labelEn, e.labelNb) }))),
      ...byName(categories.map((e) => ({ kind: "data-categories" as const, id: e.id, name: pick(e.labelEn, e.labelNb) }))),
      ...byName(recipients.map((e) => ({ kind: "recipients" as const, id: e.id, name: e.name }))),
      ...byName(systems.map((e) => ({ kind: "systems" as const, id: e.id, name: e.name }))),
      ...byName(measures.map((e) => ({ kind: "security-measures" as const, id: e.id, name: pick(e.descriptionEn, e.descriptionNb) }))),
      ...byName(cookies.map((e) => ({ kind: "cookies" as const, id: e.id, name: e.name }))),
    ],
    findings: findings
      .filter((f) => matches(f.message[language]) || matches(f.message.en) || matches(f.message.nb) || matches(f.subjectName) || matches(f.ruleId))
      .slice(0, LIMIT)
      .map((f, i) => ({ key: `${f.ruleId}-${i}`, ruleId: f.ruleId, severity: f.severity, message: f.message[language], subjectName: f.subjectName, href: f.href })),
  };
}
