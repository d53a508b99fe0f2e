/**
 * Lawful bases per purpose (Art. 6(1); legal-spec §1.4.1); electronic marketing
 * (markedsføringsloven § 15) is in ./marketing.ts. PROCESSOR activities are skipped: the
 * controller they serve chooses the basis (see controllerActivities).
 */
import { LANGUAGES } from "../languages";
import { textIn } from "../localized-text";
import { activityFinding, activityName, BASIS_NAMES, cap, controllerActivities, defineRule, isArt14, isBlank, purposeName, q } from "./kit";

export const LB_001 = defineRule(
  {
    id: "LB-001",
    severity: "error",
    article: "GDPR Art. 6(1), 13(1)(c)",
    title: { en: "Purpose without a lawful basis", nb: "Formål uten behandlingsgrunnlag" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (activity.purposes.length === 0) {
        const name = activityName(activity);
        return [
          activityFinding(LB_001, activity, "purposes", {
            en: `${cap(name.en)} has no purpose. Describe what the data are used for and choose a lawful basis for each purpose.`,
            nb: `${cap(name.nb)} har ikke noe formål. Beskriv hva opplysningene brukes til, og velg behandlingsgrunnlag for hvert formål.`,
          }),
        ];
      }
      return activity.purposes.flatMap((purpose, i) => {
        if (purpose.lawfulBasis !== null) return [];
        const name = purposeName(activity, purpose);
        return [
          activityFinding(LB_001, activity, `purposes.${i}.lawfulBasis`, {
            en: `Choose a lawful basis (Art. 6(1)) for ${name.en}.`,
            nb: `Velg behandlingsgrunnlag (art. 6 nr. 1) for ${name.nb}.`,
          }),
        ];
      });
    }),
);

/**
 * Our model stores one basis per purpose row, so "one purpose with several bases"
 * (Working Group Two 2.5: consent, 6(1)(b) and 6(1)(f) for recruitment) shows up as
 * the same purpose entered twice with different bases. We compare descriptions
 * case- and whitespace-insensitively within one activity.
 */
