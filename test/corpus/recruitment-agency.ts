/**
 * Corpus: a recruitment agency. Candidates apply through it (Art. 13), referees are
 * contacted about them (Art. 14), and for some positions a police certificate is
 * required by the law of the sector (Art. 10).
 */
import { dataCategory, dataSubjectCategory, purpose, recipient, retention, securityMeasure, source } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { activityOf, corpusActivity, link, provision, recipientOf, register, t, type CorpusRegister } from "./kit";

const CANDIDATES = "activity-talentbro-candidates";
const REFERENCES = "activity-talentbro-references";
const POLICE = "activity-talentbro-police-certificate";
const EMPLOYERS = "recipient-talentbro-employers";

function fixed(): RegisterSnapshot {
  const candidates = dataSubjectCategory({ id: "dsc-talentbro-candidates", labelEn: "Candidates", labelNb: "Kandidater" });
  const referees = dataSubjectCategory({ id: "dsc-talentbro-referees", labelEn: "Referees named by candidates", labelNb: "Referansepersoner som kandidatene oppgir" });
  const cv = dataCategory({ id: "dc-talentbro-cv", labelEn: "CV and application", labelNb: "CV og søknad", descriptionEn: "Education, work experience, certificates and what you write in the application", descriptionNb: "Utdanning, arbeidserfaring, attester og det du skriver i søknaden" });
  const contact = dataCategory({ id: "dc-talentbro-contact", labelEn: "Contact details", labelNb: "Kontaktopplysninger", descriptionEn: "Name, e-mail address and phone number", descriptionNb: "Navn, e-postadresse og telefonnummer" });
  const statements = dataCategory({ id: "dc-talentbro-statements", labelEn: "Reference statements", labelNb: "Referanseuttalelser", descriptionEn: "What the referee says about the candidate's work, and the referee's name and role", descriptionNb: "Hva referansepersonen sier om kandidatens arbeid, og referansepersonens navn og rolle" });
  const profile = dataCategory({ id: "dc-talentbro-profile", labelEn: "Public professional profile", labelNb: "Offentlig yrkesprofil", descriptionEn: "What you publish about your work in professional networks", descriptionNb: "Det du selv publiserer om arbeidet ditt i yrkesnettverk" });
  const certificate = dataCategory({ id: "dc-talentbro-police", labelEn: "Police certificate", labelNb: "Politiattest", descriptionEn: "Whether the certificate shows convictions relevant to the position", descriptionNb: "Om attesten viser straffbare forhold som har betydning for stillingen", isCriminalOffence: true });

  const ats = recipient({ id: "recipient-talentbro-portal", name: "Rekrutteringsportalen AS", descriptionEn: "Runs the system where applications and candidate profiles are kept", descriptionNb: "Drifter systemet der søknader og kandidatprofiler lagres" });
  const employers = recipient({
    id: EMPLOYERS,
    // Named, as WP260 asks by default (Art. 13(1)(e)): a recipient's name is a proper name and
    // prints as written in every language, so a category written in English would stay English
    // in the bokmål notice.
    name: "Sola Energi AS",
    kind: "CONTROLLER",
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    descriptionEn: "The employer we recruit for: receives the applications of the candidates we put forward for its positions",
    descriptionNb: "Arbeidsgiveren vi rekrutterer for: mottar søknadene fra kandidatene vi foreslår til stillingene",
  });
  const access = securityMeasure({ id: "sm-talentbro-access", kind: "ACCESS_CONTROL", descriptionEn: "Only the consultant on the assignment sees the candidates of that assignment", descriptionNb: "Bare konsulenten på oppdraget ser kandidatene i det oppdraget" });
  const logging = securityMeasure({ id: "sm-talentbro-logging", kind: "LOGGING", descriptionEn: "Every look at a candidate profile is logged", descriptionNb: "Hver gang noen ser på en kandidatprofil, blir det logget" });
  const measures = [access.id, logging.id];

  return register({
    company: {
      id: "company-talentbro",
      slug: "talentbro",
      legalName: "Talentbro Rekruttering AS",
      orgNumber: "934561007",
      postalStreet: "Breigata 7",
      postalCode: "4006",
      postalCity: "Stavanger",
      email: "personvern@talentbro.no",
      phone: "+47 51 00 70 70",
      website: "https://talentbro.no",
    },
    catalogs: { dataSubjectCategories: [candidates, referees], dataCategories: [cv, contact, statements, profile, certificate], recipients: [ats, employers], securityMeasures: [access, logging] },
    activities: [
      corpusActivity({
        id: CANDIDATES,
        name: "Kandidater",
        noticeTitleEn: "When you apply for a position through us",
        noticeTitleNb: "Når du søker en stilling gjennom oss",
        description: t("Applications for the positions we recruit for, and the profiles of candidates who want to be considered later.", "Søknader på stillingene vi rekrutterer til, og profiler for kandidater som vil bli vurdert senere."),
        provisionRequirement: "PRECONTRACT_REQUIRED",
        provisionConsequence: t("Without your CV and contact details we cannot consider you for the position.", "Uten CV og kontaktopplysninger kan vi ikke vurdere deg for stillingen."),
        // Two sources: the candidate, and the professional profile the candidate published (Art. 14(2)(f)).
        sources: [
          source({ kind: "DATA_SUBJECT_DIRECT", dataCategoryIds: [cv.id, contact.id] }),
          source({ kind: "PUBLIC_SOURCE", name: t("professional networks such as LinkedIn", "yrkesnettverk som LinkedIn"), isPublic: true, dataCategoryIds: [profile.id] }),
        ],
        art14Timing: "FIRST_COMMUNICATION",
        // CVs and cover letters bring health, beliefs and more that nobody asked for.
        volunteeredSpecialCategories: true,
        volunteeredHandling: "DELETED",
        purposes: [
          purpose({ id: "purpose-talentbro-assess", description: t("Assess your application and put you forward to the employer", "Vurdere søknaden din og foreslå deg for arbeidsgiveren"), lawfulBasis: "CONTRACT" }),
          purpose({
            id: "purpose-talentbro-profile",
            sortOrder: 1,
            description: t("Keep your profile to offer you later positions", "Beholde profilen din for å tilby deg senere stillinger"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Delete your profile in the candidate portal, or write to us.", "Slett profilen din i kandidatportalen, eller skriv til oss."),
          }),
        ],
        consentRecordRef: "Samtykkelogg i Rekrutteringsportalen (tidspunkt og tekst)",
        dataSubjectCategoryIds: [candidates.id],
        dataCategoryIds: [cv.id, contact.id, profile.id],
        recipients: [link(ats.id), link(employers.id)],
        securityMeasureIds: measures,
        retentionRules: [
          retention({
            id: "retention-talentbro-candidates",
            dataCategoryId: null,
            duration: 6,
            unit: "MONTHS",
            trigger: "AFTER_CASE_CLOSED",
            criteriaText: t(
              "If you let us keep your profile, we keep it until you withdraw your consent, and delete it two years after you last updated it.",
              "Lar du oss beholde profilen, beholder vi den til du trekker samtykket, og sletter den to år etter at du sist oppdaterte den.",
            ),
          }),
        ],
      }),
      corpusActivity({
        id: REFERENCES,
        name: "Referanser",
        noticeTitleEn: "Reference checks",
        noticeTitleNb: "Referansesjekk",
        description: t("Calls to the referees a candidate names, for the final candidates of an assignment.", "Samtaler med referansepersonene kandidaten oppgir, for de siste kandidatene i et oppdrag."),
        collectionSource: "THIRD_PARTY",
        sourceName: t("The referees you name in your application", "Referansepersonene du oppgir i søknaden"),
        sourceIsPublic: false,
        art14Timing: "WITHIN_ONE_MONTH",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-talentbro-references",
            description: t("Check the references of the final candidates", "Innhente referanser for de siste kandidatene"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Recommending candidates whose experience others can confirm", "Å anbefale kandidater som andre kan bekrefte erfaringen til"),
            liaRef: "Interesseavveining referanser 2026-01",
          }),
        ],
        dataSubjectCategoryIds: [candidates.id, referees.id],
        dataCategoryIds: [statements.id],
        recipients: [link(employers.id)],
        securityMeasureIds: measures,
        retentionRules: [retention({ id: "retention-talentbro-references", dataCategoryId: statements.id, duration: 6, unit: "MONTHS", trigger: "AFTER_CASE_CLOSED" })],
      }),
      corpusActivity({
        id: POLICE,
        name: "Politiattest",
        noticeTitleEn: "Police certificates for positions that require one",
        noticeTitleNb: "Politiattest for stillinger som krever det",
        description: t("We see the police certificate for positions where a law requires one, on behalf of the employer.", "Vi ser politiattesten for stillinger der en lov krever det, på vegne av arbeidsgiveren."),
        provisionRequirement: "STATUTORY",
        provisionConsequence: t("Without a police certificate you cannot be employed in a position where the law requires one.", "Uten politiattest kan du ikke bli ansatt i en stilling der loven krever det."),
        purposes: [
          purpose({
            id: "purpose-talentbro-police",
            description: t("Check that the police certificate allows the employment", "Kontrollere at politiattesten tillater ansettelsen"),
            lawfulBasis: "LEGAL_OBLIGATION",
            legalReference: provision("the Police Register Act (politiregisterloven) § 37 and the law of the sector that requires the certificate", "politiregisterloven § 37 og loven for sektoren som krever attesten"),
          }),
        ],
        art10Authority: t(
          "The Police Register Act (politiregisterloven) § 37 and the sector law that requires a certificate, such as the Kindergarten Act (barnehageloven) § 30",
          "Politiregisterloven § 37 og særloven som krever attest, for eksempel barnehageloven § 30",
        ),
        dataSubjectCategoryIds: [candidates.id],
        dataCategoryIds: [certificate.id],
        securityMeasureIds: measures,
        retentionRules: [
          retention({
            id: "retention-talentbro-police",
            dataCategoryId: certificate.id,
            duration: 6,
            unit: "MONTHS",
            trigger: "AFTER_CASE_CLOSED",
            criteriaText: t("We give the certificate back at once and keep only a note that it was shown.", "Vi gir attesten tilbake med en gang og beholder bare et notat om at den ble vist."),
          }),
        ],
      }),
    ],
  });
}

