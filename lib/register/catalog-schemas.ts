import { z } from "zod";
import { cookieDurationField } from "./cookie-duration";
import { optionalDateField } from "./dates";
import { localizedTextField } from "./localized-text";
import { optionalText, plainName, requiredText } from "@/lib/validation/fields";
import { isOneOf } from "@/lib/validation/unknown";
import {
  COOKIE_CATEGORIES,
  COOKIE_CONSENTS,
  DPA_STATUSES,
  RECIPIENT_KINDS,
  SECURITY_MEASURE_KINDS,
  SPECIAL_CATEGORIES,
  SUB_PROCESSOR_AUTHORISATIONS,
} from "./enums";

/**
 * The company's catalogs: reusable entries (data categories, data subject
 * categories, recipients, systems, security measures, cookies) that processing
 * activities link to (Art. 30(1)(c)–(g)). One schema per input, shared by the
 * catalog forms, the activity editor's "create new" pickers and the routes.
 */

export const CATALOG_KINDS = ["data-categories", "data-subject-categories", "recipients", "systems", "security-measures", "cookies"] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export function isCatalogKind(value: unknown): value is CatalogKind {
  return isOneOf(CATALOG_KINDS, value);
}

// A <select> without a choice sends ""; that means "not set".
function optionalEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.enum(values), z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null));
}

/** ISO country code or nothing; whether the code exists is checked against the country table. */
const optionalCountry = z
  .string()
  .trim()
  .toUpperCase()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^[A-Z]{2}$/.test(value), "validation.country");

/** A date typed as dd.mm.yyyy or yyyy-mm-dd, stored as YYYY-MM-DD, or nothing. */
const optionalDate = optionalDateField();

/** The id of another catalog entry of the same company (checked in the database), or nothing. */
const optionalEntryId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((value) => (value ? value : null));

const flag = z.boolean().optional().default(false);

/** The version the form was loaded with; a newer one in the database is a conflict. */
const version = z.number().int().positive();

// ── Data categories (30(1)(c), 14(1)(d)) ────────────────────────────────────

export const dataCategorySchema = z.object({
  labelEn: plainName(120),
  labelNb: plainName(120),
  descriptionEn: optionalText(500),
  descriptionNb: optionalText(500),
  /** Art. 9(1): null when the category is not special. */
  specialCategory: optionalEnum(SPECIAL_CATEGORIES),
  /** Art. 10: personal data relating to criminal convictions and offences. */
  isCriminalOffence: flag,
  /** pol. § 12: fødselsnummer / D-nummer. */
  isNationalId: flag,
});
const dataCategoryUpdateSchema = dataCategorySchema.extend({ version });
export type DataCategoryValues = z.output<typeof dataCategorySchema>;

// ── Data subject categories (30(1)(c)) ──────────────────────────────────────

export const dataSubjectCategorySchema = z.object({
  labelEn: plainName(120),
  labelNb: plainName(120),
  /** Art. 8; pol. § 5: consent of children under 13 needs parental authorisation (LB-007). */
  includesChildren: flag,
});
const dataSubjectCategoryUpdateSchema = dataSubjectCategorySchema.extend({ version });
export type DataSubjectCategoryValues = z.output<typeof dataSubjectCategorySchema>;

// ── Recipients and their sub-processors (Art. 4(9), 28, 30(1)(d)) ───────────

const subProcessorSchema = z.object({
  /** Present for an existing sub-processor; absent for a new one. */
  id: optionalEntryId,
  name: plainName(200),
  countryCode: optionalCountry,
  /** Art. 28(2): prior specific or general written authorisation; null = not documented (PR-002). */
  authorisation: optionalEnum(SUB_PROCESSOR_AUTHORISATIONS),
  /** Art. 28(4): the same data protection obligations are imposed by contract. */
  flowDownContract: flag,
  /** On the EU-US Data Privacy Framework List: the certified entity, e.g. an Irish processor's US parent (TR-003). */
  dpfCertified: flag,
  /** What they do, per language: the Art. 30 PDF of each language reads its own. */
  descriptionEn: optionalText(500),
  descriptionNb: optionalText(500),
});
export type SubProcessorValues = z.output<typeof subProcessorSchema>;

