import { bookkeeping } from "./rules";
import type { ActivityTemplate } from "./types";

/** Customers, business contacts, events and surveys. Sources: docs/legal-spec.md §7. */

export const customerService: ActivityTemplate = {
  id: "customer-service",
  category: "customers",
  name: { en: "Customer service and enquiries", nb: "Kundeservice og henvendelser" },
  summary: { en: "Answering questions by e-mail, phone, chat and contact forms, and documenting the answers.", nb: "Svar på spørsmål på e-post, telefon, chat og kontaktskjema, og dokumentasjon av svarene." },
  noticeTitle: { en: "When you contact us", nb: "Når du kontakter oss" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "VOLUNTARY", consequence: { en: "Without a way to reach you we cannot answer your enquiry.", nb: "Uten en måte å nå deg på kan vi ikke svare på henvendelsen din." } },
  dataSubjects: ["customers", "enquirers"],
  dataCategories: ["identity", "contact", "communication", "customerHistory"],
  purposes: [
    {
      description: { en: "answer your questions and handle your requests", nb: "svare på spørsmålene dine og behandle henvendelsene dine" },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "answering the people who contact us, and documenting what we answered in case the matter comes up again",
        nb: "å svare dem som kontakter oss, og dokumentere hva vi svarte i tilfelle saken kommer opp igjen",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 12,
      unit: "MONTHS",
      trigger: "AFTER_CASE_CLOSED",
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Helpdesk, chat or telephony provider", nb: "Leverandør av kundeservicesystem, chat eller telefoni" } },
    { kind: "systems", examples: { en: "The customer service system and the shared mailbox", nb: "Kundeservicesystemet og den felles e-postkassen" } },
  ],
  assumptions: [
    {
      en: "Enquiries are deleted 12 months after they are closed; enquiries that concern a purchase follow the purchase's retention instead.",
      nb: "Henvendelser slettes 12 måneder etter at de er avsluttet; henvendelser som gjelder et kjøp, følger lagringstiden for kjøpet.",
    },
    { en: "No special categories are asked for; if people tell us about their health, it is deleted as soon as the enquiry is answered.", nb: "Vi ber ikke om særlige kategorier; forteller noen om helsen sin, slettes det så snart henvendelsen er besvart." },
  ],
};

export const webshop: ActivityTemplate = {
  id: "webshop-orders",
  category: "customers",
  name: { en: "Webshop orders", nb: "Nettbutikk: bestilling og levering" },
  summary: {
    en: "Orders, payment, delivery, returns and complaints, with order data kept for the consumer's complaint periods of 2 and 5 years.",
    nb: "Bestilling, betaling, levering, retur og reklamasjon, med ordreopplysninger oppbevart gjennom reklamasjonsfristene på to og fem år.",
  },
  noticeTitle: { en: "When you shop with us", nb: "Når du handler hos oss" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: { en: "Without your name, address and payment we cannot deliver your order.", nb: "Uten navn, adresse og betaling kan vi ikke levere bestillingen din." },
  },
  dataSubjects: ["customers"],
  dataCategories: ["identity", "contact", "orders", "payment"],
  purposes: [
    {
      description: { en: "process, deliver and invoice your order, and handle returns", nb: "behandle, levere og fakturere bestillingen din, og håndtere returer" },
      lawfulBasis: "CONTRACT",
    },
    {
      description: { en: "handle complaints about faults in what you bought", nb: "behandle reklamasjoner på feil ved det du har kjøpt" },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "being able to check what you bought and when, so that we can meet your rights during the complaint periods of the Consumer Purchases Act",
        nb: "å kunne se hva du kjøpte og når, slik at vi kan oppfylle rettighetene dine gjennom reklamasjonsfristene i forbrukerkjøpsloven",
      },
    },
    {
      description: { en: "keep receipts and invoices as accounting records", nb: "oppbevare kvitteringer og fakturaer som regnskapsmateriale" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "bokforingsloven", section: "§ 13" }],
    },
  ],
  securityMeasures: ["ACCESS_CONTROL", "ENCRYPTION"],
  retention: [
    {
      dataCategory: "orders",
      duration: 5,
      unit: "YEARS",
      trigger: "OTHER",
      triggerText: { en: "the goods were delivered to you", nb: "at varen ble levert til deg" },
      law: { law: "forbrukerkjopsloven", section: "§ 27" },
    },
    bookkeeping("payment"),
    bookkeeping("identity"),
    { dataCategory: "contact", duration: 5, unit: "YEARS", trigger: "OTHER", triggerText: { en: "the goods were delivered to you", nb: "at varen ble levert til deg" } },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Webshop platform, payment provider, warehouse", nb: "Nettbutikkplattform, betalingsleverandør, lager" } },
    { kind: "recipients", examples: { en: "Carrier (Posten, Helthjem, …)", nb: "Transportør (Posten, Helthjem, …)" } },
    { kind: "systems", examples: { en: "The webshop platform", nb: "Nettbutikkplattformen" } },
  ],
  assumptions: [
    {
      en: "The shop sells to consumers. Goods meant to last substantially longer than two years give a five-year complaint period (forbrukerkjøpsloven § 27), so order data are kept five years after delivery; a shop selling only short-lived goods can shorten this to two years.",
      nb: "Butikken selger til forbrukere. Varer som er ment å vare vesentlig lenger enn to år, har fem års reklamasjonsfrist (forbrukerkjøpsloven § 27), så ordreopplysninger oppbevares fem år etter levering; en butikk som bare selger varer med kort levetid, kan korte dette ned til to år.",
    },
    { en: "Card details are handled by the payment provider; the shop keeps only a payment reference.", nb: "Kortopplysninger håndteres av betalingsleverandøren; butikken lagrer bare en betalingsreferanse." },
    {
      en: "Customer accounts, marketing and website statistics are separate activities with their own templates.",
      nb: "Kundekonto, markedsføring og nettstatistikk er egne behandlinger med egne maler.",
    },
  ],
};

