/**
 * Test data for everything that reads a `RegisterSnapshot` (checks, notice
 * compiler, exports). Pure and deterministic: no clock, no randomness, no DB.
 *
 * The default snapshot is a small, lawful Norwegian company (valid org.nr.,
 * Datatilsynet as lead authority) with one ACTIVE customer-service activity
 * that produces NO legal findings. A test changes one thing and expects one
 * finding:
 *
 *   const snapshot = buildSnapshot({
 *     activities: [activity({ purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION" })] })],
 *   });
 *
 * Ids are derived from names (`activity({ name: "Newsletter" })` → "activity-newsletter"),
 * so they do not depend on test order. Pass `id` explicitly when two entries share a name.
 *
 * Catalog entries passed to `buildSnapshot` are merged with the default catalog by id
 * (same id replaces, new id is added), so the default activity's references stay valid.
 */
import { ADEQUACY_DECISIONS } from "@/lib/register/adequacy";
import { consentOfRequired } from "@/lib/register/cookie-consent";
import { COMPANY_NOTHING_RECORDED } from "@/lib/register/snapshot-upgrade";
import type * as E from "@/lib/register/enums";
import { COUNTRIES } from "@/lib/register/countries";
import {
  SNAPSHOT_FORMAT,
  type ActivitySnapshot,
  type ActivityRecipientSnapshot,
  type ActivitySourceSnapshot,
  type AdequacyDecisionSnapshot,
  type CompanySnapshot,
  type ControllerServedSnapshot,
  type CookieSnapshot,
  type CountrySnapshot,
  type DataCategorySnapshot,
  type DataSubjectCategorySnapshot,
  type JointControllerSnapshot,
  type NoticeTextSnapshot,
  type PurposeSnapshot,
  type RecipientSnapshot,
  type RegisterSnapshot,
  type RetentionRuleSnapshot,
  type SecurityMeasureSnapshot,
  type MarketingAudienceSnapshot,
  type SubProcessorSnapshot,
  type SupervisoryAuthoritySnapshot,
  type SystemSnapshot,
  type TransferSnapshot,
} from "@/lib/register/snapshot";
import { DATATILSYNET_ID, SUPERVISORY_AUTHORITIES } from "@/lib/register/supervisory-authorities";
import { cookieDurationOfText } from "@/lib/register/cookie-duration";
import type { LegalReference, LocalizedText } from "@/lib/register/localized-text";

// ── Texts per language ─────────────────────────────────────────────────────

/**
 * A text in a builder: a plain string stands for the same text in every language (most
 * tests are not about languages); pass `{ en, nb }` where the languages must differ, and
 * null for no text.
 */
type TextInput = string | null | LocalizedText;
type ReferenceInput = string | null | LegalReference;

function localized(value: TextInput | undefined, fallback: TextInput = null): LocalizedText {
  const chosen = value === undefined ? fallback : value;
  if (chosen === null) return {};
  return typeof chosen === "string" ? { en: chosen, nb: chosen } : chosen;
}

function legalReference(value: ReferenceInput | undefined): LegalReference {
  if (value === undefined || value === null) return { law: null, section: null, text: {} };
  return typeof value === "string" ? { law: null, section: null, text: { en: value, nb: value } } : value;
}

/** Builder overrides where the named text fields also take a plain string (see TextInput). */
type Loose<T, Texts extends keyof T, Refs extends keyof T = never> = Partial<Omit<T, Texts | Refs>> & { [K in Texts]?: TextInput } & { [K in Refs]?: ReferenceInput };

/** "Today" for tests of date-dependent rules (after ekomloven 2024 took effect). */
export const TEST_NOW = new Date("2026-03-01T12:00:00.000Z");
const TIMESTAMP = "2026-02-01T09:00:00.000Z";

/** Ids of the baseline's catalog entries, for tests that link or replace them. */
export const BASE_IDS = {
  company: "company-test",
  activity: "activity-customer-service",
  purpose: "purpose-answer-customer-enquiries",
  dataSubjectCategory: "dsc-customers",
  dataCategory: "dc-contact-details",
  recipient: "recipient-nordic-helpdesk-as",
  system: "system-helpdesk",
  securityMeasure: "sm-access-control",
  retention: "retention-dc-contact-details",
} as const;

