import { z } from "zod";

// A type-level message in zod 4 applies to every issue of the schema, its
// checks included; this one speaks only when the value is missing and lets
// the others (length limits) keep their own message.
const missing = { error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? "validation.required" : undefined) };

/**
 * Field schemas shared by every form and the routes that receive them. Custom
 * messages are message keys (see lib/validation/messages.ts) so that the same
 * schema speaks English or bokmål depending on who reads the error; limits
 * (length) keep zod's own issue so the message can quote the limit.
 */

/** Trimmed text with a length limit; empty input is an error. */
export function requiredText(max: number) {
  return z.string(missing).trim().min(1, "validation.required").max(max);
}

/** Trimmed text with a length limit; empty input becomes `null`. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
}

/**
 * Names and identifiers that appear in headings and document titles carry no
 * markup. Everything is escaped on output anyway; this refuses what is
 * certainly a mistake or an attack.
 */
export function plainName(max: number) {
  return requiredText(max).refine((value) => !/[<>]/.test(value), "validation.markup");
}

export const emailField = z
  .string(missing)
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254)
  .pipe(z.email("validation.email"));

export const passwordField = z
  .string(missing)
  .min(12, "validation.passwordTooShort")
  .max(256);

/** ISO 3166-1 alpha-2; whether the code exists is checked against the country table. */
export const countryCodeField = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? "validation.country" : undefined) })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "validation.country");

