import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import { requireCompanyAccess, requireUser, type CompanyAccess, type CurrentUser } from "./access";
import { DatabaseUnavailableError, databaseUnavailableReason } from "./database-unavailable";
import { markDatabaseUnavailable } from "./runtime/request-outcome";

/**
 * Runs a page's access check or data access (requireX for pages): expected failures are
 * answered with a redirect to sign-in, a 404 page or a 403 page; a database out of reach
 * becomes the "temporarily unavailable" page (app/error.tsx).
 */
export async function forPage<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "UNAUTHENTICATED") redirect("/sign-in");
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "FORBIDDEN") forbidden();
    }
    const unavailable = databaseUnavailableReason(error);
    if (unavailable) {
      // The HTTP server turns Next's 500 for this page into 503 with Retry-After.
      markDatabaseUnavailable();
      throw new DatabaseUnavailableError(unavailable);
    }
    throw error;
  }
}

export function pageUser(): Promise<CurrentUser> {
  return forPage(requireUser);
}

export function pageCompanyAccess(companyId: string, permission: Permission = "register.read"): Promise<CompanyAccess> {
  return forPage(() => requireCompanyAccess(companyId, permission));
}
