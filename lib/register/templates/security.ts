import { keptUntil } from "./rules";
import type { ActivityTemplate } from "./types";

/** Premises and IT security, and health and safety. Sources: docs/legal-spec.md §7. */

export const cctv: ActivityTemplate = {
  id: "cctv",
  category: "security",
  name: { en: "Camera surveillance", nb: "Kameraovervåking" },
  summary: {
    en: "Cameras at entrances and premises to prevent and solve burglary and vandalism; recordings deleted after seven days.",
    nb: "Kameraer ved innganger og i lokaler for å forebygge og oppklare innbrudd og hærverk; opptak slettes etter sju dager.",
  },
  noticeTitle: { en: "Camera surveillance at our premises", nb: "Kameraovervåking i lokalene våre" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_OBSERVED",
  provision: {
    requirement: "VOLUNTARY",
    consequence: { en: "Signs show where cameras record; you cannot enter those areas without being recorded.", nb: "Skilt viser hvor kameraene tar opp; du kan ikke gå inn i disse områdene uten å bli tatt opp." },
  },
  dataSubjects: ["employees", "premisesVisitors", "customers"],
  dataCategories: ["images"],
  purposes: [
    {
      description: {
        en: "prevent burglary, theft and vandalism at our premises, and help solve them when they happen",
        nb: "forebygge innbrudd, tyveri og hærverk i lokalene våre, og bidra til å oppklare det når det skjer",
      },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "protecting people and property at our premises, where less intrusive measures have not been enough",
        nb: "å beskytte mennesker og verdier i lokalene våre, der mindre inngripende tiltak ikke har vært nok",
      },
    },
  ],
  authorities: ["politiet"],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING"],
  retention: [
    {
      dataCategory: null,
      duration: 7,
      unit: "DAYS",
      trigger: "AFTER_COLLECTION",
      law: { law: "kameraforskriften" },
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Security company that operates the cameras", nb: "Vaktselskapet som drifter kameraene" } },
    { kind: "systems", examples: { en: "The camera system and its recorder", nb: "Kamerasystemet og opptakeren" } },
  ],
  assumptions: [
    {
      en: "Cameras cover entrances, storage and cash areas, not break rooms, changing rooms or workstations; employees and their representatives were consulted first (arbeidsmiljøloven § 9-2).",
      nb: "Kameraene dekker innganger, lager og kasseområder, ikke pauserom, garderober eller arbeidsplasser; de ansatte og tillitsvalgte ble tatt med på råd på forhånd (arbeidsmiljøloven § 9-2).",
    },
    {
      en: "Recordings are deleted after seven days. A recording of an incident that will likely be handed to the police is kept until it is handed over.",
      nb: "Opptak slettes etter sju dager. Et opptak av en hendelse som sannsynligvis vil bli utlevert til politiet, oppbevares til det er utlevert.",
    },
    { en: "No sound is recorded, and signs at each monitored area name the company and how to contact it.", nb: "Det tas ikke opp lyd, og skilt ved hvert overvåket område oppgir virksomheten og hvordan den kan kontaktes." },
  ],
};

export const accessControl: ActivityTemplate = {
  id: "access-control",
  category: "security",
  name: { en: "Access control and key cards", nb: "Adgangskontroll og nøkkelkort" },
  summary: { en: "Key cards and the log of which doors were opened, to keep unauthorised people out.", nb: "Nøkkelkort og loggen over hvilke dører som ble åpnet, for å holde uvedkommende ute." },
  noticeTitle: { en: "Key cards and access to our premises", nb: "Nøkkelkort og adgang til lokalene våre" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_OBSERVED",
  provision: { requirement: "CONTRACTUAL", consequence: { en: "Without a key card you cannot enter the premises on your own.", nb: "Uten nøkkelkort kommer du ikke inn i lokalene på egen hånd." } },
  dataSubjects: ["employees", "hiredWorkers"],
  dataCategories: ["identity", "accessLog"],
  purposes: [
    {
      description: { en: "give you access to the premises you need and keep unauthorised people out", nb: "gi deg tilgang til lokalene du trenger, og holde uvedkommende ute" },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "protecting our premises, equipment and information, and finding out what happened after an incident",
        nb: "å beskytte lokalene, utstyret og informasjonen vår, og finne ut hva som skjedde etter en hendelse",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING"],
  retention: [
    { dataCategory: "accessLog", duration: 3, unit: "MONTHS", trigger: "AFTER_COLLECTION" },
    keptUntil("identity", { en: "deleted when the card is returned at the end of the employment or assignment", nb: "slettes når kortet leveres tilbake ved slutten av arbeidsforholdet eller oppdraget" }),
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Supplier of the access control system, building owner", nb: "Leverandør av adgangskontrollsystemet, gårdeier" } },
    { kind: "systems", examples: { en: "The access control system", nb: "Adgangskontrollsystemet" } },
  ],
  assumptions: [
    {
      en: "The entry log is used to investigate incidents only, never to check employees' working hours; such use would be a control measure under arbeidsmiljøloven chapter 9.",
      nb: "Adgangsloggen brukes bare til å undersøke hendelser, aldri til å kontrollere de ansattes arbeidstid; slik bruk ville vært et kontrolltiltak etter arbeidsmiljøloven kapittel 9.",
    },
    { en: "Logs are deleted after three months; adjust to the shortest period that still lets you investigate incidents.", nb: "Logger slettes etter tre måneder; juster til den korteste perioden som fortsatt lar dere undersøke hendelser." },
  ],
};

export const itSecurity: ActivityTemplate = {
  id: "it-security",
  category: "security",
  name: { en: "IT operations, logging and information security", nb: "IT-drift, logging og informasjonssikkerhet" },
  summary: { en: "User accounts, security logs and incident handling in our IT systems (Art. 32).", nb: "Brukerkontoer, sikkerhetslogger og hendelseshåndtering i IT-systemene våre (art. 32)." },
  noticeTitle: { en: "User accounts and security logging", nb: "Brukerkontoer og sikkerhetslogging" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_OBSERVED",
  provision: { requirement: "CONTRACTUAL", consequence: { en: "Without a user account you cannot use our IT systems.", nb: "Uten brukerkonto kan du ikke bruke IT-systemene våre." } },
  dataSubjects: ["employees", "hiredWorkers"],
  dataCategories: ["identity", "securityLog", "onlineIds"],
  purposes: [
    {
      description: {
        en: "give you a user account, keep our systems secure and investigate security incidents",
        nb: "gi deg brukerkonto, holde systemene våre sikre og undersøke sikkerhetshendelser",
      },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "protecting our systems and the personal data in them, as GDPR Art. 32 requires us to",
        nb: "å beskytte systemene våre og personopplysningene i dem, slik personvernforordningen art. 32 krever",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING", "SOFTWARE_PROTECTION", "BACKUPS"],
  retention: [
    { dataCategory: "securityLog", duration: 6, unit: "MONTHS", trigger: "AFTER_COLLECTION" },
    { dataCategory: "onlineIds", duration: 6, unit: "MONTHS", trigger: "AFTER_COLLECTION" },
    {
      dataCategory: "identity",
      duration: 3,
      unit: "MONTHS",
      trigger: "AFTER_END_OF_CONTRACT",
      criteria: { en: "the user account is closed on your last working day", nb: "brukerkontoen stenges siste arbeidsdag" },
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "IT operations provider, cloud and security services", nb: "IT-driftsleverandør, sky- og sikkerhetstjenester" } },
    { kind: "systems", examples: { en: "Identity management, e-mail, log collection", nb: "Identitetsstyring, e-post, logginnsamling" } },
  ],
  assumptions: [
    {
      en: "Logs are read only to detect and investigate security incidents. Looking into an employee's mailbox or files follows the e-mail regulation (see the template for employees who leave).",
      nb: "Logger leses bare for å oppdage og undersøke sikkerhetshendelser. Innsyn i en ansatts e-postkasse eller filer følger e-postforskriften (se malen om ansatte som slutter).",
    },
    { en: "Security logs are kept for six months; adjust to what your incident handling needs.", nb: "Sikkerhetslogger oppbevares i seks måneder; juster til det hendelseshåndteringen deres trenger." },
  ],
};

export const visitorRegistration: ActivityTemplate = {
  id: "visitor-registration",
  category: "security",
  name: { en: "Visitor registration", nb: "Besøksregistrering" },
  summary: { en: "Registering visitors at reception: who is in the building and whom they visit.", nb: "Registrering av besøkende i resepsjonen: hvem som er i bygget og hvem de besøker." },
  noticeTitle: { en: "When you visit our premises", nb: "Når du besøker lokalene våre" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "CONTRACTUAL", consequence: { en: "Visitors who do not register cannot be let into the premises.", nb: "Besøkende som ikke registrerer seg, slipper ikke inn i lokalene." } },
  dataSubjects: ["premisesVisitors"],
  dataCategories: ["identity", "visitorLog"],
  purposes: [
    {
      description: {
        en: "know who is in the building, for security and in case of evacuation, and tell your host that you have arrived",
        nb: "vite hvem som er i bygget, av sikkerhetshensyn og ved evakuering, og gi verten din beskjed om at du er kommet",
      },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "security at our premises and knowing who must be accounted for in an evacuation",
        nb: "sikkerheten i lokalene våre og å vite hvem som må gjøres rede for ved en evakuering",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [{ dataCategory: null, duration: 30, unit: "DAYS", trigger: "OTHER", triggerText: { en: "your visit", nb: "besøket" } }],
  companyParts: [
    { kind: "processors", examples: { en: "Visitor registration system provider", nb: "Leverandør av besøksregistreringssystem" } },
    { kind: "systems", examples: { en: "The visitor registration screen or book", nb: "Besøksregistreringen i resepsjonen" } },
  ],
  assumptions: [
    { en: "The visitor log is not visible to other visitors, and entries are deleted 30 days after the visit.", nb: "Besøksloggen er ikke synlig for andre besøkende, og registreringene slettes 30 dager etter besøket." },
  ],
};

export const hseIncidents: ActivityTemplate = {
  id: "hse-incidents",
  category: "hr",
  name: { en: "Health and safety: injury register and incident reports", nb: "HMS: skaderegister og avviksmeldinger" },
  summary: {
    en: "Registering injuries and work-related illness, notifying serious accidents, and the occupational injury report to NAV.",
    nb: "Registrering av personskader og arbeidsrelatert sykdom, varsling av alvorlige ulykker og melding om yrkesskade til NAV.",
  },
  noticeTitle: { en: "Injuries and incidents at work", nb: "Skader og hendelser på jobb" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "STATUTORY",
    consequence: {
      en: "Injuries at work must be registered; without the details we cannot report an occupational injury, which may affect your rights.",
      nb: "Personskader i arbeidet skal registreres; uten opplysningene kan vi ikke melde yrkesskade, og det kan påvirke rettighetene dine.",
    },
  },
  dataSubjects: ["employees", "hiredWorkers"],
  dataCategories: ["identity", "injuries"],
  purposes: [
    {
      description: {
        en: "register injuries and work-related illness so that we can prevent them",
        nb: "registrere personskader og arbeidsrelatert sykdom slik at vi kan forebygge dem",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "arbeidsmiljoloven", section: "§ 5-1" }],
    },
    {
      description: {
        en: "notify the Labour Inspection Authority and the police when someone is killed or seriously injured at work",
        nb: "varsle Arbeidstilsynet og politiet når noen omkommer eller blir alvorlig skadet på jobb",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "arbeidsmiljoloven", section: "§ 5-2" }],
    },
  ],
  art9: {
    condition: "EMPLOYMENT_SOCIAL_SECURITY",
    law: [
      { law: "arbeidsmiljoloven", section: "§ 5-1" },
      { law: "arbeidsmiljoloven", section: "§ 5-2" },
    ],
  },
  authorities: ["arbeidstilsynet", "politiet", "nav"],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    keptUntil(null, {
        en: "the injury register is kept while it helps prevent new injuries, and at most 10 years after the injury, because occupational injury claims can be made long after the event; after that only anonymous statistics remain",
        nb: "skaderegisteret oppbevares så lenge det bidrar til å forebygge nye skader, og høyst ti år etter skaden, fordi krav om yrkesskadeerstatning kan komme lenge etter hendelsen; deretter finnes bare anonym statistikk",
      }),
  ],
  companyParts: [
    { kind: "recipients", examples: { en: "Occupational injury insurer, occupational health service", nb: "Yrkesskadeforsikringsselskap, bedriftshelsetjeneste" } },
    { kind: "systems", examples: { en: "The incident reporting (HMS) system", nb: "Avvikssystemet (HMS-systemet)" } },
  ],
  assumptions: [
    {
      en: "The register describes the injury and how it happened but holds no medical details unless the employee consents (arbeidsmiljøloven § 5-1 second paragraph).",
      nb: "Registeret beskriver skaden og hvordan den skjedde, men inneholder ikke medisinske opplysninger med mindre den ansatte samtykker (arbeidsmiljøloven § 5-1 annet ledd).",
    },
    {
      en: "The register is available to the Labour Inspection Authority, the safety representative, the occupational health service and the working environment committee.",
      nb: "Registeret er tilgjengelig for Arbeidstilsynet, verneombudet, bedriftshelsetjenesten og arbeidsmiljøutvalget.",
    },
    {
      en: "Ten years is our choice, not a statutory period; set your own with the occupational injury insurer.",
      nb: "Ti år er vårt valg, ikke en lovfastsatt frist; fastsett deres egen sammen med yrkesskadeforsikringsselskapet.",
    },
  ],
};
