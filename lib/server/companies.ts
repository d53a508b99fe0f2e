import "server-only";
import { AppError } from "@/lib/errors";
import type { CompanyProfile } from "@/lib/register/company-profile";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { db } from "./db";

const profileSelect = {
  id: true,
  slug: true,
  legalName: true,
  orgNumber: true,
  countryCode: true,
  email: true,
  phone: true,
  postalStreet: true,
  postalCode: true,
  postalCity: true,
  website: true,
  version: true,
  supervisoryAuthority: { select: { id: true, nameLocal: true, nameEn: true, website: true } },
} as const;

export async function getCompanyProfile(access: CompanyAccess) {
  const company = await db().company.findUnique({ where: { id: access.company.id }, select: profileSelect });
  if (!company) throw new AppError("NOT_FOUND");
  return company;
}

/** Counts for the company overview. */
export async function getCompanyOverview(access: CompanyAccess) {
  const [activities, members] = await Promise.all([
    db().processingActivity.groupBy({ by: ["status"], where: { companyId: access.company.id }, _count: { _all: true } }),
    db().membership.count({ where: { companyId: access.company.id } }),
  ]);
  const byStatus = Object.fromEntries(activities.map((row) => [row.status, row._count._all]));
  const total = activities.reduce((sum, row) => sum + row._count._all, 0);
  return { activities: { total, byStatus }, members };
}

async function assertCountryExists(code: string): Promise<void> {
  const country = await db().country.findUnique({ where: { code }, select: { code: true } });
  if (!country) throw new AppError("VALIDATION", undefined, { countryCode: ["validation.country"] });
}

/**
 * Saves the profile if nobody saved a newer version since the form was
 * loaded (optimistic concurrency), with the audit event in the same transaction.
 */
export async function updateCompanyProfile(access: CompanyAccess, input: CompanyProfile) {
  await assertCountryExists(input.countryCode);
  const { version, ...fields } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: access.company.id }, select: profileSelect });
    if (!before) throw new AppError("NOT_FOUND");
    const updated = await tx.company.updateMany({
      where: { id: access.company.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT");
    const after = await tx.company.findUniqueOrThrow({ where: { id: access.company.id }, select: profileSelect });
    await recordAudit(tx, {
      companyId: access.company.id,
      actorId: access.user.id,
      action: "UPDATE",
      entityType: "Company",
      entityId: access.company.id,
      before,
      after,
    });
    return after;
  });
}
