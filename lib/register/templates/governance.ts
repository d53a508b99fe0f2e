import { keptUntil } from "./rules";
import type { ActivityTemplate } from "./types";

/** Whistleblowing, company governance and processing for customers. Sources: docs/legal-spec.md §7. */

export const whistleblowing: ActivityTemplate = {
  id: "whistleblowing",
  category: "governance",
  name: { en: "Whistleblowing", nb: "Varsling" },
  summary: {
    en: "Receiving, investigating and following up reports of wrongdoing, as the Working Environment Act chapter 2 A requires.",
    nb: "Mottak, undersøkelse og oppfølging av varsler om kritikkverdige forhold, slik arbeidsmiljøloven kapittel 2 A krever.",
  },
  noticeTitle: { en: "Whistleblowing reports", nb: "Varsling om kritikkverdige forhold" },
  role: "CONTROLLER",
  collectionSource: "THIRD_PARTY",
  source: {
    name: { en: "the person who reports the matter and the witnesses we speak to", nb: "den som varsler, og vitnene vi snakker med" },
    isPublic: false,
    art14Timing: "WITHIN_ONE_MONTH",
  },
  dataSubjects: ["whistleblowers", "reportedPersons", "employees"],
  dataCategories: ["identity", "contact", "report", "health", "criminal"],
  purposes: [
    {
      description: {
        en: "receive reports of wrongdoing, investigate them and follow them up",
        nb: "ta imot varsler om kritikkverdige forhold, undersøke dem og følge dem opp",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [
        { law: "arbeidsmiljoloven", section: "§ 2 A-3" },
        { law: "arbeidsmiljoloven", section: "§ 2 A-6" },
      ],
    },
  ],
  art9: { condition: "EMPLOYMENT_SOCIAL_SECURITY", law: [{ law: "arbeidsmiljoloven", section: "§ 2 A-3" }] },
  art10Authority: [{ law: "arbeidsmiljoloven", section: "§ 2 A-3" }],
  authorities: ["politiet"],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING", "ENCRYPTION"],
  retention: [
    keptUntil(null, {
        en: "a report that is unfounded or closed without action is deleted within two months after the case is closed; where the case led to action, the documents are kept until the time limits for legal claims have run out",
        nb: "et varsel som er grunnløst eller avsluttes uten tiltak, slettes innen to måneder etter at saken er avsluttet; har saken ført til tiltak, oppbevares dokumentene til fristene for rettskrav er ute",
      }),
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Whistleblowing channel provider or external law firm that receives reports", nb: "Leverandør av varslingskanal eller advokatfirma som tar imot varsler" } },
    { kind: "systems", examples: { en: "The whistleblowing channel", nb: "Varslingskanalen" } },
  ],
  assumptions: [
    {
      en: "The company regularly employs at least five people and therefore must have written whistleblowing routines (arbeidsmiljøloven § 2 A-6).",
      nb: "Virksomheten sysselsetter jevnlig minst fem arbeidstakere og må derfor ha skriftlige varslingsrutiner (arbeidsmiljøloven § 2 A-6).",
    },
    {
      en: "Only the people who handle the report know who the whistleblower is. The person reported on is told about the case when informing them no longer harms the investigation.",
      nb: "Bare de som behandler varselet, vet hvem varsleren er. Den det er varslet om, får vite om saken når det ikke lenger skader undersøkelsen.",
    },
    {
      en: "Health data and suspected offences are recorded only where the report is about them and only as far as the investigation needs.",
      nb: "Helseopplysninger og mistanke om straffbare forhold registreres bare når varselet gjelder dem, og bare så langt undersøkelsen krever.",
    },
  ],
};

export const boardShareholders: ActivityTemplate = {
  id: "board-shareholders",
  category: "governance",
  name: { en: "Board, general meeting and shareholder register", nb: "Styre, generalforsamling og aksjeeierbok" },
  summary: {
    en: "The shareholder register, minutes of board and general meetings, and registering the board with Brønnøysund (aksjeloven).",
    nb: "Aksjeeierboken, protokoller fra styremøter og generalforsamlinger, og registrering av styret i Brønnøysundregistrene (aksjeloven).",
  },
  noticeTitle: { en: "Shareholders and board members", nb: "Aksjeeiere og styremedlemmer" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "STATUTORY",
    consequence: {
      en: "A shareholder who is not entered in the shareholder register cannot exercise shareholder rights; a board member who is not registered cannot act for the company towards others.",
      nb: "En aksjeeier som ikke er innført i aksjeeierboken, kan ikke utøve rettigheter som aksjeeier; et styremedlem som ikke er registrert, kan ikke opptre for selskapet utad.",
    },
  },
  dataSubjects: ["shareholders", "boardMembers"],
  dataCategories: ["identity", "contact", "shareholding", "boardRole"],
  purposes: [
    {
      description: { en: "keep the company's shareholder register", nb: "føre selskapets aksjeeierbok" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [
        { law: "aksjeloven", section: "§ 4-5" },
        { law: "aksjeloven", section: "§ 4-6" },
      ],
    },
    {
      description: {
        en: "keep minutes of board meetings and general meetings",
        nb: "føre protokoll fra styremøter og generalforsamlinger",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [
        { law: "aksjeloven", section: "§ 5-16" },
        { law: "aksjeloven", section: "§ 6-29" },
      ],
    },
  ],
  authorities: ["bronnoysund", "skatteetaten"],
  securityMeasures: ["ACCESS_CONTROL", "BACKUPS"],
  retention: [
    keptUntil("shareholding", {
        en: "the shareholder register shows ownership at any time in the company's life, and is kept for 10 years after the company is dissolved",
        nb: "aksjeeierboken viser eierforholdene på ethvert tidspunkt i selskapets levetid, og oppbevares i ti år etter at selskapet er oppløst",
      }),
    keptUntil("boardRole", {
        en: "minutes of board and general meetings are kept for as long as the company exists",
        nb: "protokoller fra styremøter og generalforsamlinger oppbevares så lenge selskapet består",
      }),
    keptUntil("identity", { en: "kept with the shareholder register and the minutes they appear in", nb: "oppbevares sammen med aksjeeierboken og protokollene de står i" }),
    keptUntil("contact", {
        en: "updated when you tell us of a change, and deleted when you are no longer a shareholder or board member",
        nb: "oppdateres når du melder fra om endringer, og slettes når du ikke lenger er aksjeeier eller styremedlem",
      }),
  ],
  companyParts: [{ kind: "systems", examples: { en: "The shareholder register and the board portal", nb: "Aksjeeierboken og styreportalen" } }],
  assumptions: [
    {
      en: "The company is a private limited company (AS) that keeps its own shareholder register, not one registered with a central securities depository.",
      nb: "Selskapet er et aksjeselskap (AS) som fører egen aksjeeierbok, ikke et selskap med aksjene registrert i en verdipapirsentral.",
    },
    {
      en: "Anyone may see the shareholder register except the shareholders' digital addresses (aksjeloven § 4-6); the shareholder register statement to the Tax Administration is covered here too.",
      nb: "Alle kan se aksjeeierboken unntatt aksjeeiernes digitale adresse (aksjeloven § 4-6); aksjonærregisteroppgaven til Skatteetaten er også dekket her.",
    },
  ],
};

export const processorServices: ActivityTemplate = {
  id: "processor-services",
  category: "governance",
  name: { en: "Processing on behalf of our customers", nb: "Behandling på vegne av kundene våre" },
  summary: {
    en: "The processor record (Art. 30(2)) for a service in which customers store personal data with us.",
    nb: "Protokollen som databehandler (art. 30 nr. 2) for en tjeneste der kundene lagrer personopplysninger hos oss.",
  },
  noticeTitle: { en: "Data we process for our customers", nb: "Opplysninger vi behandler for kundene våre" },
  role: "PROCESSOR",
  collectionSource: "THIRD_PARTY",
  source: {
    name: { en: "our customers, who decide what they store in our service", nb: "kundene våre, som bestemmer hva de lagrer i tjenesten vår" },
    isPublic: false,
    art14Timing: "WITHIN_ONE_MONTH",
  },
  dataSubjects: ["customersUsers"],
  dataCategories: ["entrusted"],
  purposes: [],
  processingCategories: {
    en: "hosting, operating, backing up and supporting the service in which our customers store personal data",
    nb: "drift, sikkerhetskopiering og brukerstøtte for tjenesten der kundene våre lagrer personopplysninger",
  },
  securityMeasures: ["ACCESS_CONTROL", "LOGGING", "ENCRYPTION", "BACKUPS", "PROCESSOR_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 90,
      unit: "DAYS",
      trigger: "AFTER_END_OF_CONTRACT",
      criteria: {
        en: "at the end of the agreement we return or delete the data as the data processing agreement says (Art. 28(3)(g)); backups are overwritten within the same period",
        nb: "når avtalen avsluttes, leverer vi tilbake eller sletter opplysningene slik databehandleravtalen fastsetter (art. 28 nr. 3 bokstav g); sikkerhetskopier overskrives innen samme frist",
      },
    },
  ],
  companyParts: [
    { kind: "controllersServed" },
    { kind: "processors", examples: { en: "Our own sub-processors: hosting provider, support tools", nb: "Våre egne underdatabehandlere: driftsleverandør, verktøy for brukerstøtte" } },
    { kind: "systems", examples: { en: "The service and its hosting platform", nb: "Tjenesten og driftsplattformen" } },
  ],
  assumptions: [
    {
      en: "Each customer is the controller and has signed our data processing agreement; we process the data only on their documented instructions.",
      nb: "Hver kunde er behandlingsansvarlig og har inngått databehandleravtalen vår; vi behandler opplysningene bare etter deres dokumenterte instrukser.",
    },
    {
      en: "Sub-processors are engaged under the customers' general written authorisation, with the same obligations passed on (Art. 28(2) and (4)).",
      nb: "Underdatabehandlere brukes etter kundenes generelle skriftlige godkjenning, med de samme forpliktelsene videreført (art. 28 nr. 2 og 4).",
    },
    { en: "Ninety days for return or deletion is a common term; use the period in your own agreement.", nb: "Nitti dager for tilbakelevering eller sletting er et vanlig vilkår; bruk fristen i deres egen avtale." },
  ],
};
