/**
 * Corpus: a small physiotherapy clinic. Patient records hold health data (Art. 9) and
 * national identity numbers, kept because health personnel must keep records; patients
 * book appointments online through a Swedish booking service.
 */
import { dataCategory, dataSubjectCategory, purpose, recipient, retention, securityMeasure } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { activityOf, corpusActivity, link, provision, recipientOf, register, t, type CorpusRegister } from "./kit";

const RECORDS = "activity-bryn-records";
const BOOKING = "activity-bryn-booking";
const BOOKING_SERVICE = "recipient-bryn-timebok";

function fixed(): RegisterSnapshot {
  const patients = dataSubjectCategory({ id: "dsc-bryn-patients", labelEn: "Patients", labelNb: "Pasienter" });
  const identity = dataCategory({ id: "dc-bryn-identity", labelEn: "Name and contact details", labelNb: "Navn og kontaktopplysninger", descriptionEn: "Name, address, mobile number and e-mail address", descriptionNb: "Navn, adresse, mobilnummer og e-postadresse" });
  const nationalId = dataCategory({ id: "dc-bryn-national-id", labelEn: "National identity number", labelNb: "Fødselsnummer", descriptionEn: "To identify you with certainty in the record", descriptionNb: "For å identifisere deg sikkert i journalen", isNationalId: true });
  const health = dataCategory({
    id: "dc-bryn-health",
    labelEn: "Health information",
    labelNb: "Helseopplysninger",
    descriptionEn: "Your complaints, the findings of the examination, the treatment and how it went",
    descriptionNb: "Plagene dine, funnene ved undersøkelsen, behandlingen og hvordan den gikk",
    specialCategory: "HEALTH",
  });
  const appointments = dataCategory({ id: "dc-bryn-appointments", labelEn: "Appointments", labelNb: "Timeavtaler", descriptionEn: "Time, therapist and type of appointment", descriptionNb: "Tidspunkt, behandler og type time" });

  const journal = recipient({ id: "recipient-bryn-journal", name: "Helsejournal Norge AS", descriptionEn: "Runs the electronic patient record system", descriptionNb: "Drifter det elektroniske journalsystemet" });
  const booking = recipient({ id: BOOKING_SERVICE, name: "Timebok Booking AB", countryCode: "SE", dpaRef: "Timebok personuppgiftsbiträdesavtal 2025", descriptionEn: "Runs the online booking and sends reminders by text message", descriptionNb: "Drifter timebestillingen på nett og sender påminnelser på SMS" });
  const access = securityMeasure({ id: "sm-bryn-access", kind: "ACCESS_CONTROL", descriptionEn: "Only the therapists treating you open your record, signed in with a smart card", descriptionNb: "Bare behandlerne dine åpner journalen din, innlogget med smartkort" });
  const logging = securityMeasure({ id: "sm-bryn-logging", kind: "LOGGING", descriptionEn: "Every opening of a record is logged, and the log is checked monthly", descriptionNb: "Hver åpning av en journal logges, og loggen kontrolleres hver måned" });
  const measures = [access.id, logging.id];

  return register({
    company: {
      id: "company-bryn",
      slug: "fysioklinikken-bryn",
      legalName: "Fysioklinikken Bryn AS",
      orgNumber: "945671009",
      postalStreet: "Brynsveien 3",
      postalCode: "0667",
      postalCity: "Oslo",
      email: "post@fysiobryn.no",
      phone: "+47 22 00 66 70",
      website: "https://fysiobryn.no",
    },
    catalogs: { dataSubjectCategories: [patients], dataCategories: [identity, nationalId, health, appointments], recipients: [journal, booking], securityMeasures: [access, logging] },
    activities: [
      corpusActivity({
        id: RECORDS,
        name: "Pasientjournal",
        noticeTitleEn: "Your patient record",
        noticeTitleNb: "Pasientjournalen din",
        description: t("The record of each patient's examinations and treatment.", "Journalen over hver pasients undersøkelser og behandling."),
        provisionRequirement: "STATUTORY",
        provisionConsequence: t("We must record what is needed to treat you; without it we cannot give you treatment.", "Vi må journalføre det som trengs for å behandle deg; uten det kan vi ikke gi deg behandling."),
        purposes: [
          purpose({
            id: "purpose-bryn-records",
            description: t("Record your examination and treatment", "Dokumentere undersøkelsen og behandlingen din"),
            lawfulBasis: "LEGAL_OBLIGATION",
            legalReference: provision("the Health Personnel Act (helsepersonelloven) §§ 39 and 40", "helsepersonelloven §§ 39 og 40"),
          }),
        ],
        // Art. 9(2)(h) with 9(3): health care by professionals under a duty of confidentiality.
        art9Condition: "HEALTH_OR_SOCIAL_CARE",
        art9LegalReference: provision("the Health Personnel Act (helsepersonelloven) § 39 and the Patient Records Act (pasientjournalloven) § 6", "helsepersonelloven § 39 og pasientjournalloven § 6"),
        nationalIdJustification: t(
          "A patient record must identify the patient with certainty (the Patient Records Regulation, pasientjournalforskriften, § 6).",
          "Pasientjournalen skal identifisere pasienten sikkert (pasientjournalforskriften § 6).",
        ),
        dataSubjectCategoryIds: [patients.id],
        dataCategoryIds: [identity.id, nationalId.id, health.id],
        recipients: [link(journal.id)],
        securityMeasureIds: measures,
        retentionRules: [
          retention({
            id: "retention-bryn-records",
            dataCategoryId: null,
            duration: 10,
            unit: "YEARS",
            trigger: "OTHER",
            triggerText: t("the last entry in the record", "siste innføring i journalen"),
            legalReference: provision("the Patient Records Regulation (pasientjournalforskriften) § 15", "pasientjournalforskriften § 15"),
          }),
        ],
      }),
      corpusActivity({
        id: BOOKING,
        name: "Timebestilling",
        noticeTitleEn: "Booking an appointment",
        noticeTitleNb: "Timebestilling",
        description: t("Appointments booked online or by phone, with a reminder by text message the day before.", "Timer bestilt på nett eller telefon, med påminnelse på SMS dagen før."),
        provisionRequirement: "CONTRACTUAL",
        provisionConsequence: t("Without your name and mobile number we cannot book or remind you of an appointment.", "Uten navn og mobilnummer kan vi ikke bestille time eller minne deg på den."),
        purposes: [purpose({ id: "purpose-bryn-booking", description: t("Book your appointment and remind you of it by text message", "Bestille time for deg og minne deg på den på SMS"), lawfulBasis: "CONTRACT" })],
        dataSubjectCategoryIds: [patients.id],
        dataCategoryIds: [identity.id, appointments.id],
        recipients: [link(booking.id)],
        securityMeasureIds: measures,
        retentionRules: [retention({ id: "retention-bryn-booking", dataCategoryId: null, duration: 12, unit: "MONTHS", trigger: "AFTER_COLLECTION" })],
      }),
    ],
  });
}

