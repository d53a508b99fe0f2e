import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityListQuery } from "@/lib/register/activity-list-query";
import type { ActivityRole, ActivityStatus, LawfulBasis } from "@/lib/register/enums";
import type { CompanyAccess } from "./access";
import { db } from "./db";
import { ensureStoredFindings, storedFindingsCurrent } from "./stored-findings";

/**
 * The register overview: one page of activities with what the table shows, the counts per
 * status (the tabs) and the total. Two SQL statements, run side by side: every column,
 * filter and count is answered by PostgreSQL, and each row's completeness and "has findings"
 * are read from what the checks stored (docs/decisions/022-stored-findings.md) — no activity
 * is read whole (issue 12: the overview at 2,000 activities within 3× of its plain SQL).
 */

type ActivitySort = "name" | "updatedAt" | "status" | "role";

export type ActivityListOptions = {
  /** Matches name, description and purpose text (case-insensitive, ILIKE). */
  search?: string | undefined;
  filters?: {
    role?: ActivityRole | undefined;
    status?: ActivityStatus | undefined;
    lawfulBasis?: LawfulBasis | undefined;
    dataSubjectCategoryId?: string | undefined;
    specialCategories?: boolean | undefined;
    outsideEea?: boolean | undefined;
    /** Reads the stored findings. */
    hasFindings?: boolean | undefined;
  };
  sort?: ActivitySort | undefined;
  direction?: "asc" | "desc" | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** The sort columns, as SQL (never the caller's text). */
const SORT_COLUMNS: Record<ActivitySort, Prisma.Sql> = {
  name: Prisma.raw("a.name"),
  updatedAt: Prisma.raw("a.updated_at"),
  status: Prisma.raw("a.status"),
  role: Prisma.raw("a.role"),
};

const negate = (condition: Prisma.Sql, yes: boolean) => (yes ? condition : Prisma.sql`NOT ${condition}`);

/** The overview's conditions besides the company and the status tab. */
function conditionsOf(options: ActivityListOptions): Prisma.Sql[] {
  const f = options.filters ?? {};
  const conditions: Prisma.Sql[] = [];
  const search = options.search?.trim().slice(0, 200);
  if (search) {
    // Descriptions are texts per language (JSONB): each language's value is matched, not the JSON around it.
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(a.name ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM jsonb_each_text(a.description) d WHERE d.value ILIKE ${pattern})
      OR EXISTS (SELECT 1 FROM purposes p, jsonb_each_text(p.description) d WHERE p.activity_id = a.id AND p.company_id = a.company_id AND d.value ILIKE ${pattern}))`);
  }
  if (f.role) conditions.push(Prisma.sql`a.role = ${f.role}::"ActivityRole"`);
  if (f.lawfulBasis) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM purposes p WHERE p.activity_id = a.id AND p.company_id = a.company_id AND p.lawful_basis = ${f.lawfulBasis}::"LawfulBasis")`);
  }
  if (f.dataSubjectCategoryId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM activity_data_subject_categories x WHERE x.activity_id = a.id AND x.company_id = a.company_id AND x.data_subject_category_id = ${f.dataSubjectCategoryId})`,
    );
  }
  if (f.specialCategories !== undefined) {
    const special = Prisma.sql`EXISTS (SELECT 1 FROM activity_data_categories x JOIN data_categories c ON c.id = x.data_category_id
      WHERE x.activity_id = a.id AND x.company_id = a.company_id AND c.special_category IS NOT NULL)`;
    conditions.push(negate(special, f.specialCategories));
  }
  if (f.outsideEea !== undefined) {
    // Outside the EEA: a linked recipient located there, or a transfer record.
    const outside = Prisma.sql`(EXISTS (SELECT 1 FROM activity_recipients x JOIN recipients r ON r.id = x.recipient_id JOIN countries c ON c.code = r.country_code
        WHERE x.activity_id = a.id AND x.company_id = a.company_id AND NOT c.is_eea)
      OR EXISTS (SELECT 1 FROM transfers t JOIN countries c ON c.code = t.country_code WHERE t.activity_id = a.id AND t.company_id = a.company_id AND NOT c.is_eea))`;
    conditions.push(negate(outside, f.outsideEea));
  }
  if (f.hasFindings !== undefined) {
    const findings = Prisma.sql`EXISTS (SELECT 1 FROM stored_findings s WHERE s.company_id = a.company_id AND s.activity_id = a.id)`;
    conditions.push(negate(findings, f.hasFindings));
  }
  return conditions;
}

type PageRow = {
  id: string;
  name: string;
  role: ActivityRole;
  status: ActivityStatus;
  updated_at: Date;
  bases: (LawfulBasis | null)[];
  purposes: number;
  recipients: number;
  transfers: number;
  completeness: number | null;
};

async function readOverview(companyId: string, options: ActivityListOptions, page: number, pageSize: number) {
  const f = options.filters ?? {};
  // The status counts answer "how many in each tab" for the current search, so they ignore the status filter.
  const withoutStatus = Prisma.join([Prisma.sql`a.company_id = ${companyId}`, ...conditionsOf(options)], " AND ");
  const where = f.status ? Prisma.sql`${withoutStatus} AND a.status = ${f.status}::"ActivityStatus"` : withoutStatus;
  const direction = (options.direction ?? (options.sort === "updatedAt" ? "desc" : "asc")) === "desc" ? Prisma.raw("DESC") : Prisma.raw("ASC");
  return Promise.all([
    db().$queryRaw<PageRow[]>`
      SELECT a.id, a.name, a.role::text AS role, a.status::text AS status, a.updated_at,
        ARRAY(SELECT p.lawful_basis::text FROM purposes p WHERE p.activity_id = a.id AND p.company_id = a.company_id ORDER BY p.sort_order, p.id) AS bases,
        (SELECT count(*)::int FROM purposes p WHERE p.activity_id = a.id AND p.company_id = a.company_id) AS purposes,
        (SELECT count(*)::int FROM activity_recipients x WHERE x.activity_id = a.id AND x.company_id = a.company_id) AS recipients,
        (SELECT count(*)::int FROM transfers t WHERE t.activity_id = a.id AND t.company_id = a.company_id) AS transfers,
        s.score AS completeness
      FROM processing_activities a LEFT JOIN stored_completeness s ON s.company_id = a.company_id AND s.activity_id = a.id
      WHERE ${where}
      ORDER BY ${SORT_COLUMNS[options.sort ?? "name"]} ${direction}, a.id ASC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db().$queryRaw<{ status: ActivityStatus; count: number }[]>`
      SELECT a.status::text AS status, count(*)::int AS count FROM processing_activities a WHERE ${withoutStatus} GROUP BY a.status`,
  ]);
}

