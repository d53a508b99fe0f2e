/**
 * The register's enumerations as plain TypeScript, for rules, renderers and
 * forms that must not import Prisma. Values are identical to the Prisma enums
 * in prisma/schema.prisma (lib/server/enums-match.ts checks that at compile time).
 */

export const NOTICE_LANGUAGES = ["EN", "NB"] as const;
export type Locale = (typeof NOTICE_LANGUAGES)[number];

export const MEMBERSHIP_ROLES = ["OWNER", "EDITOR", "VIEWER"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const EMPLOYEE_BANDS = ["UNDER_250", "AT_LEAST_250"] as const;
export type EmployeeBand = (typeof EMPLOYEE_BANDS)[number];

export const DPO_BASES = ["PUBLIC_BODY", "LARGE_SCALE_MONITORING", "LARGE_SCALE_SPECIAL_CATEGORIES", "VOLUNTARY", "NONE"] as const;
export type DpoBasis = (typeof DPO_BASES)[number];

export const ACTIVITY_ROLES = ["CONTROLLER", "JOINT_CONTROLLER", "PROCESSOR"] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

export const ACTIVITY_STATUSES = ["DRAFT", "ACTIVE", "RETIRED"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const COLLECTION_SOURCES = ["DATA_SUBJECT_DIRECT", "DATA_SUBJECT_OBSERVED", "THIRD_PARTY", "PUBLIC_SOURCE"] as const;
export type CollectionSource = (typeof COLLECTION_SOURCES)[number];

export const ART14_TIMINGS = ["WITHIN_ONE_MONTH", "FIRST_COMMUNICATION", "FIRST_DISCLOSURE"] as const;
export type Art14Timing = (typeof ART14_TIMINGS)[number];

export const ART14_EXEMPTIONS = ["ALREADY_HAS_INFORMATION", "IMPOSSIBLE_OR_DISPROPORTIONATE", "REQUIRED_BY_LAW", "PROFESSIONAL_SECRECY"] as const;
export type Art14Exemption = (typeof ART14_EXEMPTIONS)[number];

export const PROVISION_REQUIREMENTS = ["STATUTORY", "CONTRACTUAL", "PRECONTRACT_REQUIRED", "VOLUNTARY"] as const;
export type ProvisionRequirement = (typeof PROVISION_REQUIREMENTS)[number];

/** Who the contract of 6(1)(b) and of a contractual requirement is with: the person, or the organisation they work or act for. */
export const CONTRACT_PARTIES = ["DATA_SUBJECT", "ORGANISATION"] as const;
export type ContractParty = (typeof CONTRACT_PARTIES)[number];

/** What is done with special-category data a person volunteers unasked (Art. 5(1)(c), 9(1); SC-007, SC-008). */
export const VOLUNTEERED_HANDLINGS = ["DELETED", "KEPT_WITH_EXPLICIT_CONSENT", "KEPT_UNDER_CONDITION"] as const;
export type VolunteeredHandling = (typeof VOLUNTEERED_HANDLINGS)[number];

export const LAWFUL_BASES = ["CONSENT", "CONTRACT", "LEGAL_OBLIGATION", "VITAL_INTERESTS", "PUBLIC_TASK", "LEGITIMATE_INTERESTS"] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

export const SPECIAL_CATEGORIES = ["RACIAL_ETHNIC_ORIGIN", "POLITICAL_OPINIONS", "RELIGIOUS_PHILOSOPHICAL_BELIEFS", "TRADE_UNION_MEMBERSHIP", "GENETIC", "BIOMETRIC_FOR_UNIQUE_ID", "HEALTH", "SEX_LIFE_OR_ORIENTATION"] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

export const ART9_CONDITIONS = ["EXPLICIT_CONSENT", "EMPLOYMENT_SOCIAL_SECURITY", "VITAL_INTERESTS", "NOT_FOR_PROFIT_MEMBERS", "MANIFESTLY_MADE_PUBLIC", "LEGAL_CLAIMS", "SUBSTANTIAL_PUBLIC_INTEREST", "HEALTH_OR_SOCIAL_CARE", "PUBLIC_HEALTH", "ARCHIVING_RESEARCH_STATISTICS"] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

export const ART22_EXCEPTIONS = ["CONTRACT", "LAW", "EXPLICIT_CONSENT"] as const;
export type Art22Exception = (typeof ART22_EXCEPTIONS)[number];

export const DPIA_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "NEEDS_REVIEW"] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

export const MARKETING_CHANNELS = ["EMAIL", "SMS"] as const;
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

export const MARKETING_ROUTES = ["CONSENT", "EXISTING_CUSTOMER"] as const;
export type MarketingRoute = (typeof MARKETING_ROUTES)[number];

/** mfl. § 15 third paragraph: customers whose address was obtained in a sale, and everyone else. */
export const MARKETING_AUDIENCE_GROUPS = ["EXISTING_CUSTOMERS", "OTHERS"] as const;
export type MarketingAudienceGroup = (typeof MARKETING_AUDIENCE_GROUPS)[number];

export const RECIPIENT_KINDS = ["PROCESSOR", "CONTROLLER", "JOINT_CONTROLLER", "PUBLIC_AUTHORITY", "INTERNAL"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const DPA_STATUSES = ["SIGNED", "PENDING", "NOT_REQUIRED", "MISSING"] as const;
export type DpaStatus = (typeof DPA_STATUSES)[number];

export const SUB_PROCESSOR_AUTHORISATIONS = ["SPECIFIC", "GENERAL"] as const;
export type SubProcessorAuthorisation = (typeof SUB_PROCESSOR_AUTHORISATIONS)[number];

export const SECURITY_MEASURE_KINDS = ["ACCESS_CONTROL", "LOGGING", "SOFTWARE_PROTECTION", "BACKUPS", "ENCRYPTION", "PROCESSOR_CONTROL", "OTHER"] as const;
export type SecurityMeasureKind = (typeof SECURITY_MEASURE_KINDS)[number];

export const COOKIE_CATEGORIES = ["STRICTLY_NECESSARY", "PREFERENCES", "STATISTICS", "MARKETING"] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

export const COOKIE_CONSENTS = ["BY_CATEGORY", "REQUIRED", "NOT_REQUIRED"] as const;
export type CookieConsent = (typeof COOKIE_CONSENTS)[number];

export const TRANSFER_MECHANISMS = ["EEA", "ADEQUACY", "SCC_2021_914", "SA_SCC", "BCR", "CODE_OF_CONDUCT", "CERTIFICATION", "PUBLIC_BODIES_INSTRUMENT", "AUTHORISED_CLAUSES", "ADMIN_ARRANGEMENT", "DEROGATION_49_1_A", "DEROGATION_49_1_B", "DEROGATION_49_1_C", "DEROGATION_49_1_D", "DEROGATION_49_1_E", "DEROGATION_49_1_F", "DEROGATION_49_1_G", "COMPELLING_LEGITIMATE_INTEREST"] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export const SCC_MODULES = ["MODULE_1_C2C", "MODULE_2_C2P", "MODULE_3_P2P", "MODULE_4_P2C"] as const;
export type SccModule = (typeof SCC_MODULES)[number];

export const ADEQUACY_STATUSES = ["IN_FORCE", "UNDER_REVIEW", "EXPIRED", "INVALIDATED"] as const;
export type AdequacyStatus = (typeof ADEQUACY_STATUSES)[number];

export const RETENTION_UNITS = ["DAYS", "WEEKS", "MONTHS", "YEARS"] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

// A cookie's duration is stored as JSON (lib/register/cookie-duration.ts), not as a database enum;
// its kinds and units sit here so that the vocabulary can name them without importing the module
// that reads the vocabulary.
export const COOKIE_DURATION_UNITS = ["MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS"] as const;
export type CookieDurationUnit = (typeof COOKIE_DURATION_UNITS)[number];
export const COOKIE_DURATION_KINDS = ["SESSION", "PERIOD", "TEXT"] as const;
export type CookieDurationKind = (typeof COOKIE_DURATION_KINDS)[number];

export const RETENTION_TRIGGERS = ["AFTER_COLLECTION", "AFTER_LAST_CONTACT", "AFTER_CASE_CLOSED", "AFTER_END_OF_CONTRACT", "AFTER_END_OF_ACCOUNTING_YEAR", "AFTER_WITHDRAWAL_OF_CONSENT", "OTHER"] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

/** @public Unused as a list today; kept so every Prisma enum has its list here. */
export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "DELETE", "RETIRE", "RESTORE", "PUBLISH", "EXPORT", "IMPORT", "MEMBER_INVITE", "MEMBER_JOIN", "MEMBER_ROLE_CHANGE", "MEMBER_REMOVE", "REVIEW", "RISK_ACCEPT", "RISK_REVOKE", "PUBLISH_REQUEST", "PUBLISH_APPROVE", "PUBLISH_REJECT", "MEMBER_PASSWORD_RESET"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** @public Unused as a list today; kept so every Prisma enum has its list here. */
export const PUBLISH_REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"] as const;
export type PublishRequestStatus = (typeof PUBLISH_REQUEST_STATUSES)[number];
