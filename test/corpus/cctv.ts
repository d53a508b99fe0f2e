/**
 * Corpus: a grocery chain of 300 employees with camera surveillance in its shops and
 * key cards for staff areas. The camera system is run by a security company; recordings
 * go to the police when a crime is reported.
 */
import { dataCategory, dataSubjectCategory, purpose, recipient, retention, securityMeasure } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { activityOf, corpusActivity, link, recipientOf, register, t, type CorpusRegister } from "./kit";

const CCTV = "activity-nordlys-cctv";
const KEYCARDS = "activity-nordlys-keycards";
const GUARDS = "recipient-nordlys-vakt";

function fixed(): RegisterSnapshot {
  const shoppers = dataSubjectCategory({ id: "dsc-nordlys-shoppers", labelEn: "Customers and visitors in our shops", labelNb: "Kunder og besøkende i butikkene" });
  const employees = dataSubjectCategory({ id: "dsc-nordlys-employees", labelEn: "Employees", labelNb: "Ansatte" });
  const video = dataCategory({ id: "dc-nordlys-video", labelEn: "Camera recordings", labelNb: "Kameraopptak", descriptionEn: "Video of people at the entrances, the checkouts and on the shop floor", descriptionNb: "Video av personer ved inngangene, kassene og i butikklokalet" });
  const cardUse = dataCategory({ id: "dc-nordlys-card-use", labelEn: "Key card use", labelNb: "Bruk av nøkkelkort", descriptionEn: "Card number, door and time", descriptionNb: "Kortnummer, dør og tidspunkt" });

  const guards = recipient({ id: GUARDS, name: "Vakt og Alarm Nord AS", descriptionEn: "Runs the camera and key-card systems and stores the recordings", descriptionNb: "Drifter kamera- og nøkkelkortsystemene og lagrer opptakene" });
  const police = recipient({
    id: "recipient-nordlys-police",
    name: "Politiet",
    kind: "PUBLIC_AUTHORITY",
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    descriptionEn: "Receives recordings when we report a crime",
    descriptionNb: "Mottar opptak når vi anmelder et lovbrudd",
  });
  const access = securityMeasure({ id: "sm-nordlys-access", kind: "ACCESS_CONTROL", descriptionEn: "Only the shop manager and the security company can view recordings, and every viewing is logged", descriptionNb: "Bare butikksjefen og vaktselskapet kan se opptak, og hver visning logges" });
  const encryption = securityMeasure({ id: "sm-nordlys-encryption", kind: "ENCRYPTION", descriptionEn: "Recordings are stored encrypted", descriptionNb: "Opptakene lagres kryptert" });

  return register({
    company: {
      id: "company-nordlys",
      slug: "nordlys-dagligvare",
      legalName: "Nordlys Dagligvare AS",
      orgNumber: "978901018",
      postalStreet: "Storgata 88",
      postalCode: "9008",
      postalCity: "Tromsø",
      email: "personvern@nordlysdagligvare.no",
      phone: "+47 77 00 88 00",
      website: "https://nordlysdagligvare.no",
      employeeBand: "AT_LEAST_250",
    },
    catalogs: { dataSubjectCategories: [shoppers, employees], dataCategories: [video, cardUse], recipients: [guards, police], securityMeasures: [access, encryption] },
    activities: [
      corpusActivity({
        id: CCTV,
        name: "Kameraovervåking",
        noticeTitleEn: "Camera surveillance in our shops",
        noticeTitleNb: "Kameraovervåking i butikkene",
        description: t("Cameras at the entrances, the checkouts and on the shop floor, marked with signs.", "Kameraer ved inngangene, kassene og i butikklokalet, merket med skilt."),
        collectionSource: "DATA_SUBJECT_OBSERVED",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-nordlys-cctv",
            description: t("Prevent and investigate theft, robbery and violence in the shops", "Forebygge og oppklare tyveri, ran og vold i butikkene"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Protecting customers, employees and goods against crime", "Å beskytte kunder, ansatte og varer mot kriminalitet"),
            liaRef: "Interesseavveining kameraovervåking 2025-03",
          }),
        ],
        dpia: { required: true, status: "COMPLETED", link: "DPIA kameraovervåking 2025-03" },
        dataSubjectCategoryIds: [shoppers.id, employees.id],
        dataCategoryIds: [video.id],
        recipients: [link(guards.id), link(police.id)],
        securityMeasureIds: [access.id, encryption.id],
        retentionRules: [
          retention({
            id: "retention-nordlys-video",
            dataCategoryId: video.id,
            duration: 7,
            unit: "DAYS",
            trigger: "AFTER_COLLECTION",
            criteriaText: t("A recording we hand to the police with a report is kept until the police have received it.", "Et opptak vi gir politiet sammen med en anmeldelse, oppbevares til politiet har mottatt det."),
            legalReference: { law: "kameraforskriften", section: null, text: {} },
          }),
        ],
      }),
      corpusActivity({
        id: KEYCARDS,
        name: "Adgangskontroll",
        noticeTitleEn: "Key cards for staff areas",
        noticeTitleNb: "Nøkkelkort til personalområder",
        description: t("Key cards open the stockrooms and offices; each use is recorded.", "Nøkkelkort åpner lagre og kontorer; hver bruk registreres."),
        collectionSource: "DATA_SUBJECT_OBSERVED",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-nordlys-keycards",
            description: t("Let only staff with access into the stockrooms, and find out who was there when goods go missing", "Slippe bare ansatte med tilgang inn på lagrene, og finne ut hvem som var der når varer forsvinner"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Protecting goods and premises", "Å beskytte varer og lokaler"),
            liaRef: "Interesseavveining adgangskontroll 2025-03",
          }),
        ],
        // An organisation of 250 or more monitoring its employees: screened, no DPIA needed (only doors, no tracking).
        dpia: { required: false, status: null, link: "Vurdering av behov for DPIA, adgangskontroll 2025-03" },
        dataSubjectCategoryIds: [employees.id],
        dataCategoryIds: [cardUse.id],
        recipients: [link(guards.id)],
        securityMeasureIds: [access.id],
        retentionRules: [retention({ id: "retention-nordlys-card-use", dataCategoryId: cardUse.id, duration: 3, unit: "MONTHS", trigger: "AFTER_COLLECTION" })],
      }),
    ],
  });
}

