import { z } from "zod";
import { storedCookieDurationSchema } from "@/lib/register/cookie-duration";
import { LANGUAGES } from "@/lib/register/languages";
import { storedLegalReferenceSchema, storedLocalizedTextSchema } from "@/lib/register/localized-text";
import type { Json } from "@/lib/register/snapshot-upgrade";
import { REGISTER_FILE_UPGRADES } from "./upgrades";
import * as E from "@/lib/register/enums";
import type { MessageRef } from "@/lib/validation/messages";
import { isOneOf } from "@/lib/validation/unknown";

/**
 * The portable register file (docs/register-json-format.md). A whole company
 * register without database ids: entries refer to each other by local keys
 * ("dc1", "r2", "a3"), assigned after sorting by content, so the same register
 * always gives the same bytes, whichever company or database it came from.
 * This zod schema IS the definition of the format; bump REGISTER_FORMAT_VERSION
 * on any change an older importer could not read.
 */
export const REGISTER_FORMAT_VERSION = 6;
/** Older versions this code still reads, each upgraded to the current one before parsing. */
const READABLE_REGISTER_FORMAT_VERSIONS = [1, 2, 3, 4, 5, 6] as const;
export const REGISTER_FORMAT_KIND = "protokoll-register";

const text = (max = 20_000) => z.string().max(max);
const nullableText = (max = 20_000) => text(max).nullable();
const key = z.string().regex(/^[a-z]+[0-9]+$/, "key");
const country = z.string().regex(/^[A-Z]{2}$/, "country");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date").nullable();
/** Version 2: one value per language ({ "en": "…", "nb": "…" }); limits are the editor's. */
const localized = storedLocalizedTextSchema;
const legalReference = storedLegalReferenceSchema;

const controllerSchema = z.strictObject({
  legalName: text(200),
  orgNumber: nullableText(20),
  countryCode: country,
  postalStreet: nullableText(200),
  postalCode: nullableText(20),
  postalCity: nullableText(100),
  visitingStreet: nullableText(200),
  visitingPostalCode: nullableText(20),
  visitingCity: nullableText(100),
  email: nullableText(320),
  phone: nullableText(50),
  website: nullableText(500),
  employeeBand: z.enum(E.EMPLOYEE_BANDS),
  isPublicAuthority: z.boolean(),
  targetsEeaFromOutside: z.boolean(),
  dpo: z.strictObject({
    designated: z.boolean(),
    basis: z.enum(E.DPO_BASES).nullable(),
    name: nullableText(200),
    email: nullableText(320),
    phone: nullableText(50),
    address: nullableText(500),
  }),
  representative: z.strictObject({ name: nullableText(200), address: nullableText(500), email: nullableText(320) }),
  /** Reference data id, e.g. "no-datatilsynet". */
  supervisoryAuthorityId: nullableText(100),
  /** Version 2: the notice's languages and the register's primary language. */
  noticeLanguages: z.array(z.enum(LANGUAGES)),
  primaryLanguage: z.enum(LANGUAGES),
  /** Version 5: the notice's own words, a named contact for privacy questions, the cookie banner's facts (null: not recorded). */
  noticeIntroduction: localized,
  noticeScope: localized,
  privacyContactName: nullableText(200),
  privacyContactRole: localized,
  cookieBannerBeforeSetting: z.boolean().nullable(),
  cookieRefuseAsEasy: z.boolean().nullable(),
  cookieWithdrawal: localized,
  cookieSettingsUrl: nullableText(500),
});

const subProcessorSchema = z.strictObject({
  key,
  name: text(200),
  countryCode: country.nullable(),
  authorisation: z.enum(E.SUB_PROCESSOR_AUTHORISATIONS).nullable(),
  flowDownContract: z.boolean(),
  /** On the DPF List itself (e.g. an EEA processor's US parent). Added within version 1: a file without it reads as not certified. */
  dpfCertified: z.boolean().default(false),
  /** What they do, per language like a recipient's (version 4). */
  descriptionEn: nullableText(),
  descriptionNb: nullableText(),
});

