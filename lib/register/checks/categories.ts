/**
 * Art. 30(1)(c): the record describes the categories of data subjects and of personal
 * data. An activity without either says nothing the notice (13, 14(1)(d)) or the
 * retention rules can build on. Processor records (30(2)) have categories of
 * processing instead, so they are skipped.
 */
import { activityFinding, activityName, cap, controllerActivities, defineRule } from "./kit";
import type { Finding } from "./types";

export const CAT_001 = defineRule(
  {
    id: "CAT-001",
    severity: "error",
    article: "GDPR Art. 30(1)(c)",
    title: { en: "Activity without data categories or data subjects", nb: "Behandling uten opplysningskategorier eller registrerte" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const name = activityName(activity);
      const findings: Finding[] = [];
      if (activity.dataSubjectCategoryIds.length === 0) {
        findings.push(
          activityFinding(CAT_001, activity, "dataSubjectCategoryIds", {
            en: `${cap(name.en)} names no category of data subjects. Say whose data it processes, e.g. customers or employees (Art. 30(1)(c)).`,
            nb: `${cap(name.nb)} oppgir ingen kategori av registrerte. Oppgi hvem opplysningene gjelder, f.eks. kunder eller ansatte (art. 30 nr. 1 bokstav c).`,
          }),
        );
      }
      if (activity.dataCategoryIds.length === 0) {
        findings.push(
          activityFinding(CAT_001, activity, "dataCategoryIds", {
            en: `${cap(name.en)} names no category of personal data. Say which data it processes, e.g. contact details or payment data (Art. 30(1)(c)).`,
            nb: `${cap(name.nb)} oppgir ingen kategori av personopplysninger. Oppgi hvilke opplysninger som behandles, f.eks. kontaktopplysninger eller betalingsopplysninger (art. 30 nr. 1 bokstav c).`,
          }),
        );
      }
      return findings;
    }),
);