export const recruitmentAgency: CorpusRegister = {
  kind: "recruitment-agency",
  about: "Talentbro Rekruttering AS, a recruitment agency: applications and candidate profiles, reference checks (Art. 14), police certificates where a law requires them (Art. 10)",
  fixed,
  remaining: [],
  defects: [
    {
      what: "The public profiles found about candidates recorded as a source that supplies nothing",
      apply: (r) => {
        const second = activityOf(r, CANDIDATES).sources[1];
        if (second) second.dataCategoryIds = [];
      },
      expect: [
        { rule: "SRC-003", severity: "error", at: CANDIDATES, field: "sources", why: "GDPR Art. 14(1)(d), 14(2)(f): with several sources the notice says where each kind of data comes from" },
        { rule: "SRC-004", severity: "warning", at: CANDIDATES, field: "sources.1.dataCategoryIds", why: "GDPR Art. 14(2)(f): a source that supplies nothing cannot be named in the notice" },
      ],
    },
    {
      what: "A public source recorded without saying which one",
      apply: (r) => {
        const second = activityOf(r, CANDIDATES).sources[1];
        if (second) second.name = {};
      },
      expect: [{ rule: "SRC-001", severity: "error", at: CANDIDATES, field: "sources.1.name", why: "GDPR Art. 14(2)(f): “public sources” alone does not tell the person where to look" }],
    },
    {
      what: "CVs bring special categories nobody asked for, and nothing says what happens to them",
      apply: (r) => {
        activityOf(r, CANDIDATES).volunteeredHandling = null;
      },
      expect: [{ rule: "SC-007", severity: "error", at: CANDIDATES, field: "volunteeredHandling", why: "GDPR Art. 5(1)(c), 9(1), 13(1)(c): data received are processed, so the notice says what is done with them" }],
    },
    {
      what: "Candidate profiles kept “as long as we need them”",
      apply: (r) => {
        const rule = activityOf(r, CANDIDATES).retentionRules[0];
        if (rule) Object.assign(rule, { duration: null, unit: null, trigger: null, criteriaText: t("We keep profiles as long as we need them.", "Vi oppbevarer profiler så lenge vi trenger dem.") });
      },
      expect: [{ rule: "RT-002", severity: "warning", at: CANDIDATES, field: "retentionRules.0.criteriaText", why: "GDPR Art. 13(2)(a) and WP260: a period, or criteria that fix one, not “as long as needed”" }],
    },
    {
      what: "References collected without recording where they come from or when the person is told",
      apply: (r) => {
        const references = activityOf(r, REFERENCES);
        const source = references.sources[0];
        if (source) source.name = {};
        references.art14Timing = null;
      },
      expect: [
        { rule: "SRC-001", severity: "error", at: REFERENCES, field: "sources.0.name", why: "GDPR Art. 14(2)(f): data not obtained from the person come with their source" },
        { rule: "SRC-002", severity: "warning", at: REFERENCES, field: "art14Timing", why: "GDPR Art. 14(3): the person is informed within a month, at the first contact or at the first disclosure" },
      ],
    },
    {
      what: "Police certificates seen with no legal authority recorded",
      apply: (r) => {
        activityOf(r, POLICE).art10Authority = {};
      },
      expect: [{ rule: "SC-003", severity: "error", at: POLICE, field: "art10Authority", why: "GDPR Art. 10 and personopplysningsloven § 11: criminal-offence data only under official authority or a law that allows it (politiregisterloven § 37 with the sector law)" }],
    },
    {
      what: "Every candidate asked for the national identity number, with no documented need",
      apply: (r) => {
        r.catalogs.dataCategories.push(
          dataCategoryOf("dc-talentbro-national-id", "National identity number", "Fødselsnummer", "The eleven-digit number of the Norwegian population register", "Det ellevesifrede nummeret i folkeregisteret"),
        );
        const candidates = activityOf(r, CANDIDATES);
        candidates.dataCategoryIds.push("dc-talentbro-national-id");
        // The candidate gives it.
        candidates.sources[0]?.dataCategoryIds.push("dc-talentbro-national-id");
      },
      expect: [{ rule: "SC-004", severity: "warning", at: CANDIDATES, field: "nationalIdJustification", why: "personopplysningsloven § 12: a national identity number only with an objective need for certain identification; assessing an application has none" }],
    },
    {
      what: "The employers recruited for recorded as “Our partners”",
      apply: (r) => {
        recipientOf(r, EMPLOYERS).name = "Our partners";
      },
      expect: [{ rule: "REC-003", severity: "warning", at: EMPLOYERS, field: "name", why: "GDPR Art. 13(1)(e) and WP260: recipients are named, or given as a specific category; “partners” says nothing" }],
    },
  ],
};

function dataCategoryOf(id: string, labelEn: string, labelNb: string, descriptionEn: string, descriptionNb: string) {
  return dataCategory({ id, labelEn, labelNb, descriptionEn, descriptionNb, isNationalId: true });
}