/** A valid Norwegian organisation number (MOD11). */
const VALID_ORG_NUMBER = "923609016";

/** Lower-case ASCII slug for deterministic ids: "Nordic Helpdesk AS" → "nordic-helpdesk-as". */
export function slugId(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[æ]/g, "ae")
    .replace(/[ø]/g, "o")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return slug || "x";
}

// ── Reference data ─────────────────────────────────────────────────────────

const REFERENCE_COUNTRIES: CountrySnapshot[] = COUNTRIES.map((c) => ({ code: c.code, nameEn: c.nameEn, nameNb: c.nameNb, isEea: c.isEea }));

export const REFERENCE_ADEQUACY_DECISIONS: AdequacyDecisionSnapshot[] = ADEQUACY_DECISIONS.map((d) => ({
  id: d.id,
  countryCode: d.countryCode,
  subjectEn: d.subjectEn,
  subjectNb: d.subjectNb,
  reference: d.reference,
  scopeEn: d.scopeEn,
  scopeNb: d.scopeNb,
  status: d.status,
  requiresCertification: d.requiresCertification,
  adoptedOn: d.adoptedOn,
  validUntil: d.validUntil,
  asOf: d.asOf,
}));

/** A country from the reference list; throws for an unknown code (a typo in a test). */
export function country(code: string): CountrySnapshot {
  const found = REFERENCE_COUNTRIES.find((c) => c.code === code.toUpperCase());
  if (!found) throw new Error(`Unknown country code in test data: ${code}`);
  return found;
}

/** A supervisory authority from the reference list, as the snapshot holds it. */
export function supervisoryAuthority(id: string = DATATILSYNET_ID): SupervisoryAuthoritySnapshot {
  const sa = SUPERVISORY_AUTHORITIES.find((a) => a.id === id);
  if (!sa) throw new Error(`Unknown supervisory authority in test data: ${id}`);
  return { ...sa };
}

// ── Company ────────────────────────────────────────────────────────────────

export type CompanyOverrides = Partial<Omit<CompanySnapshot, "dpo" | "representative">> & {
  dpo?: Partial<CompanySnapshot["dpo"]>;
  representative?: Partial<CompanySnapshot["representative"]>;
};

/** A lawful Norwegian company below 250 employees, no DPO required or designated. */
export function company(overrides: CompanyOverrides = {}): CompanySnapshot {
  const { dpo, representative, ...rest } = overrides;
  return {
    id: BASE_IDS.company,
    slug: "testfirma",
    legalName: "Testfirma AS",
    orgNumber: VALID_ORG_NUMBER,
    country: country("NO"),
    postalStreet: "Storgata 1",
    postalCode: "0155",
    postalCity: "Oslo",
    visitingStreet: null,
    visitingPostalCode: null,
    visitingCity: null,
    email: "personvern@testfirma.no",
    phone: "+47 22 00 00 00",
    website: "https://www.testfirma.no",
    employeeBand: "UNDER_250",
    isPublicAuthority: false,
    targetsEeaFromOutside: false,
    supervisoryAuthority: supervisoryAuthority(),
    noticeLanguages: ["en", "nb"],
    primaryLanguage: "en",
    ...COMPANY_NOTHING_RECORDED,
    // A lawful cookie banner, so a cookie that needs consent raises no CK-007.
    cookieBannerBeforeSetting: true,
    cookieRefuseAsEasy: true,
    cookieWithdrawal: { en: "Choose “Cookie settings” at the foot of any page.", nb: "Velg «Innstillinger for informasjonskapsler» nederst på hver side." },
    version: 1,
    updatedAt: TIMESTAMP,
    ...rest,
    dpo: { designated: false, basis: null, name: null, email: null, phone: null, address: null, ...dpo },
    representative: { name: null, address: null, email: null, ...representative },
  };
}

