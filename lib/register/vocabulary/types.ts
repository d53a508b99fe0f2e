import type * as E from "@/lib/register/enums";

/** Every enumeration of the register that is ever shown to a person, by the name the vocabulary knows it by. */
export type EnumTypes = {
  EmployeeBand: E.EmployeeBand;
  DpoBasis: E.DpoBasis;
  ActivityRole: E.ActivityRole;
  ActivityStatus: E.ActivityStatus;
  CollectionSource: E.CollectionSource;
  Art14Timing: E.Art14Timing;
  Art14Exemption: E.Art14Exemption;
  ProvisionRequirement: E.ProvisionRequirement;
  ContractParty: E.ContractParty;
  VolunteeredHandling: E.VolunteeredHandling;
  LawfulBasis: E.LawfulBasis;
  SpecialCategory: E.SpecialCategory;
  Art9Condition: E.Art9Condition;
  Art22Exception: E.Art22Exception;
  DpiaStatus: E.DpiaStatus;
  MarketingChannel: E.MarketingChannel;
  MarketingRoute: E.MarketingRoute;
  MarketingAudienceGroup: E.MarketingAudienceGroup;
  RecipientKind: E.RecipientKind;
  DpaStatus: E.DpaStatus;
  SubProcessorAuthorisation: E.SubProcessorAuthorisation;
  SecurityMeasureKind: E.SecurityMeasureKind;
  CookieCategory: E.CookieCategory;
  CookieConsent: E.CookieConsent;
  CookieDurationKind: E.CookieDurationKind;
  CookieDurationUnit: E.CookieDurationUnit;
  TransferMechanism: E.TransferMechanism;
  SccModule: E.SccModule;
  AdequacyStatus: E.AdequacyStatus;
  RetentionUnit: E.RetentionUnit;
  RetentionTrigger: E.RetentionTrigger;
};

export type EnumName = keyof EnumTypes;

/** A noun after a count: "1 month" / "2 months", «1 måned» / «2 måneder». */
export type Forms = { one: string; other: string };

type KnownTrigger = Exclude<E.RetentionTrigger, "OTHER">;
/** `after`: what follows "after"/«etter»; `until`: the whole phrase when the period is zero. */
export type TriggerWords = { after: string; until: string };

/** Transfer tools whose notice wording takes no detail (the adequacy decision and the SCC module are added in the sentence). */
type PlainTransferMechanism = Exclude<E.TransferMechanism, "ADEQUACY" | "SCC_2021_914">;

/**
 * The words of one language (issue 9 item 5): every label of an enumeration and
 * every piece of legal wording a rendering prints. One file per language
 * implements this type, so a new language (nynorsk, Swedish) is a new file and
 * the compiler lists every word it still lacks.
 */
export type Vocabulary = {
  /** The label of each value, with its article where the law gives one: the editor, the PDF, the spreadsheets, the DPV export and the checks. */
  labels: { [K in EnumName]: Record<EnumTypes[K], string> };
  /** How the notice names a value to the reader (the basis in the first layer's table: "Consent"); the article is cited separately. */
  inSentence: {
    LawfulBasis: Record<E.LawfulBasis, string>;
    Art9Condition: Record<E.Art9Condition, string>;
    SpecialCategory: Record<E.SpecialCategory, string>;
    MarketingChannel: Record<E.MarketingChannel, string>;
    /** An audience of marketing inside a sentence of a finding: "existing customers". */
    MarketingAudienceGroup: Record<E.MarketingAudienceGroup, string>;
    ProvisionRequirement: Record<E.ProvisionRequirement, string>;
    /** The same where the contract is with the person's employer or the organisation they act for (issue 10): not "our contract with you". */
    ProvisionRequirementWithOrganisation: Record<"CONTRACTUAL" | "PRECONTRACT_REQUIRED", string>;
    TransferMechanism: Record<PlainTransferMechanism, string>;
  };
  /** Counted units of a retention period and of a cookie's lifetime. */
  units: { retention: Record<E.RetentionUnit, Forms>; cookie: Record<E.CookieDurationUnit, Forms> };
  /** The event a retention period runs from, to the reader ("notice") and to a case officer ("register"). */
  triggers: {
    notice: Record<KnownTrigger, TriggerWords>;
    register: Record<KnownTrigger, TriggerWords>;
    /** The event of an OTHER trigger the DPO left undescribed. */
    otherUndescribed: Record<"notice" | "register", string>;
    /** A period of zero with no event: the data are used and not kept. */
    onlyWhileUsed: Record<"notice" | "register", string>;
  };
  /** A calendar date (YYYY-MM-DD) as a reader of this language writes it: "7 December 2026" / «7. desember 2026». */
  date: (iso: string) => string;
  /** A GDPR article in this language's citation style: "6(1)(a)" → "Art. 6(1)(a)" / «art. 6 nr. 1 bokstav a». */
  article: (ref: string) => string;
  /** Only the last point of a reference, where a heading already cites the rest: "6(1)(b)" → "point (b)" / «bokstav b». */
  point: (ref: string) => string;
  /** The same with the regulation's name, for the notice: "GDPR Art. 6(1)(a)" / «personvernforordningen art. 6 nr. 1 bokstav a». */
  gdpr: (ref: string) => string;
  /**
   * The Art. 30 record as the PDF prints it for a case officer (lib/export/pdf/fields.ts):
   * each field's heading with its article, the words inside a field, why a field does not
   * apply, and what an empty list that is a fact says.
   */
  record: {
    fields: Record<RecordField, string>;
    words: Record<RecordWord, string>;
    notApplicableBecause: Record<"noSpecial" | "noCriminal", string>;
    none: Record<"recipients" | "transfers" | "subProcessors", string>;
  };
  /** The spreadsheets (lib/export/spreadsheet): what the import reads back in any language, so it lives here. */
  spreadsheet: SpreadsheetWords;
  words: {
    yes: string;
    no: string;
    /** What an empty field the law requires reads as in an export. */
    notRecorded: string;
    /** A text the DPO wrote only in another language. */
    notWrittenYet: string;
    notApplicable: string;
    /** A session cookie's lifetime. */
    session: string;
    after: string;
    and: string;
    or: string;
  };
};

