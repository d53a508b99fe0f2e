import type { CookieDuration } from "./cookie-duration";
import type * as E from "./enums";
import type { Language } from "./languages";
import type { LegalReference, LocalizedText } from "./localized-text";

/**
 * One company's whole register at one moment, as plain JSON-safe data: what
 * the legal checks read, what the notice compiler and the exports render, and
 * what a published notice version stores. Dates are ISO strings (date-only
 * fields as YYYY-MM-DD). Catalog entries are listed once under `catalogs` and
 * referenced from activities by id, as in the database.
 *
 * Any change of this shape bumps SNAPSHOT_FORMAT and adds an upgrade from the
 * previous format: stored versions are read through them (lib/register/snapshot-upgrade.ts,
 * docs/decisions/004-snapshot-format-and-upgrades.md).
 */
export const SNAPSHOT_FORMAT = 7;

export type CountrySnapshot = { code: string; nameEn: string; nameNb: string; isEea: boolean };

export type SupervisoryAuthoritySnapshot = {
  id: string;
  countryCode: string;
  nameLocal: string;
  nameEn: string;
  website: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  visitingAddress: string | null;
  complaintUrl: string | null;
  /** Absent in snapshots stored before it was recorded. */
  complaintUrlLocal?: string | null;
};

export type AdequacyDecisionSnapshot = {
  id: string;
  countryCode: string | null;
  subjectEn: string;
  subjectNb: string;
  /** e.g. "(EU) 2023/1795" */
  reference: string;
  scopeEn: string | null;
  scopeNb: string | null;
  status: E.AdequacyStatus;
  requiresCertification: boolean;
  adoptedOn: string | null;
  validUntil: string | null;
  asOf: string;
};

export type CompanySnapshot = {
  id: string;
  slug: string;
  legalName: string;
  orgNumber: string | null;
  country: CountrySnapshot;
  postalStreet: string | null;
  postalCode: string | null;
  postalCity: string | null;
  visitingStreet: string | null;
  visitingPostalCode: string | null;
  visitingCity: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  employeeBand: E.EmployeeBand;
  isPublicAuthority: boolean;
  targetsEeaFromOutside: boolean;
  dpo: {
    designated: boolean;
    basis: E.DpoBasis | null;
    name: string | null;
    email: string | null;
    phone: string | null;
    address: string | null;
  };
  representative: { name: string | null; address: string | null; email: string | null };
  supervisoryAuthority: SupervisoryAuthoritySnapshot | null;
  /** The languages the notice is published in, in the order of LANGUAGES (format 2). */
  noticeLanguages: Language[];
  /** The language the register is written in first (format 2). */
  primaryLanguage: Language;
  /** The notice's own words, per language (format 6): printed in its first layer; empty prints nothing. */
  noticeIntroduction: LocalizedText;
  noticeScope: LocalizedText;
  /** A named person for privacy questions (format 6): a proper name, and the role per language. */
  privacyContactName: string | null;
  privacyContactRole: LocalizedText;
  /** The cookie banner's facts (format 6); null: not recorded (ekomloven § 3-15, GDPR Art. 7(3)). */
  cookieBannerBeforeSetting: boolean | null;
  cookieRefuseAsEasy: boolean | null;
  cookieWithdrawal: LocalizedText;
  cookieSettingsUrl: string | null;
  version: number;
  updatedAt: string;
};

export type DataSubjectCategorySnapshot = { id: string; labelEn: string; labelNb: string; includesChildren: boolean };

export type DataCategorySnapshot = {
  id: string;
  labelEn: string;
  labelNb: string;
  descriptionEn: string | null;
  descriptionNb: string | null;
  specialCategory: E.SpecialCategory | null;
  isCriminalOffence: boolean;
  isNationalId: boolean;
};

export type SubProcessorSnapshot = {
  id: string;
  name: string;
  countryCode: string | null;
  authorisation: E.SubProcessorAuthorisation | null;
  flowDownContract: boolean;
  /** On the DPF List itself (format 2): the certified entity, e.g. an Irish processor's US parent. */
  dpfCertified: boolean;
  /** What they do, per language like a recipient's description (format 5). */
  descriptionEn: string | null;
  descriptionNb: string | null;
};

