import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/** A message key in lib/i18n/messages ("validation.orgNumber", "activityValidation.art9Condition"), with its values. */
export type MessageRef = { key: string; values?: Record<string, string | number> };

/**
 * Turns a zod issue into a message key. Custom messages in our schemas are
 * already keys ("validation.orgNumber"); zod's own issues are mapped here.
 */
export function issueMessage(issue: Pick<z.core.$ZodIssue, "code" | "message"> & Partial<z.core.$ZodIssue>): MessageRef {
  if (issue.message && isMessageKey(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_big":
      return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
    case "too_small":
      return Number(issue.minimum) <= 1
        ? { key: "validation.required" }
        : { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
    case "invalid_type":
      return { key: "validation.required" };
    case "invalid_format":
      return "format" in issue && issue.format === "email" ? { key: "validation.email" } : { key: "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}

/**
 * Our schemas and data layer put message keys, not sentences, into errors, so
 * the reader's language decides the words. A key is "namespace.name".
 */
export function isMessageKey(message: string): boolean {
  return /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/.test(message);
}

function fieldPath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".") || "_form";
}

/** Groups a zod error's issues per field, each rendered by `translate`. */
export function fieldErrorsFrom(
  error: z.ZodError,
  translate: (ref: MessageRef) => string,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = fieldPath(issue);
    (out[path] ??= []).push(translate(issueMessage(issue)));
  }
  return out;
}

/**
 * A zod error map for the browser: the same messages the server sends, in
 * the user's language, for react-hook-form's zodResolver.
 */
export function localizedErrorMap(translate: (ref: MessageRef) => string) {
  return (issue: z.core.$ZodRawIssue): string => translate(issueMessage({ ...issue, message: issue.message ?? "" } as z.core.$ZodIssue));
}

/** Shows a message that may still be a key ("validation.orgNumber") in the user's language. */
export function displayMessage(message: string | undefined, translate: (ref: MessageRef) => string): string | undefined {
  if (!message) return undefined;
  return isMessageKey(message) ? translate({ key: message }) : message;
}