const catalogsSchema = z.strictObject({
  dataSubjectCategories: z.array(z.strictObject({ key, labelEn: text(200), labelNb: text(200), includesChildren: z.boolean() })),
  dataCategories: z.array(
    z.strictObject({
      key,
      labelEn: text(200),
      labelNb: text(200),
      descriptionEn: nullableText(),
      descriptionNb: nullableText(),
      specialCategory: z.enum(E.SPECIAL_CATEGORIES).nullable(),
      isCriminalOffence: z.boolean(),
      isNationalId: z.boolean(),
    }),
  ),
  recipients: z.array(
    z.strictObject({
      key,
      name: text(200),
      kind: z.enum(E.RECIPIENT_KINDS),
      countryCode: country.nullable(),
      dpaStatus: z.enum(E.DPA_STATUSES),
      dpaDate: isoDate,
      dpaRef: nullableText(),
      dpfCertified: z.boolean(),
      descriptionEn: nullableText(),
      descriptionNb: nullableText(),
      subProcessors: z.array(subProcessorSchema),
    }),
  ),
  systems: z.array(
    z.strictObject({ key, name: text(200), descriptionEn: nullableText(), descriptionNb: nullableText(), hostingCountryCode: country.nullable(), vendor: key.nullable() }),
  ),
  securityMeasures: z.array(z.strictObject({ key, kind: z.enum(E.SECURITY_MEASURE_KINDS), descriptionEn: text(), descriptionNb: text() })),
  cookies: z.array(
    z.strictObject({
      key,
      name: text(200),
      provider: text(200),
      purposeEn: text(),
      purposeNb: text(),
      category: z.enum(E.COOKIE_CATEGORIES),
      duration: storedCookieDurationSchema,
      /** Version 5: as the category says, or an override with its reason per language. */
      consent: z.enum(E.COOKIE_CONSENTS),
      consentReason: localized,
      recipient: key.nullable(),
    }),
  ),
});

const activitySchema = z.strictObject({
  key,
  name: text(200),
  noticeTitleEn: nullableText(200),
  noticeTitleNb: nullableText(200),
  description: localized,
  role: z.enum(E.ACTIVITY_ROLES),
  status: z.enum(E.ACTIVITY_STATUSES),
  showInNotice: z.boolean(),
  /** Version 5: the sources in the DPO's order, each with the data categories it supplies (keys). */
  sources: z
    .array(z.strictObject({ kind: z.enum(E.COLLECTION_SOURCES), name: localized, isPublic: z.boolean().nullable(), dataCategories: z.array(key) }))
    .min(1),
  art14Timing: z.enum(E.ART14_TIMINGS).nullable(),
  art14Exemption: z.enum(E.ART14_EXEMPTIONS).nullable(),
  art14ExemptionJustification: localized,
  provisionRequirement: z.enum(E.PROVISION_REQUIREMENTS).nullable(),
  provisionConsequence: localized,
  /** Version 3: who the contract is with. */
  contractParty: z.enum(E.CONTRACT_PARTIES),
  art9Condition: z.enum(E.ART9_CONDITIONS).nullable(),
  art9LegalReference: legalReference,
  art10Authority: localized,
  nationalIdJustification: localized,
  /** Version 5: special categories people send unasked, and what is done with them. */
  volunteeredSpecialCategories: z.boolean(),
  volunteeredHandling: z.enum(E.VOLUNTEERED_HANDLINGS).nullable(),
  adm: z.strictObject({
    exists: z.boolean(),
    logic: localized,
    significance: localized,
    consequences: localized,
    art22Exception: z.enum(E.ART22_EXCEPTIONS).nullable(),
  }),
  dpia: z.strictObject({ required: z.boolean(), status: z.enum(E.DPIA_STATUSES).nullable(), link: nullableText() }),
  isOccasional: z.boolean(),
  isLikelyRisk: z.boolean(),
  /** Version 5: e-mail/SMS marketing per audience, each with its own route (markedsføringsloven § 15). */
  marketingAudiences: z.array(
    z.strictObject({
      who: z.enum(E.MARKETING_AUDIENCE_GROUPS).nullable(),
      channels: z.array(z.enum(E.MARKETING_CHANNELS)),
      route: z.enum(E.MARKETING_ROUTES).nullable(),
      optOutOffered: z.boolean().nullable(),
      similarProducts: z.boolean().nullable(),
    }),
  ),
  consentRecordRef: nullableText(),
  securityMeasuresText: localized,
  processingCategories: localized,
  controllerDpaRef: nullableText(),
  controllerDpaDate: isoDate,
  purposes: z.array(
    z.strictObject({
      key,
      description: localized,
      lawfulBasis: z.enum(E.LAWFUL_BASES).nullable(),
      legalReference: legalReference,
      legitimateInterest: localized,
      liaRef: nullableText(),
      liaDate: isoDate,
      consentWithdrawal: localized,
      sortOrder: z.number().int(),
    }),
  ),
  jointControllers: z.array(
    z.strictObject({ name: text(200), contact: nullableText(), arrangementLink: nullableText(), essenceText: localized }),
  ),
  controllersServed: z.array(
    z.strictObject({
      // Our customers as a class (ADR 030) has no name of its own ("").
      ourCustomers: z.boolean(),
      name: text(200),
      listedIn: localized,
      contact: nullableText(),
      representative: nullableText(),
      dpoContact: nullableText(),
      processingCategories: localized,
      dpaRef: nullableText(),
      dpaDate: isoDate,
    }),
  ),
  dataSubjectCategories: z.array(key),
  dataCategories: z.array(key),
  recipients: z.array(
    z.strictObject({
      recipient: key,
      subProcessorAuthorisation: z.enum(E.SUB_PROCESSOR_AUTHORISATIONS).nullable(),
      flowDownContract: z.boolean().nullable(),
    }),
  ),
  systems: z.array(key),
  securityMeasures: z.array(key),
  cookies: z.array(key),
  transfers: z.array(
    z.strictObject({
      recipient: key,
      subProcessor: key.nullable(),
      countryCode: country,
      mechanism: z.enum(E.TRANSFER_MECHANISMS).nullable(),
      sccModule: z.enum(E.SCC_MODULES).nullable(),
      adequacyDecisionId: nullableText(100),
      tiaRef: nullableText(),
      copyAccess: localized,
      art49Assessment: localized,
      isRegular: z.boolean(),
    }),
  ),
  retentionRules: z.array(
    z.strictObject({
      dataCategory: key.nullable(),
      duration: z.number().int().min(0).max(1000).nullable(),
      unit: z.enum(E.RETENTION_UNITS).nullable(),
      trigger: z.enum(E.RETENTION_TRIGGERS).nullable(),
      triggerText: localized,
      criteriaText: localized,
      legalReference: legalReference,
      sortOrder: z.number().int(),
    }),
  ),
  noticeTexts: z.array(z.strictObject({ purpose: key.nullable(), language: z.enum(E.NOTICE_LANGUAGES), text: text(50_000) })),
});