/**
 * One page of the register overview, with the total for the current search and
 * the counts per status (for the tabs).
 */
export async function listActivities(access: CompanyAccess, options: ActivityListOptions = {}) {
  const companyId = access.company.id;
  const pageSize = Math.min(Math.max(options.pageSize ?? 25, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  // Whether the stored completeness and findings are current is asked beside the queries; where
  // they are not (another day, a new release, a change made outside the writers), they are
  // computed and the page is read again.
  const [current, firstRead] = await Promise.all([storedFindingsCurrent(companyId), readOverview(companyId, options, page, pageSize)]);
  let [rows, byStatus] = firstRead;
  if (!current) {
    await ensureStoredFindings(companyId);
    [rows, byStatus] = await readOverview(companyId, options, page, pageSize);
  }
  const counts = { DRAFT: 0, ACTIVE: 0, RETIRED: 0 } satisfies Record<ActivityStatus, number>;
  for (const row of byStatus) counts[row.status] = row.count;
  const status = options.filters?.status;
  const total = status ? counts[status] : counts.DRAFT + counts.ACTIVE + counts.RETIRED;
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      role: row.role,
      status: row.status,
      updatedAt: row.updated_at.toISOString(),
      lawfulBases: [...new Set(row.bases.filter((b): b is LawfulBasis => b !== null))],
      purposeCount: row.purposes,
      recipientCount: row.recipients,
      transferCount: row.transfers,
      completeness: row.completeness ?? 0,
    })),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    counts,
  };
}

/** The list options from the overview's URL query. */
export function listOptionsFromQuery(query: ActivityListQuery): ActivityListOptions {
  return {
    search: query.q,
    filters: {
      role: query.role,
      status: query.status,
      lawfulBasis: query.basis,
      dataSubjectCategoryId: query.subjects || undefined,
      specialCategories: query.special,
      outsideEea: query.outsideEea,
      hasFindings: query.findings,
    },
    sort: query.sort,
    direction: query.dir,
    page: query.page,
    pageSize: query.size,
  };
}
