import { bookkeeping, keptUntil } from "./rules";
import type { ActivityTemplate } from "./types";

/**
 * Pay, the monthly report to the authorities (a-melding) and occupational pension and insurance.
 * Sources for every provision: docs/legal-spec.md §7. Employee data come from the employee
 * (Art. 13) unless said otherwise.
 */

export const payroll: ActivityTemplate = {
  id: "payroll",
  category: "hr",
  name: { en: "Payroll", nb: "Lønn" },
  summary: {
    en: "Paying salary, holiday pay and expenses, with the payroll records the Bookkeeping Act requires.",
    nb: "Utbetaling av lønn, feriepenger og utlegg, med lønnsbilagene bokføringsloven krever.",
  },
  noticeTitle: { en: "Salary and expenses for our employees", nb: "Lønn og utlegg til ansatte" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "CONTRACTUAL",
    consequence: {
      en: "Without your bank account and tax deduction details we cannot pay your salary correctly.",
      nb: "Uten kontonummer og skattekort kan vi ikke utbetale riktig lønn.",
    },
  },
  dataSubjects: ["employees", "formerEmployees"],
  dataCategories: ["identity", "contact", "nationalId", "salary"],
  purposes: [
    {
      description: { en: "pay your salary, holiday pay and expenses as agreed in your employment contract", nb: "utbetale lønn, feriepenger og utlegg slik arbeidsavtalen din fastsetter" },
      lawfulBasis: "CONTRACT",
    },
    {
      description: { en: "keep payroll records as accounting documentation", nb: "oppbevare lønnsbilag som regnskapsdokumentasjon" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "bokforingsloven", section: "§ 13" }],
    },
  ],
  nationalIdJustification: {
    en: "the tax deduction and the reports to the Tax Administration identify each employee by that number",
    nb: "skattetrekket og rapporteringen til Skatteetaten identifiserer hver ansatt med dette nummeret",
  },
  authorities: ["skatteetaten"],
  securityMeasures: ["ACCESS_CONTROL", "LOGGING"],
  retention: [
    bookkeeping("salary"),
    bookkeeping("nationalId"),
    bookkeeping("identity"),
    keptUntil("contact", {
        en: "we delete your private contact details when you leave, once the final salary and holiday pay have been paid",
        nb: "vi sletter den private kontaktinformasjonen din når du slutter, etter at siste lønn og feriepenger er utbetalt",
      }),
  ],
  companyParts: [
    { kind: "processors", examples: { en: "Payroll system provider, external accountant or payroll bureau", nb: "Leverandør av lønnssystem, regnskapsfører eller lønnsbyrå" } },
    { kind: "recipients", examples: { en: "Your bank (salary payments)", nb: "Banken deres (lønnsutbetalinger)" } },
    { kind: "systems", examples: { en: "The payroll system", nb: "Lønnssystemet" } },
  ],
  assumptions: [
    { en: "Payroll is run by the company itself or by a payroll bureau acting as your processor.", nb: "Lønnskjøringen gjøres av virksomheten selv eller av et lønnsbyrå som er databehandler for dere." },
    { en: "Monthly reporting to the tax authorities (a-melding) is a separate activity; add the “A-melding” template too.", nb: "Den månedlige rapporteringen (a-meldingen) er en egen behandling; legg også til malen «A-melding»." },
    {
      en: "No trade union dues are deducted. If they are, add trade union membership (Art. 9) with the condition for employment law, Art. 9(2)(b).",
      nb: "Det trekkes ikke fagforeningskontingent. Gjør dere det, legg til fagforeningsmedlemskap (art. 9) med unntaket for arbeidsrettslige plikter, art. 9 nr. 2 bokstav b.",
    },
  ],
};

