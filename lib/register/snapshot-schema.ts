import { z } from "zod";
import * as E from "./enums";
import { storedCookieDurationSchema } from "./cookie-duration";
import { LANGUAGES } from "./languages";
import { storedLegalReferenceSchema, storedLocalizedTextSchema } from "./localized-text";
import { SNAPSHOT_FORMAT, type RegisterSnapshot } from "./snapshot";

/**
 * The zod schema of the CURRENT snapshot format (SNAPSHOT_FORMAT), used to
 * read back what a published notice version stored (lib/register/snapshot-upgrade.ts).
 * Objects are strict: a stored snapshot with a field this format does not
 * have is refused rather than half-read.
 *
 * The `RegisterSnapshot` type in ./snapshot.ts stays the readable definition;
 * the assertion at the end of this file makes the two agree, so changing the
 * type without this schema (or the reverse) does not compile. Changing either
 * means a new format number and an upgrade — see docs/decisions/004-snapshot-format-and-upgrades.md.
 */

const text = z.string();
const nullableText = text.nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDateTime = z.iso.datetime();
const localized = storedLocalizedTextSchema;
const legalReference = storedLegalReferenceSchema;
const nullableEnum = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();

const countrySchema = z.strictObject({ code: text, nameEn: text, nameNb: text, isEea: z.boolean() });

const supervisoryAuthoritySchema = z.strictObject({
  id: text,
  countryCode: text,
  nameLocal: text,
  nameEn: text,
  website: text,
  email: nullableText,
  phone: nullableText,
  postalAddress: nullableText,
  visitingAddress: nullableText,
  complaintUrl: nullableText,
  complaintUrlLocal: nullableText.optional(),
});

const adequacyDecisionSchema = z.strictObject({
  id: text,
  countryCode: nullableText,
  subjectEn: text,
  subjectNb: text,
  reference: text,
  scopeEn: nullableText,
  scopeNb: nullableText,
  status: z.enum(E.ADEQUACY_STATUSES),
  requiresCertification: z.boolean(),
  adoptedOn: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  asOf: text,
});

const companySchema = z.strictObject({
  id: text,
  slug: text,
  legalName: text,
  orgNumber: nullableText,
  country: countrySchema,
  postalStreet: nullableText,
  postalCode: nullableText,
  postalCity: nullableText,
  visitingStreet: nullableText,
  visitingPostalCode: nullableText,
  visitingCity: nullableText,
  email: nullableText,
  phone: nullableText,
  website: nullableText,
  employeeBand: z.enum(E.EMPLOYEE_BANDS),
  isPublicAuthority: z.boolean(),
  targetsEeaFromOutside: z.boolean(),
  dpo: z.strictObject({
    designated: z.boolean(),
    basis: nullableEnum(E.DPO_BASES),
    name: nullableText,
    email: nullableText,
    phone: nullableText,
    address: nullableText,
  }),
  representative: z.strictObject({ name: nullableText, address: nullableText, email: nullableText }),
  supervisoryAuthority: supervisoryAuthoritySchema.nullable(),
  noticeLanguages: z.array(z.enum(LANGUAGES)),
  primaryLanguage: z.enum(LANGUAGES),
  noticeIntroduction: localized,
  noticeScope: localized,
  privacyContactName: nullableText,
  privacyContactRole: localized,
  cookieBannerBeforeSetting: z.boolean().nullable(),
  cookieRefuseAsEasy: z.boolean().nullable(),
  cookieWithdrawal: localized,
  cookieSettingsUrl: nullableText,
  version: z.number().int(),
  updatedAt: isoDateTime,
});

const catalogsSchema = z.strictObject({
  dataSubjectCategories: z.array(z.strictObject({ id: text, labelEn: text, labelNb: text, includesChildren: z.boolean() })),
  dataCategories: z.array(
    z.strictObject({
      id: text,
      labelEn: text,
      labelNb: text,
      descriptionEn: nullableText,
      descriptionNb: nullableText,
      specialCategory: nullableEnum(E.SPECIAL_CATEGORIES),
      isCriminalOffence: z.boolean(),
      isNationalId: z.boolean(),
    }),
  ),
  recipients: z.array(
    z.strictObject({
      id: text,
      name: text,
      kind: z.enum(E.RECIPIENT_KINDS),
      countryCode: nullableText,
      dpaStatus: z.enum(E.DPA_STATUSES),
      dpaDate: isoDate.nullable(),
      dpaRef: nullableText,
      dpfCertified: z.boolean(),
      descriptionEn: nullableText,
      descriptionNb: nullableText,
      subProcessors: z.array(
        z.strictObject({
          id: text,
          name: text,
          countryCode: nullableText,
          authorisation: nullableEnum(E.SUB_PROCESSOR_AUTHORISATIONS),
          flowDownContract: z.boolean(),
          dpfCertified: z.boolean(),
          descriptionEn: nullableText,
          descriptionNb: nullableText,
        }),
      ),
    }),
  ),
  systems: z.array(z.strictObject({ id: text, name: text, descriptionEn: nullableText, descriptionNb: nullableText, hostingCountryCode: nullableText, vendorRecipientId: nullableText })),
  securityMeasures: z.array(z.strictObject({ id: text, kind: z.enum(E.SECURITY_MEASURE_KINDS), descriptionEn: text, descriptionNb: text })),
  cookies: z.array(
    z.strictObject({
      id: text,
      name: text,
      provider: text,
      purposeEn: text,
      purposeNb: text,
      category: z.enum(E.COOKIE_CATEGORIES),
      duration: storedCookieDurationSchema,
      consent: z.enum(E.COOKIE_CONSENTS),
      consentReason: localized,
      recipientId: nullableText,
    }),
  ),
});