export const healthClinic: CorpusRegister = {
  kind: "health-clinic",
  about: "Fysioklinikken Bryn AS, a physiotherapy clinic: patient records with health data (Art. 9(2)(h)) and national identity numbers, online booking through a Swedish processor",
  fixed,
  remaining: [],
  defects: [
    {
      what: "Explicit consent named as the Art. 9 condition of the patient record",
      apply: (r) => {
        const records = activityOf(r, RECORDS);
        records.art9Condition = "EXPLICIT_CONSENT";
        records.art9LegalReference = { law: null, section: null, text: {} };
      },
      expect: [
        {
          rule: "SC-006",
          severity: "error",
          at: RECORDS,
          field: "art9Condition",
          why: "GDPR Art. 9(2)(a), 7(1): the record rests on a legal duty (helsepersonelloven § 39), no purpose rests on consent and no consent is recorded; the condition is 9(2)(h)",
        },
      ],
    },
    {
      what: "The patient record marked as occasional processing, left out of the record of processing",
      apply: (r) => {
        activityOf(r, RECORDS).isOccasional = true;
      },
      expect: [{ rule: "SC-005", severity: "error", at: RECORDS, field: "isOccasional", why: "GDPR Art. 30(5): the exemption never covers special categories of data" }],
    },
    {
      what: "No retention recorded for the patient record",
      apply: (r) => {
        activityOf(r, RECORDS).retentionRules = [];
      },
      expect: [{ rule: "RT-001", severity: "error", at: RECORDS, field: "retentionRules", why: "GDPR Art. 13(2)(a) and 30(1)(f): the period is stated; pasientjournalforskriften § 15 gives it" }],
    },
    {
      what: "No data processing agreement with the booking service",
      apply: (r) => {
        Object.assign(recipientOf(r, BOOKING_SERVICE), { dpaStatus: "MISSING", dpaRef: null, dpaDate: null });
      },
      expect: [{ rule: "PR-001", severity: "error", at: BOOKING_SERVICE, field: "dpaStatus", why: "GDPR Art. 28(3) and 28(9): a processor works under a written agreement" }],
    },
    {
      what: "National identity numbers in the record with no documented need",
      apply: (r) => {
        activityOf(r, RECORDS).nationalIdJustification = {};
      },
      expect: [{ rule: "SC-004", severity: "warning", at: RECORDS, field: "nationalIdJustification", why: "personopplysningsloven § 12: the need for certain identification is documented (here pasientjournalforskriften § 6)" }],
    },
  ],
};
