/**
 * Automated individual decision-making (Art. 22; notice 13(2)(f), 14(2)(g)).
 * `adm.exists` means solely automated decisions with legal or similarly significant
 * effects (Art. 22(1)). Controller duties, so PROCESSOR activities are skipped.
 */
import type { LocalizedText } from "../localized-text";
import type { Art9Condition } from "../enums";
import { activityFinding, activityName, cap, categoryList, controllerActivities, defineRule, isBlank, specialCategoriesOf, type Message } from "./kit";

export const ADM_001 = defineRule(
  {
    id: "ADM-001",
    severity: "error",
    article: "GDPR Art. 13(2)(f), 14(2)(g)",
    title: { en: "Automated decisions without logic, significance or consequences", nb: "Automatiserte avgjørelser uten logikk, betydning eller konsekvenser" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (!activity.adm.exists) return [];
      const name = activityName(activity);
      const parts: { field: string; value: LocalizedText; what: Message }[] = [
        { field: "adm.logic", value: activity.adm.logic, what: { en: "the logic involved", nb: "den underliggende logikken" } },
        { field: "adm.significance", value: activity.adm.significance, what: { en: "the significance of the decision", nb: "hvilken betydning avgjørelsen har" } },
        { field: "adm.consequences", value: activity.adm.consequences, what: { en: "the envisaged consequences for the person", nb: "de forventede konsekvensene for den registrerte" } },
      ];
      return parts
        .filter((part) => isBlank(part.value))
        .map((part) =>
          activityFinding(ADM_001, activity, part.field, {
            en: `${cap(name.en)} makes automated decisions; explain ${part.what.en} in plain words (Art. 13(2)(f)).`,
            nb: `${cap(name.nb)} treffer automatiserte avgjørelser; forklar ${part.what.nb} med enkle ord (art. 13 nr. 2 bokstav f).`,
          }),
        );
    }),
);

export const ADM_002 = defineRule(
  {
    id: "ADM-002",
    severity: "error",
    article: "GDPR Art. 22(1)–(2)",
    title: { en: "Solely automated decision without an Art. 22(2) exception", nb: "Helautomatisert avgjørelse uten unntak etter art. 22 nr. 2" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (!activity.adm.exists || activity.adm.art22Exception !== null) return [];
      const name = activityName(activity);
      return [
        activityFinding(ADM_002, activity, "adm.art22Exception", {
          en: `Solely automated decisions with significant effects, as in ${name.en}, are allowed only when necessary for a contract, authorised by law, or based on explicit consent (Art. 22(2)). Choose which applies.`,
          nb: `Helautomatiserte avgjørelser med betydelig virkning, som i ${name.nb}, er bare tillatt når de er nødvendige for en avtale, er hjemlet i lov, eller bygger på uttrykkelig samtykke (art. 22 nr. 2). Velg hva som gjelder.`,
        }),
      ];
    }),
);

/** Art. 22(4): automated decisions on special categories only under 9(2)(a) or (g). */
const ADM_ART9: readonly Art9Condition[] = ["EXPLICIT_CONSENT", "SUBSTANTIAL_PUBLIC_INTEREST"];

export const ADM_003 = defineRule(
  {
    id: "ADM-003",
    severity: "error",
    article: "GDPR Art. 22(4)",
    title: { en: "Automated decisions on special categories without 9(2)(a) or (g)", nb: "Automatiserte avgjørelser basert på særlige kategorier uten art. 9 nr. 2 bokstav a eller g" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (!activity.adm.exists) return [];
      const special = specialCategoriesOf(activity, index);
      if (special.length === 0 || (activity.art9Condition !== null && ADM_ART9.includes(activity.art9Condition))) return [];
      const name = activityName(activity);
      const list = categoryList(special);
      return [
        activityFinding(ADM_003, activity, "art9Condition", {
          en: `${cap(name.en)} makes automated decisions and processes ${list.en}. Such decisions may use special-category data only with explicit consent or for a substantial public interest laid down by law (Art. 22(4)).`,
          nb: `${cap(name.nb)} treffer automatiserte avgjørelser og behandler ${list.nb}. Slike avgjørelser kan bare bygge på særlige kategorier med uttrykkelig samtykke eller av hensyn til viktige allmenne interesser fastsatt i lov (art. 22 nr. 4).`,
        }),
      ];
    }),
);
