import { bookkeeping, keptUntil } from "./rules";
import type { ActivityTemplate } from "./types";

/**
 * Employees and applicants: recruitment, personnel files, absence, working hours, leaving and
 * photos (pay, the a-melding and pensions are in pay.ts). Sources for every provision: docs/legal-spec.md §7.
 * Employee data come from the employee (Art. 13) unless said otherwise.
 */

export const personnelFiles: ActivityTemplate = {
  id: "personnel-files",
  category: "hr",
  name: { en: "Personnel files", nb: "Personalmapper" },
  summary: {
    en: "The employment contract, roles, training and appraisals kept for each employee, and the reference when they leave.",
    nb: "Arbeidsavtalen, stillinger, opplæring og medarbeidersamtaler for hver ansatt, og attesten når de slutter.",
  },
  noticeTitle: { en: "Administering your employment", nb: "Administrasjon av arbeidsforholdet ditt" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: {
      en: "Without the details in your employment contract we cannot employ you.",
      nb: "Uten opplysningene i arbeidsavtalen kan vi ikke ansette deg.",
    },
  },
  dataSubjects: ["employees", "formerEmployees"],
  dataCategories: ["identity", "contact", "employment"],
  purposes: [
    {
      description: {
        en: "administer your employment: contract, position, training, performance reviews and leave",
        nb: "administrere arbeidsforholdet ditt: arbeidsavtale, stilling, opplæring, medarbeidersamtaler og permisjoner",
      },
      lawfulBasis: "CONTRACT",
    },
    {
      description: { en: "write the reference you are entitled to when you leave", nb: "skrive attesten du har krav på når du slutter" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "arbeidsmiljoloven", section: "§ 15-15" }],
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: "employment",
      duration: 3,
      unit: "YEARS",
      trigger: "AFTER_END_OF_CONTRACT",
      criteria: {
        en: "three years is the general limitation period for claims arising from the employment (foreldelsesloven § 2)",
        nb: "tre år er den alminnelige foreldelsesfristen for krav fra arbeidsforholdet (foreldelsesloven § 2)",
      },
    },
    keptUntil("identity", {
        en: "your name, position and the period you worked here are kept after you leave, so that we can confirm your employment and answer later questions about pension and references",
        nb: "navn, stilling og perioden du arbeidet her, oppbevarer vi etter at du har sluttet, slik at vi kan bekrefte arbeidsforholdet og svare på senere spørsmål om pensjon og attester",
      }),
    keptUntil("contact", { en: "deleted when you leave, once your final salary has been paid", nb: "slettes når du slutter, etter at siste lønn er utbetalt" }),
  ],
  companyParts: [
    { kind: "processors", examples: { en: "HR system provider", nb: "Leverandør av HR-systemet" } },
    { kind: "systems", examples: { en: "The HR system or the personnel archive", nb: "HR-systemet eller personalarkivet" } },
  ],
  assumptions: [
    { en: "Sick leave, working hours and payroll are separate activities with their own templates.", nb: "Sykefravær, arbeidstid og lønn er egne behandlinger med egne maler." },
    {
      en: "Warnings and other documents from conflicts are deleted when they no longer matter, usually no later than when the three years after the employment have passed.",
      nb: "Advarsler og andre dokumenter fra konflikter slettes når de ikke lenger har betydning, vanligvis senest når det har gått tre år etter arbeidsforholdet.",
    },
  ],
};

