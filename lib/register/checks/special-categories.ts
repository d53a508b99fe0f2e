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

/**
 * People send special-category data nobody asked for (health in a CV, beliefs in a free-text
 * field, a diagnosis in a chat). Once received they are processed (Art. 4(2)), so the record
 * and the notice must say what happens to them (Art. 5(1)(c), 13(1)(c)).
 */
export const SC_007 = defineRule(
  {
    id: "SC-007",
    severity: "error",
    article: "GDPR Art. 5(1)(c), 9(1), 13(1)(c)",
    title: { en: "Volunteered special-category data, and nothing said about what is done with them", nb: "Særlige kategorier folk gir uoppfordret, uten at det står hva som skjer med dem" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (!activity.volunteeredSpecialCategories || activity.volunteeredHandling !== null) return [];
      const name = activityName(activity);
      return [
        activityFinding(SC_007, activity, "volunteeredHandling", {
          en: `People may send ${name.en} special-category data it does not ask for. Say what is done with them: deleted unused, or kept — only with explicit consent or under an Art. 9(2) condition.`,
          nb: `Folk kan sende ${name.nb} særlige kategorier av personopplysninger som ikke etterspørres. Oppgi hva som skjer med dem: de slettes ubrukt, eller de beholdes — bare med uttrykkelig samtykke eller etter et unntak i art. 9 nr. 2.`,
        }),
      ];
    }),
);

/**
 * Volunteered special-category data kept need a condition that holds for them. Sending them
 * to us is not making them "manifestly public" (9(2)(e) needs publication to the world), and
 * explicit consent must be shown (7(1)): volunteering is not consent.
 */
export const SC_008 = defineRule(
  {
    id: "SC-008",
    severity: "error",
    article: "GDPR Art. 9(1)–(2), 7(1)",
    title: { en: "Volunteered special-category data kept without a condition that holds", nb: "Særlige kategorier gitt uoppfordret beholdes uten et unntak som gjelder" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (!activity.volunteeredSpecialCategories) return [];
      const name = activityName(activity);
      const { volunteeredHandling: handling, art9Condition: condition } = activity;
      if (handling === "KEPT_UNDER_CONDITION" && (condition === null || condition === "MANIFESTLY_MADE_PUBLIC")) {
        return [
          activityFinding(SC_008, activity, "art9Condition", {
            en:
              condition === null
                ? `${cap(name.en)} keeps special-category data people volunteer, under its Art. 9(2) condition, but none is chosen. Choose the condition that holds, or delete the data unused.`
                : `${cap(name.en)} keeps special-category data people volunteer as "manifestly made public" (Art. 9(2)(e)). Sending them to you does not make them public; choose the condition that holds, or delete the data unused.`,
            nb:
              condition === null
                ? `${cap(name.nb)} beholder særlige kategorier folk gir uoppfordret, etter behandlingens unntak i art. 9 nr. 2, men det er ikke valgt noe unntak. Velg unntaket som gjelder, eller slett opplysningene ubrukt.`
                : `${cap(name.nb)} beholder særlige kategorier folk gir uoppfordret, som «åpenbart offentliggjort» (art. 9 nr. 2 bokstav e). At noen sender opplysningene til dere, gjør dem ikke offentlige; velg unntaket som gjelder, eller slett opplysningene ubrukt.`,
          }),
        ];
      }
      if (handling === "KEPT_WITH_EXPLICIT_CONSENT" && isBlank(activity.consentRecordRef)) {
        return [
          activityFinding(SC_008, activity, "consentRecordRef", {
            en: `${cap(name.en)} keeps volunteered special-category data only with explicit consent, but no consent record is noted. Record where the consents are kept (Art. 7(1)): sending the data is not consent.`,
            nb: `${cap(name.nb)} beholder særlige kategorier gitt uoppfordret bare med uttrykkelig samtykke, men det står ikke hvor samtykkene dokumenteres. Oppgi hvor samtykkene lagres (art. 7 nr. 1): å sende opplysningene er ikke et samtykke.`,
          }),
        ];
      }
      return [];
    }),
);

/** Members, former members and people in regular contact with the body (9(2)(d)), by the label of the category of people. */
const MEMBERS = /member|medlem|regular contact|fast kontakt|donor|giver|supporter|støttespiller|volunteer|frivillig/i;
/** Recipients that are outside the body: another controller or an authority (a processor acts on the body's behalf). */
const OUTSIDE_THE_BODY: readonly string[] = ["CONTROLLER", "JOINT_CONTROLLER", "PUBLIC_AUTHORITY"];

/**
 * Art. 9(2)(d) covers a not-for-profit body with a political, philosophical, religious or
 * trade-union aim only for its members, former members and people in regular contact with
 * it, and only while the data are not disclosed outside the body without consent.
 */
export const SC_009 = defineRule(
  {
    id: "SC-009",
    severity: "warning",
    article: "GDPR Art. 9(2)(d)",
    title: { en: "Art. 9(2)(d) used beyond members or with disclosure outside the body", nb: "Art. 9 nr. 2 bokstav d brukt utover medlemmene eller med utlevering ut av organisasjonen" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (activity.art9Condition !== "NOT_FOR_PROFIT_MEMBERS") return [];
      const name = activityName(activity);
      const findings = [];
      const others = activity.dataSubjectCategoryIds.flatMap((id) => {
        const category = index.dataSubjectCategories.get(id);
        return category && !MEMBERS.test(`${category.labelEn} ${category.labelNb}`) ? [category] : [];
      });
      if (others.length > 0) {
        findings.push(
          activityFinding(SC_009, activity, "dataSubjectCategoryIds", {
            en: `${cap(name.en)} relies on Art. 9(2)(d), which covers only members, former members and people in regular contact with the organisation, but also concerns ${others.map((c) => `“${c.labelEn}”`).join(", ")}. Their data need another Art. 9(2) condition.`,
            nb: `${cap(name.nb)} bygger på art. 9 nr. 2 bokstav d, som bare gjelder medlemmer, tidligere medlemmer og personer som har fast kontakt med organisasjonen, men gjelder også ${others.map((c) => `«${c.labelNb}»`).join(", ")}. Opplysningene om dem trenger et annet unntak i art. 9 nr. 2.`,
          }),
        );
      }
      const consent = activity.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT");
      const outside = activity.recipients.flatMap((link) => {
        const recipient = index.recipients.get(link.recipientId);
        return recipient && OUTSIDE_THE_BODY.includes(recipient.kind) ? [recipient] : [];
      });
      if (outside.length > 0 && !consent) {
        findings.push(
          activityFinding(SC_009, activity, "recipients", {
            en: `${cap(name.en)} relies on Art. 9(2)(d), but discloses the data to ${outside.map((r) => r.name).join(", ")}, outside the organisation. Art. 9(2)(d) allows that only with the person's consent; record the consent, or the condition that covers the disclosure.`,
            nb: `${cap(name.nb)} bygger på art. 9 nr. 2 bokstav d, men utleverer opplysningene til ${outside.map((r) => r.name).join(", ")}, utenfor organisasjonen. Art. 9 nr. 2 bokstav d tillater det bare med samtykke fra den registrerte; før opp samtykket, eller unntaket som dekker utleveringen.`,
          }),
        );
      }
      return findings;
    }),
);
