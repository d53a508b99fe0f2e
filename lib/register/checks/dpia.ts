/**
 * DPIA-001 (Art. 35). The register holds three of the high-risk indicators of
 * Art. 35(3) / WP248: automated decisions (35(3)(a)), special-category or criminal data
 * on a large scale (35(3)(b); "large scale" approximated by 250+ employees, as in DPO-002),
 * and systematic monitoring (35(3)(c); approximated by observed data together with
 * marketing cookies, i.e. tracking, on a scale: a company of 250 or more, or marketing
 * cookies of at least two providers — one advertising cookie on a small site is not
 * systematic monitoring, and warning about it was a false alarm). A DPIA — or a recorded screening that found none
 * needed (a link) — silences the rule. Controller duty: PROCESSOR activities are skipped.
 */
import type { ActivitySnapshot, RegisterSnapshot, SnapshotIndex } from "../snapshot";
import { activityFinding, activityName, cap, controllerActivities, criminalCategoriesOf, defineRule, isBlank, specialCategoriesOf, type Message } from "./kit";

function riskIndicators(snapshot: RegisterSnapshot, index: SnapshotIndex, activity: ActivitySnapshot): Message[] {
  const indicators: Message[] = [];
  if (activity.adm.exists) indicators.push({ en: "automated decisions", nb: "automatiserte avgjørelser" });
  const sensitive = specialCategoriesOf(activity, index).length > 0 || criminalCategoriesOf(activity, index).length > 0;
  if (sensitive && snapshot.company.employeeBand === "AT_LEAST_250") {
    indicators.push({ en: "special-category data on a large scale", nb: "særlige kategorier i stort omfang" });
  }
  const trackers = new Set(
    activity.cookieIds.flatMap((id) => {
      const cookie = index.cookies.get(id);
      return cookie?.category === "MARKETING" ? [cookie.provider.trim().toLowerCase()] : [];
    }),
  );
  const onAScale = snapshot.company.employeeBand === "AT_LEAST_250" || trackers.size >= 2;
  if (activity.collectionSource === "DATA_SUBJECT_OBSERVED" && trackers.size > 0 && onAScale) {
    indicators.push({ en: "systematic monitoring with marketing cookies", nb: "systematisk overvåking med markedsføringscookies" });
  }
  return indicators;
}

export const DPIA_001 = defineRule(
  {
    id: "DPIA-001",
    severity: "warning",
    article: "GDPR Art. 35",
    title: { en: "High-risk processing without a DPIA", nb: "Behandling med høy risiko uten vurdering av personvernkonsekvenser (DPIA)" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const { dpia } = activity;
      const done = dpia.status !== null && dpia.status !== "NOT_STARTED";
      if (done || !isBlank(dpia.link)) return [];
      const indicators = riskIndicators(snapshot, index, activity);
      if (indicators.length === 0) return [];
      const name = activityName(activity);
      const list = { en: indicators.map((i) => i.en).join(", "), nb: indicators.map((i) => i.nb).join(", ") };
      return [
        activityFinding(DPIA_001, activity, dpia.required ? "dpia.status" : "dpia.required", {
          en: `${cap(name.en)} shows signs of high risk (${list.en}). Carry out a data protection impact assessment before the processing starts (Art. 35), or link the assessment that found none needed.`,
          nb: `${cap(name.nb)} har tegn på høy risiko (${list.nb}). Gjennomfør en vurdering av personvernkonsekvenser før behandlingen starter (art. 35), eller lenk til vurderingen som konkluderte med at den ikke trengs.`,
        }),
      ];
    }),
);
