import { keptUntil } from "./rules";
import type { ActivityTemplate } from "./types";

/** Marketing, the website and social media. Sources: docs/legal-spec.md §7. */

export const newsletter: ActivityTemplate = {
  id: "newsletter",
  category: "marketing",
  name: { en: "Newsletter", nb: "Nyhetsbrev" },
  summary: { en: "E-mail newsletters to people who have signed up, with consent as markedsføringsloven § 15 requires.", nb: "Nyhetsbrev på e-post til dem som har meldt seg på, med samtykke slik markedsføringsloven § 15 krever." },
  noticeTitle: { en: "Our newsletter", nb: "Nyhetsbrevet vårt" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "VOLUNTARY" },
  dataSubjects: ["subscribers"],
  dataCategories: ["contact", "marketingPrefs"],
  purposes: [
    {
      description: { en: "send you our newsletter by e-mail", nb: "sende deg nyhetsbrevet vårt på e-post" },
      lawfulBasis: "CONSENT",
      consentWithdrawal: { en: "use the unsubscribe link at the bottom of every newsletter", nb: "bruk avmeldingslenken nederst i hvert nyhetsbrev" },
    },
  ],
  marketing: { who: "OTHERS", channels: ["EMAIL"], route: "CONSENT" },
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 30,
      unit: "DAYS",
      trigger: "AFTER_WITHDRAWAL_OF_CONSENT",
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Newsletter service (e.g. Mailchimp, Make, Apsis)", nb: "Nyhetsbrevtjeneste (f.eks. Mailchimp, Make, Apsis)" } },
    { kind: "systems", examples: { en: "The newsletter service", nb: "Nyhetsbrevtjenesten" } },
  ],
  assumptions: [
    {
      en: "Sign-up uses an unticked box or a double opt-in, and the time and text of each consent are stored as proof (Art. 7(1)).",
      nb: "Påmeldingen skjer med en boks som ikke er forhåndsavkrysset, eller med dobbel bekreftelse, og tidspunkt og tekst for hvert samtykke lagres som dokumentasjon (art. 7 nr. 1).",
    },
    {
      en: "After unsubscribing, the address is kept for 30 days to finish sending in progress; keep it longer on a suppression list only if you document why.",
      nb: "Etter avmelding beholdes adressen i 30 dager for å fullføre utsendelser som er i gang; en sperreliste som beholder den lenger, må begrunnes.",
    },
  ],
};

export const customerMarketing: ActivityTemplate = {
  id: "existing-customer-marketing",
  category: "marketing",
  name: { en: "Marketing to existing customers", nb: "Markedsføring til eksisterende kunder" },
  summary: {
    en: "E-mail offers of similar products to customers who bought from us and did not opt out (markedsføringsloven § 15 third paragraph).",
    nb: "Tilbud på e-post om tilsvarende produkter til kunder som har kjøpt av oss og ikke har reservert seg (markedsføringsloven § 15 tredje ledd).",
  },
  noticeTitle: { en: "Offers to our customers", nb: "Tilbud til kundene våre" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "VOLUNTARY" },
  dataSubjects: ["customers"],
  dataCategories: ["contact", "customerHistory", "marketingPrefs"],
  purposes: [
    {
      description: { en: "send you offers on products similar to those you have bought from us", nb: "sende deg tilbud på produkter som ligner dem du har kjøpt av oss" },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: { en: "marketing our own products to our customers (GDPR Recital 47)", nb: "å markedsføre egne produkter overfor kundene våre (personvernforordningen fortalepunkt 47)" },
    },
  ],
  marketing: { who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", similarProducts: true, optOutOffered: true },
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 2,
      unit: "YEARS",
      trigger: "OTHER",
      triggerText: { en: "your last purchase", nb: "det siste kjøpet ditt" },
      criteria: { en: "or until you opt out, whichever comes first", nb: "eller til du reserverer deg, hvis det skjer før" },
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "E-mail marketing service", nb: "Tjeneste for e-postmarkedsføring" } },
    { kind: "systems", examples: { en: "The e-mail marketing service and the customer database", nb: "Tjenesten for e-postmarkedsføring og kundedatabasen" } },
  ],
  assumptions: [
    {
      en: "The address was obtained from the customer in a sale; the checkout and every e-mail offer a free and simple way to opt out; offers concern our own products similar to what the customer bought.",
      nb: "Adressen er innhentet fra kunden ved et salg; kassen og hver e-post gir en enkel og gebyrfri mulighet til å reservere seg; tilbudene gjelder egne produkter som ligner det kunden kjøpte.",
    },
    {
      en: "Two years after the last purchase the customer relationship is treated as ended and the mailings stop.",
      nb: "To år etter siste kjøp regnes kundeforholdet som avsluttet, og utsendelsene stopper.",
    },
  ],
};

