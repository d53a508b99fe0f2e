/**
 * Corpus: an accounting SaaS that is a processor for its customers' bookkeeping data
 * (Art. 30(2)) and a controller for the accounts of its customers' staff and its own
 * security logs. It hosts with the Irish entity of a US cloud group and runs support in a
 * US ticket system.
 */
import { controllerServed, dataCategory, dataSubjectCategory, purpose, recipient, retention, securityMeasure, subProcessor, transfer } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { activityOf, corpusActivity, link, recipientOf, register, t, type CorpusRegister } from "./kit";

const SERVICE = "activity-saas-service";
const ACCOUNTS = "activity-saas-accounts";
const LOGS = "activity-saas-logs";
const CLOUD = "recipient-saas-nimbus";
const CLOUD_PARENT = "sub-saas-nimbus-inc";
const SUPPORT = "recipient-saas-atlas";

/** For a processor activity our processors are its sub-processors: the customers authorised them in general terms (Art. 28(2)). */
const subLink = (recipientId: string) => ({ recipientId, subProcessorAuthorisation: "GENERAL" as const, flowDownContract: true });

/** The transfer to the cloud's US parent, on the DPF List (Decision (EU) 2023/1795). */
const toCloudParent = (activity: string) =>
  transfer({ id: `transfer-${activity}-nimbus-us`, recipientId: CLOUD, subProcessorId: CLOUD_PARENT, countryCode: "US", mechanism: "ADEQUACY", sccModule: null, adequacyDecisionId: "us-dpf", tiaRef: null, copyAccess: null });

const COPY = t("Write to personvern@skyregnskap.no for a copy of the standard contractual clauses.", "Skriv til personvern@skyregnskap.no for å få en kopi av standardavtalen.");

