/**
 * RGT-001. The generated notice derives the rights from each purpose's basis
 * (legal-spec §1.4.6), so it cannot offer the wrong ones. What the DPO writes
 * by hand can: a notice text promising data portability (Art. 20(1): only for
 * consent or contract) where no purpose it covers rests on either.
 */
import { activityFinding, activityName, controllerActivities, defineRule, noticeTextField } from "./kit";

const PORTABILITY = /portab|dataportabilitet/i;

export const RGT_001 = defineRule(
  {
    id: "RGT-001",
    severity: "warning",
    article: "GDPR Art. 20(1), 21(1)",
    title: { en: "Rights offered that the lawful basis does not give", nb: "Rettigheter som behandlingsgrunnlaget ikke gir" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      activity.noticeTexts.flatMap((noticeText) => {
        if (!PORTABILITY.test(noticeText.text)) return [];
        // A purpose-level text speaks for its purpose; an activity-level text for all of them.
        const purposes = noticeText.purposeId === null ? activity.purposes : activity.purposes.filter((p) => p.id === noticeText.purposeId);
        const bases = purposes.map((purpose) => purpose.lawfulBasis).filter((basis) => basis !== null);
        if (bases.length === 0 || bases.some((basis) => basis === "CONSENT" || basis === "CONTRACT")) return [];
        const name = activityName(activity);
        return [
          activityFinding(RGT_001, activity, noticeTextField(activity, noticeText), {
            en: `The notice text for ${name.en} offers data portability, but that right applies only to processing based on consent or contract (Art. 20(1)). Remove it, or check the lawful basis.`,
            nb: `Erklæringsteksten for ${name.nb} lover dataportabilitet, men den retten gjelder bare behandling som bygger på samtykke eller avtale (art. 20 nr. 1). Fjern den, eller kontroller behandlingsgrunnlaget.`,
          }),
        ];
      }),
    ),
);