export const LB_002 = defineRule(
  {
    id: "LB-002",
    severity: "warning",
    article: "GDPR Art. 6(1); Datatilsynet: one basis per purpose",
    title: { en: "One purpose with several lawful bases", nb: "Ett formål med flere behandlingsgrunnlag" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      activity.purposes.flatMap((purpose, i) => {
        // The same purpose: the same words in any one language.
        const same = (other: typeof purpose) =>
          LANGUAGES.some((language) => {
            const mine = textIn(purpose.description, language);
            const theirs = textIn(other.description, language);
            return mine !== null && theirs !== null && normalise(mine) === normalise(theirs);
          });
        const earlier = activity.purposes.slice(0, i).find((other) => same(other) && other.lawfulBasis !== null);
        if (!earlier?.lawfulBasis || purpose.lawfulBasis === null || earlier.lawfulBasis === purpose.lawfulBasis) return [];
        const name = purposeName(activity, purpose);
        const first = BASIS_NAMES[earlier.lawfulBasis];
        const second = BASIS_NAMES[purpose.lawfulBasis];
        return [
          activityFinding(LB_002, activity, `purposes.${i}.lawfulBasis`, {
            en: `${cap(name.en)} is given two lawful bases, ${first.en} and ${second.en}. Choose one basis per purpose, or split it into two purposes that say what each basis covers.`,
            nb: `${cap(name.nb)} har to behandlingsgrunnlag, ${first.nb} og ${second.nb}. Velg ett grunnlag per formål, eller del det i to formål som sier hva hvert grunnlag dekker.`,
          }),
        ];
      }),
    ),
);

export const LB_003 = defineRule(
  {
    id: "LB-003",
    severity: "error",
    article: "GDPR Art. 6(3)",
    title: { en: "Legal obligation or public task without a legal reference", nb: "Rettslig forpliktelse eller offentlig oppgave uten lovhjemmel" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      activity.purposes.flatMap((purpose, i) => {
        if ((purpose.lawfulBasis !== "LEGAL_OBLIGATION" && purpose.lawfulBasis !== "PUBLIC_TASK") || !isBlank(purpose.legalReference)) return [];
        const name = purposeName(activity, purpose);
        const basis = BASIS_NAMES[purpose.lawfulBasis];
        return [
          activityFinding(LB_003, activity, `purposes.${i}.legalReference`, {
            en: `${cap(name.en)} rests on ${basis.en}; name the law that lays it down (Art. 6(3)), e.g. “Bookkeeping Act § 13”.`,
            nb: `${cap(name.nb)} bygger på ${basis.nb}; oppgi loven som fastsetter det (art. 6 nr. 3), f.eks. «bokføringsloven § 13».`,
          }),
        ];
      }),
    ),
);

export const LB_004 = defineRule(
  {
    id: "LB-004",
    severity: "error",
    article: "GDPR Art. 13(1)(d), 14(2)(b), 5(2)",
    title: { en: "Legitimate interests without the interest or the balancing test", nb: "Berettiget interesse uten angitt interesse eller interesseavveining" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      activity.purposes.flatMap((purpose, i) => {
        if (purpose.lawfulBasis !== "LEGITIMATE_INTERESTS") return [];
        const name = purposeName(activity, purpose);
        // 13(1)(d): the notice must state the interest — without it the notice is incomplete (error).
        if (isBlank(purpose.legitimateInterest)) {
          return [
            activityFinding(LB_004, activity, `purposes.${i}.legitimateInterest`, {
              en: `${cap(name.en)} rests on legitimate interests, but the interest is not stated. The notice must say what the interest is (Art. 13(1)(d)).`,
              nb: `${cap(name.nb)} bygger på berettiget interesse, men interessen er ikke angitt. Erklæringen må si hva interessen er (art. 13 nr. 1 bokstav d).`,
            }),
          ];
        }
        // 5(2) accountability: the balancing test should be documented — a record gap (warning).
        if (isBlank(purpose.liaRef)) {
          return [
            activityFinding(
              LB_004,
              activity,
              `purposes.${i}.liaRef`,
              {
                en: `Document the balancing test for ${name.en} and link it here, so you can show why your interest outweighs the data subjects' (Art. 5(2)).`,
                nb: `Dokumenter interesseavveiningen for ${name.nb} og lenk til den her, slik at dere kan vise hvorfor interessen veier tyngre enn de registrertes (art. 5 nr. 2).`,
              },
              "warning",
            ),
          ];
        }
        return [];
      }),
    ),
);

export const LB_005 = defineRule(
  {
    id: "LB-005",
    severity: "error",
    article: "GDPR Art. 6(1), second subparagraph",
    title: { en: "Public authority relies on legitimate interests", nb: "Offentlig myndighet bruker berettiget interesse" },
  },
  (snapshot) => {
    if (!snapshot.company.isPublicAuthority) return [];
    // The register cannot tell a task from other processing (e.g. a canteen), so every
    // 6(1)(f) purpose of a public authority is flagged and the message names the exception.
    return controllerActivities(snapshot).flatMap((activity) =>
      activity.purposes.flatMap((purpose, i) => {
        if (purpose.lawfulBasis !== "LEGITIMATE_INTERESTS") return [];
        const name = purposeName(activity, purpose);
        return [
          activityFinding(LB_005, activity, `purposes.${i}.lawfulBasis`, {
            en: `A public authority cannot rely on legitimate interests for processing in the performance of its tasks. Use public task (Art. 6(1)(e)) with its legal basis for ${name.en}, unless it falls outside your tasks.`,
            nb: `En offentlig myndighet kan ikke bruke berettiget interesse for behandling som ledd i oppgavene sine. Bruk allmennhetens interesse / offentlig myndighetsutøvelse (art. 6 nr. 1 bokstav e) med lovhjemmel for ${name.nb}, med mindre det ligger utenfor oppgavene deres.`,
          }),
        ];
      }),
    );
  },
);

export const LB_006 = defineRule(
  {
    id: "LB-006",
    severity: "error",
    article: "GDPR Art. 7(3), 13(2)(c)",
    title: { en: "Consent without a way to withdraw it", nb: "Samtykke uten mulighet for å trekke det tilbake" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      // 7(3), 13(2)(c): withdrawing must be as easy as giving consent, and the notice must say how.
      activity.purposes.flatMap((purpose, i) => {
        if (purpose.lawfulBasis !== "CONSENT" || !isBlank(purpose.consentWithdrawal)) return [];
        const name = purposeName(activity, purpose);
        return [
          activityFinding(LB_006, activity, `purposes.${i}.consentWithdrawal`, {
            en: `Say how people withdraw their consent to ${name.en}, e.g. “the unsubscribe link in every e-mail” (Art. 7(3)).`,
            nb: `Skriv hvordan de registrerte trekker tilbake samtykket til ${name.nb}, f.eks. «avmeldingslenken i hver e-post» (art. 7 nr. 3).`,
          }),
        ];
      }),
    ),
);

/** Split from LB-006, which used to carry both rules under one id (issue 10). */
export const LB_012 = defineRule(
  {
    id: "LB-012",
    severity: "warning",
    article: "GDPR Art. 7(1), 5(2)",
    title: { en: "Consent without a record of it", nb: "Samtykke uten dokumentasjon" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      // 7(1): the controller must be able to demonstrate consent (a record gap, so a warning).
      if (!activity.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT") || !isBlank(activity.consentRecordRef)) return [];
      const name = activityName(activity);
      return [
        activityFinding(LB_012, activity, "consentRecordRef", {
          en: `${cap(name.en)} relies on consent; note where the consents are recorded so you can show who consented to what and when (Art. 7(1)).`,
          nb: `${cap(name.nb)} bygger på samtykke; oppgi hvor samtykkene lagres, slik at dere kan vise hvem som samtykket til hva og når (art. 7 nr. 1).`,
        }),
      ];
    }),
);

// A consent record that mentions parents or guardians is taken as documenting the
// parental authorisation Art. 8(1) asks for (the schema has no field of its own for it).
const PARENTAL = /\b(?:parent|guardian)|foreldre|foresatt|\bverge\b/i;

/**
 * LB-007 trigger: a data subject category that includes children, a purpose on
 * consent, and data obtained from the person themself (DATA_SUBJECT_DIRECT /
 * OBSERVED) — that is where a child could give the consent. The register has no flag
 * for "information society service", so an offline consent (e.g. a school trip form)
 * is flagged too; the fix is the same: record the parents' authorisation.
 */
export const LB_007 = defineRule(
  {
    id: "LB-007",
    severity: "error",
    article: "GDPR Art. 8; personopplysningsloven § 5",
    title: { en: "Child's consent without parental authorisation", nb: "Samtykke fra barn uten samtykke fra foreldre" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (isArt14(activity)) return [];
      const children = activity.dataSubjectCategoryIds.map((id) => index.dataSubjectCategories.get(id)).find((category) => category?.includesChildren);
      if (!children) return [];
      if (!activity.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT")) return [];
      if (activity.consentRecordRef !== null && PARENTAL.test(activity.consentRecordRef)) return [];
      const name = activityName(activity);
      return [
        activityFinding(LB_007, activity, "consentRecordRef", {
          en: `${cap(name.en)} asks ${q.en(children.labelEn)} for consent, and they include children. Children under 13 cannot consent to online services themselves (personopplysningsloven § 5): record how a parent or guardian authorises it.`,
          nb: `${cap(name.nb)} ber ${q.nb(children.labelNb)} om samtykke, og blant dem er barn. Barn under 13 år kan ikke selv samtykke til informasjonssamfunnstjenester (personopplysningsloven § 5): dokumenter hvordan foreldre eller foresatte gir samtykke.`,
        }),
      ];
    }),
);

/**
 * Marketing cannot rest on 6(1)(b): it is not necessary to perform the contract
 * (EDPB Guidelines 2/2019; Recital 47 points to 6(1)(f)). Marketing is recognised by
 * the activity having e-mail/SMS marketing channels, not by guessing from words.
 */
export const LB_009 = defineRule(
  {
    id: "LB-009",
    severity: "warning",
    article: "EDPB Guidelines 2/2019; GDPR Recital 47",
    title: { en: "Marketing based on contract", nb: "Markedsføring med avtale som grunnlag" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (!activity.marketingAudiences.some((audience) => audience.channels.length > 0)) return [];
      return activity.purposes.flatMap((purpose, i) => {
        if (purpose.lawfulBasis !== "CONTRACT") return [];
        const name = purposeName(activity, purpose);
        return [
          activityFinding(LB_009, activity, `purposes.${i}.lawfulBasis`, {
            en: `${cap(name.en)} is marketing, which is not necessary to perform a contract. Use legitimate interests (Recital 47) or consent instead of 6(1)(b).`,
            nb: `${cap(name.nb)} er markedsføring, og det er ikke nødvendig for å oppfylle en avtale. Bruk berettiget interesse (fortalepunkt 47) eller samtykke i stedet for art. 6 nr. 1 bokstav b.`,
          }),
        ];
      });
    }),
);

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").replace(/[.;:,]+$/, "").trim();
}

/**
 * Art. 6(1)(b) covers a contract "to which the data subject is party" (or steps at their
 * request before one); a contract with the person's employer or the organisation they act
 * for — a business customer whose staff use our service — does not carry processing of
 * the staff's data (EDPB Guidelines 2/2019, paras 26–28): that rests on legitimate
 * interests, and the notice must not tell them "under our contract with you" (issue 10).
 */
export const LB_014 = defineRule(
  {
    id: "LB-014",
    severity: "error",
    article: "GDPR Art. 6(1)(b); EDPB Guidelines 2/2019",
    title: { en: "Contract as the basis where the contract is with the person's organisation", nb: "Avtale som grunnlag der avtalen er med virksomheten den registrerte tilhører" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (activity.contractParty !== "ORGANISATION") return [];
      return activity.purposes.flatMap((purpose, i) => {
        if (purpose.lawfulBasis !== "CONTRACT") return [];
        const name = purposeName(activity, purpose);
        return [
          activityFinding(LB_014, activity, `purposes.${i}.lawfulBasis`, {
            en: `${cap(name.en)} rests on a contract (Art. 6(1)(b)), but the contract is with the person's employer or the organisation they act for. Art. 6(1)(b) needs the person as a party: choose legitimate interests (Art. 6(1)(f)) and state the interest.`,
            nb: `${cap(name.nb)} har avtale som grunnlag (art. 6 nr. 1 bokstav b), men avtalen er med arbeidsgiveren til den registrerte eller virksomheten vedkommende opptrer for. Art. 6 nr. 1 bokstav b krever at den registrerte selv er part: velg berettiget interesse (art. 6 nr. 1 bokstav f) og angi interessen.`,
          }),
        ];
      });
    }),
);
