import { z } from "zod";
import * as E from "./enums";

// The register overview's URL (search params): its own input, apart from the editor's.

const yesNo = z
  .enum(["yes", "no", ""])
  .optional()
  .catch(undefined)
  .transform((value) => (value === "yes" ? true : value === "no" ? false : undefined));
const optionalParam = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .optional()
    .catch(undefined);

/**
 * The overview's search params ("?q=…&status=ACTIVE&sort=name&page=2"), shared by the page and the
 * list route. Unknown or malformed values are dropped, never an error: a URL is not a form.
 */
const activityListQuerySchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  role: optionalParam(E.ACTIVITY_ROLES),
  status: optionalParam(E.ACTIVITY_STATUSES),
  basis: optionalParam(E.LAWFUL_BASES),
  subjects: z.string().max(64).optional().catch(undefined),
  special: yesNo,
  outsideEea: yesNo,
  findings: yesNo,
  sort: optionalParam(["name", "updatedAt", "status", "role"]),
  dir: optionalParam(["asc", "desc"]),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  size: z.coerce.number().int().min(1).max(100).optional().catch(undefined),
});
export type ActivityListQuery = z.output<typeof activityListQuerySchema>;

/** Reads the query from URL search params (first value of each). */
export function parseActivityListQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): ActivityListQuery {
  const flat: Record<string, string> = {};
  if (params instanceof URLSearchParams) params.forEach((value, key) => (flat[key] ??= value));
  else for (const [key, value] of Object.entries(params)) if (value !== undefined) flat[key] = Array.isArray(value) ? (value[0] ?? "") : value;
  return activityListQuerySchema.parse(flat);
}