// ── Catalog entries ────────────────────────────────────────────────────────

export function dataSubjectCategory(overrides: Partial<DataSubjectCategorySnapshot> = {}): DataSubjectCategorySnapshot {
  const labelEn = overrides.labelEn ?? "Customers";
  return { id: `dsc-${slugId(labelEn)}`, labelEn, labelNb: "Kunder", includesChildren: false, ...overrides };
}

export function dataCategory(overrides: Partial<DataCategorySnapshot> = {}): DataCategorySnapshot {
  const labelEn = overrides.labelEn ?? "Contact details";
  return {
    id: `dc-${slugId(labelEn)}`,
    labelEn,
    labelNb: "Kontaktopplysninger",
    descriptionEn: "Name, e-mail address and phone number",
    descriptionNb: "Navn, e-postadresse og telefonnummer",
    specialCategory: null,
    isCriminalOffence: false,
    isNationalId: false,
    ...overrides,
  };
}

export function subProcessor(overrides: Partial<SubProcessorSnapshot> = {}): SubProcessorSnapshot {
  const name = overrides.name ?? "Nordic Hosting AS";
  return {
    id: `sub-${slugId(name)}`,
    name,
    countryCode: "NO",
    authorisation: "GENERAL",
    flowDownContract: true,
    dpfCertified: false,
    descriptionEn: "Hosting",
    descriptionNb: "Drift",
    ...overrides,
  };
}

/** A Norwegian processor with a signed DPA. */
export function recipient(overrides: Partial<RecipientSnapshot> = {}): RecipientSnapshot {
  const name = overrides.name ?? "Nordic Helpdesk AS";
  return {
    id: `recipient-${slugId(name)}`,
    name,
    kind: "PROCESSOR",
    countryCode: "NO",
    dpaStatus: "SIGNED",
    dpaDate: "2025-06-01",
    dpaRef: "DPA-2025-01",
    dpfCertified: false,
    descriptionEn: "Runs our customer service system",
    descriptionNb: "Drifter kundeservicesystemet vårt",
    subProcessors: [],
    ...overrides,
  };
}

export function system(overrides: Partial<SystemSnapshot> = {}): SystemSnapshot {
  const name = overrides.name ?? "Helpdesk";
  return {
    id: `system-${slugId(name)}`,
    name,
    descriptionEn: "Ticket system for customer enquiries",
    descriptionNb: "Sakssystem for henvendelser fra kunder",
    hostingCountryCode: "NO",
    vendorRecipientId: BASE_IDS.recipient,
    ...overrides,
  };
}

export function securityMeasure(overrides: Partial<SecurityMeasureSnapshot> = {}): SecurityMeasureSnapshot {
  const kind = overrides.kind ?? "ACCESS_CONTROL";
  return {
    id: `sm-${slugId(kind)}`,
    kind,
    descriptionEn: "Role-based access with two-factor sign-in",
    descriptionNb: "Rollebasert tilgang med tofaktorinnlogging",
    ...overrides,
  };
}

/** A strictly necessary first-party cookie (needs no consent, ekomloven § 3-15). */
export function cookie({ durationText, consentRequired, ...overrides }: Partial<CookieSnapshot> & { durationText?: string; consentRequired?: boolean } = {}): CookieSnapshot {
  const name = overrides.name ?? "session";
  const category = overrides.category ?? "STRICTLY_NECESSARY";
  // `consentRequired` as older tests say it: the same as the category's follows the category.
  const consent = overrides.consent ?? (consentRequired === undefined ? "BY_CATEGORY" : consentOfRequired(category, consentRequired));
  return {
    id: `cookie-${slugId(name)}`,
    name,
    provider: "testfirma.no",
    purposeEn: "Keeps you signed in",
    purposeNb: "Holder deg innlogget",
    category,
    consent,
    consentReason: {},
    recipientId: null,
    ...overrides,
    duration: overrides.duration ?? cookieDurationOfText(durationText ?? "Session", "en"),
  };
}

// ── Activity parts ─────────────────────────────────────────────────────────

