/**
 * Corpus: a municipality (a public authority, Art. 6(1)(e) and 37(1)(a)): kindergarten
 * admission with information on children's special needs (Art. 9(2)(g)), enquiries from
 * residents, and a website that counts visits with a cookie.
 */
import { cookie, dataCategory, dataSubjectCategory, purpose, recipient, retention, securityMeasure } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { activityOf, corpusActivity, link, provision, register, t, type CorpusRegister } from "./kit";

const KINDERGARTEN = "activity-fjordvik-kindergarten";
const ENQUIRIES = "activity-fjordvik-enquiries";
const WEBSITE = "activity-fjordvik-website";

const ARCHIVES_ACT = provision("the Archives Act (arkivlova) § 6", "arkivlova § 6");

function fixed(): RegisterSnapshot {
  const children = dataSubjectCategory({ id: "dsc-fjordvik-children", labelEn: "Children applying for a kindergarten place", labelNb: "Barn som søker barnehageplass", includesChildren: true });
  const parents = dataSubjectCategory({ id: "dsc-fjordvik-parents", labelEn: "Parents and guardians", labelNb: "Foreldre og foresatte" });
  const residents = dataSubjectCategory({ id: "dsc-fjordvik-residents", labelEn: "Residents who contact the municipality", labelNb: "Innbyggere som kontakter kommunen" });
  const visitors = dataSubjectCategory({ id: "dsc-fjordvik-visitors", labelEn: "Visitors to the municipality's website", labelNb: "Besøkende på kommunens nettsted" });
  const child = dataCategory({ id: "dc-fjordvik-child", labelEn: "The child's identity", labelNb: "Barnets identitet", descriptionEn: "Name, date of birth and address", descriptionNb: "Navn, fødselsdato og adresse" });
  const parentContact = dataCategory({ id: "dc-fjordvik-parent-contact", labelEn: "Parents' contact details", labelNb: "Foreldrenes kontaktopplysninger", descriptionEn: "Name, address, phone number and e-mail address", descriptionNb: "Navn, adresse, telefonnummer og e-postadresse" });
  const needs = dataCategory({
    id: "dc-fjordvik-needs",
    labelEn: "Special needs",
    labelNb: "Særskilte behov",
    descriptionEn: "A disability or health condition that gives the child priority for a place",
    descriptionNb: "Funksjonsnedsettelse eller helsetilstand som gir barnet prioritet ved opptak",
    specialCategory: "HEALTH",
  });
  const enquiry = dataCategory({ id: "dc-fjordvik-enquiry", labelEn: "Enquiries and case documents", labelNb: "Henvendelser og saksdokumenter", descriptionEn: "What you write to us, our answer and your contact details", descriptionNb: "Det du skriver til oss, svaret vårt og kontaktopplysningene dine" });
  const visits = dataCategory({ id: "dc-fjordvik-visits", labelEn: "Visit data", labelNb: "Besøksdata", descriptionEn: "Pages viewed and the time of the visit", descriptionNb: "Sider du har sett og tidspunktet for besøket" });

  const admissions = recipient({ id: "recipient-fjordvik-kommunedata", name: "Kommunedata Opptak AS", descriptionEn: "Runs the kindergarten admission system", descriptionNb: "Drifter systemet for barnehageopptak" });
  const privateKindergartens = recipient({
    id: "recipient-fjordvik-private-kindergartens",
    name: "Private kindergartens in Fjordvik",
    kind: "CONTROLLER",
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    descriptionEn: "Receive the application when they offer the child a place (coordinated admission)",
    descriptionNb: "Mottar søknaden når de tilbyr barnet plass (samordnet opptak)",
  });
  const statsCookie = cookie({
    id: "cookie-fjordvik-stats",
    name: "fv_stats",
    provider: "fjordvik.kommune.no",
    purposeEn: "Tells visits apart so that we can count them",
    purposeNb: "Skiller besøk fra hverandre slik at vi kan telle dem",
    category: "STATISTICS",
    durationText: "13 months",
    consentRequired: true,
  });
  const access = securityMeasure({ id: "sm-fjordvik-access", kind: "ACCESS_CONTROL", descriptionEn: "Case workers see only the cases of their own service", descriptionNb: "Saksbehandlere ser bare sakene i sin egen tjeneste" });
  const logging = securityMeasure({ id: "sm-fjordvik-logging", kind: "LOGGING", descriptionEn: "Access to cases with special-category data is logged and checked", descriptionNb: "Innsyn i saker med særlige kategorier logges og kontrolleres" });
  const measures = [access.id, logging.id];

  return register({
    company: {
      id: "company-fjordvik",
      slug: "fjordvik-kommune",
      legalName: "Fjordvik kommune",
      orgNumber: "956781000",
      postalStreet: "Rådhusplassen 1",
      postalCode: "6800",
      postalCity: "Førde",
      email: "postmottak@fjordvik.kommune.no",
      phone: "+47 57 00 00 00",
      website: "https://fjordvik.kommune.no",
      employeeBand: "AT_LEAST_250",
      isPublicAuthority: true,
      // GDPR Art. 37(1)(a): every public authority designates a data protection officer.
      dpo: { designated: true, basis: "PUBLIC_BODY", name: "Personvernombudet i Fjordvik kommune", email: "personvernombud@fjordvik.kommune.no", phone: null, address: null },
    },
    catalogs: {
      dataSubjectCategories: [children, parents, residents, visitors],
      dataCategories: [child, parentContact, needs, enquiry, visits],
      recipients: [admissions, privateKindergartens],
      securityMeasures: [access, logging],
      cookies: [statsCookie],
    },
    activities: [
      corpusActivity({
        id: KINDERGARTEN,
        name: "Barnehageopptak",
        noticeTitleEn: "Kindergarten admission",
        noticeTitleNb: "Opptak til barnehage",
        description: t("Applications for a kindergarten place, the coordinated admission and offers of places.", "Søknader om barnehageplass, samordnet opptak og tilbud om plass."),
        provisionRequirement: "STATUTORY",
        provisionConsequence: t("Without the information the application form asks for we cannot process the application.", "Uten opplysningene søknadsskjemaet ber om, kan vi ikke behandle søknaden."),
        purposes: [
          purpose({
            id: "purpose-fjordvik-admission",
            description: t("Process applications for a kindergarten place and offer places", "Behandle søknader om barnehageplass og tilby plass"),
            lawfulBasis: "PUBLIC_TASK",
            legalReference: provision("the Kindergarten Act (barnehageloven) §§ 16 and 17", "barnehageloven §§ 16 og 17"),
          }),
        ],
        art9Condition: "SUBSTANTIAL_PUBLIC_INTEREST",
        art9LegalReference: provision("the Kindergarten Act (barnehageloven) § 18 on priority for children with disabilities", "barnehageloven § 18 om prioritet for barn med nedsatt funksjonsevne"),
        dpia: { required: true, status: "COMPLETED", link: "Sak 2025/1432, DPIA barnehageopptak" },
        dataSubjectCategoryIds: [children.id, parents.id],
        dataCategoryIds: [child.id, parentContact.id, needs.id],
        recipients: [link(admissions.id), link(privateKindergartens.id)],
        securityMeasureIds: measures,
        retentionRules: [
          retention({
            id: "retention-fjordvik-admission",
            dataCategoryId: null,
            duration: 5,
            unit: "YEARS",
            trigger: "OTHER",
            triggerText: t("the child leaves kindergarten", "barnet slutter i barnehagen"),
            criteriaText: t("The application is then transferred to the municipal archive or deleted, as the archive plan decides.", "Søknaden blir deretter overført til kommunearkivet eller slettet, slik arkivplanen bestemmer."),
            legalReference: ARCHIVES_ACT,
          }),
        ],
      }),
      corpusActivity({
        id: ENQUIRIES,
        name: "Henvendelser fra innbyggere",
        noticeTitleEn: "When you contact the municipality",
        noticeTitleNb: "Når du kontakter kommunen",
        description: t("Questions and requests from residents by e-mail, letter, phone and the contact form.", "Spørsmål og henvendelser fra innbyggere på e-post, brev, telefon og kontaktskjema."),
        provisionRequirement: "VOLUNTARY",
        purposes: [
          purpose({
            id: "purpose-fjordvik-enquiries",
            description: t("Answer your enquiry and guide you to the right service", "Svare på henvendelsen din og veilede deg til riktig tjeneste"),
            lawfulBasis: "PUBLIC_TASK",
            legalReference: provision("the Public Administration Act (forvaltningsloven) § 11", "forvaltningsloven § 11"),
          }),
          purpose({ id: "purpose-fjordvik-journal", sortOrder: 1, description: t("Record the enquiry in the municipality's archive", "Journalføre henvendelsen i kommunens arkiv"), lawfulBasis: "LEGAL_OBLIGATION", legalReference: ARCHIVES_ACT }),
        ],
        dataSubjectCategoryIds: [residents.id],
        dataCategoryIds: [enquiry.id],
        securityMeasureIds: measures,
        retentionRules: [
          retention({
            id: "retention-fjordvik-enquiries",
            dataCategoryId: enquiry.id,
            duration: 12,
            unit: "MONTHS",
            trigger: "AFTER_CASE_CLOSED",
            criteriaText: t("Enquiries that are case documents are kept in the archive as the archive plan decides.", "Henvendelser som er saksdokumenter, oppbevares i arkivet slik arkivplanen bestemmer."),
            legalReference: ARCHIVES_ACT,
          }),
        ],
      }),
      corpusActivity({
        id: WEBSITE,
        name: "Nettstedet",
        noticeTitleEn: "Our website",
        noticeTitleNb: "Nettstedet vårt",
        description: t("We count visits to the website with our own statistics cookie, only if you accept it.", "Vi teller besøk på nettstedet med vår egen statistikkinformasjonskapsel, bare hvis du godtar den."),
        collectionSource: "DATA_SUBJECT_OBSERVED",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-fjordvik-statistics",
            description: t("Count visits to see which pages residents use", "Telle besøk for å se hvilke sider innbyggerne bruker"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Change your choice under “Cookies” at the bottom of every page.", "Endre valget under «Informasjonskapsler» nederst på hver side."),
          }),
        ],
        consentRecordRef: "Samtykkeloggen i informasjonskapselbanneret",
        // Monitoring by an organisation of 250 or more: the screening found no DPIA needed (first-party, counting only).
        dpia: { required: false, status: null, link: "Sak 2025/1501, vurdering av behov for DPIA for nettstatistikk" },
        dataSubjectCategoryIds: [visitors.id],
        dataCategoryIds: [visits.id],
        cookieIds: [statsCookie.id],
        securityMeasureIds: measures,
        retentionRules: [retention({ id: "retention-fjordvik-visits", dataCategoryId: visits.id, duration: 13, unit: "MONTHS", trigger: "AFTER_COLLECTION" })],
      }),
    ],
  });
}