/** A field of an activity's Art. 30 record, in the order the PDF prints them. */
type RecordField = "role" | "status" | "description" | "jointControllers" | "purposes" | "dataSubjects" | "dataCategories" | "dataSubjectsProcessor" | "dataCategoriesProcessor" | "art9" | "art10" | "nationalId" | "volunteered" | "recipients" | "transfers" | "transfersProcessor" | "retention" | "security" | "securityProcessor" | "source" | "art14" | "provision" | "adm" | "dpia" | "consentRecord" | "location" | "marketing" | "cookies" | "art30_5" | "controllersServed" | "processingCategories" | "controllerDpa" | "subProcessors";
/** A word inside a field of the Art. 30 record. */
type RecordWord = "basis" | "legalReference" | "legitimateInterest" | "lia" | "withdrawal" | "contact" | "arrangement" | "essence" | "children" | "art10" | "nationalId" | "dpa" | "dpfCertified" | "mechanism" | "adequacy" | "tia" | "copy" | "art49" | "regular" | "via" | "wholeActivity" | "sourceName" | "supplies" | "publicSource" | "timing" | "exemption" | "consequence" | "contractWith" | "exists" | "logic" | "significance" | "consequences" | "exception" | "required" | "link" | "hosted" | "vendor" | "audience" | "channels" | "route" | "optOut" | "similar" | "consentRequired" | "representative" | "dpo" | "categories" | "ourCustomers" | "listedIn" | "authorisation" | "flowDown" | "noFlowDown" | "none";

/** A column of the spreadsheet layout (lib/export/spreadsheet/layout.ts), by its id. */
export type SpreadsheetColumnId = "name" | "role" | "status" | "description" | "purposes" | "lawfulBasis" | "legalReference" | "legitimateInterest" | "lia" | "consentWithdrawal" | "jointControllers" | "controllersServed" | "processingCategories" | "controllerDpa" | "dataSubjects" | "dataCategories" | "dataCategoryFlags" | "art9Condition" | "art9LegalReference" | "art10Authority" | "nationalIdJustification" | "recipients" | "subProcessors" | "processorContracts" | "transfers" | "safeguards" | "retention" | "retentionInWords" | "securityMeasures" | "securityMeasuresText" | "rights" | "adm" | "source" | "sourceName" | "sourceData" | "volunteered" | "contractParty" | "marketing" | "consentRecordRef" | "location" | "dpia";

/** A right of the data subject, by its article: the rights column of the spreadsheets. */
export type SpreadsheetRight = "15" | "16" | "17" | "18" | "20" | "21" | "7(3)";

/**
 * The words of the spreadsheets: each column's heading, each record sheet's name (and the CSV's
 * "record" column that names it), the fixed tokens inside cells, and the rights. The import
 * reads a heading, a sheet name or a token back in any language of the vocabulary.
 */
export type SpreadsheetWords = {
  columns: Record<SpreadsheetColumnId, string>;
  sheets: Record<"controller" | "processor", string>;
  recordColumn: string;
  tokens: { wholeActivity: string; criminalOffence: string; nationalId: string };
  rights: Record<SpreadsheetRight, string>;
};
