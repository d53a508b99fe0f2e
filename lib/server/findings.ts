import "server-only";
import { summarise, type Finding } from "@/lib/register/checks";
import { registerCompleteness } from "@/lib/register/completeness";
import { findingHref } from "@/lib/register/finding-links";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import type { CompanyAccess } from "./access";
import { loadRegisterSnapshot } from "./register/snapshot";
import { splitAcceptedFindings } from "./risk-acceptances";
import { readStoredFindings } from "./stored-findings";

export type FindingView = Finding & { href: string; subjectName: string | null };

/**
 * The legal checks' findings (legal-spec §3) over the company's current register, as
 * stored (docs/decisions/022-stored-findings.md; computed first where they are not current).
 * Each finding carries the link to the field that fixes it and the name of
 * its activity or catalog entry. `activityId` narrows to one activity, for
 * the activity editor's live display. Warnings the DPO has accepted (and that
 * still hold) are returned apart, in `accepted`, and left out of the counts.
 */
export async function getFindings(access: CompanyAccess, options: { activityId?: string; now?: Date; snapshot?: RegisterSnapshot } = {}) {
  const [snapshot, all] = await Promise.all([
    options.snapshot ?? loadRegisterSnapshot(access),
    readStoredFindings(access.company.id, options.now ?? new Date()),
  ]);
  // Catalog entries are named in the register's own language, as the DPO wrote them first.
  const pick = (en: string, nb: string) => (snapshot.company.primaryLanguage === "nb" ? nb : en);
  const names = new Map<string, string>([
    ...snapshot.activities.map((a) => [`activity:${a.id}`, a.name] as const),
    ...snapshot.catalogs.recipients.map((r) => [`recipient:${r.id}`, r.name] as const),
    ...snapshot.catalogs.cookies.map((c) => [`cookie:${c.id}`, c.name] as const),
    ...snapshot.catalogs.dataCategories.map((c) => [`data-categories:${c.id}`, pick(c.labelEn, c.labelNb)] as const),
    ...snapshot.catalogs.dataSubjectCategories.map((c) => [`data-subject-categories:${c.id}`, pick(c.labelEn, c.labelNb)] as const),
    ...snapshot.catalogs.securityMeasures.map((c) => [`security-measures:${c.id}`, pick(c.descriptionEn, c.descriptionNb)] as const),
    ...snapshot.catalogs.systems.map((c) => [`systems:${c.id}`, c.name] as const),
  ]);
  const nameOf = (f: Finding): string | null => {
    const s = f.subject;
    if (s.kind === "activity") return names.get(`activity:${s.activityId}`) ?? null;
    if (s.kind === "recipient") return names.get(`recipient:${s.recipientId}`) ?? null;
    if (s.kind === "cookie") return names.get(`cookie:${s.cookieId}`) ?? null;
    if (s.kind === "catalog") return names.get(`${s.catalog}:${s.entryId}`) ?? null;
    return null;
  };
  const selected = options.activityId
    ? all.filter((f) => f.subject.kind === "activity" && f.subject.activityId === options.activityId)
    : all;
  const views: FindingView[] = selected.map((f) => ({ ...f, href: findingHref(access.company.id, f), subjectName: nameOf(f) }));
  const { open: findings, accepted } = await splitAcceptedFindings(snapshot, views, options.now);
  const activities = snapshot.activities.map((a) => ({ id: a.id, name: a.name, status: a.status }));
  return { findings, accepted, summary: summarise(findings), activities, completeness: registerCompleteness(snapshot) };
}
