/**
 * Consent used where it cannot be the basis (Art. 4(11), 6(1)(a), 7(4), Recital 43):
 * consent must be freely given, so it is the wrong basis for what a law requires or
 * what a contract cannot be delivered without, and it is not a default basis for
 * everything (EDPB Guidelines 05/2020 on consent, §§ 3.1.2 and 121–122).
 */
import type { ActivitySnapshot } from "../snapshot";
import { activityFinding, activityName, cap, controllerActivities, defineRule, isBlank, purposeName, q } from "./kit";
import type { Finding } from "./types";

// Laws that require consent rather than processing: a consent purpose may cite them.
const CONSENT_LAWS = /markedsføringsloven|markedsforingsloven|ekomloven|marketing control act|electronic communications act|§\s*15\b|§\s*3-15\b/i;

export const LB_010 = defineRule(
  {
    id: "LB-010",
    severity: "error",
    article: "GDPR Art. 4(11), 6(1), 7(4); Recital 43",
    title: { en: "Consent where the law or the contract requires the data", nb: "Samtykke der loven eller avtalen krever opplysningene" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const findings: Finding[] = [];
      const consent = activity.purposes.flatMap((purpose, i) => (purpose.lawfulBasis === "CONSENT" ? [{ purpose, i }] : []));
      if (consent.length === 0) return findings;
      const name = activityName(activity);
      const allConsent = consent.length === activity.purposes.length;
      for (const { purpose, i } of consent) {
        const purposeNames = purposeName(activity, purpose);
        const field = `purposes.${i}.lawfulBasis`;
        if (activity.provisionRequirement === "STATUTORY") {
          // The notice would tell people both that the law makes them give the data and that they consent.
          findings.push(
            activityFinding(LB_010, activity, field, {
              en: `${cap(purposeNames.en)} rests on consent, but ${name.en} records that the law requires people to give these data. Consent that cannot be refused is not consent (Art. 4(11), 7(4)): use legal obligation (Art. 6(1)(c)) with the law that requires it, or correct the requirement.`,
              nb: `${cap(purposeNames.nb)} har samtykke som grunnlag, men ${name.nb} er registrert med at loven krever at folk gir disse opplysningene. Et samtykke som ikke kan nektes, er ikke et samtykke (art. 4 nr. 11 og art. 7 nr. 4): bruk rettslig forpliktelse (art. 6 nr. 1 bokstav c) med loven som krever det, eller rett opp kravet.`,
            }),
          );
        } else if (!isBlank(purpose.legalReference) && !CONSENT_LAWS.test(purpose.legalReference ?? "")) {
          findings.push(
            activityFinding(
              LB_010,
              activity,
              field,
              {
                en: `${cap(purposeNames.en)} rests on consent, but cites ${q.en(purpose.legalReference ?? "")} as its legal reference. If that law requires the processing, consent is not the basis: use legal obligation or public task (Art. 6(1)(c) or (e), 6(3)) with that reference.`,
                nb: `${cap(purposeNames.nb)} har samtykke som grunnlag, men viser til ${q.nb(purpose.legalReference ?? "")} som rettslig grunnlag. Krever den loven behandlingen, er ikke samtykke grunnlaget: bruk rettslig forpliktelse eller oppgave i allmennhetens interesse (art. 6 nr. 1 bokstav c eller e, art. 6 nr. 3) med den hjemmelen.`,
              },
              "warning",
            ),
          );
        } else if (allConsent && requiredForContract(activity)) {
          findings.push(
            activityFinding(
              LB_010,
              activity,
              field,
              {
                en: `${cap(purposeNames.en)} rests on consent, but people must give these data to enter into or get the contract. What a contract needs rests on contract (Art. 6(1)(b)); consent made a condition of a service is not freely given (Art. 7(4), Recital 43). Choose contract for what the service needs, or record that giving the data is voluntary.`,
                nb: `${cap(purposeNames.nb)} har samtykke som grunnlag, men folk må gi disse opplysningene for å inngå eller få oppfylt avtalen. Det avtalen krever, har avtale som grunnlag (art. 6 nr. 1 bokstav b); et samtykke som er et vilkår for en tjeneste, er ikke frivillig (art. 7 nr. 4, fortalepunkt 43). Velg avtale for det tjenesten krever, eller registrer at det er frivillig å gi opplysningene.`,
              },
              "warning",
            ),
          );
        }
      }
      return findings;
    }),
);

function requiredForContract(activity: ActivitySnapshot): boolean {
  return activity.provisionRequirement === "CONTRACTUAL" || activity.provisionRequirement === "PRECONTRACT_REQUIRED";
}

/** Fewer activities than this may all rest on consent without it saying anything (a newsletter and analytics). */
const BLANKET_MIN_ACTIVITIES = 3;

/**
 * Consent as the blanket basis: every purpose of every activity rests on it. Customer,
 * HR and accounting processing cannot all be optional for the people concerned, so a
 * register like that has chosen consent by default rather than per purpose.
 */
export const LB_011 = defineRule(
  {
    id: "LB-011",
    severity: "warning",
    article: "GDPR Art. 6(1), 7(4); EDPB Guidelines 05/2020",
    title: { en: "Consent as the basis of every purpose", nb: "Samtykke som grunnlag for alle formål" },
  },
  (snapshot) => {
    const activities = controllerActivities(snapshot).filter((activity) => activity.purposes.some((purpose) => purpose.lawfulBasis !== null));
    const purposes = activities.flatMap((activity) => activity.purposes.filter((purpose) => purpose.lawfulBasis !== null));
    if (activities.length < BLANKET_MIN_ACTIVITIES || purposes.some((purpose) => purpose.lawfulBasis !== "CONSENT")) return [];
    return activities.map((activity) => {
      const name = activityName(activity);
      const i = activity.purposes.findIndex((purpose) => purpose.lawfulBasis === "CONSENT");
      return activityFinding(LB_011, activity, `purposes.${i}.lawfulBasis`, {
        en: `Every purpose in the register rests on consent (${purposes.length} purposes in ${activities.length} activities), ${name.en} included. Consent is not a default basis: for each purpose choose the one that fits — contract for what a service needs, legal obligation for what a law requires, legitimate interests where a balancing test supports it — and keep consent for what people can refuse without losing anything.`,
        nb: `Alle formålene i protokollen har samtykke som grunnlag (${purposes.length} formål i ${activities.length} behandlinger), også ${name.nb}. Samtykke er ikke et standardgrunnlag: velg for hvert formål det grunnlaget som passer — avtale for det en tjeneste krever, rettslig forpliktelse for det loven krever, berettiget interesse der en interesseavveining støtter det — og bruk samtykke for det folk kan si nei til uten å tape noe.`,
      });
    });
  },
);
