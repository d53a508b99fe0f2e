/**
 * Where the data come from: the Art. 14 source and timing (SRC-*) and the Art. 13
 * statement whether providing the data is required (REQ-001). Notice duties are the
 * controller's, so PROCESSOR activities are skipped.
 */
import { isArt14Source } from "../activity-schema";
import { categoriesWithoutSource, hasDirectSource, suppliedCategoryIds } from "../sources";
import { activityFinding, activityName, cap, categoryList, controllerActivities, defineRule, isArt14, isBlank } from "./kit";
import type { Finding } from "./types";

export const SRC_001 = defineRule(
  {
    id: "SRC-001",
    severity: "error",
    article: "GDPR Art. 14(2)(f)",
    title: { en: "Data not from the data subject, and the source is missing", nb: "Opplysninger som ikke kommer fra den registrerte, uten oppgitt kilde" },
  },
  // Each source that is not the person: a third party or a public source alike (a public
  // source must be named too — "public sources" alone does not tell the person where to look).
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      activity.sources.flatMap((source, i) => {
        if (!isArt14Source(source.kind) || !isBlank(source.name)) return [];
        const name = activityName(activity);
        return [
          activityFinding(SRC_001, activity, `sources.${i}.name`, {
            en: `${cap(name.en)} gets data from someone other than the person concerned. Name the source, and say whether it is publicly available (Art. 14(2)(f)).`,
            nb: `${cap(name.nb)} får opplysninger fra andre enn den registrerte selv. Oppgi kilden, og om den er offentlig tilgjengelig (art. 14 nr. 2 bokstav f).`,
          }),
        ];
      }),
    ),
);

/**
 * With several sources the notice says per source which data come from it (14(1)(d) with
 * 14(2)(f); Art. 13 for what the person gives): a data category no source supplies would
 * reach the notice with no origin, and could be data from a third party the person is
 * never told about.
 */
export const SRC_003 = defineRule(
  {
    id: "SRC-003",
    severity: "error",
    article: "GDPR Art. 14(1)(d), 14(2)(f)",
    title: { en: "Data from several sources, and a data category no source supplies", nb: "Opplysninger fra flere kilder, og en opplysningstype ingen kilde gir" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const missing = categoriesWithoutSource(activity).flatMap((id) => index.dataCategories.get(id) ?? []);
      if (missing.length === 0) return [];
      const name = activityName(activity);
      const list = categoryList(missing);
      return [
        activityFinding(SRC_003, activity, "sources", {
          en: `${cap(name.en)} gets its data from several sources, but no source supplies ${list.en}. Tick it under the source it comes from, so that the notice says where it comes from (Art. 14(2)(f)).`,
          nb: `${cap(name.nb)} får opplysningene fra flere kilder, men ingen kilde gir ${list.nb}. Kryss av for den under kilden den kommer fra, slik at personvernerklæringen sier hvor den kommer fra (art. 14 nr. 2 bokstav f).`,
        }),
      ];
    }),
);

/** A source among several that supplies none of the activity's data says nothing in the notice. */
export const SRC_004 = defineRule(
  {
    id: "SRC-004",
    severity: "warning",
    article: "GDPR Art. 14(1)(d), 14(2)(f)",
    title: { en: "A source that supplies none of the activity's data", nb: "En kilde som ikke gir noen av behandlingens opplysninger" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (activity.sources.length <= 1 || activity.dataCategoryIds.length === 0) return [];
      const name = activityName(activity);
      return activity.sources.flatMap((source, i) =>
        suppliedCategoryIds(activity, source).length > 0
          ? []
          : [
              activityFinding(SRC_004, activity, `sources.${i}.dataCategoryIds`, {
                en: `One of the sources of ${name.en} supplies none of its data, so the notice cannot name it. Tick the data it supplies, or remove it.`,
                nb: `En av kildene til ${name.nb} gir ingen av opplysningene, så personvernerklæringen kan ikke nevne den. Kryss av for opplysningene den gir, eller fjern den.`,
              }),
            ],
      );
    }),
);

export const SRC_002 = defineRule(
  {
    id: "SRC-002",
    severity: "warning",
    article: "GDPR Art. 14(3), 14(5)",
    title: { en: "Art. 14 timing missing or exemption not justified", nb: "Tidspunkt etter art. 14 mangler, eller unntaket er ikke begrunnet" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity): Finding[] => {
      if (!isArt14(activity)) return [];
      const name = activityName(activity);
      if (activity.art14Exemption !== null) {
        if (!isBlank(activity.art14ExemptionJustification)) return [];
        // 14(5): each exemption is narrow; the record must show why it applies (5(2)).
        return [
          activityFinding(SRC_002, activity, "art14ExemptionJustification", {
            en: `${cap(name.en)} claims an exemption from informing the people concerned (Art. 14(5)), but does not say why it applies.`,
            nb: `${cap(name.nb)} bruker et unntak fra plikten til å informere de registrerte (art. 14 nr. 5), men begrunner ikke hvorfor unntaket gjelder.`,
          }),
        ];
      }
      if (activity.art14Timing !== null) return [];
      return [
        activityFinding(SRC_002, activity, "art14Timing", {
          en: `Say when the people whose data ${name.en} obtains from others are informed: within a month, at the first contact, or at the first disclosure (Art. 14(3)).`,
          nb: `Oppgi når de registrerte får informasjon når ${name.nb} henter opplysninger fra andre: innen en måned, ved første kontakt eller ved første utlevering (art. 14 nr. 3).`,
        }),
      ];
    }),
);

export const REQ_001 = defineRule(
  {
    id: "REQ-001",
    severity: "warning",
    article: "GDPR Art. 13(2)(e)",
    title: { en: "No statement whether providing the data is required", nb: "Mangler opplysning om hvorvidt det er påkrevd å gi opplysningene" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity): Finding[] => {
      // 13(2)(e) concerns data the person provides; observed data (cookies, logs) are not
      // provided, so there is no requirement to state (a false alarm before issue 10).
      // With several sources, it concerns what the person gives us.
      if (!hasDirectSource(activity)) return [];
      const name = activityName(activity);
      if (activity.provisionRequirement === null) {
        return [
          activityFinding(REQ_001, activity, "provisionRequirement", {
            en: `Say whether people must give the data ${name.en} collects — by law, by contract, to enter a contract, or voluntarily (Art. 13(2)(e)).`,
            nb: `Oppgi om de registrerte må gi opplysningene som ${name.nb} samler inn — etter lov, etter avtale, for å inngå avtale, eller frivillig (art. 13 nr. 2 bokstav e).`,
          }),
        ];
      }
      // 13(2)(e) also asks for "the possible consequences of failure to provide such data".
      if (activity.provisionRequirement !== "VOLUNTARY" && isBlank(activity.provisionConsequence)) {
        return [
          activityFinding(REQ_001, activity, "provisionConsequence", {
            en: `Providing the data is required for ${name.en}; say what happens if someone does not provide them (Art. 13(2)(e)).`,
            nb: `Det er påkrevd å gi opplysningene for ${name.nb}; skriv hva som skjer hvis noen ikke gir dem (art. 13 nr. 2 bokstav e).`,
          }),
        ];
      }
      return [];
    }),
);