export const publicBody: CorpusRegister = {
  kind: "public-body",
  about: "Fjordvik kommune, a municipality (public authority, 250+ employees): kindergarten admission with special needs (Art. 9(2)(g)), residents' enquiries, website statistics",
  fixed,
  remaining: [],
  defects: [
    {
      what: "No data protection officer designated",
      apply: (r) => {
        r.company.dpo = { designated: false, basis: null, name: null, email: null, phone: null, address: null };
      },
      expect: [{ rule: "DPO-002", severity: "error", at: "company", field: "dpoDesignated", why: "GDPR Art. 37(1)(a): a public authority always designates a data protection officer" }],
    },
    {
      what: "Kindergarten admission as a public task with no law named",
      apply: (r) => {
        const admission = activityOf(r, KINDERGARTEN).purposes[0];
        if (admission) admission.legalReference = { law: null, section: null, text: {} };
      },
      expect: [{ rule: "LB-003", severity: "error", at: KINDERGARTEN, field: "purposes.0.legalReference", why: "GDPR Art. 6(3): a public task is laid down by law, and the notice names it (barnehageloven)" }],
    },
    {
      what: "Residents' enquiries answered on legitimate interests",
      apply: (r) => {
        const answer = activityOf(r, ENQUIRIES).purposes[0];
        if (!answer) return;
        Object.assign(answer, {
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legalReference: { law: null, section: null, text: {} },
          legitimateInterest: t("Giving residents good service", "Å gi innbyggerne god service"),
          liaRef: "Vurdering 2024",
        });
      },
      expect: [{ rule: "LB-005", severity: "error", at: ENQUIRIES, field: "purposes.0.lawfulBasis", why: "GDPR Art. 6(1) second subparagraph: a public authority cannot rely on legitimate interests for its tasks; guidance is a duty under forvaltningsloven § 11" }],
    },
    {
      what: "The website's statistics cookie is described, but not recorded",
      apply: (r) => {
        activityOf(r, WEBSITE).cookieIds = [];
      },
      expect: [{ rule: "CK-004", severity: "warning", at: WEBSITE, field: "cookieIds", why: "ekomloven § 3-15: the notice's cookie information comes from the recorded cookies; the description speaks of a cookie that is not recorded" }],
    },
    {
      what: "Special needs processed under substantial public interest with no law named",
      apply: (r) => {
        activityOf(r, KINDERGARTEN).art9LegalReference = { law: null, section: null, text: {} };
      },
      expect: [{ rule: "SC-002", severity: "error", at: KINDERGARTEN, field: "art9LegalReference", why: "GDPR Art. 9(2)(g): substantial public interest works only through Union or national law (barnehageloven § 18)" }],
    },
  ],
};
