/** Security of processing: the record's description of measures (Art. 30(1)(g), 30(2)(d), 32(1)). */
import { activitiesInScope, activityFinding, activityName, cap, defineRule, isBlank } from "./kit";

export const SEC_001 = defineRule(
  {
    id: "SEC-001",
    severity: "warning",
    article: "GDPR Art. 30(1)(g), 32(1)",
    title: { en: "No description of security measures", nb: "Ingen beskrivelse av sikkerhetstiltak" },
  },
  (snapshot) =>
    activitiesInScope(snapshot).flatMap((activity) => {
      if (activity.securityMeasureIds.length > 0 || !isBlank(activity.securityMeasuresText)) return [];
      const name = activityName(activity);
      return [
        activityFinding(SEC_001, activity, "securityMeasureIds", {
          en: `${cap(name.en)} has no security measures. Link the measures that protect it (e.g. access control, encryption, backups) or describe them.`,
          nb: `${cap(name.nb)} har ingen sikkerhetstiltak. Knytt til tiltakene som beskytter den (f.eks. tilgangsstyring, kryptering, sikkerhetskopier), eller beskriv dem.`,
        }),
      ];
    }),
);
