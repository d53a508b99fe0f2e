import { z } from "zod";
import { countryCodeField, emailField, passwordField, plainName } from "@/lib/validation/fields";
import { orgNumberCheckParams, orgNumberField, orgNumberMatchesCountry } from "./org-number-field";

/** First start: the first owner and the first company, in one form. */
export const setupSchema = z
  .object({
    name: plainName(120),
    email: emailField,
    password: passwordField,
    legalName: plainName(200),
    orgNumber: orgNumberField,
    countryCode: countryCodeField,
  })
  .superRefine(orgNumberMatchesCountry, orgNumberCheckParams);

export type SetupInput = z.input<typeof setupSchema>;