export type RecipientSnapshot = {
  id: string;
  name: string;
  kind: E.RecipientKind;
  countryCode: string | null;
  dpaStatus: E.DpaStatus;
  dpaDate: string | null;
  dpaRef: string | null;
  dpfCertified: boolean;
  descriptionEn: string | null;
  descriptionNb: string | null;
  subProcessors: SubProcessorSnapshot[];
};

export type SystemSnapshot = {
  id: string;
  name: string;
  /** What the system holds, per language (format 5). */
  descriptionEn: string | null;
  descriptionNb: string | null;
  hostingCountryCode: string | null;
  vendorRecipientId: string | null;
};

export type SecurityMeasureSnapshot = { id: string; kind: E.SecurityMeasureKind; descriptionEn: string; descriptionNb: string };

export type CookieSnapshot = {
  id: string;
  name: string;
  provider: string;
  purposeEn: string;
  purposeNb: string;
  category: E.CookieCategory;
  duration: CookieDuration;
  /** As the category says, or the DPO's override with its reason per language (format 6; lib/register/cookie-consent.ts). */
  consent: E.CookieConsent;
  consentReason: LocalizedText;
  recipientId: string | null;
};

export type PurposeSnapshot = {
  id: string;
  description: LocalizedText;
  lawfulBasis: E.LawfulBasis | null;
  legalReference: LegalReference;
  legitimateInterest: LocalizedText;
  liaRef: string | null;
  liaDate: string | null;
  consentWithdrawal: LocalizedText;
  sortOrder: number;
};

/**
 * One audience of e-mail/SMS marketing and its route under markedsføringsloven § 15: the
 * existing-customer exception (third paragraph) reaches only customers whose address was
 * obtained in a sale; everyone else needs prior consent. `who` null: not said.
 */
export type MarketingAudienceSnapshot = {
  who: E.MarketingAudienceGroup | null;
  channels: E.MarketingChannel[];
  route: E.MarketingRoute | null;
  optOutOffered: boolean | null;
  similarProducts: boolean | null;
};

export type JointControllerSnapshot = {
  id: string;
  name: string;
  contact: string | null;
  arrangementLink: string | null;
  essenceText: LocalizedText;
};

export type ControllerServedSnapshot = {
  id: string;
  /** Our customers as a class (ADR 030): the vocabulary words it in each language; `name` is then "". */
  ourCustomers: boolean;
  /** A named controller's proper name, as written in every language. */
  name: string;
  /** For our customers: where each is listed, per language. */
  listedIn: LocalizedText;
  contact: string | null;
  representative: string | null;
  dpoContact: string | null;
  processingCategories: LocalizedText;
  dpaRef: string | null;
  dpaDate: string | null;
};

export type ActivityRecipientSnapshot = {
  recipientId: string;
  subProcessorAuthorisation: E.SubProcessorAuthorisation | null;
  flowDownContract: boolean | null;
};

export type TransferSnapshot = {
  id: string;
  recipientId: string;
  subProcessorId: string | null;
  countryCode: string;
  mechanism: E.TransferMechanism | null;
  sccModule: E.SccModule | null;
  adequacyDecisionId: string | null;
  tiaRef: string | null;
  copyAccess: LocalizedText;
  art49Assessment: LocalizedText;
  isRegular: boolean;
};

export type RetentionRuleSnapshot = {
  id: string;
  dataCategoryId: string | null;
  duration: number | null;
  unit: E.RetentionUnit | null;
  trigger: E.RetentionTrigger | null;
  triggerText: LocalizedText;
  criteriaText: LocalizedText;
  legalReference: LegalReference;
  sortOrder: number;
};

/**
 * One source of an activity's data (Art. 13 vs 14; 14(1)(d), 14(2)(f)): the person, someone
 * else or a public source, and which of the activity's data categories it supplies. An
 * activity with one source gets all its data from it, whatever its list says
 * (lib/register/sources.ts).
 */
export type ActivitySourceSnapshot = {
  id: string;
  kind: E.CollectionSource;
  /** The named party or public source; empty for the person. */
  name: LocalizedText;
  isPublic: boolean | null;
  dataCategoryIds: string[];
};

