import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/** A message key in lib/i18n/messages ("validation.orgNumber", "activityValidation.art9ConditionRequired"), with its values. */
export type MessageRef = { key: string; values?: Record<string, string | number> };

/**
 * Turns a zod issue into a message key. Custom messages in our schemas are
 * already keys ("validation.orgNumber"); zod's own issues are mapped here.
 */
export function issueMessage(issue: Pick<z.core.$ZodIssue, "code" | "message"> & Partial<z.core.$ZodIssue>): MessageRef {
  if (issue.message && isMessageKey(issue.message)) return { key: issue.message };
  const details = issue as { origin?: string; expected?: string; format?: string; input?: unknown; errors?: z.core.$ZodIssue[][] };
  switch (issue.code) {
    case "too_big":
      if (details.origin === "number") return { key: "fieldRules.numberMax", values: { max: Number(issue.maximum) } };
      if (details.origin === "array" || details.origin === "set") return { key: "fieldRules.tooMany", values: { max: Number(issue.maximum) } };
      return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
    case "too_small":
      // A number below its minimum is not a missing value: say which numbers are valid.
      if (details.origin === "number") return { key: "fieldRules.numberMin", values: { min: Number(issue.minimum) } };
      if (details.origin === "array" || details.origin === "set") return { key: "fieldRules.tooFew", values: { min: Number(issue.minimum) } };
      return Number(issue.minimum) <= 1
        ? { key: "validation.required" }
        : { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
    case "invalid_type":
      // An int check runs on a number that was given; otherwise a missing value is "required".
      if (details.expected === "int") return { key: "fieldRules.wholeNumber" };
      if (isMissing(issue)) return { key: "validation.required" };
      if (details.expected === "number") return { key: "fieldRules.number" };
      if (details.expected === "boolean") return { key: "fieldRules.choice" };
      return { key: "validation.invalid" };
    case "invalid_value":
      return { key: "fieldRules.choice" };
    case "invalid_union": {
      // "A number or empty" and the like: the first alternative says what the field is for.
      const first = details.errors?.[0]?.[0];
      return first ? issueMessage(first) : { key: "validation.invalid" };
    }
    case "invalid_format":
      if (details.format === "email") return { key: "validation.email" };
      if (details.format === "url") return { key: "fieldRules.website" };
      return { key: "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}

/**
 * Was nothing given? The error map sees the input; a finished ZodError keeps only zod's
 * own sentence ("… received undefined"), so that is read instead.
 */
function isMissing(issue: { input?: unknown; message?: string }): boolean {
  if ("input" in issue) return issue.input === undefined || issue.input === null || issue.input === "";
  return /received (undefined|null)$/.test(issue.message ?? "");
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
