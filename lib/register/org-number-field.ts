import type { z } from "zod";
import { optionalText } from "@/lib/validation/fields";
import { isValidNorwegianOrgNumber, normaliseOrgNumber } from "./org-number";

/** Optional organisation number, stored without spaces. */
export const orgNumberField = optionalText(20).transform((value) => (value ? normaliseOrgNumber(value) : null));

/**
 * Enhetsregisteret numbers exist only for Norwegian entities, so the MOD11
 * check applies when the country is Norway (legal-spec CTL-002).
 */
export function orgNumberMatchesCountry(
  value: { countryCode: string; orgNumber: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.countryCode === "NO" && value.orgNumber !== null && !isValidNorwegianOrgNumber(value.orgNumber)) {
    ctx.addIssue({ code: "custom", path: ["orgNumber"], message: "validation.orgNumber" });
  }
}

/**
 * Runs the check whenever the country and the number themselves parsed, even when other fields
 * failed: otherwise zod skips it and a form (or API client) learns of a wrong number only after
 * fixing everything else.
 */
export const orgNumberCheckParams = {
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => issue.path?.[0] === "orgNumber" || issue.path?.[0] === "countryCode"),
};
