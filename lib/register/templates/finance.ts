import { bookkeeping } from "./rules";
import type { ActivityTemplate } from "./types";

/** Accounting, invoicing, collection and anti-money-laundering checks. Sources: docs/legal-spec.md §7. */

export const accounting: ActivityTemplate = {
  id: "accounting",
  category: "finance",
  name: { en: "Accounting and invoicing", nb: "Regnskap og fakturering" },
  summary: {
    en: "Invoices, payments and the accounting records the Bookkeeping Act requires, kept 5 years (primary) or 3.5 years (secondary documentation).",
    nb: "Fakturaer, innbetalinger og regnskapsmaterialet bokføringsloven krever, oppbevart i fem år (primærdokumentasjon) eller tre og et halvt år (sekundærdokumentasjon).",
  },
  noticeTitle: { en: "Invoicing and accounting", nb: "Fakturering og regnskap" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: { en: "Without your name and invoice address we cannot invoice you or deliver on credit.", nb: "Uten navn og fakturaadresse kan vi ikke fakturere deg eller levere på kreditt." },
  },
  dataSubjects: ["customers", "customerContacts", "businessContacts"],
  dataCategories: ["identity", "contact", "payment", "contracts"],
  purposes: [
    {
      description: { en: "invoice you and register your payments", nb: "fakturere deg og registrere betalingene dine" },
      lawfulBasis: "CONTRACT",
    },
    {
      description: { en: "keep the accounting records the law requires", nb: "oppbevare regnskapsmaterialet loven krever" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "bokforingsloven", section: "§ 13" }],
    },
  ],
  securityMeasures: ["ACCESS_CONTROL", "BACKUPS"],
  retention: [
    bookkeeping("payment"),
    bookkeeping("identity"),
    bookkeeping("contact"),
    {
      // Secondary documentation (contracts, order confirmations): 3 years 6 months (Altinn); RT-003 reads the criteria.
      dataCategory: "contracts",
      duration: 42,
      unit: "MONTHS",
      trigger: "AFTER_END_OF_ACCOUNTING_YEAR",
      criteria: {
        en: "contracts and order confirmations are secondary documentation, kept for 3 years and 6 months; where an invoice refers to them, they are kept as long as the invoice",
        nb: "avtaler og ordrebekreftelser er sekundærdokumentasjon og oppbevares i tre år og seks måneder; viser en faktura til dem, oppbevares de like lenge som fakturaen",
      },
      law: { law: "bokforingsloven", section: "§ 13" },
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Accounting system provider, external accountant", nb: "Leverandør av regnskapssystem, regnskapsfører" } },
    { kind: "recipients", examples: { en: "Auditor, bank, factoring company", nb: "Revisor, bank, factoringselskap" } },
    { kind: "systems", examples: { en: "The accounting and invoicing system", nb: "Regnskaps- og faktureringssystemet" } },
  ],
  assumptions: [
    {
      en: "Invoices, vouchers and account specifications are primary documentation (5 years); contracts and order confirmations are secondary documentation (3 years 6 months), unless an invoice refers to them, which makes them primary.",
      nb: "Fakturaer, bilag og kontospesifikasjoner er primærdokumentasjon (fem år); avtaler og ordrebekreftelser er sekundærdokumentasjon (tre år og seks måneder), med mindre en faktura viser til dem, for da er de primærdokumentasjon.",
    },
    {
      en: "The company is not in a sector with longer periods (building and construction 10 years, petroleum 15 years).",
      nb: "Virksomheten er ikke i en bransje med lengre frister (bygg og anlegg ti år, petroleum 15 år).",
    },
  ],
};

export const debtCollection: ActivityTemplate = {
  id: "debt-collection",
  category: "finance",
  name: { en: "Reminders and debt collection", nb: "Purring og inkasso" },
  summary: { en: "Following up unpaid invoices, and handing claims to a debt collection agency.", nb: "Oppfølging av ubetalte fakturaer, og overlevering av krav til inkassobyrå." },
  noticeTitle: { en: "If an invoice is not paid", nb: "Hvis en faktura ikke blir betalt" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: { en: "The details come from your order and the invoice; without them we cannot follow up the payment.", nb: "Opplysningene kommer fra bestillingen og fakturaen; uten dem kan vi ikke følge opp betalingen." },
  },
  dataSubjects: ["customers"],
  dataCategories: ["identity", "contact", "payment"],
  purposes: [
    {
      description: { en: "send reminders and collect unpaid invoices, if need be through a debt collection agency", nb: "sende purringer og kreve inn ubetalte fakturaer, om nødvendig gjennom et inkassobyrå" },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: { en: "getting paid for what we have delivered", nb: "å få betalt for det vi har levert" },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 3,
      unit: "YEARS",
      trigger: "AFTER_CASE_CLOSED",
      criteria: {
        en: "a closed claim is kept for three years, the general limitation period (foreldelsesloven § 2); the invoices themselves follow the accounting rules",
        nb: "et avsluttet krav oppbevares i tre år, som er den alminnelige foreldelsesfristen (foreldelsesloven § 2); selve fakturaene følger regnskapsreglene",
      },
    },
  ],
  companyParts: [
    { kind: "recipients", examples: { en: "Debt collection agency", nb: "Inkassobyrå" } },
    { kind: "systems", examples: { en: "The invoicing system", nb: "Faktureringssystemet" } },
  ],
  assumptions: [
    {
      en: "The debt collection agency is registered as a recipient; whether it is a processor or a controller depends on your agreement with it (most Norwegian agencies act as controllers for the collection).",
      nb: "Inkassobyrået registreres som mottaker; om det er databehandler eller behandlingsansvarlig, avhenger av avtalen med det (de fleste norske byråer er behandlingsansvarlige for innkrevingen).",
    },
  ],
};