function fixed(): RegisterSnapshot {
  const contacts = dataSubjectCategory({ id: "dsc-saas-contacts", labelEn: "Contact persons and users at our customers", labelNb: "Kontaktpersoner og brukere hos kundene våre" });
  const contact = dataCategory({ id: "dc-saas-contact", labelEn: "Work contact details", labelNb: "Kontaktopplysninger i jobben", descriptionEn: "Name, work e-mail address, phone number and role", descriptionNb: "Navn, e-postadresse på jobb, telefonnummer og rolle" });
  const logs = dataCategory({ id: "dc-saas-logs", labelEn: "Sign-in and activity logs", labelNb: "Innloggings- og aktivitetslogger", descriptionEn: "Time of sign-in, IP address and the actions taken in the service", descriptionNb: "Tidspunkt for innlogging, IP-adresse og hva som ble gjort i tjenesten" });

  const cloud = recipient({
    id: CLOUD,
    name: "Nimbus Cloud Ireland Ltd",
    countryCode: "IE",
    dpaRef: "Nimbus Online Services DPA 2025",
    descriptionEn: "Hosts the service in its data centres in Ireland",
    descriptionNb: "Drifter tjenesten i sine datasentre i Irland",
    subProcessors: [subProcessor({ id: CLOUD_PARENT, name: "Nimbus Cloud Inc.", countryCode: "US", dpfCertified: true, descriptionEn: "Parent company; remote operations and support of the platform", descriptionNb: "Morselskapet; fjerndrift og brukerstøtte for plattformen" })],
  });
  const support = recipient({
    id: SUPPORT,
    name: "Helpdesk Atlas Inc.",
    countryCode: "US",
    dpaRef: "Atlas DPA with SCC 2024",
    descriptionEn: "Runs the ticket system our support team answers questions in",
    descriptionNb: "Drifter sakssystemet som brukerstøtten vår svarer på spørsmål i",
  });
  const access = securityMeasure({ id: "sm-saas-access", kind: "ACCESS_CONTROL", descriptionEn: "Access to customer data only for named operations staff, with two-factor sign-in and logging", descriptionNb: "Tilgang til kundedata bare for navngitte driftsfolk, med tofaktorinnlogging og logging" });
  const encryption = securityMeasure({ id: "sm-saas-encryption", kind: "ENCRYPTION", descriptionEn: "Data encrypted in transit and at rest, with keys kept in the EEA", descriptionNb: "Data kryptert under overføring og lagring, med nøkler lagret i EØS" });
  const backups = securityMeasure({ id: "sm-saas-backups", kind: "BACKUPS", descriptionEn: "Daily backups kept for 35 days in a second Irish data centre", descriptionNb: "Daglige sikkerhetskopier som lagres i 35 dager i et annet irsk datasenter" });
  const measures = [access.id, encryption.id, backups.id];

  return register({
    company: {
      id: "company-skyregnskap",
      slug: "skyregnskap",
      legalName: "Skyregnskap AS",
      orgNumber: "923451005",
      postalStreet: "Kjøpmannsgata 40",
      postalCode: "7011",
      postalCity: "Trondheim",
      email: "personvern@skyregnskap.no",
      phone: "+47 73 00 40 40",
      website: "https://skyregnskap.no",
    },
    catalogs: { dataSubjectCategories: [contacts], dataCategories: [contact, logs], recipients: [cloud, support], securityMeasures: [access, encryption, backups] },
    activities: [
      corpusActivity({
        id: SERVICE,
        name: "Regnskapstjenesten for kunder",
        noticeTitleEn: "The accounting service we run for our customers",
        noticeTitleNb: "Regnskapstjenesten vi driver for kundene våre",
        role: "PROCESSOR",
        description: t("We store and process our customers' bookkeeping on their behalf.", "Vi lagrer og behandler kundenes bokføring på deres vegne."),
        processingCategories: t("Hosting, backup and support for our customers' accounting data", "Drift, sikkerhetskopiering og brukerstøtte for kundenes regnskapsdata"),
        provisionRequirement: null,
        purposes: [],
        dataSubjectCategoryIds: [],
        dataCategoryIds: [],
        controllersServed: [
          controllerServed({
            id: "cs-saas-customers",
            ourCustomers: true,
            listedIn: t("in the customer contracts, each with its contact person", "i kundeavtalene, hver med sin kontaktperson"),
            contact: null,
            processingCategories: t("Hosting, backup and support for the customer's accounting data", "Drift, sikkerhetskopiering og brukerstøtte for kundens regnskapsdata"),
            dpaRef: "Skyregnskap standard databehandleravtale v4",
            dpaDate: "2025-09-01",
          }),
        ],
        controllerDpaRef: "Skyregnskap standard databehandleravtale v4",
        controllerDpaDate: "2025-09-01",
        recipients: [subLink(CLOUD), subLink(SUPPORT)],
        transfers: [
          toCloudParent(SERVICE),
          // Art. 46(2)(c): processor to sub-processor, so module 3.
          transfer({ id: "transfer-saas-service-atlas", recipientId: SUPPORT, countryCode: "US", mechanism: "SCC_2021_914", sccModule: "MODULE_3_P2P", tiaRef: "TIA Atlas 2025-11", copyAccess: COPY }),
        ],
        securityMeasureIds: measures,
      }),
      corpusActivity({
        id: ACCOUNTS,
        name: "Kundeforhold og brukerkontoer",
        noticeTitleEn: "Customer accounts and users",
        noticeTitleNb: "Kundeforhold og brukerkontoer",
        description: t("User accounts for the people our customers give access to the service, and service messages to them.", "Brukerkontoer for dem kundene våre gir tilgang til tjenesten, og driftsmeldinger til dem."),
        provisionRequirement: "CONTRACTUAL",
        provisionConsequence: t("Without a work e-mail address you cannot get a user account.", "Uten en e-postadresse på jobb kan du ikke få en brukerkonto."),
        // The contract is with the customer company, not with its staff.
        contractParty: "ORGANISATION",
        purposes: [
          purpose({
            id: "purpose-saas-accounts",
            description: t("Give the people our customers name access to the service", "Gi dem kundene våre peker ut, tilgang til tjenesten"),
            // The users are the customer's staff, not parties to our contract: Art. 6(1)(b) does not carry it.
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Delivering the service our customer has bought to the staff the customer chooses", "Å levere tjenesten kunden har kjøpt, til de ansatte kunden velger"),
            liaRef: "Interesseavveining brukerkontoer 2025-10",
          }),
          purpose({
            id: "purpose-saas-service-messages",
            sortOrder: 1,
            description: t("Tell users about planned maintenance, outages and changes to the service", "Varsle brukerne om planlagt vedlikehold, driftsavbrudd og endringer i tjenesten"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Keeping the users of the service informed about its operation", "Å holde brukerne av tjenesten orientert om driften"),
            liaRef: "Interesseavveining brukerkontoer 2025-10",
          }),
        ],
        dataSubjectCategoryIds: [contacts.id],
        dataCategoryIds: [contact.id],
        recipients: [link(CLOUD), link(SUPPORT)],
        transfers: [
          toCloudParent(ACCOUNTS),
          // Art. 46(2)(c): we are the controller here, so module 2.
          transfer({ id: "transfer-saas-accounts-atlas", recipientId: SUPPORT, countryCode: "US", mechanism: "SCC_2021_914", sccModule: "MODULE_2_C2P", tiaRef: "TIA Atlas 2025-11", copyAccess: COPY }),
        ],
        securityMeasureIds: measures,
        retentionRules: [retention({ id: "retention-saas-accounts", dataCategoryId: contact.id, duration: 6, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT" })],
      }),
      corpusActivity({
        id: LOGS,
        name: "Sikkerhetslogger",
        noticeTitleEn: "Security logs of the service",
        noticeTitleNb: "Sikkerhetslogger i tjenesten",
        description: t("Logs of sign-ins and actions, read when we investigate an attempted break-in.", "Logger over innlogginger og handlinger, som vi leser når vi undersøker et innbruddsforsøk."),
        collectionSource: "DATA_SUBJECT_OBSERVED",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-saas-logs",
            description: t("Detect and investigate attempts to break into the service", "Oppdage og undersøke forsøk på å bryte seg inn i tjenesten"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Keeping the service and our customers' data secure (GDPR Art. 32)", "Å holde tjenesten og kundenes data sikre (personvernforordningen art. 32)"),
            liaRef: "Interesseavveining logging 2025-10",
          }),
        ],
        dataSubjectCategoryIds: [contacts.id],
        dataCategoryIds: [logs.id],
        recipients: [link(CLOUD)],
        transfers: [toCloudParent(LOGS)],
        securityMeasureIds: measures,
        retentionRules: [retention({ id: "retention-saas-logs", dataCategoryId: logs.id, duration: 6, unit: "MONTHS", trigger: "AFTER_COLLECTION" })],
      }),
    ],
  });
}

export const saasProcessor: CorpusRegister = {
  kind: "saas-processor",
  about: "Skyregnskap AS, an accounting SaaS: processor for its customers (Art. 30(2)), controller for user accounts and security logs; Irish cloud with a US parent, US support system",
  fixed,
  remaining: [],
  defects: [
    {
      what: "The customers' data reach the US support system with no transfer recorded in the processor record",
      apply: (r) => {
        const service = activityOf(r, SERVICE);
        service.transfers = service.transfers.filter((x) => x.recipientId !== SUPPORT);
      },
      expect: [{ rule: "TR-001", severity: "error", at: SERVICE, field: "transfers", why: "GDPR Art. 30(2)(c) and 44: the processor's record lists its transfers to third countries, with the transfer tool" }],
    },
    {
      what: "The customers' authorisation of the hosting sub-processor is not recorded",
      apply: (r) => {
        const first = activityOf(r, SERVICE).recipients[0];
        if (first) first.subProcessorAuthorisation = null;
      },
      expect: [{ rule: "PR-002", severity: "warning", at: SERVICE, field: "recipients.0.subProcessorAuthorisation", why: "GDPR Art. 28(2): a processor engages another processor only with the controller's specific or general written authorisation" }],
    },
    {
      what: "DPF certification ticked on the Irish hosting company, not on its US parent",
      apply: (r) => {
        const cloud = recipientOf(r, CLOUD);
        cloud.dpfCertified = true;
        cloud.subProcessors = cloud.subProcessors.map((s) => ({ ...s, dpfCertified: false }));
      },
      expect: [
        { rule: "TR-010", severity: "warning", at: CLOUD, field: "dpfCertified", why: "Decision (EU) 2023/1795: certification belongs to the US organisation on the DPF List, not to its Irish subsidiary" },
        { rule: "TR-003", severity: "error", at: SERVICE, field: "transfers.0.mechanism", why: "GDPR Art. 45: the US adequacy decision covers only certified organisations, and the parent the data reach is not recorded as certified" },
        { rule: "TR-003", severity: "error", at: ACCOUNTS, field: "transfers.0.mechanism", why: "the same for the user accounts" },
        { rule: "TR-003", severity: "error", at: LOGS, field: "transfers.0.mechanism", why: "the same for the security logs" },
      ],
    },
    {
      what: "User accounts on contract as the basis, though the contract is with the customer company",
      apply: (r) => {
        const accounts = activityOf(r, ACCOUNTS).purposes[0];
        if (accounts) accounts.lawfulBasis = "CONTRACT";
      },
      expect: [{ rule: "LB-014", severity: "error", at: ACCOUNTS, field: "purposes.0.lawfulBasis", why: "GDPR Art. 6(1)(b) and EDPB Guidelines 2/2019: the customer's staff are not party to our contract with the customer; legitimate interests carry it" }],
    },
    {
      what: "No transfer impact assessment for the US support system",
      apply: (r) => {
        const toSupport = activityOf(r, ACCOUNTS).transfers[1];
        if (toSupport) toSupport.tiaRef = null;
      },
      expect: [{ rule: "TR-005", severity: "warning", at: ACCOUNTS, field: "transfers.1.tiaRef", why: "CJEU C-311/18 (Schrems II) and EDPB Recommendations 01/2020: standard clauses need an assessment of the law and practice of the US" }],
    },
    {
      what: "The data processing agreement with the customers is not referenced",
      apply: (r) => {
        const service = activityOf(r, SERVICE);
        service.controllerDpaRef = null;
        service.controllerDpaDate = null;
        service.controllersServed = service.controllersServed.map((c) => ({ ...c, dpaRef: null, dpaDate: null }));
      },
      expect: [{ rule: "PR-001", severity: "error", at: SERVICE, field: "controllerDpaRef", why: "GDPR Art. 28(3) and 28(9): processing on a controller's behalf is governed by a written contract" }],
    },
  ],
};
