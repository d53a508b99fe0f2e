import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError, type ErrorBody, type FieldErrors } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { isMessageKey, type MessageRef } from "@/lib/validation/messages";
import { propertyOf } from "@/lib/validation/unknown";
import { databaseUnavailableReason, RETRY_AFTER_SECONDS } from "./database-unavailable";

/** Prisma's known request errors that are expected outcomes, not bugs. */
function fromPrismaError(error: unknown): AppError | null {
  const code = propertyOf(error, "code");
  // P2002: a unique value (an address, a name) someone else stored first: not a newer version.
  if (code === "P2002") return new AppError("CONFLICT", "conflicts.duplicate");
  // P2025: the row to update/delete is gone (or belongs to another company: same answer).
  if (code === "P2025") return new AppError("NOT_FOUND");
  // P2003: a foreign key points at a row that does not exist for this company.
  if (code === "P2003") return new AppError("NOT_FOUND");
  return null;
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  // The database is out of reach: nothing was saved, and trying again later may work (503).
  if (databaseUnavailableReason(error)) return new AppError("UNAVAILABLE");
  return fromPrismaError(error);
}

/** A translator for validation message keys in the given language. */
export async function validationTranslator(locale: Locale): Promise<(ref: MessageRef) => string> {
  const t = await getTranslations({ locale });
  return (ref) => (t.has(ref.key) ? t(ref.key, ref.values) : t("validation.invalid"));
}

/** Field errors raised by data-access code carry message keys; translate those, keep the rest. */
function translateFieldErrors(fieldErrors: FieldErrors, t: { (key: string): string; has: (key: string) => boolean }): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([path, messages]) => [
      path,
      messages.map((message) => (isMessageKey(message) && t.has(message) ? t(message) : message)),
    ]),
  );
}

let lastUnavailableLog = 0;
let unavailableSinceLog = 0;

/** One line per 10 s while the database is out of reach, not one per request. */
function logUnavailable(context: string, error: unknown): void {
  unavailableSinceLog += 1;
  const now = Date.now();
  if (now - lastUnavailableLog < 10_000) return;
  console.warn(`[protokoll] 503 for ${unavailableSinceLog} request(s), the last ${context}: database unreachable: ${databaseUnavailableReason(error) ?? "unknown"}`);
  lastUnavailableLog = now;
  unavailableSinceLog = 0;
}

/** The JSON response for any error: expected ones with their status, the rest as a logged 500. */
export async function errorResponse(error: unknown, locale: Locale, context: string): Promise<Response> {
  const t = await getTranslations({ locale });
  const appError = toAppError(error);
  if (!appError) {
    console.error(`[protokoll] unexpected error in ${context}:`, error);
    return Response.json({ error: { code: "INTERNAL", message: t("common.unexpectedError") } }, { status: 500 });
  }
  if (appError.code === "UNAVAILABLE") logUnavailable(context, error);
  const body: ErrorBody = {
    error: {
      ...appError.details,
      code: appError.code,
      // A message key of our own (e.g. "catalogs.inUse") says more than the code's generic message.
      message: appError.message !== appError.code && t.has(appError.message) ? t(appError.message) : t(`errors.${appError.code}`),
      ...(appError.fieldErrors ? { fieldErrors: translateFieldErrors(appError.fieldErrors, t) } : {}),
    },
  };
  const headers: HeadersInit = appError.code === "UNAVAILABLE" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {};
  return Response.json(body, { status: appError.status, headers });
}
