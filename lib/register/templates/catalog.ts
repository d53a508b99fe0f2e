import type { DataCategoryValues, DataSubjectCategoryValues } from "../catalog-schemas";
import { dataCategory as category } from "../default-catalog";
import type * as E from "../enums";

/**
 * The catalog entries the activity templates refer to. When a template is added,
 * each entry is matched against the company's own catalog by label (English or
 * bokmål, ignoring case) and, for data categories, by the legal flags — so a
 * company that already has "Health data" flagged as Art. 9 keeps using it — and
 * created only where the company has none. Labels repeat those of the default
 * catalog (lib/register/default-catalog.ts) where the meaning is the same, so the
 * two meet.
 */

export const TEMPLATE_DATA_CATEGORIES = {
  identity: category("Identity", "Identitetsopplysninger", "Name, date of birth, title", "Navn, fødselsdato, tittel"),
  contact: category("Contact details", "Kontaktopplysninger", "Postal address, e-mail address, phone number", "Postadresse, e-postadresse, telefonnummer"),
  nationalId: category("National identity number", "Fødselsnummer og D-nummer", "Norwegian national identity number or D number", "Norsk fødselsnummer eller D-nummer", { isNationalId: true }),
  employment: category("Employment details", "Arbeidsforhold", "Position, salary, working hours, absence, performance reviews", "Stilling, lønn, arbeidstid, fravær, medarbeidersamtaler"),
  salary: category("Salary, tax and bank account", "Lønn, skatt og kontonummer", "Salary, holiday pay, expenses, tax deduction card, bank account number", "Lønn, feriepenger, utlegg, skattekort, kontonummer"),
  workingHours: category("Working hours", "Arbeidstid", "Start and end of each working day, breaks, overtime", "Start og slutt på hver arbeidsdag, pauser, overtid"),
  health: category("Health data", "Helseopplysninger", "Sick leave, disability, allergies, other health information", "Sykefravær, funksjonsnedsettelse, allergier, andre helseopplysninger", { specialCategory: "HEALTH" }),
  sickLeave: category("Sick leave and follow-up", "Sykefravær og oppfølging", "Self-certified and medical sick leave, follow-up plans, notes from dialogue meetings", "Egenmeldinger, sykmeldinger, oppfølgingsplaner, referater fra dialogmøter", { specialCategory: "HEALTH" }),
  injuries: category("Injuries and work-related illness", "Personskader og arbeidsrelatert sykdom", "What happened, the injury, the work being done and the likely cause", "Hva som skjedde, skaden, arbeidet som ble utført og antatt årsak", { specialCategory: "HEALTH" }),
  allergies: category("Dietary requirements and allergies", "Kosthold og allergier", "Food allergies and intolerances that participants tell us about", "Matallergier og intoleranser som deltakerne opplyser om", { specialCategory: "HEALTH" }),
  application: category("CV and application", "CV og søknad", "CV, application letter, education, work experience, certificates", "CV, søknadsbrev, utdanning, arbeidserfaring, attester"),
  references: category("References", "Referanser", "Statements from references given by the applicant", "Uttalelser fra referanser som søkeren har oppgitt"),
  interviewNotes: category("Interview notes and assessments", "Intervjunotater og vurderinger", "Notes from interviews and our assessment of the applicant", "Notater fra intervjuer og vår vurdering av søkeren"),
  pension: category("Pension and insurance", "Pensjon og forsikring", "Membership of the pension scheme and insurances, salary basis, beneficiaries", "Medlemskap i pensjonsordning og forsikringer, lønnsgrunnlag, begunstigede"),
  email: category("E-mail and files", "E-post og filer", "The work mailbox and files in the employee's personal areas", "Arbeids-e-postkassen og filer på den ansattes personlige områder"),
  communication: category("Communication content", "Innhold i kommunikasjon", "Content of e-mails, chat messages and other correspondence", "Innhold i e-post, chatmeldinger og annen korrespondanse"),
  report: category("Whistleblowing reports", "Varsler", "What the report says, about whom, the investigation and the outcome", "Hva varselet gjelder, hvem det gjelder, undersøkelsen og utfallet"),
  criminal: category("Suspected offences", "Mistanke om straffbare forhold", "Information that someone may have committed a criminal offence", "Opplysninger om at noen kan ha begått en straffbar handling", { isCriminalOffence: true }),
  images: category("Images and video", "Bilder og video", "Photographs and video recordings, e.g. camera surveillance", "Fotografier og videoopptak, f.eks. kameraovervåking"),
  accessLog: category("Access cards and entry logs", "Adgangskort og adgangslogg", "Card number, access rights, and which doors were opened when", "Kortnummer, adgangsrettigheter og hvilke dører som ble åpnet når"),
  visitorLog: category("Visitor log", "Besøkslogg", "Name, employer, host, and time of arrival and departure", "Navn, arbeidsgiver, vert, og tidspunkt for ankomst og avreise"),
  securityLog: category("System and security logs", "System- og sikkerhetslogger", "User name, IP address, time and action in our IT systems", "Brukernavn, IP-adresse, tidspunkt og handling i IT-systemene våre"),
  deviceData: category("Device data", "Enhetsdata", "Browser, operating system, device type, screen size", "Nettleser, operativsystem, enhetstype, skjermstørrelse"),
  onlineIds: category("IP address and online identifiers", "IP-adresse og nettidentifikatorer", "IP address, cookie identifiers, user IDs", "IP-adresse, informasjonskapsel-ID-er, bruker-ID-er"),
  usage: category("Usage data", "Bruksdata", "Pages visited, clicks, time of use, logs", "Besøkte sider, klikk, tidspunkt for bruk, logger"),
  customerHistory: category("Customer history", "Kundehistorikk", "Orders, subscriptions, enquiries and their handling", "Bestillinger, abonnementer, henvendelser og behandlingen av dem"),
  orders: category("Orders and delivery", "Bestillinger og levering", "What was ordered, delivery address, delivery date, returns and complaints", "Hva som ble bestilt, leveringsadresse, leveringsdato, returer og reklamasjoner"),
  payment: category("Payment and invoice data", "Betalings- og fakturaopplysninger", "Invoices, payments, account number, payment card reference", "Fakturaer, innbetalinger, kontonummer, referanse til betalingskort"),
  contracts: category("Contracts and orders", "Avtaler og ordrer", "Agreements, order confirmations and correspondence that documents them", "Avtaler, ordrebekreftelser og korrespondanse som dokumenterer dem"),
  professional: category("Professional details", "Opplysninger om stilling", "Employer, job title and role in our cooperation", "Arbeidsgiver, stillingstittel og rolle i samarbeidet med oss"),
  marketingPrefs: category("Marketing preferences", "Markedsføringsvalg", "Consents, reservations and interests for marketing", "Samtykker, reservasjoner og interesser for markedsføring"),
  surveyAnswers: category("Survey answers", "Svar på undersøkelser", "What respondents answer in our surveys", "Det respondentene svarer i undersøkelsene våre"),
  participation: category("Event registration", "Påmelding til arrangementer", "Which events someone signed up for, attendance and practical needs", "Hvilke arrangementer noen har meldt seg på, oppmøte og praktiske behov"),
  socialProfile: category("Social media profile and interactions", "Profil og aktivitet i sosiale medier", "Public profile name, comments, reactions and messages to our page", "Offentlig profilnavn, kommentarer, reaksjoner og meldinger til siden vår"),
  shareholding: category("Shareholding", "Aksjeinnehav", "Number and numbers of shares, share class, acquisition date", "Antall aksjer og aksjenumre, aksjeklasse, dato for erverv"),
  boardRole: category("Board and management roles", "Roller i styre og ledelse", "Role, term of office, votes and statements in minutes", "Rolle, funksjonstid, stemmegivning og uttalelser i protokoller"),
  dueDiligence: category("Customer due diligence", "Kundekontroll", "Proof of identity, beneficial owners, politically exposed person status, source of funds", "Legitimasjon, reelle rettighetshavere, status som politisk eksponert person, midlenes opprinnelse"),
  entrusted: category("Data entrusted by our customers", "Opplysninger kundene overlater til oss", "The personal data our customers store and process in our service", "Personopplysningene kundene lagrer og behandler i tjenesten vår"),
} as const satisfies Record<string, DataCategoryValues>;