export const antiMoneyLaundering: ActivityTemplate = {
  id: "anti-money-laundering",
  category: "finance",
  name: { en: "Customer due diligence (anti-money laundering)", nb: "Kundetiltak etter hvitvaskingsloven" },
  summary: {
    en: "For reporting entities such as accountants, auditors, lawyers and estate agents: identity checks, beneficial owners, monitoring and reports to Økokrim.",
    nb: "For rapporteringspliktige som regnskapsførere, revisorer, advokater og eiendomsmeglere: legitimasjonskontroll, reelle rettighetshavere, løpende oppfølging og rapporter til Økokrim.",
  },
  noticeTitle: { en: "Identity checks and anti-money-laundering measures", nb: "Legitimasjonskontroll og tiltak mot hvitvasking" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "STATUTORY",
    consequence: {
      en: "If we cannot carry out the checks the law requires, we may not establish the customer relationship or carry out the transaction.",
      nb: "Kan vi ikke gjennomføre kontrollene loven krever, kan vi ikke etablere kundeforholdet eller gjennomføre transaksjonen.",
    },
  },
  dataSubjects: ["customers", "beneficialOwners"],
  dataCategories: ["identity", "contact", "nationalId", "dueDiligence", "criminal"],
  purposes: [
    {
      description: {
        en: "verify your identity and that of the company's beneficial owners, and follow the customer relationship up",
        nb: "bekrefte identiteten din og identiteten til selskapets reelle rettighetshavere, og følge opp kundeforholdet",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "hvitvaskingsloven", section: "§ 12" }],
    },
    {
      description: {
        en: "investigate transactions that may be linked to money laundering, and report them to Økokrim where the suspicion is not dispelled",
        nb: "undersøke transaksjoner som kan ha tilknytning til hvitvasking, og rapportere dem til Økokrim når mistanken ikke blir avkreftet",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [
        { law: "hvitvaskingsloven", section: "§ 25" },
        { law: "hvitvaskingsloven", section: "§ 26" },
      ],
    },
  ],
  art10Authority: [
    { law: "hvitvaskingsloven", section: "§ 25" },
    { law: "hvitvaskingsloven", section: "§ 26" },
  ],
  nationalIdJustification: {
    en: "the Anti-Money Laundering Act requires us to verify your identity securely, and the national identity number is how identity documents and registers identify you",
    nb: "hvitvaskingsloven krever at vi bekrefter identiteten din sikkert, og fødselsnummeret er det legitimasjon og registre identifiserer deg med",
  },
  authorities: ["okokrim"],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING", "ENCRYPTION"],
  retention: [
    {
      dataCategory: null,
      duration: 5,
      unit: "YEARS",
      trigger: "AFTER_END_OF_CONTRACT",
      law: { law: "hvitvaskingsloven", section: "§ 30" },
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Provider of identity checks and PEP/sanctions screening", nb: "Leverandør av legitimasjonskontroll og PEP- og sanksjonssøk" } },
    { kind: "systems", examples: { en: "The customer due diligence system", nb: "Systemet for kundekontroll" } },
  ],
  assumptions: [
    { en: "The company is a reporting entity under the Anti-Money Laundering Act. If it is not, do not add this template.", nb: "Virksomheten er rapporteringspliktig etter hvitvaskingsloven. Er den ikke det, skal denne malen ikke legges til." },
    {
      en: "Data about the beneficial owners of business customers come from the customer and from public registers; the notice to them is given through the customer.",
      nb: "Opplysninger om reelle rettighetshavere hos bedriftskunder kommer fra kunden og fra offentlige registre; informasjonen til dem gis gjennom kunden.",
    },
    {
      en: "The duty of confidentiality about investigations and reports (hvitvaskingsloven § 28) limits what the customer is told; the right of access is restricted accordingly.",
      nb: "Taushetsplikten om undersøkelser og rapporter (hvitvaskingsloven § 28) begrenser hva kunden får vite; innsynsretten er begrenset tilsvarende.",
    },
  ],
};