export const recruitment: ActivityTemplate = {
  id: "recruitment",
  category: "hr",
  name: { en: "Recruitment", nb: "Rekruttering" },
  summary: {
    en: "Receiving and assessing applications, interviews and reference checks until a position is filled.",
    nb: "Mottak og vurdering av søknader, intervjuer og referansesjekk til stillingen er besatt.",
  },
  noticeTitle: { en: "When you apply for a job with us", nb: "Når du søker jobb hos oss" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "PRECONTRACT_REQUIRED",
    consequence: { en: "Without an application and CV we cannot consider you for the position.", nb: "Uten søknad og CV kan vi ikke vurdere deg til stillingen." },
  },
  dataSubjects: ["applicants"],
  dataCategories: ["identity", "contact", "application", "references", "interviewNotes"],
  purposes: [
    {
      description: {
        en: "assess your application, interview you and check the references you give us before we decide whom to hire",
        nb: "vurdere søknaden din, intervjue deg og kontakte referansene du oppgir, før vi bestemmer hvem vi ansetter",
      },
      lawfulBasis: "CONTRACT",
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 6,
      unit: "MONTHS",
      trigger: "OTHER",
      triggerText: { en: "the position has been filled", nb: "at stillingen er besatt" },
    },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Recruitment system provider, recruitment agency", nb: "Leverandør av rekrutteringssystem, rekrutteringsbyrå" } },
    { kind: "systems", examples: { en: "The recruitment system", nb: "Rekrutteringssystemet" } },
  ],
  assumptions: [
    {
      en: "Applications are kept for six months after the position is filled, so that we can answer questions and complaints about the appointment; the applicant we hire moves to the personnel file.",
      nb: "Søknader oppbevares i seks måneder etter at stillingen er besatt, slik at vi kan svare på spørsmål og klager om ansettelsen; den vi ansetter, flyttes til personalmappen.",
    },
    {
      en: "References are contacted only with the applicant's knowledge. Keeping an applicant's CV for later positions needs a separate consent purpose.",
      nb: "Referanser kontaktes bare når søkeren vet om det. Skal en søknad lagres for senere stillinger, trengs et eget formål med samtykke.",
    },
    {
      en: "No police certificate is required. Where a law requires one for the position, add criminal-record data (Art. 10) with that provision.",
      nb: "Det kreves ikke politiattest. Krever en lov politiattest for stillingen, legg til opplysninger om straffbare forhold (art. 10) med den bestemmelsen.",
    },
  ],
};

export const sickLeave: ActivityTemplate = {
  id: "sick-leave",
  category: "hr",
  name: { en: "Sick leave and follow-up", nb: "Sykefravær og oppfølging" },
  summary: {
    en: "Sick pay in the employer period and the follow-up plan and dialogue meetings the Working Environment Act requires.",
    nb: "Sykepenger i arbeidsgiverperioden og oppfølgingsplanen og dialogmøtene arbeidsmiljøloven krever.",
  },
  noticeTitle: { en: "When you are on sick leave", nb: "Når du er sykmeldt" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "STATUTORY",
    consequence: {
      en: "Without a self-certification or sick note you lose the right to sick pay for the period.",
      nb: "Uten egenmelding eller sykmelding faller retten til sykepenger for perioden bort.",
    },
  },
  dataSubjects: ["employees"],
  dataCategories: ["identity", "sickLeave", "salary"],
  purposes: [
    {
      description: { en: "pay sick pay in the employer period and claim refunds from NAV", nb: "utbetale sykepenger i arbeidsgiverperioden og kreve refusjon fra NAV" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "folketrygdloven", section: "§ 8-19" }],
    },
    {
      description: {
        en: "adapt your work and follow you up with a follow-up plan and dialogue meetings",
        nb: "tilrettelegge arbeidet og følge deg opp med oppfølgingsplan og dialogmøter",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [
        { law: "arbeidsmiljoloven", section: "§ 4-6" },
        { law: "folketrygdloven", section: "§ 25-2" },
      ],
    },
  ],
  art9: {
    condition: "EMPLOYMENT_SOCIAL_SECURITY",
    law: [
      { law: "arbeidsmiljoloven", section: "§ 4-6" },
      { law: "folketrygdloven", section: "§ 25-2" },
    ],
  },
  authorities: ["nav"],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING"],
  retention: [
    {
      dataCategory: "sickLeave",
      duration: 3,
      unit: "YEARS",
      trigger: "AFTER_CASE_CLOSED",
      criteria: {
        en: "the follow-up is documented so that we can show we met our duties; the three years follow the limitation period (foreldelsesloven § 2)",
        nb: "oppfølgingen dokumenteres slik at vi kan vise at vi har oppfylt pliktene våre; de tre årene følger foreldelsesfristen (foreldelsesloven § 2)",
      },
    },
    bookkeeping("salary"),
    bookkeeping("identity"),
  ],
  companyParts: [
    { kind: "processors", examples: { en: "HR or absence system provider, occupational health service", nb: "Leverandør av HR- eller fraværssystem, bedriftshelsetjeneste" } },
    { kind: "systems", examples: { en: "The HR or absence system", nb: "HR- eller fraværssystemet" } },
  ],
  assumptions: [
    {
      en: "We receive the sick note's employer copy, which has no diagnosis; we do not ask for a diagnosis and record only what adapting the work needs.",
      nb: "Vi mottar arbeidsgiverens del av sykmeldingen, som ikke har diagnose; vi spør ikke om diagnose og noterer bare det tilretteleggingen krever.",
    },
    {
      en: "Only the immediate manager and HR see the follow-up documents.",
      nb: "Bare nærmeste leder og HR ser oppfølgingsdokumentene.",
    },
  ],
};