const activitySchema = z.strictObject({
  id: text,
  name: text,
  noticeTitleEn: nullableText,
  noticeTitleNb: nullableText,
  description: localized,
  role: z.enum(E.ACTIVITY_ROLES),
  status: z.enum(E.ACTIVITY_STATUSES),
  showInNotice: z.boolean(),
  sources: z
    .array(z.strictObject({ id: text, kind: z.enum(E.COLLECTION_SOURCES), name: localized, isPublic: z.boolean().nullable(), dataCategoryIds: z.array(text) }))
    .min(1),
  art14Timing: nullableEnum(E.ART14_TIMINGS),
  art14Exemption: nullableEnum(E.ART14_EXEMPTIONS),
  art14ExemptionJustification: localized,
  provisionRequirement: nullableEnum(E.PROVISION_REQUIREMENTS),
  provisionConsequence: localized,
  contractParty: z.enum(E.CONTRACT_PARTIES),
  art9Condition: nullableEnum(E.ART9_CONDITIONS),
  art9LegalReference: legalReference,
  art10Authority: localized,
  nationalIdJustification: localized,
  volunteeredSpecialCategories: z.boolean(),
  volunteeredHandling: nullableEnum(E.VOLUNTEERED_HANDLINGS),
  adm: z.strictObject({
    exists: z.boolean(),
    logic: localized,
    significance: localized,
    consequences: localized,
    art22Exception: nullableEnum(E.ART22_EXCEPTIONS),
  }),
  dpia: z.strictObject({ required: z.boolean(), status: nullableEnum(E.DPIA_STATUSES), link: nullableText }),
  isOccasional: z.boolean(),
  isLikelyRisk: z.boolean(),
  marketingAudiences: z.array(
    z.strictObject({
      who: nullableEnum(E.MARKETING_AUDIENCE_GROUPS),
      channels: z.array(z.enum(E.MARKETING_CHANNELS)),
      route: nullableEnum(E.MARKETING_ROUTES),
      optOutOffered: z.boolean().nullable(),
      similarProducts: z.boolean().nullable(),
    }),
  ),
  consentRecordRef: nullableText,
  securityMeasuresText: localized,
  processingCategories: localized,
  controllerDpaRef: nullableText,
  controllerDpaDate: isoDate.nullable(),
  purposes: z.array(
    z.strictObject({
      id: text,
      description: localized,
      lawfulBasis: nullableEnum(E.LAWFUL_BASES),
      legalReference: legalReference,
      legitimateInterest: localized,
      liaRef: nullableText,
      liaDate: isoDate.nullable(),
      consentWithdrawal: localized,
      sortOrder: z.number().int(),
    }),
  ),
  jointControllers: z.array(z.strictObject({ id: text, name: text, contact: nullableText, arrangementLink: nullableText, essenceText: localized })),
  controllersServed: z.array(
    z.strictObject({
      id: text,
      ourCustomers: z.boolean(),
      name: text,
      listedIn: localized,
      contact: nullableText,
      representative: nullableText,
      dpoContact: nullableText,
      processingCategories: localized,
      dpaRef: nullableText,
      dpaDate: isoDate.nullable(),
    }),
  ),
  dataSubjectCategoryIds: z.array(text),
  dataCategoryIds: z.array(text),
  recipients: z.array(
    z.strictObject({
      recipientId: text,
      subProcessorAuthorisation: nullableEnum(E.SUB_PROCESSOR_AUTHORISATIONS),
      flowDownContract: z.boolean().nullable(),
    }),
  ),
  systemIds: z.array(text),
  securityMeasureIds: z.array(text),
  cookieIds: z.array(text),
  transfers: z.array(
    z.strictObject({
      id: text,
      recipientId: text,
      subProcessorId: nullableText,
      countryCode: text,
      mechanism: nullableEnum(E.TRANSFER_MECHANISMS),
      sccModule: nullableEnum(E.SCC_MODULES),
      adequacyDecisionId: nullableText,
      tiaRef: nullableText,
      copyAccess: localized,
      art49Assessment: localized,
      isRegular: z.boolean(),
    }),
  ),
  retentionRules: z.array(
    z.strictObject({
      id: text,
      dataCategoryId: nullableText,
      duration: z.number().int().nullable(),
      unit: nullableEnum(E.RETENTION_UNITS),
      trigger: nullableEnum(E.RETENTION_TRIGGERS),
      triggerText: localized,
      criteriaText: localized,
      legalReference: legalReference,
      sortOrder: z.number().int(),
    }),
  ),
  noticeTexts: z.array(z.strictObject({ id: text, purposeId: nullableText, language: z.enum(E.NOTICE_LANGUAGES), text })),
  version: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const registerSnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  takenAt: isoDateTime,
  company: companySchema,
  catalogs: catalogsSchema,
  activities: z.array(activitySchema),
  reference: z.strictObject({ countries: z.array(countrySchema), adequacyDecisions: z.array(adequacyDecisionSchema) }),
});

// The schema and the type describe the same data, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SchemaMatchesType = Assert<Same<z.output<typeof registerSnapshotSchema>, RegisterSnapshot>>;