export const aMelding: ActivityTemplate = {
  id: "a-melding",
  category: "hr",
  name: { en: "A-melding (employer reporting)", nb: "A-melding" },
  summary: {
    en: "The monthly report of employment, income and tax deductions to the Tax Administration, NAV and Statistics Norway.",
    nb: "Den månedlige rapporteringen av arbeidsforhold, inntekt og skattetrekk til Skatteetaten, NAV og SSB.",
  },
  noticeTitle: { en: "Reporting employment and income to the authorities", nb: "Rapportering av arbeidsforhold og inntekt til myndighetene" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "STATUTORY",
    consequence: {
      en: "If we lack the details the law asks for, we cannot report your employment correctly, which can affect your tax and your rights with NAV.",
      nb: "Mangler vi opplysningene loven krever, kan vi ikke rapportere arbeidsforholdet ditt riktig, og det kan påvirke skatten din og rettighetene dine hos NAV.",
    },
  },
  dataSubjects: ["employees", "formerEmployees"],
  dataCategories: ["identity", "nationalId", "employment", "salary"],
  purposes: [
    {
      description: {
        en: "report your employment, pay and tax deductions to the authorities every month in the a-melding",
        nb: "rapportere arbeidsforholdet, lønnen og skattetrekket ditt til myndighetene hver måned i a-meldingen",
      },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [
        { law: "a-opplysningsloven", section: "§ 3" },
        { law: "a-opplysningsloven", section: "§ 4" },
      ],
    },
  ],
  nationalIdJustification: {
    en: "the a-melding must identify each employee by national identity number or D number (a-opplysningsloven § 3)",
    nb: "a-meldingen skal identifisere hver inntektsmottaker med fødselsnummer eller D-nummer (a-opplysningsloven § 3)",
  },
  authorities: ["skatteetaten", "nav"],
  securityMeasures: ["ACCESS_CONTROL"],
  retention: [bookkeeping(null)],
  companyParts: [
    { kind: "processors", examples: { en: "Payroll system provider that submits the a-melding for you", nb: "Leverandør av lønnssystemet som sender a-meldingen for dere" } },
    { kind: "systems", examples: { en: "The payroll system", nb: "Lønnssystemet" } },
  ],
  assumptions: [
    {
      en: "The a-melding is sent through Altinn, which passes it to the Tax Administration, NAV and Statistics Norway; we list the first two as recipients.",
      nb: "A-meldingen sendes gjennom Altinn, som fordeler den til Skatteetaten, NAV og SSB; de to første står som mottakere.",
    },
    { en: "Copies of the reports are kept with the payroll records for five years after the end of the accounting year.", nb: "Kopier av meldingene oppbevares sammen med lønnsbilagene i fem år etter regnskapsårets slutt." },
  ],
};

export const pensionInsurance: ActivityTemplate = {
  id: "pension-insurance",
  category: "hr",
  name: { en: "Occupational pension and insurance", nb: "Tjenestepensjon og forsikring" },
  summary: {
    en: "Enrolling employees in the mandatory occupational pension and occupational injury insurance, and any group insurances.",
    nb: "Innmelding av ansatte i obligatorisk tjenestepensjon og yrkesskadeforsikring, og eventuelle gruppeforsikringer.",
  },
  noticeTitle: { en: "Your pension and insurances", nb: "Pensjon og forsikringer" },
  role: "CONTROLLER",
  collectionSource: "DATA_SUBJECT_DIRECT",
  provision: {
    requirement: "STATUTORY",
    consequence: { en: "Without these details we cannot enrol you in the pension scheme and the insurances.", nb: "Uten disse opplysningene kan vi ikke melde deg inn i pensjonsordningen og forsikringene." },
  },
  dataSubjects: ["employees", "formerEmployees"],
  dataCategories: ["identity", "nationalId", "pension"],
  purposes: [
    {
      description: { en: "enrol you in our occupational pension scheme", nb: "melde deg inn i tjenestepensjonsordningen vår" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "otp-loven", section: "§ 2" }],
    },
    {
      description: { en: "insure you against occupational injuries and work-related illness", nb: "forsikre deg mot yrkesskade og yrkessykdom" },
      lawfulBasis: "LEGAL_OBLIGATION",
      law: [{ law: "yrkesskadeforsikringsloven", section: "§ 3" }],
    },
  ],
  nationalIdJustification: {
    en: "the pension provider and the insurer must identify you securely to pay out benefits to the right person",
    nb: "pensjonsleverandøren og forsikringsselskapet må identifisere deg sikkert for å utbetale ytelser til rett person",
  },
  securityMeasures: ["ACCESS_CONTROL", "PROCESSOR_CONTROL"],
  retention: [
    keptUntil(null, {
        en: "we keep what is needed for the pension and insurance while you are employed, and premium records for five years after the end of the accounting year (bokføringsloven § 13); your pension rights themselves are kept by the pension provider",
        nb: "vi oppbevarer det som trengs for pensjon og forsikring mens du er ansatt, og premiebilag i fem år etter regnskapsårets slutt (bokføringsloven § 13); pensjonsrettighetene dine forvaltes av pensjonsleverandøren",
      }),
  ],
  companyParts: [
    { kind: "recipients", examples: { en: "Pension provider and insurance company (independent controllers)", nb: "Pensjonsleverandør og forsikringsselskap (selvstendig behandlingsansvarlige)" } },
    { kind: "systems", examples: { en: "The payroll system", nb: "Lønnssystemet" } },
  ],
  assumptions: [
    { en: "The company is covered by the OTP Act (it has employees above the thresholds in § 1).", nb: "Virksomheten er omfattet av OTP-loven (den har ansatte over tersklene i § 1)." },
    {
      en: "The pension provider and the insurer are independent controllers for their own processing; add them as recipients of the kind “controller”.",
      nb: "Pensjonsleverandøren og forsikringsselskapet er selvstendig behandlingsansvarlige for sin egen behandling; legg dem til som mottakere av typen «behandlingsansvarlig».",
    },
  ],
};
