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
      description: "Answering and documenting enquiries by e-mail, contact form and phone.",
      role: "CONTROLLER",
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: "Contacting us is voluntary, but we need a name and a way to reach you to answer.",
      securityMeasuresText: "Enquiries are only available to the staff who handle them.",
      dataSubjectCategoryIds: [subjects.enquirers],
      dataCategoryIds: [categories.contact, categories.professional, categories.enquiry],
      recipients: [{ recipientId: recipients.crm }],
      systemIds: [systems.crm, systems.website],
      purposes: [
        {
          description: "Answer enquiries and document the communication so that we can follow up",
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest:
            "Answering people who contact us, and documenting what was said so that we can follow up and handle complaints.",
          liaRef: "LIA-01 Henvendelser (personvernmappen)",
          liaDate: "2026-01-15",
        },
      ],
      retentionRules: [
        {
          duration: 24,
          unit: "MONTHS",
          trigger: "AFTER_CASE_CLOSED",
          criteriaText: "Enquiries are deleted 24 months after the case is closed, unless they became part of a customer relationship.",
        },
      ],
    }),

    // 2. Customer accounts and service messages — Art. 6(1)(b)
    write({
      name: "Kundekontoer og driftsmeldinger",
      noticeTitleEn: "When you use our service",
      noticeTitleNb: "Når du bruker tjenesten vår",
      description:
        "Creating and administering user accounts under the terms of use, and sending messages needed to deliver the service.",
      role: "CONTROLLER",
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "CONTRACTUAL",
      provisionConsequence: "Without a name and an e-mail address we cannot create an account or deliver the service.",
      dataSubjectCategoryIds: [subjects.customerUsers],
      dataCategoryIds: [categories.contact, categories.account],
      recipients: [{ recipientId: recipients.hosting }, { recipientId: recipients.crm }],
      systemIds: [systems.platform, systems.crm],
      purposes: [
        {
          description: "Create and administer your user account and give you access to the service",
          lawfulBasis: "CONTRACT",
        },
        {
          description: "Send you messages about the service you use: changes, maintenance, security notices",
          lawfulBasis: "CONTRACT",
        },
      ],
      retentionRules: [
        {
          duration: 3,
          unit: "MONTHS",
          trigger: "AFTER_END_OF_CONTRACT",
          criteriaText: "The account is deleted three months after the agreement ends or the account is closed.",
        },
      ],
    }),

    // 3. Newsletter — Art. 6(1)(a), markedsføringsloven § 15 consent
    write({
      name: "Nyhetsbrev",
      noticeTitleEn: "Our newsletter",
      noticeTitleNb: "Nyhetsbrevet vårt",
      description: "Sending product news and event invitations to people who have subscribed.",
      role: "CONTROLLER",
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: "Subscribing is voluntary; without an e-mail address we cannot send you the newsletter.",
      marketing: { channels: ["EMAIL"], route: "CONSENT", optOutOffered: true },
      consentRecordRef: "Brevdue subscriber log: time, sign-up form version and double opt-in confirmation",
      dataSubjectCategoryIds: [subjects.subscribers],
      dataCategoryIds: [categories.contact],
      recipients: [{ recipientId: recipients.newsletter }],
      systemIds: [systems.newsletter],
      purposes: [
        {
          description: "Send you our newsletter with product news and invitations to events",
          lawfulBasis: "CONSENT",
          consentWithdrawal: `Use the unsubscribe link in every newsletter, or write to ${PRIVACY_EMAIL}.`,
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
          criteriaText: "Your address is removed from the list within 30 days after you unsubscribe.",
        },
      ],
    }),

    // 4. Recruitment — Art. 6(1)(b) for assessing applications, 6(1)(f) for background checks
    write({
      name: "Rekruttering",
      noticeTitleEn: "When you apply for a job with us",
      noticeTitleNb: "Når du søker jobb hos oss",
      description:
        "Assessing applications and interviewing candidates; checking references and public information about shortlisted candidates.",
      role: "CONTROLLER",
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      // Reference statements come from referees the applicant names; covered by this notice (Art. 14).
      sourceName: "Referees you name, and public sources about your professional background",
      provisionRequirement: "PRECONTRACT_REQUIRED",
      provisionConsequence: "We cannot consider an application without contact details and a CV.",
      dataSubjectCategoryIds: [subjects.applicants],
      dataCategoryIds: [categories.contact, categories.application, categories.references],
      recipients: [{ recipientId: recipients.recruitment }],
      systemIds: [systems.recruitment],
      purposes: [
        {
          description: "Assess your application and interview you with a view to employment",
          lawfulBasis: "CONTRACT",
        },
        {
          description: "Check references and public information about your professional background if you are shortlisted",
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: "Making sure we hire the right candidate by verifying the information we were given.",
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
          criteriaText:
            "Applications are deleted six months after the position is filled, so that we can answer questions and complaints about the process. Longer only if you agree.",
        },
        {
          dataCategoryId: categories.references,
          duration: 6,
          unit: "MONTHS",
          trigger: "AFTER_CASE_CLOSED",
          criteriaText: "Deleted together with the application.",
        },
        {
          dataCategoryId: categories.contact,
          duration: 6,
          unit: "MONTHS",
          trigger: "AFTER_CASE_CLOSED",
          criteriaText: "Deleted together with the application.",
        },
      ],
    }),

    // 5. Website statistics — consent under ekomloven § 3-15 and Art. 6(1)(a); US processor under the DPF
    write({
      name: "Nettstedsstatistikk",
      noticeTitleEn: "Cookies and statistics on our website",
      noticeTitleNb: "Cookies og statistikk på nettstedet vårt",
      description: "Measuring how the website is used, with statistics cookies set only after consent.",
      role: "CONTROLLER",
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: "You can refuse statistics cookies; the website works the same.",
      consentRecordRef: "Cookie banner consent log: choice, time and banner version",
      dataSubjectCategoryIds: [subjects.visitors],
      dataCategoryIds: [categories.online],
      recipients: [{ recipientId: recipients.analytics }, { recipientId: recipients.hosting }],
      systemIds: [systems.analytics, systems.website],
      cookieIds: [cookies.consent, cookies.analyticsId, cookies.analyticsSession],
      purposes: [
        {
          description: "Count visits and see which pages are used, so that we can improve the website",
          lawfulBasis: "CONSENT",
          consentWithdrawal: "Change your choice at any time under “Cookie settings” at the bottom of every page.",
        },
        {
          description: "Remember your cookie choice and document consent",
          lawfulBasis: "LEGAL_OBLIGATION",
          legalReference: "personvernforordningen art. 7 nr. 1 (documenting consent)",
        },
      ],
      retentionRules: [
        {
          dataCategoryId: categories.online,
          duration: 14,
          unit: "MONTHS",
          trigger: "AFTER_COLLECTION",
          criteriaText: "Statistics data are deleted 14 months after collection; cookie lifetimes are listed in the cookie table.",
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
      description: "Invoicing, payment follow-up and keeping the accounting records the Bookkeeping Act requires.",
      role: "CONTROLLER",
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "STATUTORY",
      provisionConsequence: "The Bookkeeping Act requires invoicing details; without them we cannot sell to you.",
      dataSubjectCategoryIds: [subjects.customerContacts, subjects.supplierContacts],
      dataCategoryIds: [categories.contact, categories.invoicing],
      recipients: [{ recipientId: recipients.accountant }, { recipientId: recipients.taxAuthority }],
      systemIds: [systems.accounting],
      securityMeasureIds: [measures.access, measures.backups, measures.encryption, measures.processorControl],
      purposes: [
        {
          description: "Keep accounting records (invoices, vouchers, payment information) as the Bookkeeping Act requires",
          lawfulBasis: "LEGAL_OBLIGATION",
          legalReference: "bokføringsloven § 13",
        },
      ],
      retentionRules: [
        {
          dataCategoryId: categories.invoicing,
          duration: 5,
          unit: "YEARS",
          trigger: "AFTER_END_OF_ACCOUNTING_YEAR",
          criteriaText: "Primary documentation is kept five years after the end of the accounting year.",
          legalReference: "bokføringsloven § 13",
        },
        {
          dataCategoryId: categories.contact,
          duration: 5,
          unit: "YEARS",
          trigger: "AFTER_END_OF_ACCOUNTING_YEAR",
          criteriaText: "Kept as part of the accounting records.",
          legalReference: "bokføringsloven § 13",
        },
      ],
    }),

    // 7. Processor activity (Art. 30(2)) — the platform run for our customers
    write({
      name: "Drift av plattformen for kunder (databehandler)",
      noticeTitleEn: "When we process data on behalf of our customers",
      noticeTitleNb: "Når vi behandler opplysninger på vegne av kundene våre",
      description:
        "Hosting, operating and supporting the platform in which our customers store data about their own users. The customer is the controller.",
      role: "PROCESSOR",
      status: "ACTIVE",
      collectionSource: "THIRD_PARTY",
      sourceName: "Our customers, who are the controllers",
      sourceIsPublic: false,
      processingCategories: "Hosting, storage, backup and second-line support of customer data in the platform",
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
          name: "Our business customers (each listed in the customer register)",
          contact: "The customer's contact person in the customer register",
          processingCategories: "As in the standard data processing agreement",
        },
      ],
      purposes: [
        {
          // A processor does not choose the lawful basis: the controller does (Art. 28(3)(a)).
          description: "Process end users' data in the platform on the customer's documented instructions",
        },
      ],
      retentionRules: [
        {
          duration: 90,
          unit: "DAYS",
          trigger: "AFTER_END_OF_CONTRACT",
          criteriaText: "Deleted or returned as the customer instructs, at the latest 90 days after the customer agreement ends.",
        },
      ],
    }),
  ];
}
