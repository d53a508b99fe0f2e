import "server-only";
import type { CompanyAccess } from "./access";
import { db } from "./db";

export const AUDIT_PAGE_SIZE = 25;

/**
 * One page of the company's audit log, newest first (Art. 5(2) accountability):
 * who changed what and when, with the stored before/after for the diff.
 */
export async function listAuditEvents(access: CompanyAccess, options: { page?: number; entityType?: string } = {}) {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const where = { companyId: access.company.id, ...(options.entityType ? { entityType: options.entityType } : {}) };
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
