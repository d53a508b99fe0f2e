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
  source,
  noticeText,
  purpose,
  recipient,
  retention,
  securityMeasure,
  subProcessor,
  system,
  transfer,
} from "@/test/register/snapshot-builder";

/**
 * A register that fills every field the exports print: a joint-controller
 * activity with special-category, criminal and national-id data, transfers
 * (SCC with a sub-processor, adequacy, an Art. 49 derogation), per-category
 * retention, ADM, DPIA, marketing and cookies; a processor activity with
 * controllers served and sub-processors; a draft that the PDF leaves out.
 * Names carry æ ø å so font and encoding problems show.
 */
export function fullRegisterSnapshot(): RegisterSnapshot {
  const health = dataCategory({ labelEn: "Health data", labelNb: "Helseopplysninger", descriptionEn: "Sick leave and adjustments", descriptionNb: "Sykefravær og tilrettelegging", specialCategory: "HEALTH" });
  const criminal = dataCategory({ labelEn: "Police certificate", labelNb: "Politiattest", descriptionEn: null, descriptionNb: null, isCriminalOffence: true });
  const nationalId = dataCategory({ labelEn: "National identity number", labelNb: "Fødselsnummer", descriptionEn: "Fødselsnummer or D-nummer", descriptionNb: "Fødselsnummer eller D-nummer", isNationalId: true });
  const employees = dataSubjectCategory({ labelEn: "Employees", labelNb: "Ansatte" });
  const pupils = dataSubjectCategory({ labelEn: "Pupils on work placement", labelNb: "Elever i arbeidspraksis", includesChildren: true });
  const cloud = recipient({
    name: "Skyløsning Inc.",
    countryCode: "US",
    dpaRef: "DPA Skyløsning 2025",
    dpfCertified: true,
    descriptionEn: "Hosts the HR system",
    descriptionNb: "Drifter HR-systemet",
    subProcessors: [subProcessor({ name: "Bangalore Support Pvt Ltd", countryCode: "IN", authorisation: "SPECIFIC", descriptionEn: "Second-line support", descriptionNb: "Brukerstøtte på andrelinje" })],
  });
  const bank = recipient({ name: "Sparebanken Øst", kind: "CONTROLLER", countryCode: "NO", dpaStatus: "NOT_REQUIRED", dpaDate: null, dpaRef: null, descriptionEn: "Pays salaries", descriptionNb: "Utbetaler lønn" });
  const nav = recipient({ name: "NAV", kind: "PUBLIC_AUTHORITY", countryCode: "NO", dpaStatus: "NOT_REQUIRED", dpaDate: null, dpaRef: null, descriptionEn: null, descriptionNb: null });
  const conference = recipient({ name: "Konferansepartner Ltd", kind: "CONTROLLER", countryCode: "GB", dpaStatus: "NOT_REQUIRED", dpaDate: null, dpaRef: null });
  const hr = system({ name: "HR-portalen", descriptionEn: "Personnel files", descriptionNb: "Personalmapper", hostingCountryCode: "US", vendorRecipientId: cloud.id });
  const encryption = securityMeasure({ kind: "ENCRYPTION", descriptionEn: "Encryption at rest and in transit", descriptionNb: "Kryptering ved lagring og overføring" });
  const backups = securityMeasure({ kind: "BACKUPS", descriptionEn: "Daily backups kept for 30 days", descriptionNb: "Daglige sikkerhetskopier lagret i 30 dager" });
  const analytics = cookie({ name: "_ga", provider: "Google", purposeEn: "Statistics of visits", purposeNb: "Besøksstatistikk", category: "STATISTICS", durationText: "2 years", consentRequired: true, recipientId: cloud.id });

  const hrPurpose = purpose({ description: "Pay salaries and keep personnel records", lawfulBasis: "CONTRACT", sortOrder: 0 });
  const taxPurpose = purpose({ description: "Report to the tax authorities (a-meldingen)", lawfulBasis: "LEGAL_OBLIGATION", legalReference: "a-opplysningsloven § 4", sortOrder: 1 });
  const liPurpose = purpose({
    description: "Keep a log of access to personnel files",
    lawfulBasis: "LEGITIMATE_INTERESTS",
    legitimateInterest: "Detect misuse of personnel data",
    liaRef: "LIA-HR-2025",
    liaDate: "2025-02-03",
    sortOrder: 2,
  });
  const eventPurpose = purpose({ description: "Invite employees to the joint conference", lawfulBasis: "CONSENT", consentWithdrawal: "Reply «nei takk» or use the link in the invitation", sortOrder: 3 });

  const hrActivity = activity({
    name: "Personaladministrasjon og lønn",
    description: "Ansettelse, lønn, fravær og personalmapper.",
    role: "JOINT_CONTROLLER",
    // Two sources: the employee, and a former employer for the references (Art. 14(2)(f)).
    sources: [
      source({ kind: "DATA_SUBJECT_DIRECT", dataCategoryIds: ["dc-contact-details", criminal.id, nationalId.id] }),
      source({ kind: "THIRD_PARTY", name: "Tidligere arbeidsgiver (referanser)", isPublic: false, dataCategoryIds: [health.id] }),
    ],
    volunteeredSpecialCategories: true,
    volunteeredHandling: "KEPT_UNDER_CONDITION",
    art14Timing: "WITHIN_ONE_MONTH",
    art14Exemption: "REQUIRED_BY_LAW",
    art14ExemptionJustification: "Skatteforvaltningsloven § 7-2",
    provisionRequirement: "STATUTORY",
    provisionConsequence: "Uten fødselsnummer kan vi ikke utbetale lønn.",
    art9Condition: "EMPLOYMENT_SOCIAL_SECURITY",
    art9LegalReference: "arbeidsmiljøloven § 4-6",
    art10Authority: "barnehageloven § 30",
    nationalIdJustification: "Needed to report income to Skatteetaten",
    adm: { exists: true, logic: "Shift allocation by seniority score", significance: "Decides who gets overtime", consequences: "Less overtime pay", art22Exception: "CONTRACT" },
    dpia: { required: true, status: "COMPLETED", link: "https://intranett.example/dpia/hr" },
    isOccasional: false,
    isLikelyRisk: true,
    // Two audiences, each on its own route (mfl. § 15); the second's opt-out and similar products not said.
    marketingAudiences: [
      { who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: false },
      { who: "OTHERS", channels: ["EMAIL", "SMS"], route: "CONSENT", optOutOffered: null, similarProducts: null },
    ],
    consentRecordRef: "Samtykkelogg i HR-portalen",
    securityMeasuresText: "Personalmapper låses etter fratreden.",
    purposes: [hrPurpose, taxPurpose, liPurpose, eventPurpose],
    jointControllers: [jointController({ name: "Konsernet Holding AS", contact: "dpo@konsernet.example", arrangementLink: "https://konsernet.example/felles", essenceText: "Holding runs the payroll system; we answer requests." })],
    dataSubjectCategoryIds: [employees.id, pupils.id],
    dataCategoryIds: ["dc-contact-details", health.id, criminal.id, nationalId.id],
    recipients: [
      activityRecipient({ recipientId: cloud.id }),
      activityRecipient({ recipientId: bank.id }),
      activityRecipient({ recipientId: nav.id }),
      activityRecipient({ recipientId: conference.id }),
    ],
    systemIds: [hr.id],
    securityMeasureIds: ["sm-access-control", encryption.id, backups.id],
    cookieIds: [analytics.id],
    transfers: [
      transfer({ recipientId: cloud.id, countryCode: "US", mechanism: "ADEQUACY", sccModule: null, adequacyDecisionId: "us-dpf", tiaRef: null, copyAccess: null }),
      transfer({ id: "transfer-india", recipientId: cloud.id, subProcessorId: "sub-bangalore-support-pvt-ltd", countryCode: "IN", tiaRef: "TIA-India-2025", copyAccess: "Kopi fra personvern@testfirma.no" }),
      transfer({ recipientId: conference.id, countryCode: "GB", mechanism: "DEROGATION_49_1_A", sccModule: null, tiaRef: null, copyAccess: null, art49Assessment: "One-off event, explicit consent collected", isRegular: false }),
    ],
    retentionRules: [
      retention({ id: "r-contact", dataCategoryId: "dc-contact-details", duration: 3, unit: "YEARS", trigger: "AFTER_END_OF_CONTRACT", legalReference: "foreldelsesloven § 2", sortOrder: 0 }),
      retention({ id: "r-health", dataCategoryId: health.id, duration: 6, unit: "MONTHS", trigger: "OTHER", triggerText: "after the adjustment ends", criteriaText: "Deleted when no longer needed for follow-up", sortOrder: 1 }),
      retention({ id: "r-all", dataCategoryId: null, duration: 5, unit: "YEARS", trigger: "AFTER_END_OF_ACCOUNTING_YEAR", legalReference: "bokføringsloven § 13", sortOrder: 2 }),
    ],
    noticeTexts: [noticeText({ purposeId: taxPurpose.id, language: "NB", text: "Vi rapporterer lønn til Skatteetaten fordi loven krever det." }), noticeText({ language: "EN", text: "About your employment." })],
  });

  const processorActivity = activity({
    name: "Drift av kundeportal for kunder",
    description: "We host the customer portal for our business customers.",
    role: "PROCESSOR",
    showInNotice: false,
    provisionRequirement: null,
    provisionConsequence: null,
    processingCategories: "Hosting, backup and second-line support",
    controllerDpaRef: "Standard databehandleravtale v4",
    controllerDpaDate: "2025-04-01",
    purposes: [],
    controllersServed: [
      controllerServed({ ourCustomers: true }),
      controllerServed({ name: "Kommune Øst", contact: "postmottak@kommune-ost.example", representative: "None (EEA)", dpoContact: "personvernombud@kommune-ost.example", processingCategories: "Hosting only", dpaRef: "DBA Kommune Øst 2024", dpaDate: "2024-10-10" }),
    ],
    dataSubjectCategoryIds: [BASE_DSC],
    recipients: [activityRecipient({ recipientId: cloud.id, subProcessorAuthorisation: "GENERAL", flowDownContract: true })],
    transfers: [transfer({ id: "transfer-proc", recipientId: cloud.id, countryCode: "US", mechanism: "SCC_2021_914", sccModule: "MODULE_3_P2P", tiaRef: "TIA-P2P", copyAccess: "On request from our DPO" })],
    retentionRules: [],
    securityMeasureIds: [encryption.id],
    systemIds: [hr.id],
  });

  // A contract with the person's organisation (issue 10), so the exports carry both contract parties.
  const draft = activity({ name: "Utkast: kameraovervåking", status: "DRAFT", contractParty: "ORGANISATION", purposes: [purpose({ description: "Draft purpose never printed" })] });

  return buildSnapshot({
    catalogs: {
      dataSubjectCategories: [employees, pupils],
      dataCategories: [health, criminal, nationalId],
      recipients: [cloud, bank, nav, conference],
      systems: [hr],
      securityMeasures: [encryption, backups],
      cookies: [analytics],
    },
    activities: [activity(), hrActivity, processorActivity, draft],
  });
}

const BASE_DSC = "dsc-customers";

/** A register with `count` activities for the benchmark: copies of the full register's activities. */
export function largeRegisterSnapshot(count: number): RegisterSnapshot {
  const base = fullRegisterSnapshot();
  const templates = base.activities.filter((a) => a.status === "ACTIVE");
  const activities = Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length];
    if (!template) throw new Error("no template activity");
    return { ...template, id: `${template.id}-${i + 1}`, name: `${template.name} ${i + 1}` };
  });
  return { ...base, activities };
}