/** A purpose on 6(1)(b) contract, complete. */
export function purpose(overrides: Loose<PurposeSnapshot, "description" | "legitimateInterest" | "consentWithdrawal", "legalReference"> = {}): PurposeSnapshot {
  const { description: descriptionInput, legitimateInterest, consentWithdrawal, legalReference: reference, ...rest } = overrides;
  const description = localized(descriptionInput, "Answer customer enquiries");
  // Keys in the reader's order (lib/server/register/snapshot.ts), so exported files compare byte for byte.
  return {
    id: `purpose-${slugId(description.en ?? description.nb ?? "")}`,
    description,
    lawfulBasis: "CONTRACT",
    legalReference: legalReference(reference),
    legitimateInterest: localized(legitimateInterest),
    liaRef: null,
    liaDate: null,
    consentWithdrawal: localized(consentWithdrawal),
    sortOrder: 0,
    ...rest,
  };
}

export function jointController({ essenceText, ...overrides }: Loose<JointControllerSnapshot, "essenceText"> = {}): JointControllerSnapshot {
  const name = overrides.name ?? "Partner AS";
  return {
    id: `jc-${slugId(name)}`,
    name,
    contact: "personvern@partner.no",
    arrangementLink: "https://partner.no/felles-behandlingsansvar",
    essenceText: localized(essenceText, "Partner AS answers requests from data subjects; we run the event."),
    ...overrides,
  };
}

/** A named controller served ("Kunde AS"), or with `ourCustomers: true` our customers as a class (ADR 030). */
export function controllerServed({ processingCategories, listedIn, ...overrides }: Loose<ControllerServedSnapshot, "processingCategories" | "listedIn"> = {}): ControllerServedSnapshot {
  const ourCustomers = overrides.ourCustomers ?? false;
  const name = ourCustomers ? "" : (overrides.name ?? "Kunde AS");
  // The fields in the order the database's snapshot reads them, so that exports compare byte for byte.
  const fields = {
    id: `cs-${ourCustomers ? "our-customers" : slugId(name)}`,
    ourCustomers,
    name,
    listedIn: ourCustomers ? localized(listedIn, { en: "in the customer register", nb: "i kunderegisteret" }) : {},
    contact: "Each customer's contact in the contract",
    representative: null,
    dpoContact: null,
    processingCategories: localized(processingCategories, "Hosting and support"),
    dpaRef: "Standard DPA v3",
    dpaDate: "2025-01-01",
  };
  return { ...fields, ...overrides, ourCustomers, name, listedIn: fields.listedIn };
}

export function activityRecipient(overrides: Partial<ActivityRecipientSnapshot> = {}): ActivityRecipientSnapshot {
  return { recipientId: BASE_IDS.recipient, subProcessorAuthorisation: null, flowDownContract: null, ...overrides };
}

/**
 * A transfer. Default: to the US under SCC 2021/914 module 2 with TIA and copy route,
 * which is lawful — pass the recipient whose country it is.
 */
export function transfer({ copyAccess, art49Assessment, ...overrides }: Loose<TransferSnapshot, "copyAccess" | "art49Assessment"> = {}): TransferSnapshot {
  const recipientId = overrides.recipientId ?? BASE_IDS.recipient;
  const countryCode = overrides.countryCode ?? "US";
  return {
    id: `transfer-${recipientId}-${countryCode.toLowerCase()}`,
    recipientId,
    subProcessorId: null,
    countryCode,
    mechanism: "SCC_2021_914",
    sccModule: "MODULE_2_C2P",
    adequacyDecisionId: null,
    tiaRef: "TIA-2025-03",
    copyAccess: localized(copyAccess, "Ask personvern@testfirma.no for a copy of the clauses"),
    art49Assessment: localized(art49Assessment),
    isRegular: true,
    ...overrides,
  };
}

