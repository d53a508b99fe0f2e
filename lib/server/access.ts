import "server-only";
import { AppError } from "@/lib/errors";
import { unstorableText } from "@/lib/validation/storable";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { auth } from "./auth";
import { db } from "./db";

export type CurrentUser = { id: string; email: string; name: string; locale: "EN" | "NB" };

/**
 * The caller and their standing in one company: what every data-access
 * function takes, so that no query can forget the tenant or the role.
 */
export type CompanyAccess = {
  user: CurrentUser;
  company: { id: string; slug: string; legalName: string };
  role: Role;
};

/** The signed-in user, checked against the database (a JWT may outlive its user). */
export async function requireUser(): Promise<CurrentUser> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) throw new AppError("UNAUTHENTICATED");
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, locale: true } });
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}

/**
 * Loads a company through the caller's membership. A company the caller does
 * not belong to is "not found", never "forbidden": its existence is not told.
 */
export async function companyAccessFor(user: CurrentUser, companyId: string, permission: Permission): Promise<CompanyAccess> {
  if (typeof companyId !== "string" || companyId.length === 0 || companyId.length > 64 || unstorableText(companyId)) throw new AppError("NOT_FOUND");
  const membership = await db().membership.findUnique({
    where: { userId_companyId: { userId: user.id, companyId } },
    select: { role: true, company: { select: { id: true, slug: true, legalName: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (!can(membership.role, permission)) throw new AppError("FORBIDDEN");
  return { user, company: membership.company, role: membership.role };
}

/** The signed-in caller's access to a company, for routes and pages. */
export async function requireCompanyAccess(companyId: string, permission: Permission): Promise<CompanyAccess> {
  return companyAccessFor(await requireUser(), companyId, permission);
}

/** The companies the user belongs to, for the company switcher. */
export async function listMyCompanies(userId: string) {
  return db().membership.findMany({
    where: { userId },
    select: { role: true, company: { select: { id: true, slug: true, legalName: true } } },
    orderBy: { company: { legalName: "asc" } },
  });
}