export type DataCategoryKey = keyof typeof TEMPLATE_DATA_CATEGORIES;

const subject = (labelEn: string, labelNb: string, includesChildren = false): DataSubjectCategoryValues => ({ labelEn, labelNb, includesChildren });

export const TEMPLATE_DATA_SUBJECTS = {
  employees: subject("Employees", "Ansatte"),
  formerEmployees: subject("Former employees", "Tidligere ansatte"),
  hiredWorkers: subject("Hired workers and consultants", "Innleide og konsulenter"),
  applicants: subject("Job applicants", "Jobbsøkere"),
  customers: subject("Customers", "Kunder"),
  businessContacts: subject("Contact persons at suppliers and partners", "Kontaktpersoner hos leverandører og samarbeidspartnere"),
  customerContacts: subject("Contact persons at business customers", "Kontaktpersoner hos bedriftskunder"),
  enquirers: subject("People who contact us", "Personer som kontakter oss"),
  subscribers: subject("Newsletter subscribers", "Abonnenter på nyhetsbrev"),
  websiteVisitors: subject("Website visitors", "Besøkende på nettstedet"),
  premisesVisitors: subject("Visitors to our premises", "Besøkende i lokalene våre"),
  whistleblowers: subject("Whistleblowers", "Varslere"),
  reportedPersons: subject("People named in reports", "Personer som omtales i varsler"),
  shareholders: subject("Shareholders", "Aksjeeiere"),
  boardMembers: subject("Board members and general manager", "Styremedlemmer og daglig leder"),
  participants: subject("Event participants", "Deltakere på arrangementer"),
  respondents: subject("Survey respondents", "Respondenter i undersøkelser"),
  followers: subject("Followers of our social media pages", "Følgere av sidene våre i sosiale medier"),
  beneficialOwners: subject("Beneficial owners and representatives of customers", "Reelle rettighetshavere og representanter for kunder"),
  customersUsers: subject("Our customers' users", "Kundenes brukere"),
} as const satisfies Record<string, DataSubjectCategoryValues>;