/** A retention rule: 24 months after the case is closed, for the default data category. */
export function retention({ triggerText, criteriaText, legalReference: reference, ...overrides }: Loose<RetentionRuleSnapshot, "triggerText" | "criteriaText", "legalReference"> = {}): RetentionRuleSnapshot {
  const dataCategoryId = overrides.dataCategoryId === undefined ? BASE_IDS.dataCategory : overrides.dataCategoryId;
  return {
    id: `retention-${dataCategoryId ?? "activity"}`,
    dataCategoryId,
    duration: 24,
    unit: "MONTHS",
    trigger: "AFTER_CASE_CLOSED",
    triggerText: localized(triggerText),
    criteriaText: localized(criteriaText),
    legalReference: legalReference(reference),
    sortOrder: 0,
    ...overrides,
  };
}

export function noticeText(overrides: Partial<NoticeTextSnapshot> & { text: string }): NoticeTextSnapshot {
  const language = overrides.language ?? "EN";
  const purposeId = overrides.purposeId ?? null;
  return { id: `nt-${purposeId ?? "activity"}-${language.toLowerCase()}`, purposeId, language, ...overrides };
}

type ActivityTextField =
  | "description"
  | "art14ExemptionJustification"
  | "provisionConsequence"
  | "art10Authority"
  | "nationalIdJustification"
  | "securityMeasuresText"
  | "processingCategories";

export type ActivityOverrides = Loose<Omit<ActivitySnapshot, "adm" | "dpia" | "marketingAudiences">, ActivityTextField, "art9LegalReference"> & {
  adm?: Loose<ActivitySnapshot["adm"], "logic" | "significance" | "consequences">;
  dpia?: Partial<ActivitySnapshot["dpia"]>;
  /** Each audience with what it leaves out not said (null) and no channels. */
  marketingAudiences?: Partial<MarketingAudienceSnapshot>[];
  /** Shorthand for an activity with one source (ignored when `sources` is given). */
  collectionSource?: E.CollectionSource;
  sourceName?: TextInput;
  sourceIsPublic?: boolean | null;
};

/** One source of an activity's data; `name` as a string is written in every language, like other test texts. */
export function source(overrides: Partial<Omit<ActivitySourceSnapshot, "name">> & { name?: TextInput } = {}): ActivitySourceSnapshot {
  const { name, ...rest } = overrides;
  const kind = rest.kind ?? "DATA_SUBJECT_DIRECT";
  return { id: `source-${kind.toLowerCase()}-${slugId(typeof name === "string" ? name : "")}`, kind, name: localized(name), isPublic: null, dataCategoryIds: [], ...rest };
}

/**
 * The baseline: ACTIVE controller activity "Customer service", data given by the
 * customer (Art. 13), one purpose on 6(1)(b), contact details of customers, one
 * Norwegian processor with a DPA, a retention rule, an access-control measure, no ADM.
 */
