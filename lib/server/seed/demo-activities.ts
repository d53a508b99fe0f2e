import "server-only";

import { activityInputSchema, type ActivityFormValues } from "@/lib/register/activity-schema";
import type { ActivityWrite } from "../activity-rows";
import type { DemoCatalogs } from "./demo-catalogs";

export const PRIVACY_EMAIL = "personvern@programvare.example";

/**
 * The demo company's seven activities, written as the editor's form would send them and
 * parsed with the editor's schema, so that the seed goes through the one activity writer
 * (lib/server/activity-rows.ts) and cannot hold what the editor would refuse. An activity
 * lists every security measure unless it names its own.
 */
export function demoActivities(catalogs: DemoCatalogs): ActivityWrite[] {
  const { subjects, categories, recipients, systems, measures, cookies } = catalogs;
  const write = (values: ActivityFormValues): ActivityWrite => {
    const input = activityInputSchema.parse({ securityMeasureIds: Object.values(measures), ...values });
    return { input, status: input.status };
  };

  return [
    // 1. Contact enquiries — Art. 6(1)(f)
    write({
      name: "Henvendelser",
      noticeTitleEn: "When you contact us",
      noticeTitleNb: "Når du kontakter oss",
      description: { en: "Answering and documenting enquiries by e-mail, contact form and phone.", nb: "Vi svarer på og dokumenterer henvendelser på e-post, via kontaktskjemaet og på telefon." },
      role: "CONTROLLER",
      status: "ACTIVE",
      sources: [{ kind: "DATA_SUBJECT_DIRECT" }],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: { en: "Contacting us is voluntary, but we need a name and a way to reach you to answer.", nb: "Det er frivillig å kontakte oss, men vi trenger navnet ditt og en måte å nå deg på for å kunne svare." },
      securityMeasuresText: { en: "Enquiries are only available to the staff who handle them.", nb: "Bare de som behandler henvendelsen, har tilgang til den." },
      dataSubjectCategoryIds: [subjects.enquirers],
      dataCategoryIds: [categories.contact, categories.professional, categories.enquiry],
      recipients: [{ recipientId: recipients.crm }],
      systemIds: [systems.crm, systems.website],
      purposes: [
        {
          description: { en: "Answer enquiries and document the communication so that we can follow up", nb: "svare deg og dokumentere hva som ble sagt, slik at vi kan følge opp saken" },
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: { en: "Answering people who contact us, and documenting what was said so that we can follow up and handle complaints.", nb: "å kunne svare dem som kontakter oss, og å dokumentere hva som ble sagt, slik at vi kan følge opp og behandle eventuelle klager" },
          liaRef: "LIA-01 Henvendelser (personvernmappen)",
          liaDate: "2026-01-15",
        },
      ],
      retentionRules: [
        {
          duration: 24,
          unit: "MONTHS",
          trigger: "AFTER_CASE_CLOSED",
          criteriaText: { en: "Enquiries are deleted 24 months after the case is closed, unless they became part of a customer relationship.", nb: "henvendelser slettes 24 måneder etter at saken er avsluttet, med mindre de har blitt en del av et kundeforhold" },
        },
      ],
    }),

    // 2. Customer accounts and service messages — Art. 6(1)(b)
    write({
      name: "Kundekontoer og driftsmeldinger",
      noticeTitleEn: "When you use our service",
      noticeTitleNb: "Når du bruker tjenesten vår",
      description: { en: "Creating and administering user accounts under the terms of use, and sending messages needed to deliver the service.", nb: "Vi oppretter og administrerer brukerkontoer etter bruksvilkårene og sender meldingene som trengs for å levere tjenesten." },
      role: "CONTROLLER",
      status: "ACTIVE",
      sources: [{ kind: "DATA_SUBJECT_DIRECT" }],
      provisionRequirement: "CONTRACTUAL",
      provisionConsequence: { en: "Without a name and an e-mail address we cannot create an account or deliver the service.", nb: "Uten navn og e-postadresse kan vi ikke opprette en konto til deg eller levere tjenesten." },
      dataSubjectCategoryIds: [subjects.customerUsers],
      dataCategoryIds: [categories.contact, categories.account],
      recipients: [{ recipientId: recipients.hosting }, { recipientId: recipients.crm }],
      systemIds: [systems.platform, systems.crm],
      purposes: [
        {
          description: { en: "Create and administer your user account and give you access to the service", nb: "opprette og administrere brukerkontoen din og gi deg tilgang til tjenesten" },
          lawfulBasis: "CONTRACT",
        },
        {
          description: { en: "Send you messages about the service you use: changes, maintenance, security notices", nb: "sende deg meldinger om tjenesten du bruker, som endringer, vedlikehold og sikkerhetsvarsler" },
          lawfulBasis: "CONTRACT",
        },
      ],
      retentionRules: [
        {
          duration: 3,
          unit: "MONTHS",
          trigger: "AFTER_END_OF_CONTRACT",
          criteriaText: { en: "The account is deleted three months after the agreement ends or the account is closed.", nb: "kontoen slettes tre måneder etter at avtalen er avsluttet eller kontoen er lagt ned" },
        },
      ],
    }),

    // 3. Newsletter — Art. 6(1)(a), markedsføringsloven § 15 consent
    write({
      name: "Nyhetsbrev",
      noticeTitleEn: "Our newsletter",
      noticeTitleNb: "Nyhetsbrevet vårt",
      description: { en: "Sending product news and event invitations to people who have subscribed.", nb: "Vi sender produktnyheter og invitasjoner til arrangementer til dem som abonnerer." },
      role: "CONTROLLER",
      status: "ACTIVE",
      sources: [{ kind: "DATA_SUBJECT_DIRECT" }],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: { en: "Subscribing is voluntary; without an e-mail address we cannot send you the newsletter.", nb: "Det er frivillig å abonnere, men uten e-postadresse kan vi ikke sende deg nyhetsbrevet." },
      marketingAudiences: [{ who: "OTHERS", channels: ["EMAIL"], route: "CONSENT", optOutOffered: true }],
      consentRecordRef: "Brevdue subscriber log: time, sign-up form version and double opt-in confirmation",
      dataSubjectCategoryIds: [subjects.subscribers],
      dataCategoryIds: [categories.contact],
      recipients: [{ recipientId: recipients.newsletter }],
      systemIds: [systems.newsletter],
      purposes: [
        {
          description: { en: "Send you our newsletter with product news and invitations to events", nb: "sende deg nyhetsbrevet vårt med produktnyheter og invitasjoner til arrangementer" },
          lawfulBasis: "CONSENT",
          consentWithdrawal: { en: `Use the unsubscribe link in every newsletter, or write to ${PRIVACY_EMAIL}.`, nb: `bruk avmeldingslenken nederst i hvert nyhetsbrev, eller skriv til ${PRIVACY_EMAIL}` },
          noticeTextEn:
            "If you subscribe, we send you our newsletter about once a month. You can unsubscribe at any time with the link at the bottom of every newsletter.",
          noticeTextNb:
            "Hvis du abonnerer, sender vi deg nyhetsbrevet vårt omtrent én gang i måneden. Du kan melde deg av når som helst med lenken nederst i hvert nyhetsbrev.",
        },
      ],
      retentionRules: [
        {
          duration: 30,
          unit: "DAYS",
          trigger: "AFTER_WITHDRAWAL_OF_CONSENT",
          criteriaText: { en: "Your address is removed from the list within 30 days after you unsubscribe.", nb: "adressen din fjernes fra listen senest 30 dager etter at du har meldt deg av" },
        },
      ],
    }),

    // 4. Recruitment — Art. 6(1)(b) for assessing applications, 6(1)(f) for background checks
    write({
      name: "Rekruttering",
      noticeTitleEn: "When you apply for a job with us",
      noticeTitleNb: "Når du søker jobb hos oss",
      description: { en: "Assessing applications and interviewing candidates; checking references and public information about shortlisted candidates.", nb: "Vi vurderer søknader og intervjuer kandidater, og sjekker referanser og offentlig informasjon om kandidatene som går videre." },
      role: "CONTROLLER",
      status: "ACTIVE",
      // The applicant gives the application; referees the applicant names give their statements (Art. 14).
      sources: [
        { kind: "DATA_SUBJECT_DIRECT", dataCategoryIds: [categories.contact, categories.application] },
        { kind: "THIRD_PARTY", name: { en: "the referees you name", nb: "referansene du oppgir" }, isPublic: false, dataCategoryIds: [categories.references] },
      ],
      art14Exemption: "ALREADY_HAS_INFORMATION",
      art14ExemptionJustification: {
        en: "Applicants name their referees themselves and read this notice when they apply, before we contact anyone.",
        nb: "Søkerne oppgir referansene selv og leser denne erklæringen når de søker, før vi kontakter noen.",
      },
      provisionRequirement: "PRECONTRACT_REQUIRED",
      provisionConsequence: { en: "We cannot consider an application without contact details and a CV.", nb: "Vi kan ikke vurdere en søknad uten kontaktopplysninger og CV." },
      dataSubjectCategoryIds: [subjects.applicants],
      dataCategoryIds: [categories.contact, categories.application, categories.references],
      recipients: [{ recipientId: recipients.recruitment }],
      systemIds: [systems.recruitment],
      purposes: [
        {
          description: { en: "Assess your application and interview you with a view to employment", nb: "vurdere søknaden din og intervjue deg med tanke på ansettelse" },
          lawfulBasis: "CONTRACT",
        },
        {
          description: { en: "Check references and public information about your professional background if you are shortlisted", nb: "sjekke referanser og offentlig informasjon om yrkesbakgrunnen din hvis du går videre i prosessen" },
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: { en: "Making sure we hire the right candidate by verifying the information we were given.", nb: "å sikre at vi ansetter riktig person, ved å kontrollere opplysningene vi har fått" },
          liaRef: "LIA-02 Bakgrunnssjekk (personvernmappen)",
          liaDate: "2026-01-15",
        },
      ],
      retentionRules: [
        {
          dataCategoryId: categories.application,
          duration: 6,
          unit: "MONTHS",
          trigger: "AFTER_CASE_CLOSED",
          criteriaText: { en: "Applications are deleted six months after the position is filled, so that we can answer questions and complaints about the process. Longer only if you agree.", nb: "søknader slettes seks måneder etter at stillingen er besatt, slik at vi kan svare på spørsmål og klager om prosessen. Vi oppbevarer dem lenger bare hvis du sier ja til det" },
        },
        {
          dataCategoryId: categories.references,
          duration: 6,
          unit: "MONTHS",
          trigger: "AFTER_CASE_CLOSED",
          criteriaText: { en: "Deleted together with the application.", nb: "slettes sammen med søknaden" },
        },
        {
          dataCategoryId: categories.contact,
          duration: 6,
          unit: "MONTHS",
          trigger: "AFTER_CASE_CLOSED",
          criteriaText: { en: "Deleted together with the application.", nb: "slettes sammen med søknaden" },
        },
      ],
    }),

    // 5. Website statistics — consent under ekomloven § 3-15 and Art. 6(1)(a); US processor under the DPF
    write({
      name: "Nettstedsstatistikk",
      noticeTitleEn: "Cookies and statistics on our website",
      noticeTitleNb: "Cookies og statistikk på nettstedet vårt",
      description: { en: "Measuring how the website is used, with statistics cookies set only after consent.", nb: "Vi måler hvordan nettstedet brukes, med statistikk-cookies som bare settes når du har samtykket." },
      role: "CONTROLLER",
      status: "ACTIVE",
      sources: [{ kind: "DATA_SUBJECT_OBSERVED" }],
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: { en: "You can refuse statistics cookies; the website works the same.", nb: "Du kan si nei til statistikk-cookies, og nettstedet fungerer like godt." },
      consentRecordRef: "Cookie banner consent log: choice, time and banner version",
      dataSubjectCategoryIds: [subjects.visitors],
      dataCategoryIds: [categories.online],
      recipients: [{ recipientId: recipients.analytics }, { recipientId: recipients.hosting }],
      systemIds: [systems.analytics, systems.website],
      cookieIds: [cookies.consent, cookies.analyticsId, cookies.analyticsSession],
      purposes: [
        {
          description: { en: "Count visits and see which pages are used, so that we can improve the website", nb: "telle besøk og se hvilke sider som brukes, slik at vi kan gjøre nettstedet bedre" },
          lawfulBasis: "CONSENT",
          consentWithdrawal: { en: "Change your choice at any time under “Cookie settings” at the bottom of every page.", nb: "endre valget ditt under «Innstillinger for cookies» nederst på hver side" },
        },
        {
          description: { en: "Remember your cookie choice and document consent", nb: "huske cookie-valget ditt og dokumentere samtykket" },
          lawfulBasis: "LEGAL_OBLIGATION",
          legalReference: { text: { en: "Article 7(1) GDPR (documenting consent)", nb: "personvernforordningen artikkel 7 nr. 1 (dokumentasjon av samtykke)" } },
        },
      ],
      retentionRules: [
        {
          dataCategoryId: categories.online,
          duration: 14,
          unit: "MONTHS",
          trigger: "AFTER_COLLECTION",
          criteriaText: { en: "Statistics data are deleted 14 months after collection; cookie lifetimes are listed in the cookie table.", nb: "statistikkdata slettes 14 måneder etter at de ble samlet inn; levetiden til hver cookie står i cookie-tabellen" },
        },
      ],
      // The EU–US Data Privacy Framework (reference data, seeded before the demo company).
      transfers: [{ recipientId: recipients.analytics, countryCode: "US", mechanism: "ADEQUACY", adequacyDecisionId: "us-dpf", isRegular: true }],
    }),

    // 6. Bookkeeping — Art. 6(1)(c), bokføringsloven § 13
    write({
      name: "Regnskap og bokføring",
      noticeTitleEn: "Invoicing and accounts",
      noticeTitleNb: "Fakturering og regnskap",
      description: { en: "Invoicing, payment follow-up and keeping the accounting records the Bookkeeping Act requires.", nb: "Vi fakturerer, følger opp betalinger og oppbevarer regnskapsmaterialet bokføringsloven krever." },
      role: "CONTROLLER",
      status: "ACTIVE",
      sources: [{ kind: "DATA_SUBJECT_DIRECT" }],
      provisionRequirement: "STATUTORY",
      provisionConsequence: { en: "The Bookkeeping Act requires invoicing details; without them we cannot sell to you.", nb: "Bokføringsloven krever fakturaopplysninger, så uten dem kan vi ikke selge til deg." },
      dataSubjectCategoryIds: [subjects.customerContacts, subjects.supplierContacts],
      dataCategoryIds: [categories.contact, categories.invoicing],
      recipients: [{ recipientId: recipients.accountant }, { recipientId: recipients.taxAuthority }],
      systemIds: [systems.accounting],
      securityMeasureIds: [measures.access, measures.backups, measures.encryption, measures.processorControl],
      purposes: [
        {
          description: { en: "Keep accounting records (invoices, vouchers, payment information) as the Bookkeeping Act requires", nb: "oppbevare regnskapsmateriale (fakturaer, bilag og betalingsopplysninger) slik bokføringsloven krever" },
          lawfulBasis: "LEGAL_OBLIGATION",
          legalReference: { law: "bokforingsloven", section: "§ 13" },
        },
      ],
      retentionRules: [
        {
          dataCategoryId: categories.invoicing,
          duration: 5,
          unit: "YEARS",
          trigger: "AFTER_END_OF_ACCOUNTING_YEAR",
          criteriaText: { en: "Primary documentation is kept five years after the end of the accounting year.", nb: "primærdokumentasjon oppbevares i fem år etter utgangen av regnskapsåret" },
          legalReference: { law: "bokforingsloven", section: "§ 13" },
        },
        {
          dataCategoryId: categories.contact,
          duration: 5,
          unit: "YEARS",
          trigger: "AFTER_END_OF_ACCOUNTING_YEAR",
          criteriaText: { en: "Kept as part of the accounting records.", nb: "oppbevares som en del av regnskapsmaterialet" },
          legalReference: { law: "bokforingsloven", section: "§ 13" },
        },
      ],
    }),

    // 7. Processor activity (Art. 30(2)) — the platform run for our customers
    write({
      name: "Drift av plattformen for kunder (databehandler)",
      noticeTitleEn: "When we process data on behalf of our customers",
      noticeTitleNb: "Når vi behandler opplysninger på vegne av kundene våre",
      description: { en: "Hosting, operating and supporting the platform in which our customers store data about their own users. The customer is the controller.", nb: "Vi drifter og vedlikeholder plattformen der kundene våre lagrer opplysninger om sine egne brukere, og gir brukerstøtte på den. Kunden er behandlingsansvarlig." },
      role: "PROCESSOR",
      status: "ACTIVE",
      sources: [{ kind: "THIRD_PARTY", name: { en: "our customers, who are the controllers", nb: "kundene våre, som er behandlingsansvarlige" }, isPublic: false }],
      processingCategories: { en: "Hosting, storage, backup and second-line support of customer data in the platform", nb: "drift, lagring, sikkerhetskopiering og brukerstøtte på andre linje for kundedata i plattformen" },
      controllerDpaRef: "Standard data processing agreement, annex 2 to the customer agreement, version 3.0",
      controllerDpaDate: "2025-06-01",
      dataSubjectCategoryIds: [subjects.endUsers],
      dataCategoryIds: [categories.endUserData, categories.logs],
      recipients: [
        { recipientId: recipients.hosting, subProcessorAuthorisation: "GENERAL", flowDownContract: true },
        { recipientId: recipients.crm, subProcessorAuthorisation: "GENERAL", flowDownContract: true },
      ],
      systemIds: [systems.platform, systems.crm],
      controllersServed: [
        {
          // Our customers as a class (ADR 030): the vocabulary words it in each language.
          ourCustomers: true,
          listedIn: { en: "in the customer register, with each customer's contact person", nb: "i kunderegisteret, med kontaktpersonen hos hver kunde" },
          processingCategories: { en: "As in the standard data processing agreement", nb: "som i standard databehandleravtale" },
        },
      ],
      purposes: [
        {
          // A processor does not choose the lawful basis: the controller does (Art. 28(3)(a)).
          description: { en: "Process end users' data in the platform on the customer's documented instructions", nb: "behandle sluttbrukernes opplysninger i plattformen etter kundens dokumenterte instrukser" },
        },
      ],
      retentionRules: [
        {
          duration: 90,
          unit: "DAYS",
          trigger: "AFTER_END_OF_CONTRACT",
          criteriaText: { en: "Deleted or returned as the customer instructs, at the latest 90 days after the customer agreement ends.", nb: "slettes eller leveres tilbake etter kundens instruks, senest 90 dager etter at kundeavtalen er avsluttet" },
        },
      ],
    }),
  ];
}
