import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { CurrentUser, listMyCompanies } from "./access";
import { db } from "./db";
import { getFindings } from "./findings";
import { hasUnpublishedChanges } from "./notice/versions";
import { loadRegisterSnapshot } from "./register/snapshot";

type NoticeState =
  | { kind: "never" }
  | { kind: "published"; number: number; publishedAt: string }
  | { kind: "unpublished"; number: number; publishedAt: string };

export type CompanyState = {
  company: { id: string; slug: string; legalName: string };
  role: Role;
  /** Activities in the register, retired ones left out (they are kept for the record only). */
  activities: number;
  errors: number;
  warnings: number;
  notice: NoticeState;
  /** The last change anyone recorded in the company's audit log. */
  lastChangedAt: string | null;
};

/** Companies whose findings run at once: each check run reads one register; more at a time only queue on the pool. */
const CHECKS_AT_ONCE = 4;

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

/**
 * Each of the user's companies (listMyCompanies) with the state of its register, for the companies list:
 * counts, the latest notice version and the last change come from three grouped queries
 * over all the companies at once; open findings and "unpublished changes" need the legal
 * checks over each register, so those run once per listed company (not per activity).
 * When findings are stored per activity this becomes one more grouped count.
 */
export async function listCompanyStates(user: CurrentUser, memberships: Awaited<ReturnType<typeof listMyCompanies>>): Promise<CompanyState[]> {
  const ids = memberships.map((m) => m.company.id);
  if (ids.length === 0) return [];
  const [activityCounts, latestVersions, lastChanges] = await Promise.all([
    db().processingActivity.groupBy({ by: ["companyId"], where: { companyId: { in: ids }, status: { not: "RETIRED" } }, _count: { _all: true } }),
    db().noticeVersion.findMany({
      where: { companyId: { in: ids } },
      distinct: ["companyId"],
      orderBy: [{ companyId: "asc" }, { number: "desc" }],
      select: { companyId: true, number: true, publishedAt: true },
    }),
    db().auditEvent.groupBy({ by: ["companyId"], where: { companyId: { in: ids } }, _max: { at: true } }),
  ]);
  const activitiesOf = new Map(activityCounts.map((row) => [row.companyId, row._count._all]));
  const versionOf = new Map(latestVersions.map((row) => [row.companyId, row]));
  const changedOf = new Map(lastChanges.map((row) => [row.companyId, row._max.at]));
  return inBatches(memberships, CHECKS_AT_ONCE, async ({ company, role }) => {
    const access = { user, company, role };
    const snapshot = await loadRegisterSnapshot(access);
    const [{ summary }, unpublished] = await Promise.all([getFindings(access, { snapshot }), hasUnpublishedChanges(access, snapshot)]);
    const version = versionOf.get(company.id);
    const notice: NoticeState = !version
      ? { kind: "never" }
      : { kind: unpublished ? "unpublished" : "published", number: version.number, publishedAt: version.publishedAt.toISOString() };
    return {
      company,
      role,
      activities: activitiesOf.get(company.id) ?? 0,
      errors: summary.bySeverity.error,
      warnings: summary.bySeverity.warning,
      notice,
      lastChangedAt: changedOf.get(company.id)?.toISOString() ?? null,
    };
  });
}
