import { z } from "zod";
import { countryCodeField, emailField, optionalText, plainName } from "@/lib/validation/fields";
import { DPO_BASES, EMPLOYEE_BANDS } from "./enums";
import { optionalPhoneField, optionalWebsiteField, postcodesMatchCountry } from "./contact-fields";
import { LANGUAGES } from "./languages";
import { localizedTextField } from "./localized-text";
import { orgNumberCheckParams, orgNumberField, orgNumberMatchesCountry } from "./org-number-field";

/** An e-mail address that may be left empty (empty becomes null). */
const optionalEmail = optionalText(254)
  .transform((value) => (value ? value.toLowerCase() : null))
  .refine((value) => value === null || z.email().safeParse(value).success, "validation.email");


const flag = z.boolean().optional().default(false);

/**
 * A fact that may not be recorded yet: true, false or null. The form's select sends
 * "yes", "no" or "" (not recorded); a register file sends the boolean or null.
 */
const recordedFact = z
  .union([z.boolean(), z.enum(["yes", "no", ""])])
  .nullish()
  .transform((value) => (value === "yes" ? true : value === "no" ? false : value === "" || value === undefined ? null : value));

/** The form's value of a recorded fact. */
export function factChoice(value: boolean | null): "yes" | "no" | "" {
  return value === null ? "" : value ? "yes" : "no";
}

/**
 * The controller's identity, contact details, scope, DPO, EEA representative
 * and lead supervisory authority (GDPR Art. 30(1)(a), 13(1)(a)–(b), 27, 37,
 * 51–56; legal-spec §1.1). One schema for the form and the route that saves it.
 * Whether a DPO or representative is required is not refused here: the
 * checks (DPO-001/002, CTL-003) report it, so a half-finished profile can be saved.
 */
export const companyProfileSchema = z
  .object({
    // identity (30(1)(a), 13(1)(a))
    legalName: plainName(200),
    orgNumber: orgNumberField,
    countryCode: countryCodeField,

    // contact (13(1)(a); WP260: several channels)
    email: emailField,
    phone: optionalPhoneField,
    website: optionalWebsiteField,
    postalStreet: optionalText(200),
    postalCode: optionalText(20),
    postalCity: optionalText(100),
    visitingStreet: optionalText(200),
    visitingPostalCode: optionalText(20),
    visitingCity: optionalText(100),

    // scope
    /** Art. 30(5): the exemption is only available below 250 employees. */
    employeeBand: z.enum(EMPLOYEE_BANDS).optional().default("UNDER_250"),
    /** 6(1) second subparagraph; 37(1)(a). */
    isPublicAuthority: flag,
    /** Art. 3(2): established outside the EEA but offering goods/services to, or monitoring, people in it. */
    targetsEeaFromOutside: flag,

    // DPO (Art. 37–39; 13(1)(b))
    dpoDesignated: flag,
    dpoBasis: z
      .union([z.enum(DPO_BASES), z.literal("")])
      .nullish()
      .transform((value) => (value ? value : null)),
    dpoName: optionalText(200),
    dpoEmail: optionalEmail,
    dpoPhone: optionalPhoneField,
    dpoAddress: optionalText(300),

    // EEA representative (Art. 27; 13(1)(a))
    representativeName: optionalText(200),
    representativeAddress: optionalText(300),
    representativeEmail: optionalEmail,

    // the notice's own words, per notice language (issue 10): its first layer; empty prints nothing
    noticeIntroduction: localizedTextField(2000),
    /** What the notice covers or not, e.g. not the processing done as a processor for customers. */
    noticeScope: localizedTextField(2000),
    /** A named person for privacy questions: a proper name, and the role per language. */
    privacyContactName: optionalText(200),
    privacyContactRole: localizedTextField(200),

    // the cookie banner (ekomloven § 3-15, GDPR Art. 4(11), 7(3)): what the notice may say of it
    /** Non-necessary cookies are set only after the visitor's choice in the banner. */
    cookieBannerBeforeSetting: recordedFact,
    /** Refusing is one button on the banner's first layer, as easy as accepting. */
    cookieRefuseAsEasy: recordedFact,
    /** How consent is withdrawn later: words per language, and/or the cookie settings' address. */
    cookieWithdrawal: localizedTextField(1000),
    cookieSettingsUrl: optionalWebsiteField,

    // languages (lib/register/languages.ts): the notice is published in each of these, and every
    // text that reaches it must exist in each (LANG-001); the register is written first in the primary one.
    noticeLanguages: z
      .array(z.enum(LANGUAGES))
      .min(1, "companyProfile.noticeLanguagesRequired")
      .transform((languages) => LANGUAGES.filter((language) => languages.includes(language))),
    primaryLanguage: z.enum(LANGUAGES),

    /** Art. 56 lead authority; empty = the default authority of the country (Datatilsynet for Norway). */
    supervisoryAuthorityId: optionalText(64),

    /** The version the form was loaded with; a newer one in the database is a conflict. */
    version: z.number().int().positive(),
  })
  .superRefine(orgNumberMatchesCountry, orgNumberCheckParams)
  .superRefine(...postcodesMatchCountry(["postalCode", "visitingPostalCode"]))
  .refine((profile) => profile.noticeLanguages.includes(profile.primaryLanguage), {
    path: ["primaryLanguage"],
    message: "companyProfile.primaryLanguageNotPublished",
  });

export type CompanyProfileInput = z.input<typeof companyProfileSchema>;
export type CompanyProfile = z.output<typeof companyProfileSchema>;

/** How a new company's catalog starts: with the default catalog as suggestions, or empty. */
export const CATALOG_STARTS = ["suggestions", "empty"] as const;

/** A consultant's additional company: the creator becomes its owner. */
export const newCompanySchema = z
  .object({
    legalName: plainName(200),
    orgNumber: orgNumberField,
    countryCode: countryCodeField,
    /** The default catalog offered as suggestions, or nothing (docs/decisions/018-catalog-suggestions.md). */
    startWith: z.enum(CATALOG_STARTS).default("suggestions"),
  })
  .superRefine(orgNumberMatchesCountry, orgNumberCheckParams);

export type NewCompanyInput = z.input<typeof newCompanySchema>;
export type NewCompany = z.output<typeof newCompanySchema>;
