import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import { requireCompanyAccess, requireUser, type CompanyAccess, type CurrentUser } from "./access";

/** requireX for pages: the same checks, answered with a redirect, a 404 page or a 403 page. */
async function orPageResponse<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "UNAUTHENTICATED") redirect("/sign-in");
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "FORBIDDEN") forbidden();
    }
    throw error;
  }
}

export function pageUser(): Promise<CurrentUser> {
  return orPageResponse(requireUser);
}

export function pageCompanyAccess(companyId: string, permission: Permission = "register.read"): Promise<CompanyAccess> {
  return orPageResponse(() => requireCompanyAccess(companyId, permission));
}