export function activity(overrides: ActivityOverrides = {}): ActivitySnapshot {
  const {
    adm,
    dpia,
    marketingAudiences,
    description,
    sourceName,
    art14ExemptionJustification,
    provisionConsequence,
    art10Authority,
    nationalIdJustification,
    securityMeasuresText,
    processingCategories,
    art9LegalReference,
    collectionSource,
    sourceIsPublic,
    ...rest
  } = overrides;
  const { logic, significance, consequences, ...admRest } = adm ?? {};
  const name = overrides.name ?? "Customer service";
  return {
    id: `activity-${slugId(name)}`,
    name,
    noticeTitleEn: null,
    // The register's name stands for the primary language (English here); the notice in
    // bokmål needs its own title (LANG-001), which a test string gives in every language.
    noticeTitleNb: name,
    description: localized(description, "We answer questions from customers by e-mail and phone."),
    role: "CONTROLLER",
    status: "ACTIVE",
    showInNotice: true,
    sources: [source({ kind: collectionSource ?? "DATA_SUBJECT_DIRECT", name: sourceName, isPublic: sourceIsPublic ?? null, dataCategoryIds: overrides.dataCategoryIds ?? [BASE_IDS.dataCategory] })],
    art14Timing: null,
    art14Exemption: null,
    art14ExemptionJustification: localized(art14ExemptionJustification),
    provisionRequirement: "CONTRACTUAL",
    provisionConsequence: localized(provisionConsequence, "Without your contact details we cannot answer you."),
    contractParty: "DATA_SUBJECT",
    art9Condition: null,
    art9LegalReference: legalReference(art9LegalReference),
    art10Authority: localized(art10Authority),
    nationalIdJustification: localized(nationalIdJustification),
    volunteeredSpecialCategories: false,
    volunteeredHandling: null,
    // Keys in the reader's order (lib/server/register/snapshot.ts), so exported files compare byte for byte.
    adm: { exists: false, logic: localized(logic), significance: localized(significance), consequences: localized(consequences), art22Exception: null, ...admRest },
    dpia: { required: false, status: null, link: null, ...dpia },
    isOccasional: false,
    isLikelyRisk: false,
    marketingAudiences: (marketingAudiences ?? []).map((audience) => ({ who: null, channels: [], route: null, optOutOffered: null, similarProducts: null, ...audience })),
    consentRecordRef: null,
    securityMeasuresText: localized(securityMeasuresText),
    processingCategories: localized(processingCategories),
    controllerDpaRef: null,
    controllerDpaDate: null,
    purposes: [purpose()],
    jointControllers: [],
    controllersServed: [],
    dataSubjectCategoryIds: [BASE_IDS.dataSubjectCategory],
    dataCategoryIds: [BASE_IDS.dataCategory],
    recipients: [activityRecipient()],
    systemIds: [BASE_IDS.system],
    securityMeasureIds: [BASE_IDS.securityMeasure],
    cookieIds: [],
    transfers: [],
    retentionRules: [retention()],
    noticeTexts: [],
    version: 1,
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
    ...rest,
  };
}

// ── The snapshot ───────────────────────────────────────────────────────────

type Catalogs = RegisterSnapshot["catalogs"];

export type SnapshotOverrides = {
  company?: CompanyOverrides;
  /** Replaces the default activity list (default: `[activity()]`). */
  activities?: ActivitySnapshot[];
  /** Merged with the default catalogs by id. */
  catalogs?: Partial<Catalogs>;
  /** Replaces the default adequacy decisions (e.g. to test an expired one). */
  adequacyDecisions?: AdequacyDecisionSnapshot[];
  takenAt?: string;
};

/** The catalog entries the default activity uses. */
function defaultCatalogs(): Catalogs {
  return {
    dataSubjectCategories: [dataSubjectCategory()],
    dataCategories: [dataCategory()],
    recipients: [recipient()],
    systems: [system()],
    securityMeasures: [securityMeasure()],
    cookies: [],
  };
}

function mergeById<T extends { id: string }>(defaults: T[], extra: T[] | undefined): T[] {
  if (!extra) return defaults;
  const replaced = defaults.map((item) => extra.find((e) => e.id === item.id) ?? item);
  const added = extra.filter((e) => !defaults.some((d) => d.id === e.id));
  return [...replaced, ...added];
}

/** A whole register snapshot; see the module comment for the merge rules. */
export function buildSnapshot(overrides: SnapshotOverrides = {}): RegisterSnapshot {
  const defaults = defaultCatalogs();
  const extra = overrides.catalogs ?? {};
  return {
    format: SNAPSHOT_FORMAT,
    takenAt: overrides.takenAt ?? TEST_NOW.toISOString(),
    company: company(overrides.company),
    catalogs: {
      dataSubjectCategories: mergeById(defaults.dataSubjectCategories, extra.dataSubjectCategories),
      dataCategories: mergeById(defaults.dataCategories, extra.dataCategories),
      recipients: mergeById(defaults.recipients, extra.recipients),
      systems: mergeById(defaults.systems, extra.systems),
      securityMeasures: mergeById(defaults.securityMeasures, extra.securityMeasures),
      cookies: mergeById(defaults.cookies, extra.cookies),
    },
    activities: overrides.activities ?? [activity()],
    reference: {
      countries: REFERENCE_COUNTRIES,
      adequacyDecisions: overrides.adequacyDecisions ?? REFERENCE_ADEQUACY_DECISIONS,
    },
  };
}
