import type { Language } from "@/lib/register/languages";
import { cookieDurationIn, type CookieDuration } from "@/lib/register/cookie-duration";
import { hasLegalReference, hasText, legalReferenceIn, textIn, type LegalReference, type LocalizedText } from "@/lib/register/localized-text";
import type * as E from "@/lib/register/enums";

/**
 * Human labels for every register enumeration, in English and bokmål, with
 * the GDPR article where legal-spec §1.4 gives one. Shared by the Art. 30 PDF,
 * the spreadsheets (export and import match these labels back to codes) and
 * anyone else who prints an enum value: `label("LawfulBasis", "CONSENT", "nb")`.
 */
export type ExportLanguage = Language;

type Pair = { en: string; nb: string };

type EnumTypes = {
  EmployeeBand: E.EmployeeBand;
  DpoBasis: E.DpoBasis;
  ActivityRole: E.ActivityRole;
  ActivityStatus: E.ActivityStatus;
  CollectionSource: E.CollectionSource;
  Art14Timing: E.Art14Timing;
  Art14Exemption: E.Art14Exemption;
  ProvisionRequirement: E.ProvisionRequirement;
  ContractParty: E.ContractParty;
  LawfulBasis: E.LawfulBasis;
  SpecialCategory: E.SpecialCategory;
  Art9Condition: E.Art9Condition;
  Art22Exception: E.Art22Exception;
  DpiaStatus: E.DpiaStatus;
  MarketingChannel: E.MarketingChannel;
  MarketingRoute: E.MarketingRoute;
  RecipientKind: E.RecipientKind;
  DpaStatus: E.DpaStatus;
  SubProcessorAuthorisation: E.SubProcessorAuthorisation;
  SecurityMeasureKind: E.SecurityMeasureKind;
  CookieCategory: E.CookieCategory;
  TransferMechanism: E.TransferMechanism;
  SccModule: E.SccModule;
  AdequacyStatus: E.AdequacyStatus;
  RetentionUnit: E.RetentionUnit;
  RetentionTrigger: E.RetentionTrigger;
};

export type EnumName = keyof EnumTypes;