export const businessContacts: ActivityTemplate = {
  id: "business-contacts",
  category: "customers",
  name: { en: "Business customers and suppliers", nb: "Bedriftskunder og leverandører" },
  summary: { en: "Contact persons at business customers, suppliers and partners in the CRM.", nb: "Kontaktpersoner hos bedriftskunder, leverandører og samarbeidspartnere i kunderegisteret." },
  noticeTitle: { en: "Contact persons at our customers and suppliers", nb: "Kontaktpersoner hos kunder og leverandører" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "VOLUNTARY", consequence: { en: "Without a contact person we cannot follow up the agreement with your employer.", nb: "Uten en kontaktperson kan vi ikke følge opp avtalen med arbeidsgiveren din." } },
  dataSubjects: ["customerContacts", "businessContacts"],
  dataCategories: ["identity", "contact", "professional", "communication"],
  purposes: [
    {
      description: {
        en: "keep in touch with you about the agreements between your employer and us, and follow up offers, orders and deliveries",
        nb: "holde kontakten med deg om avtalene mellom arbeidsgiveren din og oss, og følge opp tilbud, bestillinger og leveranser",
      },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "running the customer and supplier relationships with the businesses you work for",
        nb: "å ivareta kunde- og leverandørforholdet til virksomheten du arbeider for",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 2,
      unit: "YEARS",
      trigger: "AFTER_LAST_CONTACT",
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "CRM provider", nb: "Leverandør av CRM-system" } },
    { kind: "systems", examples: { en: "The CRM system", nb: "CRM-systemet" } },
  ],
  assumptions: [
    {
      en: "Contact details come from the person or from their employer; a person who no longer is our contact is deleted no later than two years after the last contact.",
      nb: "Kontaktinformasjonen kommer fra personen selv eller fra arbeidsgiveren; den som ikke lenger er kontaktperson, slettes senest to år etter siste kontakt.",
    },
    {
      en: "Marketing e-mails to business contacts are a separate activity (markedsføringsloven § 15 also covers e-mail to a named person at work).",
      nb: "Markedsføring på e-post til kontaktpersoner er en egen behandling (markedsføringsloven § 15 gjelder også e-post til en navngitt person på jobb).",
    },
  ],
};