export const registerDocumentSchema = z.strictObject({
  format: z.literal(REGISTER_FORMAT_KIND),
  formatVersion: z.literal(REGISTER_FORMAT_VERSION),
  controller: controllerSchema,
  catalogs: catalogsSchema,
  activities: z.array(activitySchema).max(5000),
});

export type RegisterDocument = z.infer<typeof registerDocumentSchema>;
export type DocumentController = RegisterDocument["controller"];
export type DocumentCatalogs = RegisterDocument["catalogs"];
export type DocumentActivity = RegisterDocument["activities"][number];

/** One problem found in an imported file: where (a JSON path, or sheet/line/column) and a message key with values. */
export type ImportIssue = {
  /** JSON path such as "activities[3].purposes[0].lawfulBasis", or the spreadsheet sheet name. */
  path: string;
  /** 1-based spreadsheet line; null for JSON. */
  line: number | null;
  /** Spreadsheet column header; null for JSON. */
  column: string | null;
  /** Key in the "exportIssues" message namespace. */
  code: string;
  values?: Record<string, string | number>;
  /** A rule of the editor's own schemas: its message, exactly as the form shows it (code "editorRule"). */
  message?: MessageRef;
};

/**
 * Parses a register file's text: JSON syntax, then the format version (a file
 * from another version gets its own message rather than a list of field
 * errors), then the schema. Reference checks need the database's reference data
 * and run separately (checkDocumentReferences).
 */
export function parseRegisterDocument(text: string): { ok: true; doc: RegisterDocument } | { ok: false; issues: ImportIssue[] } {
  const fail = (code: string, path = "", values?: Record<string, string | number>) => ({ ok: false as const, issues: [{ path, line: null, column: null, code, values }] });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail("notJson");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("notRegisterFile");
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head.format !== REGISTER_FORMAT_KIND) return fail("notRegisterFile", "format");
  if (!isOneOf(READABLE_REGISTER_FORMAT_VERSIONS, head.formatVersion)) {
    return fail("wrongFormatVersion", "formatVersion", { found: String(head.formatVersion), expected: REGISTER_FORMAT_VERSION });
  }
  const upgraded = upgradeToCurrent(raw as Json, head.formatVersion);
  const parsed = registerDocumentSchema.safeParse(upgraded);
  if (parsed.success) return { ok: true, doc: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 200).map((issue) => ({
      path: issue.path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join(""),
      line: null,
      column: null,
      code: issue.code === "unrecognized_keys" ? "unknownField" : "invalidValue",
      values: { detail: issue.message },
    })),
  };
}

const UPGRADES: Record<Exclude<(typeof READABLE_REGISTER_FORMAT_VERSIONS)[number], typeof REGISTER_FORMAT_VERSION>, (raw: Json) => Json> = REGISTER_FILE_UPGRADES;


/** A readable file of any older version, upgraded one version at a time to the current one. */
function upgradeToCurrent(raw: Json, version: (typeof READABLE_REGISTER_FORMAT_VERSIONS)[number]): Json {
  let json = raw;
  for (let from: number = version; from < REGISTER_FORMAT_VERSION; from++) json = UPGRADES[from as keyof typeof UPGRADES](json);
  return json;
}
