import { z } from "zod";

/**
 * The catalogs the default catalog suggests entries for (lib/register/default-catalog.ts).
 * A suggestion is not part of the register until the DPO accepts it
 * (docs/decisions/018-catalog-suggestions.md).
 */
export const SUGGESTION_KINDS = ["data-categories", "data-subject-categories", "security-measures"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** Accept or dismiss one suggestion (`kind` and `id`), or every suggestion (neither). */
export const suggestionDecisionSchema = z
  .object({
    decision: z.enum(["accept", "dismiss"]),
    kind: z.enum(SUGGESTION_KINDS).optional(),
    id: z.string().min(1).max(200).optional(),
  })
  .refine((value) => (value.kind === undefined) === (value.id === undefined), { message: "validation.invalid", path: ["id"] });
