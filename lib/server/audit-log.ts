import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayStartIn } from "@/lib/register/dates-in-zone";
import { isRecord } from "@/lib/validation/unknown";
import type { CompanyAccess } from "./access";
import { db } from "./db";

export const AUDIT_PAGE_SIZE = 25;

/** The kinds of change the audit log is filtered by: each a group of the records the log names. */
export const AUDIT_KINDS = {
  activities: ["ProcessingActivity", "Register"],
  catalogs: ["DataCategory", "DataSubjectCategory", "Recipient", "System", "SecurityMeasure", "Cookie", "DefaultCatalog"],
  company: ["Company"],
  members: ["Membership", "Invitation"],
  notice: ["NoticeVersion", "PublishRequest", "RiskAcceptance"],
} as const;
export type AuditKind = keyof typeof AUDIT_KINDS;

export function isAuditKind(value: string | undefined): value is AuditKind {
  return value !== undefined && Object.hasOwn(AUDIT_KINDS, value);
}

export type AuditFilters = {
  /** The person who made the change. */
  actorId?: string | undefined;
  /** Calendar days (YYYY-MM-DD) in the company's time zone, both included. */
  from?: string | undefined;
  to?: string | undefined;
  kind?: AuditKind | undefined;
};

/** The interface's time zone (lib/i18n/request.ts): a day in the filter is a day on the reader's calendar. */
const TIME_ZONE = "Europe/Oslo";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function auditWhere(access: CompanyAccess, filters: AuditFilters): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from && DAY.test(filters.from)) at.gte = dayStartIn(filters.from, TIME_ZONE);
  if (filters.to && DAY.test(filters.to)) at.lt = dayStartIn(filters.to, TIME_ZONE, 1);
  return {
    companyId: access.company.id,
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.kind ? { entityType: { in: [...AUDIT_KINDS[filters.kind]] } } : {}),
    ...(at.gte || at.lt ? { at } : {}),
  };
}

/**
 * One page of the company's audit log, newest first (Art. 5(2) accountability):
 * who changed what and when, with the stored before/after for the diff; narrowed
 * by person, days and kind of change.
 */
export async function listAuditEvents(access: CompanyAccess, options: { page?: number } & AuditFilters = {}) {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const where = auditWhere(access, options);
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return {
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    total,
    events: events.map((e) => ({ ...e, id: e.id.toString(), at: e.at.toISOString() })),
  };
}

/** Everyone who ever changed something in the company (members and former members), for the person filter. */
export async function listAuditActors(access: CompanyAccess): Promise<{ id: string; name: string; email: string }[]> {
  const rows = await db().auditEvent.findMany({
    where: { companyId: access.company.id, actorId: { not: null } },
    distinct: ["actorId"],
    select: { actor: { select: { id: true, name: true, email: true } } },
  });
  return rows.flatMap((row) => (row.actor ? [row.actor] : [])).sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

/**
 * The name an audited record had (its latest name in the log), for records shown by name
 * rather than id: an activity or catalog entry that has since been deleted keeps its name.
 */
export function recordNameOf(event: { before: unknown; after: unknown }, language: "en" | "nb"): string | null {
  for (const value of [event.after, event.before]) {
    if (!isRecord(value)) continue;
    const record = value;
    const candidates = language === "nb" ? [record.name, record.labelNb, record.labelEn, record.legalName, record.email, record.descriptionNb] : [record.name, record.labelEn, record.labelNb, record.legalName, record.email, record.descriptionEn];
    const found = candidates.find((c): c is string => typeof c === "string" && c.trim() !== "");
    if (found) return found;
  }
  return null;
}