export const workingHours: ActivityTemplate = {
  id: "working-hours",
  category: "hr",
  name: { en: "Working hours records", nb: "Registrering av arbeidstid" },
  summary: {
    en: "The record of how much each employee works that the Working Environment Act requires.",
    nb: "Oversikten over hvor mye hver ansatt arbeider, som arbeidsmiljøloven krever.",
  },
  noticeTitle: { en: "Recording your working hours", nb: "Registrering av arbeidstiden din" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "STATUTORY",
    consequence: {
      en: "We must record your working hours; without them we cannot pay overtime or show that the working time rules are kept.",
      nb: "Vi må registrere arbeidstiden din; uten den kan vi ikke betale overtid eller vise at arbeidstidsreglene følges.",
    },
  },
  dataSubjects: ["employees"],
  dataCategories: ["identity", "workingHours"],
  purposes: [
    {
      description: { en: "keep the record of how much you work, including overtime", nb: "føre oversikt over hvor mye du arbeider, også overtid" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "arbeidsmiljoloven", section: "§ 10-7" }],
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    bookkeeping(null),
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Time registration system provider", nb: "Leverandør av timeregistreringssystem" } },
    { kind: "systems", examples: { en: "The time registration system", nb: "Timeregistreringssystemet" } },
  ],
  assumptions: [
    {
      en: "The hours are the basis for pay, so the records are kept with the payroll records for five years after the end of the accounting year.",
      nb: "Timene er grunnlag for lønn, og oversikten oppbevares derfor sammen med lønnsbilagene i fem år etter regnskapsårets slutt.",
    },
    {
      en: "The records are not used to monitor employees; such use is a control measure under the Working Environment Act chapter 9.",
      nb: "Oversikten brukes ikke til å kontrollere de ansatte; slik bruk er et kontrolltiltak etter arbeidsmiljøloven kapittel 9.",
    },
  ],
};

