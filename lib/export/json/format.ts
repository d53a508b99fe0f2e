import { z } from "zod";
import { storedCookieDurationSchema } from "@/lib/register/cookie-duration";
import { LANGUAGES } from "@/lib/register/languages";
import { storedLegalReferenceSchema, storedLocalizedTextSchema } from "@/lib/register/localized-text";
import { COMPANY_NOTHING_RECORDED, singleLanguageActivity, singleLanguageCookie, withContractWithThePerson, withCookieConsent, withDescriptionsPerLanguage, withMarketingAudiences, withSourcesList, type Json } from "@/lib/register/snapshot-upgrade";
import * as E from "@/lib/register/enums";
import type { MessageRef } from "@/lib/validation/messages";

/**
 * The portable register file (docs/register-json-format.md). A whole company
 * register without database ids: entries refer to each other by local keys
 * ("dc1", "r2", "a3"), assigned after sorting by content, so the same register
 * always gives the same bytes, whichever company or database it came from.
 * This zod schema IS the definition of the format; bump REGISTER_FORMAT_VERSION
 * on any change an older importer could not read.
 */
export const REGISTER_FORMAT_VERSION = 5;
/** Older versions this code still reads, each upgraded to the current one before parsing. */
const READABLE_REGISTER_FORMAT_VERSIONS = [1, 2, 3, 4, 5] as const;
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
      name: text(200),
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
 * Checks what zod cannot: that every key is unique within its list and every
 * reference points at an entry that exists, and that country, adequacy
 * decision and supervisory authority ids exist in the reference data.
 */
export function checkDocumentReferences(
  doc: RegisterDocument,
  reference: { countryCodes: ReadonlySet<string>; adequacyDecisionIds: ReadonlySet<string>; supervisoryAuthorityIds: ReadonlySet<string> },
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const issue = (path: string, code: string, values?: Record<string, string | number>) => issues.push({ path, line: null, column: null, code, values });
  const keysOf = <T extends { key: string }>(items: T[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.key)) issue(`${path}[${i}].key`, "duplicateKey", { key: item.key });
      seen.add(item.key);
    });
    return seen;
  };
  const checkCountry = (code: string | null, path: string) => {
    if (code !== null && !reference.countryCodes.has(code)) issue(path, "unknownCountry", { value: code });
  };
  const c = doc.catalogs;
  checkCountry(doc.controller.countryCode, "controller.countryCode");
  if (doc.controller.supervisoryAuthorityId !== null && !reference.supervisoryAuthorityIds.has(doc.controller.supervisoryAuthorityId)) {
    issue("controller.supervisoryAuthorityId", "unknownReference", { value: doc.controller.supervisoryAuthorityId });
  }
  const subjects = keysOf(c.dataSubjectCategories, "catalogs.dataSubjectCategories");
  const categories = keysOf(c.dataCategories, "catalogs.dataCategories");
  const recipients = keysOf(c.recipients, "catalogs.recipients");
  const subProcessorsOf = new Map<string, Set<string>>();
  c.recipients.forEach((r, i) => {
    checkCountry(r.countryCode, `catalogs.recipients[${i}].countryCode`);
    subProcessorsOf.set(r.key, keysOf(r.subProcessors, `catalogs.recipients[${i}].subProcessors`));
    r.subProcessors.forEach((s, j) => checkCountry(s.countryCode, `catalogs.recipients[${i}].subProcessors[${j}].countryCode`));
  });
  const systems = keysOf(c.systems, "catalogs.systems");
  c.systems.forEach((s, i) => {
    checkCountry(s.hostingCountryCode, `catalogs.systems[${i}].hostingCountryCode`);
    if (s.vendor !== null && !recipients.has(s.vendor)) issue(`catalogs.systems[${i}].vendor`, "unknownReference", { value: s.vendor });
  });
  const measures = keysOf(c.securityMeasures, "catalogs.securityMeasures");
  const cookies = keysOf(c.cookies, "catalogs.cookies");
  c.cookies.forEach((k, i) => {
    if (k.recipient !== null && !recipients.has(k.recipient)) issue(`catalogs.cookies[${i}].recipient`, "unknownReference", { value: k.recipient });
  });
  keysOf(doc.activities, "activities");
  doc.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    const refs = (list: string[], known: Set<string>, name: string) => {
      const seen = new Set<string>();
      list.forEach((k, j) => {
        if (!known.has(k)) issue(`${at}.${name}[${j}]`, "unknownReference", { value: k });
        if (seen.has(k)) issue(`${at}.${name}[${j}]`, "duplicateKey", { key: k });
        seen.add(k);
      });
    };
    refs(a.dataSubjectCategories, subjects, "dataSubjectCategories");
    refs(a.dataCategories, categories, "dataCategories");
    refs(
      a.recipients.map((r) => r.recipient),
      recipients,
      "recipients",
    );
    refs(a.systems, systems, "systems");
    refs(a.securityMeasures, measures, "securityMeasures");
    refs(a.cookies, cookies, "cookies");
    const purposeKeys = keysOf(a.purposes, `${at}.purposes`);
    const linked = new Set(a.recipients.map((r) => r.recipient));
    const linkedCategories = new Set(a.dataCategories);
    a.transfers.forEach((t, j) => {
      const tp = `${at}.transfers[${j}]`;
      // A transfer belongs to a recipient the activity discloses to (schema: ActivityRecipient FK).
      if (!linked.has(t.recipient)) issue(`${tp}.recipient`, "transferRecipientNotLinked", { value: t.recipient });
      if (t.subProcessor !== null && !subProcessorsOf.get(t.recipient)?.has(t.subProcessor)) issue(`${tp}.subProcessor`, "unknownReference", { value: t.subProcessor });
      checkCountry(t.countryCode, `${tp}.countryCode`);
      if (t.adequacyDecisionId !== null && !reference.adequacyDecisionIds.has(t.adequacyDecisionId)) {
        issue(`${tp}.adequacyDecisionId`, "unknownReference", { value: t.adequacyDecisionId });
      }
    });
    a.retentionRules.forEach((r, j) => {
      // A retention rule is per data category the activity processes (schema: ActivityDataCategory FK).
      if (r.dataCategory !== null && !linkedCategories.has(r.dataCategory)) issue(`${at}.retentionRules[${j}].dataCategory`, "retentionCategoryNotLinked", { value: r.dataCategory });
    });
    const noticeKeys = new Set<string>();
    a.noticeTexts.forEach((n, j) => {
      if (n.purpose !== null && !purposeKeys.has(n.purpose)) issue(`${at}.noticeTexts[${j}].purpose`, "unknownReference", { value: n.purpose });
      const unique = `${n.purpose ?? ""}/${n.language}`;
      if (noticeKeys.has(unique)) issue(`${at}.noticeTexts[${j}]`, "duplicateKey", { key: unique });
      noticeKeys.add(unique);
    });
  });
  return issues;
}

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
  if (!(READABLE_REGISTER_FORMAT_VERSIONS as readonly unknown[]).includes(head.formatVersion)) {
    return fail("wrongFormatVersion", "formatVersion", { found: String(head.formatVersion), expected: REGISTER_FORMAT_VERSION });
  }
  const upgraded = upgradeToCurrent(raw as Json, head.formatVersion as (typeof READABLE_REGISTER_FORMAT_VERSIONS)[number]);
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

