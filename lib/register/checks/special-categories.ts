/**
 * Special categories (Art. 9), criminal-offence data (Art. 10; pol. § 11),
 * national identity numbers (pol. § 12) and the Art. 30(5) exemption.
 */
// Art. 9(2)(b), (g)–(j) work only through Union or Member State law (legal-spec §1.4.3 †).
import { ART9_CONDITIONS_NEEDING_LAW } from "../activity-schema";
import {
  activitiesInScope,
  activityFinding,
  activityName,
  cap,
  categoryList,
  controllerActivities,
  criminalCategoriesOf,
  dataCategoriesOf,
  defineRule,
  isBlank,
  specialCategoriesOf,
} from "./kit";

export const SC_001 = defineRule(
  {
    id: "SC-001",
    severity: "error",
    article: "GDPR Art. 9(1)–(2)",
    title: { en: "Special-category data without an Art. 9(2) condition", nb: "Særlige kategorier uten unntak etter art. 9 nr. 2" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const special = specialCategoriesOf(activity, index);
      if (special.length === 0 || activity.art9Condition !== null) return [];
      const name = activityName(activity);
      const list = categoryList(special);
      return [
        activityFinding(SC_001, activity, "art9Condition", {
          en: `${cap(name.en)} processes special-category data (${list.en}). Processing them is prohibited unless a condition in Art. 9(2) applies; choose it.`,
          nb: `${cap(name.nb)} behandler særlige kategorier av personopplysninger (${list.nb}). Det er forbudt med mindre et av unntakene i art. 9 nr. 2 gjelder; velg unntaket.`,
        }),
      ];
    }),
);

export const SC_002 = defineRule(
  {
    id: "SC-002",
    severity: "error",
    article: "GDPR Art. 9(2)(b), (g)–(j)",
    title: { en: "Art. 9(2) condition that needs a law, without the law", nb: "Unntak etter art. 9 nr. 2 som krever lovhjemmel, uten lovhjemmel" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (activity.art9Condition === null || !ART9_CONDITIONS_NEEDING_LAW.includes(activity.art9Condition) || !isBlank(activity.art9LegalReference)) return [];
      const name = activityName(activity);
      return [
        activityFinding(SC_002, activity, "art9LegalReference", {
          en: `The Art. 9(2) condition chosen for ${name.en} applies only where a law provides for it. Name that law, e.g. “arbeidsmiljøloven § 4-6”.`,
          nb: `Unntaket etter art. 9 nr. 2 som er valgt for ${name.nb}, gjelder bare når en lov gir grunnlag for det. Oppgi loven, f.eks. «arbeidsmiljøloven § 4-6».`,
        }),
      ];
    }),
);

export const SC_003 = defineRule(
  {
    id: "SC-003",
    severity: "error",
    article: "GDPR Art. 10; personopplysningsloven § 11",
    title: { en: "Criminal-offence data without legal authority", nb: "Opplysninger om straffbare forhold uten rettslig grunnlag" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const criminal = criminalCategoriesOf(activity, index);
      if (criminal.length === 0 || !isBlank(activity.art10Authority)) return [];
      const name = activityName(activity);
      const list = categoryList(criminal);
      return [
        activityFinding(SC_003, activity, "art10Authority", {
          en: `${cap(name.en)} processes data about criminal convictions or offences (${list.en}). State the legal authority for it (Art. 10), e.g. the provision requiring a police certificate.`,
          nb: `${cap(name.nb)} behandler opplysninger om straffedommer og lovovertredelser (${list.nb}). Oppgi rettsgrunnlaget (art. 10), f.eks. bestemmelsen som krever politiattest.`,
        }),
      ];
    }),
);

