import type * as E from "@/lib/register/enums";

/**
 * The one table mapping our register's enumerations to W3C Data Privacy
 * Vocabulary terms (DPV 2.x; https://w3id.org/dpv). Written from knowledge of
 * DPV without access to the specification while writing: IRIs marked
 * `// (uncertain)` should be checked against https://w3id.org/dpv before
 * anyone relies on them. Where DPV has no term, our own namespace is used
 * (PROTOKOLL_NS, prefix "pk"), documented in docs/dpv.md.
 */
export const NAMESPACES = {
  dpv: "https://w3id.org/dpv#",
  pd: "https://w3id.org/dpv/pd#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  loc: "https://w3id.org/dpv/loc#", // (uncertain) DPV location extension, ISO 3166 codes as local names
  pk: "https://protokoll.dev/ns#",
  dct: "http://purl.org/dc/terms/",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

/** Art. 6(1)(a)–(f) as GDPR extension terms. */
export const LAWFUL_BASIS_TERMS: Record<E.LawfulBasis, string> = {
  CONSENT: "eu-gdpr:A6-1-a",
  CONTRACT: "eu-gdpr:A6-1-b",
  LEGAL_OBLIGATION: "eu-gdpr:A6-1-c",
  VITAL_INTERESTS: "eu-gdpr:A6-1-d",
  PUBLIC_TASK: "eu-gdpr:A6-1-e",
  LEGITIMATE_INTERESTS: "eu-gdpr:A6-1-f",
};

/** Art. 9(2)(a)–(j). */
export const ART9_CONDITION_TERMS: Record<E.Art9Condition, string> = {
  EXPLICIT_CONSENT: "eu-gdpr:A9-2-a",
  EMPLOYMENT_SOCIAL_SECURITY: "eu-gdpr:A9-2-b",
  VITAL_INTERESTS: "eu-gdpr:A9-2-c",
  NOT_FOR_PROFIT_MEMBERS: "eu-gdpr:A9-2-d",
  MANIFESTLY_MADE_PUBLIC: "eu-gdpr:A9-2-e",
  LEGAL_CLAIMS: "eu-gdpr:A9-2-f",
  SUBSTANTIAL_PUBLIC_INTEREST: "eu-gdpr:A9-2-g",
  HEALTH_OR_SOCIAL_CARE: "eu-gdpr:A9-2-h",
  PUBLIC_HEALTH: "eu-gdpr:A9-2-i",
  ARCHIVING_RESEARCH_STATISTICS: "eu-gdpr:A9-2-j",
};

/** Chapter V transfer tools. The intra-EEA case is our own term: DPV has no "no transfer" concept. */
export const TRANSFER_MECHANISM_TERMS: Record<E.TransferMechanism, string> = {
  EEA: "pk:NoThirdCountryTransfer",
  ADEQUACY: "eu-gdpr:A45-3",
  SCC_2021_914: "eu-gdpr:A46-2-c",
  SA_SCC: "eu-gdpr:A46-2-d",
  BCR: "eu-gdpr:A46-2-b",
  CODE_OF_CONDUCT: "eu-gdpr:A46-2-e",
  CERTIFICATION: "eu-gdpr:A46-2-f",
  PUBLIC_BODIES_INSTRUMENT: "eu-gdpr:A46-2-a",
  AUTHORISED_CLAUSES: "eu-gdpr:A46-3-a",
  ADMIN_ARRANGEMENT: "eu-gdpr:A46-3-b",
  DEROGATION_49_1_A: "eu-gdpr:A49-1-a",
  DEROGATION_49_1_B: "eu-gdpr:A49-1-b",
  DEROGATION_49_1_C: "eu-gdpr:A49-1-c",
  DEROGATION_49_1_D: "eu-gdpr:A49-1-d",
  DEROGATION_49_1_E: "eu-gdpr:A49-1-e",
  DEROGATION_49_1_F: "eu-gdpr:A49-1-f",
  DEROGATION_49_1_G: "eu-gdpr:A49-1-g",
  COMPELLING_LEGITIMATE_INTEREST: "eu-gdpr:A49-1-para-2", // (uncertain) second subparagraph of Art. 49(1)
};

/** SCC modules: DPV's GDPR extension names the 2021 SCC modules. */
export const SCC_MODULE_TERMS: Record<E.SccModule, string> = {
  MODULE_1_C2C: "eu-gdpr:SCCs-C2C", // (uncertain)
  MODULE_2_C2P: "eu-gdpr:SCCs-C2P", // (uncertain)
  MODULE_3_P2P: "eu-gdpr:SCCs-P2P", // (uncertain)
  MODULE_4_P2C: "eu-gdpr:SCCs-P2C", // (uncertain)
};

/** Art. 9(1) special categories as personal-data extension terms. */
export const SPECIAL_CATEGORY_TERMS: Record<E.SpecialCategory, string> = {
  RACIAL_ETHNIC_ORIGIN: "pd:EthnicOrigin", // Racial origin is pd:Racial (uncertain); ethnic origin chosen as the closer DPV term
  POLITICAL_OPINIONS: "pd:PoliticalOpinion",
  RELIGIOUS_PHILOSOPHICAL_BELIEFS: "pd:Religion", // pd:PhilosophicalBelief is added beside it by the builder
  TRADE_UNION_MEMBERSHIP: "pd:TradeUnionMembership",
  GENETIC: "pd:Genetic",
  BIOMETRIC_FOR_UNIQUE_ID: "pd:Biometric",
  HEALTH: "pd:Health",
  SEX_LIFE_OR_ORIENTATION: "pd:SexualOrientation", // pd:SexualHistory (uncertain) also applies to sex life
};
export const CRIMINAL_OFFENCE_TERM = "pd:CriminalOffense"; // (uncertain) DPV spells it the US way
export const NATIONAL_ID_TERM = "pd:NationalIdentificationNumber"; // (uncertain); pd:OfficialID is the broader term

/** Art. 4(9) recipients by kind. */
export const RECIPIENT_KIND_TERMS: Record<E.RecipientKind, string> = {
  PROCESSOR: "dpv:DataProcessor",
  CONTROLLER: "dpv:DataController", // an independent controller receiving data; also a dpv:ThirdParty
  JOINT_CONTROLLER: "dpv:JointDataControllers",
  PUBLIC_AUTHORITY: "dpv:GovernmentalOrganisation", // (uncertain) dpv:Authority is the closer term for supervisory bodies
  INTERNAL: "pk:InternalRecipient",
};

/** Where the data come from. */
export const COLLECTION_SOURCE_TERMS: Record<E.CollectionSource, string> = {
  DATA_SUBJECT_DIRECT: "dpv:DataSubjectDataSource",
  DATA_SUBJECT_OBSERVED: "dpv:DataSubjectDataSource", // observed data: see also dpv:ObservedPersonalData
  THIRD_PARTY: "dpv:ThirdPartyDataSource",
  PUBLIC_SOURCE: "dpv:PublicDataSource",
};

/**
 * Who the contract behind 6(1)(b) and a contractual requirement (13(2)(e)) is with: the
 * person, or their employer or the organisation they act for — for the person a contract
 * with a third party.
 */
export const CONTRACT_PARTY_TERMS: Record<E.ContractParty, string> = {
  DATA_SUBJECT: "dpv:DataSubjectContract", // (uncertain)
  ORGANISATION: "dpv:ThirdPartyContract", // (uncertain)
};

/** Who an audience of e-mail/SMS marketing is (markedsføringsloven § 15). */
export const MARKETING_AUDIENCE_TERMS: Record<E.MarketingAudienceGroup, string> = {
  EXISTING_CUSTOMERS: "dpv:Customer", // (uncertain)
  OTHERS: "pk:NotCustomer",
};

/** Technical and organisational measures (Art. 32). */
export const SECURITY_MEASURE_TERMS: Record<E.SecurityMeasureKind, string> = {
  ACCESS_CONTROL: "dpv:AccessControlMethod",
  LOGGING: "dpv:LoggingPolicies", // (uncertain)
  SOFTWARE_PROTECTION: "dpv:SecurityMethod", // (uncertain) no specific term for patching/antivirus known
  BACKUPS: "dpv:DataBackupProtocols",
  ENCRYPTION: "dpv:Encryption",
  PROCESSOR_CONTROL: "dpv:DataProcessingAgreement", // (uncertain) contracts and audits of processors
  OTHER: "dpv:TechnicalOrganisationalMeasure",
};

/** ISO 8601 duration designators for xsd:duration values of retention periods. */
export const RETENTION_UNIT_DURATION: Record<E.RetentionUnit, string> = { DAYS: "D", WEEKS: "W", MONTHS: "M", YEARS: "Y" };

/** Terms for structure and properties. */
export const TERMS = {
  process: "dpv:Process", // DPV 2: replaces dpv:PersonalDataHandling
  purpose: "dpv:Purpose",
  hasPurpose: "dpv:hasPurpose",
  hasLegalBasis: "dpv:hasLegalBasis",
  hasPersonalData: "dpv:hasPersonalData",
  personalData: "dpv:PersonalData",
  hasDataSubject: "dpv:hasDataSubject",
  dataSubject: "dpv:DataSubject",
  child: "dpv:Child",
  hasRecipient: "dpv:hasRecipient",
  hasDataController: "dpv:hasDataController",
  hasDataProcessor: "dpv:hasDataProcessor",
  dataController: "dpv:DataController",
  hasJointDataControllers: "dpv:hasJointDataControllers", // (uncertain)
  hasDataSource: "dpv:hasDataSource", // (uncertain)
  hasStorageCondition: "dpv:hasStorageCondition",
  storageDuration: "dpv:StorageDuration",
  hasDuration: "dpv:hasDuration",
  hasTOM: "dpv:hasTechnicalOrganisationalMeasure",
  hasCountry: "dpv:hasCountry",
  hasThirdCountry: "dpv:hasThirdCountry", // (uncertain)
  dataTransfer: "dpv:DataTransfer", // (uncertain) dpv:TransferPersonalData is the processing term
  automatedDecisionMaking: "dpv:AutomatedDecisionMaking",
  hasContext: "dpv:hasContext",
  dpia: "dpv:DPIA",
  hasImpactAssessment: "dpv:hasImpactAssessment", // (uncertain)
  hasDataProtectionOfficer: "dpv:hasDataProtectionOfficer",
  dataProtectionOfficer: "dpv:DataProtectionOfficer",
  hasRepresentative: "dpv:hasRepresentative",
  hasSpecialCategory: "pk:specialCategory",
} as const;
