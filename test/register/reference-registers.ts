/**
 * The registers behind the two reference notices (shared/reference-notices), as
 * RegisterSnapshots: what the DPO would have entered so that Protokoll generates
 * a notice saying everything those notices say — and, where legal-spec §5 finds
 * a defect, what the law requires instead (each such choice is commented).
 * Used by the notice compiler, renderer and check tests. Pure data.
 */
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import {
  activity,
  activityRecipient,
  buildSnapshot,
  controllerServed,
  cookie,
  dataCategory,
  dataSubjectCategory,
  jointController,
  noticeText,
  purpose,
  recipient,
  retention,
  securityMeasure,
  transfer,
} from "./snapshot-builder";

const TAKEN_AT = "2026-03-01T12:00:00.000Z";

// ── Working Group Two AS (working-group-two-en.md, 24 June 2023) ─────────────

/**
 * Purposes 2.1–2.6 with the bases, interests and retention the notice states, the
 * Google Analytics and Hotjar cookies (with Google's documented lifetimes, not the
 * notice's "12 months"; legal-spec §5), and the processor role of its §4.
 */
export function workingGroupTwoRegister(): RegisterSnapshot {
  const subjects = {
    enquirers: dataSubjectCategory({ id: "dsc-wgt-enquirers", labelEn: "People who contact us", labelNb: "Personer som kontakter oss" }),
    correspondents: dataSubjectCategory({ id: "dsc-wgt-correspondents", labelEn: "People we correspond with", labelNb: "Personer vi korresponderer med" }),
    customers: dataSubjectCategory({ id: "dsc-wgt-customers", labelEn: "Customers and users of our services", labelNb: "Kunder og brukere av tjenestene våre" }),
    subscribers: dataSubjectCategory({ id: "dsc-wgt-subscribers", labelEn: "Newsletter subscribers", labelNb: "Abonnenter på nyhetsbrevet" }),
    applicants: dataSubjectCategory({ id: "dsc-wgt-applicants", labelEn: "Job applicants", labelNb: "Jobbsøkere" }),
    visitors: dataSubjectCategory({ id: "dsc-wgt-visitors", labelEn: "Website visitors", labelNb: "Besøkende på nettstedet" }),
    endUsers: dataSubjectCategory({ id: "dsc-wgt-end-users", labelEn: "Our customers' subscribers", labelNb: "Kundenes abonnenter" }),
  };
  const data = {
    contact: dataCategory({ id: "dc-wgt-contact", labelEn: "Contact details", labelNb: "Kontaktopplysninger", descriptionEn: "Name, phone number and e-mail address", descriptionNb: "Navn, telefonnummer og e-postadresse" }),
    communication: dataCategory({ id: "dc-wgt-communication", labelEn: "Communication", labelNb: "Kommunikasjon", descriptionEn: "What you tell us, and the history and logs of the enquiry", descriptionNb: "Det du forteller oss, og historikk og logger for henvendelsen" }),
    email: dataCategory({ id: "dc-wgt-email", labelEn: "E-mail and documents", labelNb: "E-post og dokumenter", descriptionEn: "E-mails, attachments and shared documents that mention you", descriptionNb: "E-poster, vedlegg og delte dokumenter som nevner deg" }),
    application: dataCategory({ id: "dc-wgt-application", labelEn: "Application documents", labelNb: "Søknadsdokumenter", descriptionEn: "CV, application letter, certificates and references", descriptionNb: "CV, søknad, attester og referanser" }),
    online: dataCategory({ id: "dc-wgt-online", labelEn: "Online identifiers and usage data", labelNb: "Nettidentifikatorer og bruksdata", descriptionEn: "IP address, browser type, internet provider, operating system, date and time of visits, pages and links used", descriptionNb: "IP-adresse, nettlesertype, internettleverandør, operativsystem, dato og tidspunkt for besøk, sider og lenker som brukes" }),
    subscriberData: dataCategory({ id: "dc-wgt-subscriber-data", labelEn: "Telecom subscriber data", labelNb: "Teleabonnentdata", descriptionEn: "Phone numbers, traffic and usage data of the operators' subscribers", descriptionNb: "Telefonnumre, trafikk- og bruksdata for operatørenes abonnenter" }),
  };
  const google = recipient({
    id: "recipient-wgt-google",
    name: "Google LLC",
    kind: "PROCESSOR",
    countryCode: "US",
    dpfCertified: true,
    descriptionEn: "Provides Google Analytics, our website statistics",
    descriptionNb: "Leverer Google Analytics, statistikken for nettstedet vårt",
  });
  const hotjar = recipient({
    id: "recipient-wgt-hotjar",
    name: "Hotjar Ltd",
    kind: "PROCESSOR",
    countryCode: "MT",
    descriptionEn: "Records clicks and scrolling on our website so we can improve its usability",
    descriptionNb: "Registrerer klikk og rulling på nettstedet slik at vi kan gjøre det enklere å bruke",
  });
  const recruiting = recipient({
    id: "recipient-wgt-recruiting",
    name: "Recruitment system provider",
    kind: "PROCESSOR",
    countryCode: "NO",
    descriptionEn: "Runs the recruitment system where applications are received",
    descriptionNb: "Drifter rekrutteringssystemet der søknadene kommer inn",
  });
  // legal-spec §5: Google's documented lifetimes (_ga 2 years, _gid 24 hours, _gat 1 minute),
  // and consent under ekomloven § 3-15 instead of the notice's legitimate interest.
  const cookies = [
    cookie({ id: "cookie-wgt-ga", name: "_ga", provider: "Google LLC", purposeEn: "Distinguishes visitors for Google Analytics statistics", purposeNb: "Skiller besøkende fra hverandre for statistikk i Google Analytics", category: "STATISTICS", durationText: "2 years", consentRequired: true, recipientId: google.id }),
    cookie({ id: "cookie-wgt-gid", name: "_gid", provider: "Google LLC", purposeEn: "Distinguishes visitors for Google Analytics statistics", purposeNb: "Skiller besøkende fra hverandre for statistikk i Google Analytics", category: "STATISTICS", durationText: "24 hours", consentRequired: true, recipientId: google.id }),
    cookie({ id: "cookie-wgt-gat", name: "_gat", provider: "Google LLC", purposeEn: "Limits the rate of requests to Google Analytics", purposeNb: "Begrenser antallet forespørsler til Google Analytics", category: "STATISTICS", durationText: "1 minute", consentRequired: true, recipientId: google.id }),
    cookie({ id: "cookie-wgt-hjuser", name: "_hjSessionUser", provider: "Hotjar Ltd", purposeEn: "Recognises a returning visitor in Hotjar", purposeNb: "Kjenner igjen en besøkende som kommer tilbake, i Hotjar", category: "STATISTICS", durationText: "365 days", consentRequired: true, recipientId: hotjar.id }),
    cookie({ id: "cookie-wgt-hjsession", name: "_hjSession", provider: "Hotjar Ltd", purposeEn: "Groups the pages of one visit in Hotjar", purposeNb: "Grupperer sidene i ett besøk i Hotjar", category: "STATISTICS", durationText: "30 minutes", consentRequired: true, recipientId: hotjar.id }),
  ];

  const base = { recipients: [], retentionRules: [], systemIds: [], securityMeasureIds: ["sm-wgt-access"], createdAt: "2023-06-24T08:00:00.000Z", updatedAt: "2023-06-24T08:00:00.000Z" };
  const activities = [
    // 2.1 Communication and contact — 6(1)(f); "typically two years".
    activity({
      ...base,
      id: "activity-wgt-contact",
      description: { en: "Enquiries by e-mail, phone and the contact form, and our replies.", nb: "Henvendelser på e-post, telefon og via kontaktskjemaet, og svarene våre." },
      name: "Communication and contact",
      noticeTitleEn: "When you contact us",
      noticeTitleNb: "Når du kontakter oss",
      dataSubjectCategoryIds: [subjects.enquirers.id],
      dataCategoryIds: [data.contact.id, data.communication.id],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: { en: "Without your contact details we cannot answer your enquiry.", nb: "Uten kontaktopplysningene dine kan vi ikke svare deg." },
      purposes: [
        purpose({
          id: "purpose-wgt-2-1",
          description: { en: "Answer and document communication with people who contact us", nb: "Svare dem som tar kontakt med oss, og dokumentere hva som er sagt" },
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: { en: "Having contact with others as part of our business, documenting our business, and replying to and registering those who contact us", nb: "Å kunne holde kontakt med andre i det daglige arbeidet, dokumentere virksomheten vår og svare og holde oversikt over dem som tar kontakt" },
          liaRef: "LIA 2.1",
        }),
      ],
      retentionRules: [retention({ id: "rt-wgt-2-1", dataCategoryId: null, duration: 2, unit: "YEARS", trigger: "AFTER_LAST_CONTACT", criteriaText: null })],
    }),
    // 2.2 E-mail and other business solutions — 6(1)(f).
    activity({
      ...base,
      id: "activity-wgt-email",
      description: { en: "E-mail, document storage and collaboration tools used in our daily work.", nb: "E-post, dokumentlagring og samarbeidsverktøy vi bruker i det daglige arbeidet." },
      name: "E-mail and business solutions",
      noticeTitleEn: "E-mail, document storage and collaboration tools",
      noticeTitleNb: "E-post, dokumentlagring og samarbeidsverktøy",
      dataSubjectCategoryIds: [subjects.correspondents.id],
      dataCategoryIds: [data.contact.id, data.email.id],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: null,
      purposes: [
        purpose({
          id: "purpose-wgt-2-2",
          description: { en: "Use e-mail, document storage and collaboration tools as our work tools and to communicate", nb: "Bruke e-post, dokumentlagring og samarbeidsverktøy i arbeidet og til å kommunisere" },
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: { en: "Having a work tool and a communication solution", nb: "Å ha gode verktøy for å arbeide og kommunisere" },
          liaRef: "LIA 2.2",
        }),
      ],
      retentionRules: [retention({ id: "rt-wgt-2-2", dataCategoryId: null, duration: 3, unit: "YEARS", trigger: "AFTER_COLLECTION", criteriaText: { en: "E-mails and documents are deleted by our regular deletion routine three years after they were sent or stored", nb: "E-poster og dokumenter blir slettet av den faste sletterutinen vår tre år etter at de ble sendt eller lagret" } })],
    }),
    // 2.3 Service information — 6(1)(b), or 6(1)(f) towards business customers ("current", not "former": §5).
    activity({
      ...base,
      id: "activity-wgt-service-info",
      description: { en: "Messages to customers and users about the services they have.", nb: "Meldinger til kunder og brukere om tjenestene de har." },
      name: "Service information",
      noticeTitleEn: "Information about the services you use",
      noticeTitleNb: "Informasjon om tjenestene du bruker",
      dataSubjectCategoryIds: [subjects.customers.id],
      dataCategoryIds: [data.contact.id],
      provisionRequirement: "CONTRACTUAL",
      provisionConsequence: { en: "Without an e-mail address or phone number we cannot tell you about changes to the services.", nb: "Uten e-postadresse eller telefonnummer kan vi ikke gi deg beskjed om endringer i tjenestene." },
      purposes: [
        purpose({ id: "purpose-wgt-2-3-a", description: { en: "Send you information on the services you have bought or use: updates, changes, technical conditions, upgrades and new functionality", nb: "Gi deg beskjed om tjenestene du har kjøpt eller bruker, for eksempel oppdateringer, endringer, tekniske forhold, oppgraderinger og nye funksjoner" }, lawfulBasis: "CONTRACT" }),
        purpose({
          id: "purpose-wgt-2-3-b",
          sortOrder: 1,
          description: { en: "Send the same information to contact persons at our business customers", nb: "Gi den samme informasjonen til kontaktpersoner hos bedriftskundene våre" },
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: { en: "Keeping our business customers informed about the services they use", nb: "Å holde bedriftskundene våre orientert om tjenestene de bruker" },
          liaRef: "LIA 2.3",
        }),
      ],
      retentionRules: [retention({ id: "rt-wgt-2-3", dataCategoryId: null, duration: 3, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT" })],
    }),
    // 2.4 Newsletter — consent; existing customers on 6(1)(b) as the notice states (LB-009 warns).
    activity({
      ...base,
      id: "activity-wgt-newsletter",
      description: { en: "Our newsletter by e-mail.", nb: "Nyhetsbrevet vårt på e-post." },
      name: "Newsletter",
      noticeTitleEn: "Newsletter",
      noticeTitleNb: "Nyhetsbrev",
      dataSubjectCategoryIds: [subjects.subscribers.id],
      dataCategoryIds: [data.contact.id],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: { en: "Without your e-mail address we cannot send you the newsletter.", nb: "Uten e-postadressen din kan vi ikke sende deg nyhetsbrevet." },
      marketingAudiences: [{ who: "OTHERS", channels: ["EMAIL"], route: "CONSENT", optOutOffered: true, similarProducts: null }],
      consentRecordRef: "Newsletter tool sign-up log",
      purposes: [
        purpose({ id: "purpose-wgt-2-4-a", description: { en: "Send you our newsletter with news about our products, partners' products, the company and new blog posts", nb: "Sende deg nyhetsbrevet vårt med nytt om produktene våre, produkter fra samarbeidspartnere, selskapet og nye blogginnlegg" }, lawfulBasis: "CONSENT", consentWithdrawal: { en: "Use the link in every newsletter, or write to privacy@wgtwo.com", nb: "Bruk lenken nederst i hvert nyhetsbrev, eller skriv til privacy@wgtwo.com" } }),
        purpose({ id: "purpose-wgt-2-4-b", sortOrder: 1, description: { en: "Send the newsletter to existing customers", nb: "Sende nyhetsbrevet til dem som allerede er kunder" }, lawfulBasis: "CONTRACT" }),
      ],
      retentionRules: [retention({ id: "rt-wgt-2-4", dataCategoryId: null, duration: 30, unit: "DAYS", trigger: "AFTER_WITHDRAWAL_OF_CONSENT", criteriaText: { en: "We also delete your name and e-mail address when you object or are no longer our customer", nb: "Vi sletter også navnet og e-postadressen din hvis du protesterer, eller når du ikke lenger er kunde hos oss" } })],
    }),
    // 2.5 Recruitment — consent in the recruitment system, 6(1)(b) before a contract, 6(1)(f) for background checks.
    activity({
      ...base,
      id: "activity-wgt-recruitment",
      description: { en: "Applications for positions with us, from receipt to decision.", nb: "Søknader på stillinger hos oss, fra de kommer inn til ansettelsen er avgjort." },
      name: "Recruitment",
      noticeTitleEn: "When you apply for a job with us",
      noticeTitleNb: "Når du søker jobb hos oss",
      dataSubjectCategoryIds: [subjects.applicants.id],
      dataCategoryIds: [data.contact.id, data.application.id],
      provisionRequirement: "PRECONTRACT_REQUIRED",
      provisionConsequence: { en: "Without your application documents we cannot assess you for the position. Please do not include health, religion, political opinion or union membership in your application.", nb: "Uten søknadsdokumentene kan vi ikke vurdere deg for stillingen. Ikke skriv noe om helse, religion, politisk syn eller fagforeningsmedlemskap i søknaden." },
      recipients: [activityRecipient({ recipientId: recruiting.id })],
      purposes: [
        purpose({ id: "purpose-wgt-2-5-a", description: { en: "Assess applicants before entering into an employment contract", nb: "Vurdere søkerne før vi inngår arbeidsavtale" }, lawfulBasis: "CONTRACT" }),
        purpose({ id: "purpose-wgt-2-5-b", sortOrder: 1, description: { en: "Keep your application in our recruitment system", nb: "Ta vare på søknaden din i rekrutteringssystemet vårt" }, lawfulBasis: "CONSENT", consentWithdrawal: { en: "Delete your profile in the recruitment system, or write to privacy@wgtwo.com", nb: "Slett profilen din i rekrutteringssystemet, eller skriv til privacy@wgtwo.com" } }),
        purpose({
          id: "purpose-wgt-2-5-c",
          sortOrder: 2,
          description: { en: "Contact people who are not listed as your referees and check your background", nb: "Kontakte andre enn referansene du har oppgitt, og sjekke bakgrunnen din" },
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: { en: "Making sure we hire the right candidate for the position", nb: "Å være sikre på at vi ansetter riktig person" },
          liaRef: "LIA 2.5",
        }),
      ],
      retentionRules: [retention({ id: "rt-wgt-2-5", dataCategoryId: null, duration: 0, unit: "DAYS", trigger: "AFTER_CASE_CLOSED", criteriaText: { en: "We delete the application when the recruitment is completed, unless you have agreed that we keep it", nb: "Vi sletter søknaden når ansettelsen er avgjort, med mindre du har sagt ja til at vi tar vare på den" } })].map((r) => ({ ...r, duration: null, unit: null, trigger: null })),
    }),
    // 2.6 Website and cookies — consent for statistics cookies (ekomloven § 3-15), not the notice's 6(1)(f).
    activity({
      ...base,
      id: "activity-wgt-website",
      description: { en: "Statistics on the use of our website.", nb: "Statistikk over bruken av nettstedet vårt." },
      name: "Website statistics",
      noticeTitleEn: "When you visit our website",
      noticeTitleNb: "Når du besøker nettstedet vårt",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: { en: "If you refuse statistics cookies, the website works as before.", nb: "Sier du nei til informasjonskapsler for statistikk, virker nettstedet like godt." },
      dataSubjectCategoryIds: [subjects.visitors.id],
      dataCategoryIds: [data.online.id],
      recipients: [activityRecipient({ recipientId: google.id }), activityRecipient({ recipientId: hotjar.id })],
      transfers: [transfer({ id: "transfer-wgt-google-us", recipientId: google.id, countryCode: "US", mechanism: "ADEQUACY", adequacyDecisionId: "us-dpf", sccModule: null, tiaRef: null, copyAccess: null })],
      cookieIds: cookies.map((c) => c.id),
      consentRecordRef: "Consent banner log",
      purposes: [
        purpose({ id: "purpose-wgt-2-6", description: { en: "Compile statistics on how our website is used so that we can adapt and improve it", nb: "Lage statistikk over hvordan nettstedet brukes, slik at vi kan tilpasse og forbedre det" }, lawfulBasis: "CONSENT", consentWithdrawal: { en: "Open the cookie settings at the bottom of every page", nb: "Åpne innstillingene for informasjonskapsler nederst på hver side" } }),
      ],
      retentionRules: [retention({ id: "rt-wgt-2-6", dataCategoryId: data.online.id, duration: 14, unit: "MONTHS", trigger: "AFTER_COLLECTION" })],
    }),
    // §4: processing on behalf of customers (Art. 28).
    activity({
      ...base,
      id: "activity-wgt-processor",
      description: { en: "The telecom platform we run for mobile operators.", nb: "Teleplattformen vi drifter for mobiloperatører." },
      name: "Telecom platform for operators",
      noticeTitleEn: "Our telecom platform for mobile operators",
      noticeTitleNb: "Teleplattformen vår for mobiloperatører",
      role: "PROCESSOR",
      dataSubjectCategoryIds: [subjects.endUsers.id],
      dataCategoryIds: [data.subscriberData.id],
      provisionRequirement: null,
      provisionConsequence: null,
      processingCategories: { en: "Running the core network and related services for mobile operators, on their instructions", nb: "Drift av kjernenettet og tilhørende tjenester for mobiloperatører, etter operatørenes instrukser" },
      controllerDpaRef: "Data processing agreement with each operator",
      controllersServed: [controllerServed({ id: "cs-wgt-operators", ourCustomers: true, listedIn: { en: "in our customer agreements with the mobile operators using our platform", nb: "i kundeavtalene våre med mobiloperatørene som bruker plattformen vår" } })],
      purposes: [],
      retentionRules: [retention({ id: "rt-wgt-4", dataCategoryId: null, duration: null, unit: null, trigger: null, criteriaText: { en: "The customer decides when the data are deleted", nb: "Kunden bestemmer når opplysningene slettes" } })],
    }),
  ];

  return buildSnapshot({
    takenAt: TAKEN_AT,
    company: {
      id: "company-wgt",
      slug: "working-group-two",
      legalName: "Working Group Two AS",
      orgNumber: null,
      postalStreet: "Sommerrogata 17",
      postalCode: "0255",
      postalCity: "Oslo",
      email: "privacy@wgtwo.com",
      phone: null,
      website: "https://www.wgtwo.com",
    },
    catalogs: {
      dataSubjectCategories: Object.values(subjects),
      dataCategories: Object.values(data),
      recipients: [google, hotjar, recruiting],
      systems: [],
      securityMeasures: [securityMeasure({ id: "sm-wgt-access", descriptionEn: "Access on a need-to-know basis; encryption where possible", descriptionNb: "Tilgang etter tjenstlig behov; kryptering der det er mulig" })],
      cookies,
    },
    activities,
  });
}

// ── Its Working (Allisson Holding AS) (its-working-nb.txt, 6 June 2025) ─────────

/**
 * The purposes of §4 with the bases of §3 mapped to them, the cookie table of §2/§9
 * (consent for statistics and marketing, ekomloven § 3-15), and the recipients of §5
 * named. Retention periods are not in the notice (a defect, legal-spec §5); the ones
 * here are what the bookkeeping act requires and our assumption for the rest.
 */
export function itsWorkingRegister(): RegisterSnapshot {
  const subjects = {
    customers: dataSubjectCategory({ id: "dsc-iw-customers", labelEn: "Customers and prospective customers", labelNb: "Kunder og potensielle kunder" }),
    partners: dataSubjectCategory({ id: "dsc-iw-partners", labelEn: "Suppliers and partners", labelNb: "Leverandører og partnere" }),
    visitors: dataSubjectCategory({ id: "dsc-iw-visitors", labelEn: "Visitors to our websites and digital platforms", labelNb: "Besøkende på nettstedene og de digitale plattformene våre" }),
    enquirers: dataSubjectCategory({ id: "dsc-iw-enquirers", labelEn: "People who contact us", labelNb: "Personer som kontakter oss" }),
    // mfl. § 15 third paragraph reaches only addresses obtained in a sale (LB-013).
    existingCustomers: dataSubjectCategory({ id: "dsc-iw-existing-customers", labelEn: "Existing customers", labelNb: "Eksisterende kunder" }),
  };
  const data = {
    identity: dataCategory({ id: "dc-iw-identity", labelEn: "Identification", labelNb: "Identifikasjon", descriptionEn: "Name, job title, company, organisation number", descriptionNb: "Navn, stilling, selskap og organisasjonsnummer" }),
    contact: dataCategory({ id: "dc-iw-contact", labelEn: "Contact information", labelNb: "Kontaktinformasjon", descriptionEn: "Address, e-mail, phone", descriptionNb: "Adresse, e-post, telefon" }),
    usage: dataCategory({ id: "dc-iw-usage", labelEn: "Usage and traffic data", labelNb: "Bruks- og trafikkdata", descriptionEn: "IP address, log files, cookies, support tickets", descriptionNb: "IP-adresse, loggfiler, informasjonskapsler og brukerstøttesaker" }),
    payment: dataCategory({ id: "dc-iw-payment", labelEn: "Payment data", labelNb: "Betalingsdata", descriptionEn: "KID number, account number, invoice details", descriptionNb: "KID-nummer, kontonummer og fakturaopplysninger" }),
    equipment: dataCategory({ id: "dc-iw-equipment", labelEn: "Technical equipment data", labelNb: "Utstyrsdata", descriptionEn: "MAC address, serial number, equipment tags", descriptionNb: "MAC-adresse, serienummer og merking av utstyret" }),
  };
  const cloudflare = recipient({ id: "recipient-iw-cloudflare", name: "Cloudflare, Inc.", kind: "PROCESSOR", countryCode: "US", dpfCertified: true, descriptionEn: "Protects and speeds up our websites", descriptionNb: "Beskytter nettstedene våre og gjør dem raskere" });
  const hosting = recipient({ id: "recipient-iw-hosting", name: "Driftspartner Trondheim AS", kind: "PROCESSOR", countryCode: "NO", descriptionEn: "Operations and cloud provider for our systems", descriptionNb: "Drifts- og skyleverandør for systemene våre" });
  const google = recipient({ id: "recipient-iw-google", name: "Google LLC", kind: "PROCESSOR", countryCode: "US", dpfCertified: true, descriptionEn: "Provides Google Analytics and Google Ads", descriptionNb: "Leverer Google Analytics og Google Ads" });
  const meta = recipient({ id: "recipient-iw-meta", name: "Meta Platforms Ireland Ltd", kind: "JOINT_CONTROLLER", countryCode: "IE", dpaStatus: "NOT_REQUIRED", dpaRef: null, dpaDate: null, descriptionEn: "Measures the results of our adverts on Facebook and Instagram", descriptionNb: "Måler resultatene av annonsene våre på Facebook og Instagram" });
  const tax = recipient({ id: "recipient-iw-skatteetaten", name: "Skatteetaten", kind: "PUBLIC_AUTHORITY", countryCode: "NO", dpaStatus: "NOT_REQUIRED", dpaRef: null, dpaDate: null, descriptionEn: "Receives accounting information when the law requires it", descriptionNb: "Mottar regnskapsopplysninger når loven krever det" });
  // ekomloven § 3-15 (2025), not the repealed § 2-7 b the notice cites (CK-002); consent for statistics and marketing.
  const cookies = [
    cookie({ id: "cookie-iw-cf-bm", name: "__cf_bm", provider: "Cloudflare, Inc.", purposeEn: "Protects the website against bots", purposeNb: "Beskytter nettstedet mot roboter", category: "STRICTLY_NECESSARY", durationText: "30 minutes", consentRequired: false, recipientId: cloudflare.id }),
    cookie({ id: "cookie-iw-wp", name: "wp_*", provider: "itsworking.no", purposeEn: "Keeps you signed in and the website working", purposeNb: "Holder deg innlogget og nettstedet i drift", category: "STRICTLY_NECESSARY", durationText: "Session", consentRequired: false }),
    cookie({ id: "cookie-iw-consent", name: "cookie_consent_status", provider: "itsworking.no", purposeEn: "Remembers your cookie choice", purposeNb: "Husker valget ditt om informasjonskapsler", category: "STRICTLY_NECESSARY", durationText: "12 months", consentRequired: false }),
    cookie({ id: "cookie-iw-lang", name: "lang_pref", provider: "itsworking.no", purposeEn: "Remembers your language", purposeNb: "Husker språket ditt", category: "PREFERENCES", durationText: "12 months", consentRequired: true }),
    cookie({ id: "cookie-iw-ga", name: "_ga", provider: "Google LLC", purposeEn: "Distinguishes visitors for statistics", purposeNb: "Skiller besøkende fra hverandre for statistikk", category: "STATISTICS", durationText: "2 years", consentRequired: true, recipientId: google.id }),
    cookie({ id: "cookie-iw-gid", name: "_gid", provider: "Google LLC", purposeEn: "Distinguishes visitors for statistics", purposeNb: "Skiller besøkende fra hverandre for statistikk", category: "STATISTICS", durationText: "24 hours", consentRequired: true, recipientId: google.id }),
    cookie({ id: "cookie-iw-fbp", name: "_fbp", provider: "Meta Platforms Ireland Ltd", purposeEn: "Measures the results of adverts and targets relevant information", purposeNb: "Måler og tilpasser annonser", category: "MARKETING", durationText: "3 months", consentRequired: true, recipientId: meta.id }),
    cookie({ id: "cookie-iw-fr", name: "fr", provider: "Meta Platforms Ireland Ltd", purposeEn: "Measures the results of adverts and targets relevant information", purposeNb: "Måler og tilpasser annonser", category: "MARKETING", durationText: "3 months", consentRequired: true, recipientId: meta.id }),
    cookie({ id: "cookie-iw-gads", name: "gads", provider: "Google LLC", purposeEn: "Measures the results of adverts", purposeNb: "Måler effekten av annonser", category: "MARKETING", durationText: "13 months", consentRequired: true, recipientId: google.id }),
  ];
  const base = { systemIds: [], securityMeasureIds: ["sm-iw-access"], createdAt: "2025-06-06T08:00:00.000Z", updatedAt: "2025-06-06T08:00:00.000Z" };
  const activities = [
    activity({
      ...base,
      id: "activity-iw-delivery",
      description: { en: "Operations services and user support for our customers.", nb: "Driftstjenester og brukerstøtte til kundene våre." },
      name: "Tjenesteleveranse",
      noticeTitleEn: "Delivering our services",
      noticeTitleNb: "Levering av tjenestene våre",
      dataSubjectCategoryIds: [subjects.customers.id, subjects.partners.id],
      dataCategoryIds: [data.identity.id, data.contact.id, data.usage.id, data.equipment.id],
      provisionRequirement: "CONTRACTUAL",
      provisionConsequence: { en: "Without these data we cannot deliver the services.", nb: "Uten disse opplysningene kan vi ikke levere tjenestene." },
      recipients: [activityRecipient({ recipientId: hosting.id })],
      purposes: [purpose({ id: "purpose-iw-delivery", description: { en: "Create and manage customer relationships, deliver operations services, proactive monitoring and user support", nb: "Opprette og følge opp kundeforhold, levere driftstjenester, overvåke systemene før feil oppstår og gi brukerstøtte" }, lawfulBasis: "CONTRACT" })],
      noticeTexts: [noticeText({ id: "nt-iw-delivery-nb", purposeId: "purpose-iw-delivery", language: "NB", text: "Opprette og administrere kundeforhold, levere driftstjenester, proaktiv overvåking og brukerstøtte" })],
      retentionRules: [retention({ id: "rt-iw-delivery", dataCategoryId: null, duration: 12, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT" })],
    }),
    activity({
      ...base,
      id: "activity-iw-billing",
      description: { en: "Invoicing, payment follow-up and accounting.", nb: "Fakturering, oppfølging av betalinger og regnskap." },
      name: "Fakturering og regnskap",
      noticeTitleEn: "Invoicing and accounting",
      noticeTitleNb: "Fakturering og regnskap",
      dataSubjectCategoryIds: [subjects.customers.id],
      dataCategoryIds: [data.identity.id, data.contact.id, data.payment.id],
      provisionRequirement: "CONTRACTUAL",
      // The same consequence as the delivery's, in the same words: without payment details there is no service either.
      provisionConsequence: { en: "Without these data we cannot deliver the services.", nb: "Uten disse opplysningene kan vi ikke levere tjenestene." },
      recipients: [activityRecipient({ recipientId: hosting.id }), activityRecipient({ recipientId: tax.id })],
      noticeTexts: [noticeText({ id: "nt-purpose-iw-invoice-nb", purposeId: "purpose-iw-invoice", language: "NB", text: "Sende faktura og følge opp betalingen" }), noticeText({ id: "nt-purpose-iw-accounts-nb", purposeId: "purpose-iw-accounts", language: "NB", text: "Oppbevare regnskapsmateriale og oppfylle lovpålagte rapporteringskrav" })],
      purposes: [
        purpose({ id: "purpose-iw-invoice", description: { en: "Send invoices and follow up payments", nb: "Sende faktura og følge opp betalinger" }, lawfulBasis: "CONTRACT" }),
        purpose({ id: "purpose-iw-accounts", sortOrder: 1, description: { en: "Keep accounting records and meet statutory reporting requirements", nb: "Oppbevare regnskapsmateriale og levere den rapporteringen loven krever" }, lawfulBasis: "LEGAL_OBLIGATION", legalReference: { law: "bokforingsloven", section: "§ 13", text: {} } }),
      ],
      // Invoices carry name and address too, so the whole activity keeps the bookkeeping act's period (RT-001).
      retentionRules: [retention({ id: "rt-iw-billing", dataCategoryId: null, duration: 5, unit: "YEARS", trigger: "AFTER_END_OF_ACCOUNTING_YEAR", legalReference: { law: "bokforingsloven", section: "§ 13", text: {} } })],
    }),
    activity({
      ...base,
      id: "activity-iw-security",
      description: { en: "Security monitoring and quality work on our systems.", nb: "Sikkerhetsovervåking og kvalitetsarbeid i systemene våre." },
      name: "Sikkerhet og kvalitet",
      noticeTitleEn: "Security and quality",
      noticeTitleNb: "Sikkerhet og kvalitet",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      provisionRequirement: "CONTRACTUAL",
      provisionConsequence: null,
      dataSubjectCategoryIds: [subjects.customers.id, subjects.visitors.id],
      dataCategoryIds: [data.usage.id],
      recipients: [activityRecipient({ recipientId: cloudflare.id }), activityRecipient({ recipientId: hosting.id })],
      transfers: [transfer({ id: "transfer-iw-cloudflare-us", recipientId: cloudflare.id, countryCode: "US", mechanism: "SCC_2021_914", sccModule: "MODULE_2_C2P", tiaRef: "TIA Cloudflare 2025", copyAccess: "personvern@itsworking.no" })],
      noticeTexts: [noticeText({ id: "nt-purpose-iw-security-nb", purposeId: "purpose-iw-security", language: "NB", text: "Finne og stanse sikkerhetstrusler, analysere systemytelsen og forbedre tjenestene" })],
      purposes: [
        purpose({
          id: "purpose-iw-security",
          description: { en: "Identify and prevent security threats, analyse system performance and improve our services", nb: "Oppdage og stanse sikkerhetstrusler, følge med på ytelsen i systemene og forbedre tjenestene" },
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: { en: "Securing our network and information, preventing fraud and keeping our services working", nb: "Å sikre nettverk og informasjon, hindre svindel og holde tjenestene i drift" },
          liaRef: "Interesseavveiing sikkerhet 2025",
        }),
      ],
      retentionRules: [retention({ id: "rt-iw-security", dataCategoryId: data.usage.id, duration: 90, unit: "DAYS", trigger: "AFTER_COLLECTION" })],
    }),
    activity({
      ...base,
      id: "activity-iw-newsletter",
      description: { en: "Newsletters and invitations by e-mail to those who have signed up.", nb: "Nyhetsbrev og invitasjoner på e-post til dem som har meldt seg på." },
      name: "Nyhetsbrev og invitasjoner",
      noticeTitleEn: "Newsletters and event invitations",
      noticeTitleNb: "Nyhetsbrev og invitasjoner til arrangementer",
      dataSubjectCategoryIds: [subjects.customers.id],
      dataCategoryIds: [data.identity.id, data.contact.id],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: null,
      marketingAudiences: [{ who: "OTHERS", channels: ["EMAIL"], route: "CONSENT", optOutOffered: true, similarProducts: null }],
      consentRecordRef: "Påmeldingslogg i nyhetsbrevverktøyet",
      recipients: [activityRecipient({ recipientId: hosting.id })],
      noticeTexts: [noticeText({ id: "nt-purpose-iw-newsletter-nb", purposeId: "purpose-iw-newsletter", language: "NB", text: "Sende nyhetsbrev og invitasjoner til arrangementer" })],
      purposes: [purpose({ id: "purpose-iw-newsletter", description: { en: "Send newsletters and invitations to events", nb: "Sende nyhetsbrev og invitasjoner til arrangementer" }, lawfulBasis: "CONSENT", consentWithdrawal: { en: "Use the unsubscribe link in every e-mail, or write to personvern@itsworking.no", nb: "Meld deg av med lenken i hver e-post, eller skriv til personvern@itsworking.no" } })],
      retentionRules: [retention({ id: "rt-iw-newsletter", dataCategoryId: null, duration: 30, unit: "DAYS", trigger: "AFTER_WITHDRAWAL_OF_CONSENT" })],
    }),
    // legal-spec §5: existing-customer marketing had no basis in §3; mfl. § 15 third paragraph with 6(1)(f).
    activity({
      ...base,
      id: "activity-iw-customer-marketing",
      description: { en: "E-mail marketing of similar services to existing customers.", nb: "Markedsføring på e-post av lignende tjenester til eksisterende kunder." },
      name: "Markedsføring til eksisterende kunder",
      noticeTitleEn: "Marketing to existing customers",
      noticeTitleNb: "Markedsføring til eksisterende kunder",
      dataSubjectCategoryIds: [subjects.existingCustomers.id],
      dataCategoryIds: [data.contact.id],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: null,
      marketingAudiences: [{ who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true }],
      recipients: [activityRecipient({ recipientId: hosting.id })],
      noticeTexts: [noticeText({ id: "nt-purpose-iw-customer-marketing-nb", purposeId: "purpose-iw-customer-marketing", language: "NB", text: "Fortelle eksisterende kunder om lignende tjenester" })],
      purposes: [
        purpose({ id: "purpose-iw-customer-marketing", description: { en: "Tell existing customers about similar services of ours", nb: "Fortelle kundene våre om lignende tjenester vi tilbyr" }, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: { en: "Marketing our own similar services to our customers", nb: "Å markedsføre egne, lignende tjenester til kundene våre" }, liaRef: "Interesseavveiing markedsføring 2025" }),
      ],
      retentionRules: [retention({ id: "rt-iw-customer-marketing", dataCategoryId: null, duration: 12, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT" })],
    }),
    activity({
      ...base,
      id: "activity-iw-website",
      description: { en: "Statistics and advertising measurement on our websites.", nb: "Statistikk og annonsemåling på nettstedene våre." },
      name: "Nettsted, statistikk og annonser",
      noticeTitleEn: "Our websites, statistics and adverts",
      noticeTitleNb: "Nettstedene våre, statistikk og annonser",
      role: "JOINT_CONTROLLER",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: { en: "If you refuse statistics and marketing cookies, the website works just as well.", nb: "Nettstedet virker like godt uten informasjonskapsler for statistikk og markedsføring." },
      dataSubjectCategoryIds: [subjects.visitors.id],
      dataCategoryIds: [data.usage.id],
      recipients: [activityRecipient({ recipientId: google.id }), activityRecipient({ recipientId: meta.id }), activityRecipient({ recipientId: cloudflare.id })],
      transfers: [
        transfer({ id: "transfer-iw-google-us", recipientId: google.id, countryCode: "US", mechanism: "ADEQUACY", adequacyDecisionId: "us-dpf", sccModule: null, tiaRef: null, copyAccess: null }),
        // The editor requires a transfer record for every recipient outside the EEA (TR-001).
        transfer({ id: "transfer-iw-website-cloudflare-us", recipientId: cloudflare.id, countryCode: "US", mechanism: "SCC_2021_914", sccModule: "MODULE_2_C2P", tiaRef: "TIA Cloudflare 2025", copyAccess: "personvern@itsworking.no" }),
      ],
      cookieIds: cookies.map((c) => c.id),
      consentRecordRef: "Cookie-banner-logg",
      jointControllers: [
        jointController({
          id: "jc-iw-meta",
          name: "Meta Platforms Ireland Ltd",
          contact: "https://www.facebook.com/privacy/policy",
          arrangementLink: "https://www.facebook.com/legal/controller_addendum",
          essenceText: { en: "Meta answers your requests about the data its pixel collects; we ask for your consent", nb: "Meta svarer på henvendelser om opplysningene pikselen samler inn; vi ber om samtykket ditt" },
        }),
      ],
      noticeTexts: [noticeText({ id: "nt-purpose-iw-website-nb", purposeId: "purpose-iw-website", language: "NB", text: "Se hvordan nettstedene brukes, og forbedre tjenestene" }), noticeText({ id: "nt-purpose-iw-ads-nb", purposeId: "purpose-iw-ads", language: "NB", text: "Måle annonseresultater og vise relevant informasjon" })],
      purposes: [
        purpose({ id: "purpose-iw-website", description: { en: "Understand how our websites are used and improve our services", nb: "Se hvordan nettstedene brukes, og forbedre tjenestene" }, lawfulBasis: "CONSENT", consentWithdrawal: { en: "Open the cookie settings at the bottom of every page", nb: "Åpne innstillingene for informasjonskapsler nederst på hver side" } }),
        purpose({ id: "purpose-iw-ads", sortOrder: 1, description: { en: "Measure the results of our adverts and show relevant information", nb: "Måle hvordan annonsene våre virker, og vise relevant informasjon" }, lawfulBasis: "CONSENT", consentWithdrawal: { en: "Open the cookie settings at the bottom of every page", nb: "Åpne innstillingene for informasjonskapsler nederst på hver side" } }),
      ],
      retentionRules: [retention({ id: "rt-iw-website", dataCategoryId: data.usage.id, duration: 14, unit: "MONTHS", trigger: "AFTER_COLLECTION" })],
    }),
  ];
  return buildSnapshot({
    takenAt: TAKEN_AT,
    company: {
      id: "company-its-working",
      slug: "its-working",
      legalName: "Its Working (Allisson Holding AS)",
      orgNumber: "920331483",
      // legal-spec §5: the notice gives "29" and "29A"; the contact section's "29A" is used.
      postalStreet: "Bonesvegen 29A",
      postalCode: "7047",
      postalCity: "Trondheim",
      email: "personvern@itsworking.no",
      phone: "+47 988 50 462",
      website: "https://itsworking.no",
      // The hand-written notice says nothing of how its banner works, so nothing is recorded (CK-007).
      cookieBannerBeforeSetting: null,
      cookieRefuseAsEasy: null,
      cookieWithdrawal: {},
    },
    catalogs: {
      dataSubjectCategories: Object.values(subjects),
      dataCategories: Object.values(data),
      recipients: [cloudflare, hosting, google, meta, tax],
      systems: [],
      securityMeasures: [securityMeasure({ id: "sm-iw-access", descriptionEn: "Role and access control, encryption, intrusion detection and regular security audits", descriptionNb: "Rolle- og tilgangskontroll, kryptering, inntrengingsdeteksjon og regelmessige sikkerhetsrevisjoner" })],
      cookies,
    },
    activities,
  });
}

/** Both reference registers, by name, for tests that run over every fixture. */
export const REFERENCE_REGISTERS = { workingGroupTwo: workingGroupTwoRegister, itsWorking: itsWorkingRegister } as const;