export const SC_004 = defineRule(
  {
    id: "SC-004",
    severity: "warning",
    article: "personopplysningsloven § 12",
    title: { en: "National identity number without documented need", nb: "Fødselsnummer uten dokumentert behov" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const ids = dataCategoriesOf(activity, index).filter((category) => category.isNationalId);
      if (ids.length === 0 || !isBlank(activity.nationalIdJustification)) return [];
      const name = activityName(activity);
      return [
        activityFinding(SC_004, activity, "nationalIdJustification", {
          en: `${cap(name.en)} uses national identity numbers. Explain why you need secure identification and why the number is necessary for it (personopplysningsloven § 12).`,
          nb: `${cap(name.nb)} bruker fødselsnummer eller D-nummer. Forklar hvorfor dere har saklig behov for sikker identifisering, og hvorfor nummeret er nødvendig for det (personopplysningsloven § 12).`,
        }),
      ];
    }),
);

/**
 * Art. 30(5): below 250 employees an activity may be left out of the record only if it
 * is occasional, unlikely to risk rights AND has no Art. 9/10 data (WP29 position paper).
 * Processor activities are included: 30(5) covers the processor's record too.
 */
export const SC_005 = defineRule(
  {
    id: "SC-005",
    severity: "error",
    article: "GDPR Art. 30(5)",
    title: { en: "Special-category or criminal data in an activity marked exempt", nb: "Særlige kategorier eller straffeopplysninger i en behandling merket som unntatt" },
  },
  (snapshot, { index }) => {
    if (snapshot.company.employeeBand !== "UNDER_250") return [];
    return activitiesInScope(snapshot).flatMap((activity) => {
      if (!activity.isOccasional || activity.isLikelyRisk) return [];
      const sensitive = [...specialCategoriesOf(activity, index), ...criminalCategoriesOf(activity, index)];
      if (sensitive.length === 0) return [];
      const name = activityName(activity);
      const list = categoryList(sensitive);
      return [
        activityFinding(SC_005, activity, "isOccasional", {
          en: `${cap(name.en)} is marked as occasional and low-risk, which would exempt it from the record, but it includes ${list.en}. Art. 30(5) never exempts processing of special-category or criminal-offence data.`,
          nb: `${cap(name.nb)} er merket som sporadisk og uten risiko, noe som ville unnta den fra protokollen, men den omfatter ${list.nb}. Art. 30 nr. 5 unntar aldri behandling av særlige kategorier eller opplysninger om straffbare forhold.`,
        }),
      ];
    });
  },
);

/**
 * Art. 9(2)(a) explicit consent is consent: the controller must be able to show it was
 * given (Art. 7(1)) and the person told they can withdraw it (7(3), 13(2)(c)). Where no
 * purpose rests on consent (so LB-006 and LB-010 never look at the activity) and no
 * consent record exists, the condition is named but nothing in the register carries it —
 * often the wrong condition was chosen (9(2)(b) or (h) for employment or health care).
 */
export const SC_006 = defineRule(
  {
    id: "SC-006",
    severity: "error",
    article: "GDPR Art. 9(2)(a), 7(1), 7(3)",
    title: { en: "Explicit consent under Art. 9(2)(a) with neither consent as a basis nor a consent record", nb: "Uttrykkelig samtykke etter art. 9 nr. 2 bokstav a uten samtykke som grunnlag eller dokumentasjon" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (activity.art9Condition !== "EXPLICIT_CONSENT") return [];
      if (activity.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT") || !isBlank(activity.consentRecordRef)) return [];
      const name = activityName(activity);
      return [
        activityFinding(SC_006, activity, "art9Condition", {
          en: `${cap(name.en)} relies on explicit consent for special-category data (Art. 9(2)(a)), but no purpose rests on consent and no consent record is noted. Record where the explicit consents are kept and how they are withdrawn, or choose the Art. 9(2) condition that actually applies.`,
          nb: `${cap(name.nb)} bygger på uttrykkelig samtykke for særlige kategorier (art. 9 nr. 2 bokstav a), men ingen formål bygger på samtykke, og det er ikke oppgitt hvor samtykkene dokumenteres. Oppgi hvor de uttrykkelige samtykkene lagres og hvordan de trekkes tilbake, eller velg det unntaket i art. 9 nr. 2 som faktisk gjelder.`,
        }),
      ];
    }),
);