export const websiteAnalytics: ActivityTemplate = {
  id: "website-analytics",
  category: "marketing",
  name: { en: "Website analytics", nb: "Nettstedsstatistikk" },
  summary: { en: "Visitor statistics with cookies, set only after consent (ekomloven § 3-15).", nb: "Besøksstatistikk med informasjonskapsler, som bare settes etter samtykke (ekomloven § 3-15)." },
  noticeTitle: { en: "Statistics about visits to our website", nb: "Statistikk over besøk på nettstedet vårt" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_OBSERVED",
  provision: { requirement: "VOLUNTARY" },
  dataSubjects: ["websiteVisitors"],
  dataCategories: ["onlineIds", "deviceData", "usage"],
  purposes: [
    {
      description: { en: "count visits and see how the website is used, so that we can improve it", nb: "telle besøk og se hvordan nettstedet brukes, slik at vi kan forbedre det" },
      lawfulBasis: "CONSENT",
      consentWithdrawal: { en: "open “Cookie settings” at the bottom of any page and withdraw it there", nb: "åpne «Innstillinger for informasjonskapsler» nederst på en hvilken som helst side og trekk det tilbake der" },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 14,
      unit: "MONTHS",
      trigger: "AFTER_COLLECTION",
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Analytics provider (e.g. Google Analytics, Matomo, Plausible)", nb: "Leverandør av statistikkverktøy (f.eks. Google Analytics, Matomo, Plausible)" } },
    { kind: "cookies" },
    { kind: "systems", examples: { en: "The analytics tool and the consent banner", nb: "Statistikkverktøyet og samtykkebanneret" } },
  ],
  assumptions: [
    {
      en: "The consent banner makes refusing as easy as accepting, and no statistics cookie is set before the visitor accepts.",
      nb: "Samtykkebanneret gjør det like enkelt å avslå som å godta, og ingen statistikkcookie settes før den besøkende har godtatt.",
    },
    {
      en: "The analytics tool keeps data for 14 months; adjust to the setting you use. A US provider needs a transfer record (e.g. the EU–US Data Privacy Framework).",
      nb: "Statistikkverktøyet oppbevarer data i 14 måneder; juster til innstillingen dere bruker. En leverandør i USA krever en registrert overføring (f.eks. EU–USA-rammeverket for personvern).",
    },
  ],
};

export const websiteOperation: ActivityTemplate = {
  id: "website-operation",
  category: "marketing",
  name: { en: "Website operation and server logs", nb: "Drift av nettstedet og serverlogger" },
  summary: { en: "Delivering the website securely: server logs and strictly necessary cookies.", nb: "Sikker levering av nettstedet: serverlogger og strengt nødvendige informasjonskapsler." },
  noticeTitle: { en: "When you visit our website", nb: "Når du besøker nettstedet vårt" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_OBSERVED",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: { en: "Your browser must send these data for the website to be shown to you.", nb: "Nettleseren din må sende disse opplysningene for at nettstedet skal kunne vises." },
  },
  dataSubjects: ["websiteVisitors"],
  dataCategories: ["onlineIds", "deviceData", "securityLog"],
  purposes: [
    {
      description: { en: "show you the website and protect it against attacks and misuse", nb: "vise deg nettstedet og beskytte det mot angrep og misbruk" },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "running a secure website and finding the cause of errors and attacks",
        nb: "å drive et sikkert nettsted og finne årsaken til feil og angrep",
      },
    },
  ],
  securityMeasures: ["LOGGING", "SOFTWARE_PROTECTION"],
  retention: [
    {
      dataCategory: null,
      duration: 90,
      unit: "DAYS",
      trigger: "AFTER_COLLECTION",
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Web host and content delivery network", nb: "Webhotell og innholdsleveransenettverk (CDN)" } },
    { kind: "cookies" },
    { kind: "systems", examples: { en: "The web server", nb: "Webserveren" } },
  ],
  assumptions: [
    {
      en: "Only strictly necessary cookies are covered here (session, load balancing, the cookie choice itself); statistics and marketing cookies belong to their own activities.",
      nb: "Her dekkes bare strengt nødvendige informasjonskapsler (økt, lastbalansering, selve cookievalget); statistikk- og markedsføringscookies hører til egne behandlinger.",
    },
    { en: "Server logs are deleted after 90 days unless they are needed to investigate an incident.", nb: "Serverlogger slettes etter 90 dager med mindre de trengs for å undersøke en hendelse." },
  ],
};

export const socialMedia: ActivityTemplate = {
  id: "social-media-pages",
  category: "marketing",
  name: { en: "Our social media pages", nb: "Sidene våre i sosiale medier" },
  summary: {
    en: "Our Facebook and Instagram pages, where we and Meta are joint controllers for page statistics (CJEU C-210/16).",
    nb: "Sidene våre på Facebook og Instagram, der vi og Meta er felles behandlingsansvarlige for sidestatistikken (EU-domstolen C-210/16).",
  },
  noticeTitle: { en: "When you follow or contact us on social media", nb: "Når du følger eller kontakter oss i sosiale medier" },
  role: "JOINT_CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "VOLUNTARY" },
  dataSubjects: ["followers"],
  dataCategories: ["socialProfile", "communication", "usage"],
  purposes: [
    {
      description: {
        en: "publish news, answer comments and messages, and see aggregated statistics about visits to our pages",
        nb: "publisere nyheter, svare på kommentarer og meldinger og se samlet statistikk over besøk på sidene våre",
      },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "being present and reachable where our customers are, and learning which content interests them",
        nb: "å være til stede og tilgjengelige der kundene våre er, og lære hvilket innhold som interesserer dem",
      },
    },
  ],
  jointControllers: [
    {
      name: "Meta Platforms Ireland Limited",
      contact: "https://www.facebook.com/privacy/policy",
      arrangementLink: "https://www.facebook.com/legal/terms/page_controller_addendum",
      essence: {
        en: "Meta is responsible for the statistics it compiles about visits to our pages (Page Insights), for answering requests about them and for the security of the platform; we decide what we publish and answer messages sent to us",
        nb: "Meta er ansvarlig for statistikken selskapet lager over besøk på sidene våre (Page Insights), for å svare på henvendelser om den og for sikkerheten på plattformen; vi bestemmer hva vi publiserer, og svarer på meldinger som sendes til oss",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: "communication",
      duration: 12,
      unit: "MONTHS",
      trigger: "AFTER_LAST_CONTACT",
    },
    keptUntil("socialProfile", {
        en: "comments stay on the page until you or we delete them; we remove comments that break the page rules",
        nb: "kommentarer blir stående på siden til du eller vi sletter dem; vi fjerner kommentarer som bryter med reglene for siden",
      }),
    keptUntil("usage", {
        en: "we see only aggregated statistics; how long Meta keeps the underlying data is described in Meta's privacy policy",
        nb: "vi ser bare samlet statistikk; hvor lenge Meta oppbevarer de underliggende dataene, står i Metas personvernerklæring",
      }),
  ],
  companyParts: [{ kind: "systems", examples: { en: "The Facebook and Instagram pages and any scheduling tool", nb: "Facebook- og Instagram-sidene og eventuelt publiseringsverktøy" } }],
  assumptions: [
    {
      en: "The pages are on Facebook and Instagram. For a LinkedIn page, add LinkedIn Ireland as a further joint controller with its Page Insights Joint Controller Addendum.",
      nb: "Sidene ligger på Facebook og Instagram. Har dere en LinkedIn-side, legg til LinkedIn Ireland som felles behandlingsansvarlig med deres tillegg om felles behandlingsansvar for sidestatistikk.",
    },
    {
      en: "We do not use Meta's advertising tools or the Meta pixel here; those need consent and an activity of their own.",
      nb: "Vi bruker ikke Metas annonseverktøy eller Meta-pikselen her; det krever samtykke og en egen behandling.",
    },
  ],
};