export const cctv: CorpusRegister = {
  kind: "cctv",
  about: "Nordlys Dagligvare AS, a grocery chain with 300 employees: camera surveillance in the shops (run by a security company) and key cards for staff areas",
  fixed,
  remaining: [],
  defects: [
    {
      what: "Camera recordings kept for 30 days",
      apply: (r) => {
        const rule = activityOf(r, CCTV).retentionRules[0];
        if (rule) rule.duration = 30;
      },
      expect: [{ rule: "RT-004", severity: "warning", at: CCTV, field: "retentionRules.0.duration", why: "forskrift om kameraovervåking i virksomhet: recordings are deleted at the latest seven days after they were made, unless handed to the police" }],
    },
    {
      what: "The legitimate interest behind the cameras not stated",
      apply: (r) => {
        const watch = activityOf(r, CCTV).purposes[0];
        if (watch) watch.legitimateInterest = {};
      },
      expect: [{ rule: "LB-004", severity: "error", at: CCTV, field: "purposes.0.legitimateInterest", why: "GDPR Art. 13(1)(d): the notice states the legitimate interest pursued" }],
    },
    {
      what: "No DPIA or screening for camera surveillance in a chain of 300 employees",
      apply: (r) => {
        activityOf(r, CCTV).dpia = { required: false, status: null, link: null };
      },
      expect: [{ rule: "DPIA-002", severity: "warning", at: CCTV, field: "dpia.link", why: "GDPR Art. 35(1), 35(3)(c) and WP248: systematic monitoring of publicly accessible areas on a scale calls for at least a screening" }],
    },
    {
      what: "The security company's processor agreement is not signed yet",
      apply: (r) => {
        recipientOf(r, GUARDS).dpaStatus = "PENDING";
      },
      expect: [{ rule: "PR-001", severity: "error", at: GUARDS, field: "dpaStatus", why: "GDPR Art. 28(3) and 28(9): a processor may only process under a signed written agreement" }],
    },
    {
      what: "No security measures described for the key-card system",
      apply: (r) => {
        activityOf(r, KEYCARDS).securityMeasureIds = [];
      },
      expect: [{ rule: "SEC-001", severity: "warning", at: KEYCARDS, field: "securityMeasureIds", why: "GDPR Art. 30(1)(g) and 32(1): the record describes the security measures where possible" }],
    },
  ],
};
