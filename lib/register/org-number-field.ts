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