export const ENUM_LABELS: { [K in EnumName]: Record<EnumTypes[K], Pair> } = {
  EmployeeBand: {
    UNDER_250: { en: "Fewer than 250 employees", nb: "Færre enn 250 ansatte" },
    AT_LEAST_250: { en: "250 employees or more", nb: "250 ansatte eller flere" },
  },
  DpoBasis: {
    PUBLIC_BODY: { en: "Public authority or body (Art. 37(1)(a))", nb: "Offentlig myndighet eller organ (art. 37 nr. 1 bokstav a)" },
    LARGE_SCALE_MONITORING: { en: "Large-scale monitoring (Art. 37(1)(b))", nb: "Overvåking i stor skala (art. 37 nr. 1 bokstav b)" },
    LARGE_SCALE_SPECIAL_CATEGORIES: {
      en: "Large-scale special-category or criminal data (Art. 37(1)(c))",
      nb: "Særlige kategorier eller straffeopplysninger i stor skala (art. 37 nr. 1 bokstav c)",
    },
    VOLUNTARY: { en: "Voluntary (Art. 37(4))", nb: "Frivillig (art. 37 nr. 4)" },
    NONE: { en: "No DPO", nb: "Intet personvernombud" },
  },
  ActivityRole: {
    CONTROLLER: { en: "Controller (Art. 30(1))", nb: "Behandlingsansvarlig (art. 30 nr. 1)" },
    JOINT_CONTROLLER: { en: "Joint controller (Art. 26)", nb: "Felles behandlingsansvarlig (art. 26)" },
    PROCESSOR: { en: "Processor (Art. 30(2))", nb: "Databehandler (art. 30 nr. 2)" },
  },
  ActivityStatus: {
    DRAFT: { en: "Draft", nb: "Utkast" },
    ACTIVE: { en: "Active", nb: "Aktiv" },
    RETIRED: { en: "Retired", nb: "Avsluttet" },
  },
  CollectionSource: {
    DATA_SUBJECT_DIRECT: { en: "From the data subject (Art. 13)", nb: "Fra den registrerte (art. 13)" },
    DATA_SUBJECT_OBSERVED: { en: "Observed from the data subject (Art. 13)", nb: "Observert hos den registrerte (art. 13)" },
    THIRD_PARTY: { en: "From a third party (Art. 14)", nb: "Fra en tredjepart (art. 14)" },
    PUBLIC_SOURCE: { en: "From a publicly accessible source (Art. 14(2)(f))", nb: "Fra en offentlig tilgjengelig kilde (art. 14 nr. 2 bokstav f)" },
  },
  Art14Timing: {
    WITHIN_ONE_MONTH: { en: "Within one month (Art. 14(3)(a))", nb: "Innen én måned (art. 14 nr. 3 bokstav a)" },
    FIRST_COMMUNICATION: { en: "At the first communication (Art. 14(3)(b))", nb: "Ved første kommunikasjon (art. 14 nr. 3 bokstav b)" },
    FIRST_DISCLOSURE: { en: "When first disclosed (Art. 14(3)(c))", nb: "Ved første utlevering (art. 14 nr. 3 bokstav c)" },
  },
  Art14Exemption: {
    ALREADY_HAS_INFORMATION: { en: "Already has the information (Art. 14(5)(a))", nb: "Har allerede informasjonen (art. 14 nr. 5 bokstav a)" },
    IMPOSSIBLE_OR_DISPROPORTIONATE: {
      en: "Impossible or disproportionate effort (Art. 14(5)(b))",
      nb: "Umulig eller uforholdsmessig vanskelig (art. 14 nr. 5 bokstav b)",
    },
    REQUIRED_BY_LAW: { en: "Laid down by law (Art. 14(5)(c))", nb: "Fastsatt i lov (art. 14 nr. 5 bokstav c)" },
    PROFESSIONAL_SECRECY: { en: "Professional secrecy (Art. 14(5)(d))", nb: "Lovpålagt taushetsplikt (art. 14 nr. 5 bokstav d)" },
  },
  ProvisionRequirement: {
    STATUTORY: { en: "Statutory requirement (Art. 13(2)(e))", nb: "Lovpålagt (art. 13 nr. 2 bokstav e)" },
    CONTRACTUAL: { en: "Contractual requirement (Art. 13(2)(e))", nb: "Avtalefestet krav (art. 13 nr. 2 bokstav e)" },
    PRECONTRACT_REQUIRED: { en: "Necessary to enter into a contract (Art. 13(2)(e))", nb: "Nødvendig for å inngå avtale (art. 13 nr. 2 bokstav e)" },
    VOLUNTARY: { en: "Voluntary", nb: "Frivillig" },
  },
  ContractParty: {
    DATA_SUBJECT: { en: "The data subject", nb: "Den registrerte" },
    ORGANISATION: { en: "The data subject's employer or the organisation they act for", nb: "Den registrertes arbeidsgiver eller virksomheten vedkommende opptrer for" },
  },
  LawfulBasis: {
    CONSENT: { en: "Consent (Art. 6(1)(a))", nb: "Samtykke (art. 6 nr. 1 bokstav a)" },
    CONTRACT: { en: "Contract (Art. 6(1)(b))", nb: "Avtale (art. 6 nr. 1 bokstav b)" },
    LEGAL_OBLIGATION: { en: "Legal obligation (Art. 6(1)(c))", nb: "Rettslig forpliktelse (art. 6 nr. 1 bokstav c)" },
    VITAL_INTERESTS: { en: "Vital interests (Art. 6(1)(d))", nb: "Vitale interesser (art. 6 nr. 1 bokstav d)" },
    PUBLIC_TASK: {
      en: "Public task / official authority (Art. 6(1)(e))",
      nb: "Oppgave i allmennhetens interesse / offentlig myndighetsutøvelse (art. 6 nr. 1 bokstav e)",
    },
    LEGITIMATE_INTERESTS: { en: "Legitimate interests (Art. 6(1)(f))", nb: "Berettiget interesse (art. 6 nr. 1 bokstav f)" },
  },
  SpecialCategory: {
    RACIAL_ETHNIC_ORIGIN: { en: "Racial or ethnic origin (Art. 9(1))", nb: "Rasemessig eller etnisk opprinnelse (art. 9 nr. 1)" },
    POLITICAL_OPINIONS: { en: "Political opinions (Art. 9(1))", nb: "Politisk oppfatning (art. 9 nr. 1)" },
    RELIGIOUS_PHILOSOPHICAL_BELIEFS: { en: "Religious or philosophical beliefs (Art. 9(1))", nb: "Religion eller filosofisk overbevisning (art. 9 nr. 1)" },
    TRADE_UNION_MEMBERSHIP: { en: "Trade union membership (Art. 9(1))", nb: "Fagforeningsmedlemskap (art. 9 nr. 1)" },
    GENETIC: { en: "Genetic data (Art. 9(1))", nb: "Genetiske opplysninger (art. 9 nr. 1)" },
    BIOMETRIC_FOR_UNIQUE_ID: { en: "Biometric data for unique identification (Art. 9(1))", nb: "Biometriske opplysninger for entydig identifisering (art. 9 nr. 1)" },
    HEALTH: { en: "Health data (Art. 9(1))", nb: "Helseopplysninger (art. 9 nr. 1)" },
    SEX_LIFE_OR_ORIENTATION: { en: "Sex life or sexual orientation (Art. 9(1))", nb: "Seksuelle forhold eller seksuell orientering (art. 9 nr. 1)" },
  },
  Art9Condition: {
    EXPLICIT_CONSENT: { en: "Explicit consent (Art. 9(2)(a))", nb: "Uttrykkelig samtykke (art. 9 nr. 2 bokstav a)" },
    EMPLOYMENT_SOCIAL_SECURITY: {
      en: "Employment and social security law (Art. 9(2)(b))",
      nb: "Arbeids- og trygderettslige plikter og rettigheter (art. 9 nr. 2 bokstav b)",
    },
    VITAL_INTERESTS: { en: "Vital interests, subject incapable of consent (Art. 9(2)(c))", nb: "Vitale interesser (art. 9 nr. 2 bokstav c)" },
    NOT_FOR_PROFIT_MEMBERS: { en: "Not-for-profit body, members (Art. 9(2)(d))", nb: "Ideell organisasjon, medlemmer (art. 9 nr. 2 bokstav d)" },
    MANIFESTLY_MADE_PUBLIC: {
      en: "Manifestly made public by the data subject (Art. 9(2)(e))",
      nb: "Åpenbart offentliggjort av den registrerte (art. 9 nr. 2 bokstav e)",
    },
    LEGAL_CLAIMS: { en: "Legal claims (Art. 9(2)(f))", nb: "Rettskrav (art. 9 nr. 2 bokstav f)" },
    SUBSTANTIAL_PUBLIC_INTEREST: { en: "Substantial public interest (Art. 9(2)(g))", nb: "Viktige allmenne interesser (art. 9 nr. 2 bokstav g)" },
    HEALTH_OR_SOCIAL_CARE: {
      en: "Preventive or occupational medicine, health or social care (Art. 9(2)(h))",
      nb: "Forebyggende medisin, helse- og sosialtjenester (art. 9 nr. 2 bokstav h)",
    },
    PUBLIC_HEALTH: { en: "Public health (Art. 9(2)(i))", nb: "Folkehelse (art. 9 nr. 2 bokstav i)" },
    ARCHIVING_RESEARCH_STATISTICS: {
      en: "Archiving, research or statistics (Art. 9(2)(j))",
      nb: "Arkiv, forskning, statistikk (art. 9 nr. 2 bokstav j)",
    },
  },
  Art22Exception: {
    CONTRACT: { en: "Necessary for a contract (Art. 22(2)(a))", nb: "Nødvendig for en avtale (art. 22 nr. 2 bokstav a)" },
    LAW: { en: "Authorised by law (Art. 22(2)(b))", nb: "Hjemlet i lov (art. 22 nr. 2 bokstav b)" },
    EXPLICIT_CONSENT: { en: "Explicit consent (Art. 22(2)(c))", nb: "Uttrykkelig samtykke (art. 22 nr. 2 bokstav c)" },
  },
  DpiaStatus: {
    NOT_STARTED: { en: "Not started", nb: "Ikke startet" },
    IN_PROGRESS: { en: "In progress", nb: "Pågår" },
    COMPLETED: { en: "Completed", nb: "Fullført" },
    NEEDS_REVIEW: { en: "Needs review (Art. 35(11))", nb: "Må gjennomgås (art. 35 nr. 11)" },
  },
  MarketingChannel: {
    EMAIL: { en: "E-mail", nb: "E-post" },
    SMS: { en: "SMS", nb: "SMS" },
  },
  MarketingRoute: {
    CONSENT: { en: "Prior consent (mfl. § 15)", nb: "Forhåndssamtykke (mfl. § 15)" },
    EXISTING_CUSTOMER: { en: "Existing customer (mfl. § 15 third paragraph)", nb: "Eksisterende kunde (mfl. § 15 tredje ledd)" },
  },
  RecipientKind: {
    PROCESSOR: { en: "Processor (Art. 28)", nb: "Databehandler (art. 28)" },
    CONTROLLER: { en: "Independent controller", nb: "Selvstendig behandlingsansvarlig" },
    JOINT_CONTROLLER: { en: "Joint controller (Art. 26)", nb: "Felles behandlingsansvarlig (art. 26)" },
    PUBLIC_AUTHORITY: { en: "Public authority", nb: "Offentlig myndighet" },
    INTERNAL: { en: "Internal recipient", nb: "Intern mottaker" },
  },
  DpaStatus: {
    SIGNED: { en: "DPA signed (Art. 28(3))", nb: "Databehandleravtale inngått (art. 28 nr. 3)" },
    PENDING: { en: "DPA pending", nb: "Databehandleravtale under arbeid" },
    NOT_REQUIRED: { en: "No DPA required", nb: "Databehandleravtale ikke nødvendig" },
    MISSING: { en: "DPA missing", nb: "Databehandleravtale mangler" },
  },
  SubProcessorAuthorisation: {
    SPECIFIC: { en: "Specific authorisation (Art. 28(2))", nb: "Særskilt godkjenning (art. 28 nr. 2)" },
    GENERAL: { en: "General authorisation (Art. 28(2))", nb: "Generell godkjenning (art. 28 nr. 2)" },
  },
  SecurityMeasureKind: {
    ACCESS_CONTROL: { en: "Access control", nb: "Tilgangskontroll" },
    LOGGING: { en: "Logging and traceability", nb: "Logging og sporbarhet" },
    SOFTWARE_PROTECTION: { en: "Software protection", nb: "Beskyttelse av programvare" },
    BACKUPS: { en: "Backups", nb: "Sikkerhetskopier" },
    ENCRYPTION: { en: "Encryption", nb: "Kryptering" },
    PROCESSOR_CONTROL: { en: "Control of processors", nb: "Kontroll med databehandlere" },
    OTHER: { en: "Other measure", nb: "Annet tiltak" },
  },
  CookieCategory: {
    STRICTLY_NECESSARY: { en: "Strictly necessary (ekomloven § 3-15)", nb: "Strengt nødvendig (ekomloven § 3-15)" },
    PREFERENCES: { en: "Preferences", nb: "Preferanser" },
    STATISTICS: { en: "Statistics", nb: "Statistikk" },
    MARKETING: { en: "Marketing", nb: "Markedsføring" },
  },
  TransferMechanism: {
    EEA: { en: "Within the EEA (no transfer)", nb: "Innenfor EØS (ingen overføring)" },
    ADEQUACY: { en: "Adequacy decision (Art. 45)", nb: "Adekvansbeslutning (art. 45)" },
    SCC_2021_914: { en: "EU standard contractual clauses 2021/914 (Art. 46(2)(c))", nb: "EUs standardavtaler 2021/914 (art. 46 nr. 2 bokstav c)" },
    SA_SCC: { en: "Supervisory authority's standard clauses (Art. 46(2)(d))", nb: "Tilsynsmyndighetens standardbestemmelser (art. 46 nr. 2 bokstav d)" },
    BCR: { en: "Binding corporate rules (Art. 46(2)(b), 47)", nb: "Bindende virksomhetsregler (art. 46 nr. 2 bokstav b, art. 47)" },
    CODE_OF_CONDUCT: { en: "Code of conduct (Art. 46(2)(e))", nb: "Atferdsnorm (art. 46 nr. 2 bokstav e)" },
    CERTIFICATION: { en: "Certification (Art. 46(2)(f))", nb: "Sertifisering (art. 46 nr. 2 bokstav f)" },
    PUBLIC_BODIES_INSTRUMENT: {
      en: "Instrument between public bodies (Art. 46(2)(a))",
      nb: "Instrument mellom offentlige organer (art. 46 nr. 2 bokstav a)",
    },
    AUTHORISED_CLAUSES: { en: "Authorised contractual clauses (Art. 46(3)(a))", nb: "Godkjente avtalevilkår (art. 46 nr. 3 bokstav a)" },
    ADMIN_ARRANGEMENT: { en: "Administrative arrangement (Art. 46(3)(b))", nb: "Administrativ ordning (art. 46 nr. 3 bokstav b)" },
    DEROGATION_49_1_A: { en: "Explicit consent (Art. 49(1)(a))", nb: "Uttrykkelig samtykke (art. 49 nr. 1 bokstav a)" },
    DEROGATION_49_1_B: { en: "Contract with the data subject (Art. 49(1)(b))", nb: "Avtale med den registrerte (art. 49 nr. 1 bokstav b)" },
    DEROGATION_49_1_C: {
      en: "Contract in the data subject's interest (Art. 49(1)(c))",
      nb: "Avtale i den registrertes interesse (art. 49 nr. 1 bokstav c)",
    },
    DEROGATION_49_1_D: { en: "Important reasons of public interest (Art. 49(1)(d))", nb: "Viktige allmenne interesser (art. 49 nr. 1 bokstav d)" },
    DEROGATION_49_1_E: { en: "Legal claims (Art. 49(1)(e))", nb: "Rettskrav (art. 49 nr. 1 bokstav e)" },
    DEROGATION_49_1_F: { en: "Vital interests (Art. 49(1)(f))", nb: "Vitale interesser (art. 49 nr. 1 bokstav f)" },
    DEROGATION_49_1_G: { en: "Public register (Art. 49(1)(g))", nb: "Offentlig register (art. 49 nr. 1 bokstav g)" },
    COMPELLING_LEGITIMATE_INTEREST: {
      en: "Compelling legitimate interests (Art. 49(1) second subparagraph)",
      nb: "Tvingende berettigede interesser (art. 49 nr. 1 annet ledd)",
    },
  },
  SccModule: {
    MODULE_1_C2C: { en: "Module 1 (controller to controller)", nb: "Modul 1 (behandlingsansvarlig til behandlingsansvarlig)" },
    MODULE_2_C2P: { en: "Module 2 (controller to processor)", nb: "Modul 2 (behandlingsansvarlig til databehandler)" },
    MODULE_3_P2P: { en: "Module 3 (processor to processor)", nb: "Modul 3 (databehandler til databehandler)" },
    MODULE_4_P2C: { en: "Module 4 (processor to controller)", nb: "Modul 4 (databehandler til behandlingsansvarlig)" },
  },
  AdequacyStatus: {
    IN_FORCE: { en: "In force", nb: "I kraft" },
    UNDER_REVIEW: { en: "In force, under review", nb: "I kraft, under vurdering" },
    EXPIRED: { en: "Expired", nb: "Utløpt" },
    INVALIDATED: { en: "Invalidated", nb: "Kjent ugyldig" },
  },
  RetentionUnit: {
    DAYS: { en: "days", nb: "dager" },
    WEEKS: { en: "weeks", nb: "uker" },
    MONTHS: { en: "months", nb: "måneder" },
    YEARS: { en: "years", nb: "år" },
  },
  RetentionTrigger: {
    AFTER_COLLECTION: { en: "after collection", nb: "etter innsamling" },
    AFTER_LAST_CONTACT: { en: "after the last contact", nb: "etter siste kontakt" },
    AFTER_CASE_CLOSED: { en: "after the case is closed", nb: "etter at saken er avsluttet" },
    AFTER_END_OF_CONTRACT: { en: "after the contract ends", nb: "etter at avtalen er avsluttet" },
    AFTER_END_OF_ACCOUNTING_YEAR: { en: "after the end of the accounting year", nb: "etter regnskapsårets slutt" },
    AFTER_WITHDRAWAL_OF_CONSENT: { en: "after consent is withdrawn", nb: "etter at samtykket er trukket tilbake" },
    OTHER: { en: "other event", nb: "annen hendelse" },
  },
};