export const events: ActivityTemplate = {
  id: "events",
  category: "customers",
  name: { en: "Events and courses", nb: "Arrangementer og kurs" },
  summary: { en: "Registration, participant lists and dietary requirements for events we organise.", nb: "Påmelding, deltakerlister og matbehov for arrangementer vi holder." },
  noticeTitle: { en: "When you sign up for our events", nb: "Når du melder deg på arrangementene våre" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: { en: "Without your name and contact details we cannot register you. Telling us about allergies is voluntary.", nb: "Uten navn og kontaktinformasjon kan vi ikke registrere påmeldingen. Det er frivillig å fortelle oss om allergier." },
  },
  dataSubjects: ["participants"],
  dataCategories: ["identity", "contact", "participation", "allergies"],
  purposes: [
    {
      description: { en: "register you, send you practical information and run the event", nb: "registrere påmeldingen, sende deg praktisk informasjon og gjennomføre arrangementet" },
      lawfulBasis: "CONTRACT",
    },
    {
      description: { en: "serve food that takes your allergies into account", nb: "servere mat som tar hensyn til allergiene dine" },
      lawfulBasis: "CONSENT",
      consentWithdrawal: { en: "tell us by e-mail before the event, and we delete what you told us", nb: "gi oss beskjed på e-post før arrangementet, så sletter vi det du har fortalt" },
    },
  ],
  art9: { condition: "EXPLICIT_CONSENT" },
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    { dataCategory: "allergies", duration: 2, unit: "WEEKS", trigger: "OTHER", triggerText: { en: "the event", nb: "arrangementet" } },
    { dataCategory: "participation", duration: 3, unit: "MONTHS", trigger: "OTHER", triggerText: { en: "the event", nb: "arrangementet" } },
    { dataCategory: "identity", duration: 3, unit: "MONTHS", trigger: "OTHER", triggerText: { en: "the event", nb: "arrangementet" } },
    { dataCategory: "contact", duration: 3, unit: "MONTHS", trigger: "OTHER", triggerText: { en: "the event", nb: "arrangementet" } },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Event registration service", nb: "Påmeldingstjeneste" } },
    { kind: "recipients", examples: { en: "Venue or caterer (allergies only)", nb: "Arrangørsted eller cateringleverandør (bare allergier)" } },
    { kind: "systems", examples: { en: "The registration form", nb: "Påmeldingsskjemaet" } },
  ],
  assumptions: [
    {
      en: "Allergies are health data (Art. 9) and are collected only with explicit consent in the registration form; the caterer receives them without the participant's name where that is enough.",
      nb: "Allergier er helseopplysninger (art. 9) og samles bare inn med uttrykkelig samtykke i påmeldingsskjemaet; cateringleverandøren får dem uten navn der det holder.",
    },
    { en: "Photos at events are not covered; add a purpose for them if you publish photos.", nb: "Fotografering på arrangementer er ikke dekket; legg til et formål for det hvis dere publiserer bilder." },
  ],
};

export const surveys: ActivityTemplate = {
  id: "surveys",
  category: "customers",
  name: { en: "Customer surveys", nb: "Kundeundersøkelser" },
  summary: { en: "Asking customers what they think of our products and services.", nb: "Spørre kunder hva de synes om produktene og tjenestene våre." },
  noticeTitle: { en: "When you answer our surveys", nb: "Når du svarer på undersøkelsene våre" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "VOLUNTARY" },
  dataSubjects: ["customers", "respondents"],
  dataCategories: ["contact", "surveyAnswers"],
  purposes: [
    {
      description: { en: "ask you what you think of our products and services, and improve them", nb: "spørre deg hva du synes om produktene og tjenestene våre, og forbedre dem" },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "learning from our customers how to improve what we offer",
        nb: "å lære av kundene hvordan vi kan gjøre tilbudet vårt bedre",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 12,
      unit: "MONTHS",
      trigger: "OTHER",
      triggerText: { en: "the survey closes", nb: "at undersøkelsen er avsluttet" },
      criteria: { en: "after that we keep only totals that do not identify anyone", nb: "etter det beholder vi bare sammenstillinger som ikke identifiserer noen" },
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Survey tool provider", nb: "Leverandør av spørreverktøy" } },
    { kind: "systems", examples: { en: "The survey tool", nb: "Spørreverktøyet" } },
  ],
  assumptions: [
    {
      en: "Surveys go to existing customers, answering is voluntary, and the invitation contains no marketing; a survey that also markets is e-mail marketing under markedsføringsloven § 15.",
      nb: "Undersøkelsene sendes til eksisterende kunder, det er frivillig å svare, og invitasjonen inneholder ikke markedsføring; en undersøkelse som også markedsfører, er e-postmarkedsføring etter markedsføringsloven § 15.",
    },
    { en: "Results are analysed as totals; answers are not used to assess individual customers.", nb: "Resultatene analyseres samlet; svarene brukes ikke til å vurdere enkeltkunder." },
  ],
};
