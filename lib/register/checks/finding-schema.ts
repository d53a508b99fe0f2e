import { z } from "zod";
import type { Finding, FindingSubject, Severity } from "./types";

/**
 * A finding as it arrives from outside the checks — the findings API's answer in the browser,
 * a stored finding's row — parsed rather than cast. The type-level assertion below keeps the
 * schema and `Finding` (types.ts) in step: one cannot change without the other.
 */

const SEVERITIES = ["error", "warning"] as const satisfies readonly Severity[];

/** The catalogs a finding can be about by entry (FindingSubject "catalog"). */
const FINDING_CATALOGS = ["data-categories", "data-subject-categories", "security-measures", "systems"] as const;
type FindingCatalog = Extract<FindingSubject, { kind: "catalog" }>["catalog"];

export function isSeverity(value: unknown): value is Severity {
  return SEVERITIES.some((severity) => severity === value);
}

export function isFindingCatalog(value: unknown): value is FindingCatalog {
  return FINDING_CATALOGS.some((catalog) => catalog === value);
}

const findingSubjectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("company") }),
  z.object({ kind: z.literal("activity"), activityId: z.string() }),
  z.object({ kind: z.literal("recipient"), recipientId: z.string() }),
  z.object({ kind: z.literal("cookie"), cookieId: z.string() }),
  z.object({ kind: z.literal("catalog"), catalog: z.enum(FINDING_CATALOGS), entryId: z.string() }),
  z.object({ kind: z.literal("notice") }),
]);

export const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  article: z.string(),
  subject: findingSubjectSchema,
  field: z.string(),
  message: z.object({ en: z.string(), nb: z.string() }),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SchemaMatchesType = Assert<Same<z.output<typeof findingSchema>, Finding>>;
type _CatalogsMatch = Assert<Same<(typeof FINDING_CATALOGS)[number], FindingCatalog>>;