export const recipientSchema = z.object({
  name: plainName(200),
  kind: z.enum(RECIPIENT_KINDS, "fieldRules.choice"),
  /** Where the recipient processes the data (Ch. V; TR-001). */
  countryCode: optionalCountry,
  /** Art. 28(3) data processing agreement. */
  dpaStatus: z.enum(DPA_STATUSES).optional().default("MISSING"),
  dpaDate: optionalDate,
  dpaRef: optionalText(500),
  /** EU-US Data Privacy Framework List (Decision (EU) 2023/1795; TR-003). */
  dpfCertified: flag,
  descriptionEn: optionalText(1000),
  descriptionNb: optionalText(1000),
  subProcessors: z.array(subProcessorSchema).max(100).optional().default([]),
});
const recipientUpdateSchema = recipientSchema.extend({ version });
export type RecipientValues = z.output<typeof recipientSchema>;

// ── Systems ─────────────────────────────────────────────────────────────────

export const systemSchema = z.object({
  name: plainName(200),
  /** What the system holds, per language: the Art. 30 PDF of each language reads its own. */
  descriptionEn: optionalText(1000),
  descriptionNb: optionalText(1000),
  hostingCountryCode: optionalCountry,
  /** The recipient (vendor) that runs the system, from the recipients catalog. */
  vendorRecipientId: optionalEntryId,
});
const systemUpdateSchema = systemSchema.extend({ version });
export type SystemValues = z.output<typeof systemSchema>;

// ── Security measures (30(1)(g), 32(1)) ─────────────────────────────────────

export const securityMeasureSchema = z.object({
  kind: z.enum(SECURITY_MEASURE_KINDS, "fieldRules.choice"),
  descriptionEn: requiredText(1000),
  descriptionNb: requiredText(1000),
});
const securityMeasureUpdateSchema = securityMeasureSchema.extend({ version });
export type SecurityMeasureValues = z.output<typeof securityMeasureSchema>;

// ── Cookies and similar technologies (ekomloven 2024 § 3-15) ─────────────────

export const cookieSchema = z.object({
  name: plainName(200),
  provider: plainName(200),
  purposeEn: requiredText(1000),
  purposeNb: requiredText(1000),
  category: z.enum(COOKIE_CATEGORIES, "fieldRules.choice"),
  /** Session, an amount and a unit, or text per language (lib/register/cookie-duration.ts). */
  duration: cookieDurationField,
  /**
   * As the category says (ekomloven § 3-15: strictly necessary storage needs no consent,
   * everything else does), or the DPO's override; an override carries its reason per
   * language, which CK-005/CK-006 ask for rather than the form refusing a half-done entry.
   */
  consent: z.enum(COOKIE_CONSENTS, "fieldRules.choice").optional().default("BY_CATEGORY"),
  consentReason: localizedTextField(1000),
  recipientId: optionalEntryId,
});
const cookieUpdateSchema = cookieSchema.extend({ version });

export type CookieValues = z.output<typeof cookieSchema>;

export type CatalogValues = {
  "data-categories": DataCategoryValues;
  "data-subject-categories": DataSubjectCategoryValues;
  recipients: RecipientValues;
  systems: SystemValues;
  "security-measures": SecurityMeasureValues;
  cookies: CookieValues;
};

/**
 * The create and update schema of each catalog, by the kind in the URL. Typed per kind, so
 * `CATALOG_SCHEMAS[kind]` with a generic kind parses to that kind's values.
 */
export const CATALOG_SCHEMAS: { [K in CatalogKind]: { create: z.ZodType<CatalogValues[K], Record<string, unknown>>; update: z.ZodType<CatalogValues[K] & { version: number }, Record<string, unknown>> } } = {
  "data-categories": { create: dataCategorySchema, update: dataCategoryUpdateSchema },
  "data-subject-categories": { create: dataSubjectCategorySchema, update: dataSubjectCategoryUpdateSchema },
  recipients: { create: recipientSchema, update: recipientUpdateSchema },
  systems: { create: systemSchema, update: systemUpdateSchema },
  "security-measures": { create: securityMeasureSchema, update: securityMeasureUpdateSchema },
  cookies: { create: cookieSchema, update: cookieUpdateSchema },
};

/**
 * What still links to a catalog entry that cannot be deleted: sent by the server with the
 * 409 and read back by the catalog page, which lists them with links.
 */
export const catalogUsageSchema = z.array(z.object({ id: z.string(), name: z.string(), type: z.enum(["activity", "system", "cookie"]) }));
export type CatalogUsage = z.infer<typeof catalogUsageSchema>[number];
