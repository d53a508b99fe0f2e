import { z } from "zod";
import { countryCodeField, emailField, optionalText, plainName } from "@/lib/validation/fields";
import { orgNumberField, orgNumberMatchesCountry } from "./org-number-field";

/**
 * The controller's identity and contact details (GDPR Art. 30(1)(a),
 * Art. 13(1)(a)). One schema for the form and the route that saves it.
 */
export const companyProfileSchema = z
  .object({
    legalName: plainName(200),
    orgNumber: orgNumberField,
    countryCode: countryCodeField,
    email: emailField,
    phone: optionalText(40),
    postalStreet: optionalText(200),
    postalCode: optionalText(20),
    postalCity: optionalText(100),
    website: optionalText(200),
    /** The version the form was loaded with; a newer one in the database is a conflict. */
    version: z.number().int().positive(),
  })
  .superRefine(orgNumberMatchesCountry);

export type CompanyProfileInput = z.input<typeof companyProfileSchema>;
export type CompanyProfile = z.output<typeof companyProfileSchema>;