/** The label of one enum value in the given language, e.g. `label("LawfulBasis", "CONSENT", "nb")`. */
export function label<K extends EnumName>(enumName: K, value: EnumTypes[K], language: ExportLanguage): string {
  const pair = (ENUM_LABELS[enumName] as Record<string, Pair>)[value];
  return pair ? pair[language] : String(value);
}

const normalise = (text: string) => text.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");

/**
 * Reads a value back from a spreadsheet cell: the code itself ("CONSENT") or
 * its label in either language, case- and space-insensitive. Null when nothing matches.
 */
export function enumFromLabel<K extends EnumName>(enumName: K, text: string): EnumTypes[K] | null {
  const wanted = normalise(text);
  if (wanted === "") return null;
  const entries = Object.entries(ENUM_LABELS[enumName] as Record<string, Pair>);
  for (const [code, pair] of entries) {
    if (normalise(code) === wanted || normalise(pair.en) === wanted || normalise(pair.nb) === wanted) return code as EnumTypes[K];
  }
  // A DPO typing "Contract" or "Samtykke" means the label without its article.
  for (const [code, pair] of entries) {
    if (normalise(withoutArticle(pair.en)) === wanted || normalise(withoutArticle(pair.nb)) === wanted) return code as EnumTypes[K];
  }
  return null;
}

