import type { DataCategoryValues, DataSubjectCategoryValues, SecurityMeasureValues } from "./catalog-schemas";

/**
 * The catalog a new company starts with, so that the DPO picks from a list
 * instead of typing the same categories again (CNIL's register model lists
 * identity, personal/professional life, financial, connection, location and
 * internet data). Every label is in English and bokmål; the DPO edits or
 * deletes what does not apply. Special categories (Art. 9(1)), criminal data
 * (Art. 10) and the national identity number (pol. § 12) are flagged, so the
 * checks SC-001…SC-004 know them.
 */

/** A data category's values, with its legal flags (Art. 9, Art. 10, pol. § 12) defaulting to none. */
export const dataCategory = (
  labelEn: string,
  labelNb: string,
  descriptionEn: string,
  descriptionNb: string,
  flags: Partial<Pick<DataCategoryValues, "specialCategory" | "isCriminalOffence" | "isNationalId">> = {},
): DataCategoryValues => ({
  labelEn,
  labelNb,
  descriptionEn,
  descriptionNb,
  specialCategory: flags.specialCategory ?? null,
  isCriminalOffence: flags.isCriminalOffence ?? false,
  isNationalId: flags.isNationalId ?? false,
});

export const DEFAULT_DATA_CATEGORIES: readonly DataCategoryValues[] = [
  dataCategory("Identity", "Identitetsopplysninger", "Name, date of birth, title", "Navn, fødselsdato, tittel"),
  dataCategory("Contact details", "Kontaktopplysninger", "Postal address, e-mail address, phone number", "Postadresse, e-postadresse, telefonnummer"),
  dataCategory("Customer history", "Kundehistorikk", "Orders, subscriptions, enquiries and their handling", "Bestillinger, abonnementer, henvendelser og behandlingen av dem"),
  dataCategory("Payment and invoice data", "Betalings- og fakturaopplysninger", "Invoices, payments, account number, payment card reference", "Fakturaer, innbetalinger, kontonummer, referanse til betalingskort"),
  dataCategory("Communication content", "Innhold i kommunikasjon", "Content of e-mails, chat messages and other correspondence", "Innhold i e-post, chatmeldinger og annen korrespondanse"),
  dataCategory("CV and application", "CV og søknad", "CV, application letter, education, work experience, certificates", "CV, søknadsbrev, utdanning, arbeidserfaring, attester"),
  dataCategory("References", "Referanser", "Statements from references given by the applicant", "Uttalelser fra referanser som søkeren har oppgitt"),
  dataCategory("Employment details", "Arbeidsforhold", "Position, salary, working hours, absence, performance reviews", "Stilling, lønn, arbeidstid, fravær, medarbeidersamtaler"),
  dataCategory("IP address and online identifiers", "IP-adresse og nettidentifikatorer", "IP address, cookie identifiers, user IDs", "IP-adresse, informasjonskapsel-ID-er, bruker-ID-er"),
  dataCategory("Device data", "Enhetsdata", "Browser, operating system, device type, screen size", "Nettleser, operativsystem, enhetstype, skjermstørrelse"),
  dataCategory("Usage data", "Bruksdata", "Pages visited, clicks, time of use, logs", "Besøkte sider, klikk, tidspunkt for bruk, logger"),
  dataCategory("Location data", "Lokasjonsdata", "Geographic position from the device or derived from the IP address", "Geografisk posisjon fra enheten eller avledet fra IP-adressen"),
  dataCategory("Marketing preferences", "Markedsføringsvalg", "Consents, reservations and interests for marketing", "Samtykker, reservasjoner og interesser for markedsføring"),
  dataCategory("Images and video", "Bilder og video", "Photographs and video recordings, e.g. camera surveillance", "Fotografier og videoopptak, f.eks. kameraovervåking"),
  dataCategory("Health data", "Helseopplysninger", "Sick leave, disability, allergies, other health information", "Sykefravær, funksjonsnedsettelse, allergier, andre helseopplysninger", { specialCategory: "HEALTH" }),
  dataCategory("Trade union membership", "Fagforeningsmedlemskap", "Membership in a trade union, e.g. for deduction of dues", "Medlemskap i fagforening, f.eks. for trekk av kontingent", { specialCategory: "TRADE_UNION_MEMBERSHIP" }),
  dataCategory("Criminal records", "Politiattest og straffbare forhold", "Police certificates, convictions and offences", "Politiattester, straffedommer og lovovertredelser", { isCriminalOffence: true }),
  dataCategory("National identity number", "Fødselsnummer og D-nummer", "Norwegian national identity number or D number", "Norsk fødselsnummer eller D-nummer", { isNationalId: true }),
];

export const DEFAULT_DATA_SUBJECT_CATEGORIES: readonly DataSubjectCategoryValues[] = [
  { labelEn: "Customers", labelNb: "Kunder", includesChildren: false },
  { labelEn: "Prospective customers", labelNb: "Potensielle kunder", includesChildren: false },
  { labelEn: "Website visitors", labelNb: "Besøkende på nettstedet", includesChildren: false },
  { labelEn: "Job applicants", labelNb: "Jobbsøkere", includesChildren: false },
  { labelEn: "Employees", labelNb: "Ansatte", includesChildren: false },
  { labelEn: "Contact persons at suppliers and partners", labelNb: "Kontaktpersoner hos leverandører og samarbeidspartnere", includesChildren: false },
  { labelEn: "Newsletter subscribers", labelNb: "Abonnenter på nyhetsbrev", includesChildren: false },
  { labelEn: "People who contact us", labelNb: "Personer som kontakter oss", includesChildren: false },
  // Art. 8; pol. § 5: flagged so LB-007 can ask for parental authorisation under 13.
  { labelEn: "Children", labelNb: "Barn", includesChildren: true },
];

/** One common measure per CNIL kind (Art. 32(1)); the DPO describes their own. */
export const DEFAULT_SECURITY_MEASURES: readonly SecurityMeasureValues[] = [
  { kind: "ACCESS_CONTROL", descriptionEn: "Access is limited to those who need it, with personal accounts and two-factor authentication.", descriptionNb: "Tilgang er begrenset til dem som trenger den, med personlige kontoer og tofaktorautentisering." },
  { kind: "LOGGING", descriptionEn: "Access to and changes of personal data are logged.", descriptionNb: "Tilgang til og endringer av personopplysninger logges." },
  { kind: "SOFTWARE_PROTECTION", descriptionEn: "Systems are kept up to date with security updates and protected against malware.", descriptionNb: "Systemene holdes oppdatert med sikkerhetsoppdateringer og er beskyttet mot skadevare." },
  { kind: "BACKUPS", descriptionEn: "Regular backups are taken and restoring them is tested.", descriptionNb: "Det tas jevnlig sikkerhetskopier, og gjenoppretting testes." },
  { kind: "ENCRYPTION", descriptionEn: "Data are encrypted in transit and at rest.", descriptionNb: "Data krypteres under overføring og ved lagring." },
  { kind: "PROCESSOR_CONTROL", descriptionEn: "Processors are bound by data processing agreements and followed up.", descriptionNb: "Databehandlere er bundet av databehandleravtaler og følges opp." },
];