export type NoticeTextSnapshot = { id: string; purposeId: string | null; language: E.Locale; text: string };

export type ActivitySnapshot = {
  id: string;
  name: string;
  noticeTitleEn: string | null;
  noticeTitleNb: string | null;
  description: LocalizedText;
  role: E.ActivityRole;
  status: E.ActivityStatus;
  showInNotice: boolean;
  /** Where the data come from, in the DPO's order; at least one (format 5). */
  sources: ActivitySourceSnapshot[];
  art14Timing: E.Art14Timing | null;
  art14Exemption: E.Art14Exemption | null;
  art14ExemptionJustification: LocalizedText;
  provisionRequirement: E.ProvisionRequirement | null;
  provisionConsequence: LocalizedText;
  /** Who the contract of a 6(1)(b) purpose and of a contractual requirement is with (format 4). */
  contractParty: E.ContractParty;
  art9Condition: E.Art9Condition | null;
  art9LegalReference: LegalReference;
  art10Authority: LocalizedText;
  nationalIdJustification: LocalizedText;
  /** People may volunteer special-category data the activity does not ask for (format 5). */
  volunteeredSpecialCategories: boolean;
  volunteeredHandling: E.VolunteeredHandling | null;
  adm: {
    exists: boolean;
    logic: LocalizedText;
    significance: LocalizedText;
    consequences: LocalizedText;
    art22Exception: E.Art22Exception | null;
  };
  dpia: { required: boolean; status: E.DpiaStatus | null; link: string | null };
  isOccasional: boolean;
  isLikelyRisk: boolean;
  /** E-mail/SMS marketing, one entry per audience with its own route (format 5); none = no electronic marketing. */
  marketingAudiences: MarketingAudienceSnapshot[];
  consentRecordRef: string | null;
  securityMeasuresText: LocalizedText;
  processingCategories: LocalizedText;
  controllerDpaRef: string | null;
  controllerDpaDate: string | null;
  purposes: PurposeSnapshot[];
  jointControllers: JointControllerSnapshot[];
  controllersServed: ControllerServedSnapshot[];
  dataSubjectCategoryIds: string[];
  dataCategoryIds: string[];
  recipients: ActivityRecipientSnapshot[];
  systemIds: string[];
  securityMeasureIds: string[];
  cookieIds: string[];
  transfers: TransferSnapshot[];
  retentionRules: RetentionRuleSnapshot[];
  noticeTexts: NoticeTextSnapshot[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type RegisterSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  takenAt: string;
  company: CompanySnapshot;
  catalogs: {
    dataSubjectCategories: DataSubjectCategorySnapshot[];
    dataCategories: DataCategorySnapshot[];
    recipients: RecipientSnapshot[];
    systems: SystemSnapshot[];
    securityMeasures: SecurityMeasureSnapshot[];
    cookies: CookieSnapshot[];
  };
  /** Every activity, drafts and retired ones included; consumers choose (see activeActivities). */
  activities: ActivitySnapshot[];
  /** Reference data the checks and renderers need: all countries and adequacy decisions. */
  reference: { countries: CountrySnapshot[]; adequacyDecisions: AdequacyDecisionSnapshot[] };
};

/** What the notice and the Art. 30 export describe: activities in force. */
export function activeActivities(snapshot: RegisterSnapshot): ActivitySnapshot[] {
  return snapshot.activities.filter((activity) => activity.status === "ACTIVE");
}

/** Looks up catalog entries and reference data by id, built once per snapshot. */
export function indexSnapshot(snapshot: RegisterSnapshot) {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    dataSubjectCategories: byId(snapshot.catalogs.dataSubjectCategories),
    dataCategories: byId(snapshot.catalogs.dataCategories),
    recipients: byId(snapshot.catalogs.recipients),
    systems: byId(snapshot.catalogs.systems),
    securityMeasures: byId(snapshot.catalogs.securityMeasures),
    cookies: byId(snapshot.catalogs.cookies),
    countries: new Map(snapshot.reference.countries.map((country) => [country.code, country])),
    adequacyDecisions: byId(snapshot.reference.adequacyDecisions),
  };
}

export type SnapshotIndex = ReturnType<typeof indexSnapshot>;