/** "Contract (Art. 6(1)(b))" → "Contract". */
export function withoutArticle(text: string): string {
  return text.replace(/\s*\((?:Art\.|art\.|mfl\.|ekomloven|pol\.)[^]*\)\s*$/, "").trim();
}

/** "Yes"/"No" in the language; for booleans in the PDF and spreadsheets. */
export function yesNo(value: boolean, language: ExportLanguage): string {
  return language === "nb" ? (value ? "Ja" : "Nei") : value ? "Yes" : "No";
}

/** Parses "Yes/No/Ja/Nei/true/false" (case-insensitive); null when not a boolean. */
export function booleanFromLabel(text: string): boolean | null {
  const t = normalise(text);
  if (["yes", "ja", "true", "1", "y", "j"].includes(t)) return true;
  if (["no", "nei", "false", "0", "n"].includes(t)) return false;
  return null;
}

/** What an empty field the law requires reads as (lib/export/pdf/fields.ts): printed, never silently left out. */
export function notRecorded(language: ExportLanguage): string {
  return language === "nb" ? "ikke registrert" : "not recorded";
}

const NOT_TRANSLATED: Record<ExportLanguage, string> = {
  en: "[not yet written in English]",
  nb: "[ikke skrevet på bokmål ennå]",
};

/**
 * The DPO's text in the export's language. Where it is written only in another language
 * the export says so, in its own language, rather than printing the other language's
 * text (issue 9) or "not recorded" (it is recorded); null where it is not written at all.
 */
export function textForExport(value: LocalizedText, language: ExportLanguage): string | null {
  return textIn(value, language) ?? (hasText(value) ? NOT_TRANSLATED[language] : null);
}

/** A legal reference in the export's language: the law's name in that language, or the free text as above. */
export function legalReferenceForExport(value: LegalReference, language: ExportLanguage): string | null {
  return legalReferenceIn(value, language) ?? (hasLegalReference(value) ? NOT_TRANSLATED[language] : null);
}

/** A cookie's duration in the export's language. */
export function cookieDurationForExport(value: CookieDuration, language: ExportLanguage): string | null {
  return cookieDurationIn(value, language) ?? (value.kind === "TEXT" && hasText(value.text) ? NOT_TRANSLATED[language] : null);
}