/**
 * A version-1 file (texts as single strings, cookie durations as text) as version 2: its
 * texts were written in English, as the database migration assumes for every register
 * of that time, and its company publishes in both languages. Shapes the upgrade does not
 * recognise are left for the schema to report.
 */
function upgradeVersion1(raw: Json): Json {
  const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
  const object = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});
  const catalogs = object(raw.catalogs);
  return {
    ...raw,
    formatVersion: 2,
    controller: { ...object(raw.controller), noticeLanguages: ["en", "nb"], primaryLanguage: "en" },
    catalogs: { ...catalogs, cookies: list(catalogs.cookies).map((cookie) => singleLanguageCookie(cookie, "en")) },
    activities: list(raw.activities).map((activity) => singleLanguageActivity(activity, "en")),
  };
}

/** A version-2 file as version 3: it could not say who a contract is with, so every contract was with the person. */
function upgradeVersion2(raw: Json): Json {
  return { ...raw, formatVersion: 3, activities: withContractWithThePerson(raw.activities) };
}

/**
 * A version-3 file as version 4: a system's and a sub-processor's single description was
 * written in the register's primary language, so it becomes that language's description.
 */
function upgradeVersion3(raw: Json): Json {
  const controller = raw.controller as Json | undefined;
  return { ...raw, formatVersion: 4, catalogs: withDescriptionsPerLanguage(raw.catalogs, controller?.primaryLanguage === "nb" ? "nb" : "en") };
}

/**
 * A version-4 file as version 5: it could not record the notice's own words or the cookie
 * banner's facts, and said of a cookie only whether it needs consent, which follows the
 * category where it agrees with it and is an override (without a reason) where it does not.
 * An activity's one marketing route becomes its first audience (the existing customers on the
 * existing-customer route; on consent, who it reached was not recorded), as the migration moves it;
 * its one source becomes the first of a list, supplying all its data categories, and no volunteered
 * special categories are recorded.
 */
function upgradeVersion4(raw: Json): Json {
  const controller = typeof raw.controller === "object" && raw.controller !== null ? (raw.controller as Json) : {};
  const catalogs = typeof raw.catalogs === "object" && raw.catalogs !== null ? (raw.catalogs as Json) : {};
  return {
    ...raw,
    formatVersion: 5,
    controller: { ...COMPANY_NOTHING_RECORDED, ...controller },
    catalogs: { ...catalogs, cookies: withCookieConsent(catalogs.cookies) },
    activities: withSourcesList(withMarketingAudiences(raw.activities), "dataCategories"),
  };
}

const UPGRADES: Record<Exclude<(typeof READABLE_REGISTER_FORMAT_VERSIONS)[number], typeof REGISTER_FORMAT_VERSION>, (raw: Json) => Json> = {
  1: upgradeVersion1,
  2: upgradeVersion2,
  3: upgradeVersion3,
  4: upgradeVersion4,
};

/** A readable file of any older version, upgraded one version at a time to the current one. */
function upgradeToCurrent(raw: Json, version: (typeof READABLE_REGISTER_FORMAT_VERSIONS)[number]): Json {
  let json = raw;
  for (let from: number = version; from < REGISTER_FORMAT_VERSION; from++) json = UPGRADES[from as keyof typeof UPGRADES](json);
  return json;
}
