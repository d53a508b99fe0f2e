import "server-only";
import type { AuditAction, Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Records one change in the same transaction as the change itself, so the
 * history can never miss a write nor record one that was rolled back.
 */
export async function recordAudit(
  tx: Tx,
  event: {
    companyId: string;
    actorId: string | null;
    action: AuditAction;
    entityType: string;
    entityId: string;
    before?: Prisma.InputJsonValue | null;
    after?: Prisma.InputJsonValue | null;
  },
): Promise<void> {
  // createMany: nothing is read back (create would return the event's before and after again).
  await tx.auditEvent.createMany({
    data: {
      companyId: event.companyId,
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
}