export type DataSubjectKey = keyof typeof TEMPLATE_DATA_SUBJECTS;

/** A public authority that receives data by law: the same for every Norwegian company. */
export type AuthorityRecipient = {
  name: string;
  kind: Extract<E.RecipientKind, "PUBLIC_AUTHORITY">;
  countryCode: "NO";
  descriptionEn: string;
  descriptionNb: string;
};

const authority = (name: string, descriptionEn: string, descriptionNb: string): AuthorityRecipient => ({
  name,
  kind: "PUBLIC_AUTHORITY",
  countryCode: "NO",
  descriptionEn,
  descriptionNb,
});

export const TEMPLATE_AUTHORITIES = {
  skatteetaten: authority("Skatteetaten", "The Norwegian Tax Administration, which receives tax and income reports", "Skatteetaten, som mottar opplysninger om skatt og inntekt"),
  nav: authority("Arbeids- og velferdsetaten (NAV)", "Receives employment reports and claims for sick pay refunds", "Mottar opplysninger om arbeidsforhold og krav om refusjon av sykepenger"),
  arbeidstilsynet: authority("Arbeidstilsynet", "The Labour Inspection Authority, which must be notified of serious work accidents", "Arbeidstilsynet, som skal varsles om alvorlige arbeidsulykker"),
  politiet: authority("Politiet", "The police, who receive recordings and reports when a crime or accident is investigated", "Politiet, som mottar opptak og anmeldelser når en straffbar handling eller ulykke etterforskes"),
  okokrim: authority("Økokrim", "Receives reports of suspicious transactions under the Anti-Money Laundering Act", "Mottar rapporter om mistenkelige transaksjoner etter hvitvaskingsloven"),
  bronnoysund: authority("Brønnøysundregistrene", "Registers board members, the general manager and beneficial owners", "Registrerer styremedlemmer, daglig leder og reelle rettighetshavere"),
} as const satisfies Record<string, AuthorityRecipient>;

export type AuthorityKey = keyof typeof TEMPLATE_AUTHORITIES;