export const leaverEmail: ActivityTemplate = {
  id: "leaver-email",
  category: "hr",
  name: { en: "E-mail and files of employees who leave", nb: "E-post og filer når ansatte slutter" },
  summary: {
    en: "Closing the mailbox, keeping only what the business needs, and access under the e-mail regulation's conditions.",
    nb: "Avslutning av e-postkassen, oppbevaring av bare det driften trenger, og innsyn etter vilkårene i e-postforskriften.",
  },
  noticeTitle: { en: "Your work e-mail and files when you leave", nb: "Jobb-e-posten og filene dine når du slutter" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_OBSERVED",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: { en: "The work mailbox is part of your work tools; it is closed when you leave.", nb: "Jobb-e-postkassen er en del av arbeidsverktøyet ditt, og den avsluttes når du slutter." },
  },
  dataSubjects: ["formerEmployees", "employees"],
  dataCategories: ["identity", "email"],
  purposes: [
    {
      description: {
        en: "close your mailbox when you leave, set an automatic reply, and delete what the daily operation does not need",
        nb: "avslutte e-postkassen når du slutter, legge inn automatisk svar og slette det den daglige driften ikke trenger",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "e-postforskriften", section: "§ 4" }],
    },
    {
      description: {
        en: "access your mailbox or files where the daily operation requires it, after notifying you and following the regulation's procedure",
        nb: "gjøre innsyn i e-postkassen eller filene dine når den daglige driften krever det, etter varsel til deg og etter forskriftens fremgangsmåte",
      },
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: {
        en: "keeping the business running when messages or documents needed for ongoing work are only in your mailbox",
        nb: "å holde driften i gang når meldinger eller dokumenter som trengs i løpende arbeid, bare finnes i e-postkassen din",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING"],
  retention: [
    {
      dataCategory: "email",
      duration: 6,
      unit: "MONTHS",
      trigger: "OTHER",
      triggerText: { en: "you leave", nb: "at du slutter" },
      criteria: {
        en: "content the daily operation needs is moved to the company's archive; the rest is deleted",
        nb: "innhold den daglige driften trenger, flyttes til virksomhetens arkiv; resten slettes",
      },
    },
    { dataCategory: "identity", duration: 6, unit: "MONTHS", trigger: "OTHER", triggerText: { en: "you leave", nb: "at du slutter" } },
  ],
  companyParts: [
    { kind: "processors", examples: { en: "E-mail and file storage provider (e.g. Microsoft 365 or Google Workspace)", nb: "Leverandør av e-post og fillagring (f.eks. Microsoft 365 eller Google Workspace)" } },
    { kind: "systems", examples: { en: "E-mail and file storage", nb: "E-post og fillagring" } },
  ],
  assumptions: [
    {
      en: "The mailbox is closed on the last working day; the automatic reply names a new contact. Six months after leaving is Datatilsynet's practice for “within a reasonable time”.",
      nb: "E-postkassen stenges siste arbeidsdag; det automatiske svaret oppgir en ny kontaktperson. Seks måneder etter fratreden er Datatilsynets praksis for «innen rimelig tid».",
    },
    {
      en: "Access follows the regulation's §§ 2–3: a ground for access, notice to the employee, the right to be present, and documentation.",
      nb: "Innsyn følger forskriftens §§ 2–3: grunnlag for innsyn, varsel til den ansatte, rett til å være til stede, og dokumentasjon.",
    },
  ],
};

export const employeePhotos: ActivityTemplate = {
  id: "employee-photos",
  category: "hr",
  name: { en: "Employee photos on the website and intranet", nb: "Bilder av ansatte på nettsider og intranett" },
  summary: { en: "Portraits and contact details of employees published with their consent.", nb: "Portretter og kontaktinformasjon for ansatte som publiseres med samtykke." },
  noticeTitle: { en: "Your photo on our website", nb: "Bildet ditt på nettsidene våre" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: { requirement: "VOLUNTARY" },
  dataSubjects: ["employees"],
  dataCategories: ["identity", "images"],
  purposes: [
    {
      description: { en: "show your photo with your name and role on our website and intranet", nb: "vise bildet ditt med navn og rolle på nettsidene og intranettet vårt" },
      lawfulBasis: "CONSENT",
      consentWithdrawal: {
        en: "tell HR, and we remove the photo within a week",
        nb: "gi beskjed til HR, så fjerner vi bildet innen en uke",
      },
    },
  ],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [
    {
      dataCategory: null,
      duration: 1,
      unit: "WEEKS",
      trigger: "AFTER_WITHDRAWAL_OF_CONSENT",
      criteria: { en: "and at the latest when you leave", nb: "og senest når du slutter" },
    },
  ],
  companyParts: [{ kind: "systems", examples: { en: "The website's publishing system and the intranet", nb: "Publiseringsløsningen for nettsidene og intranettet" } }],
  assumptions: [
    {
      en: "Saying no has no consequences for the employee; the page then shows name and role without a photo.",
      nb: "Det får ingen følger for den ansatte å si nei; siden viser da navn og rolle uten bilde.",
    },
  ],
};
