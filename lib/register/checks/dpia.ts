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
import { hasObservedSource } from "../sources";
import { activityFinding, activityName, cap, controllerActivities, criminalCategoriesOf, dataCategoriesOf, defineRule, isBlank, specialCategoriesOf, type Message } from "./kit";

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
  if (hasObservedSource(activity) && trackers.size > 0 && onAScale) {
    indicators.push({ en: "systematic monitoring with marketing cookies", nb: "systematisk overvåking med markedsføringscookies" });
  }
  return indicators;
}

/** A DPIA under way or done, or a linked screening that found none needed. */
function dpiaRecorded(activity: ActivitySnapshot): boolean {
  const { dpia } = activity;
  return (dpia.status !== null && dpia.status !== "NOT_STARTED") || !isBlank(dpia.link);
}

const listed = (items: Message[]): Message => ({ en: items.map((i) => i.en).join(", "), nb: items.map((i) => i.nb).join(", ") });

export const DPIA_001 = defineRule(
  {
    id: "DPIA-001",
    severity: "warning",
    article: "GDPR Art. 35",
    title: { en: "High-risk processing without a DPIA", nb: "Behandling med høy risiko uten vurdering av personvernkonsekvenser (DPIA)" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (dpiaRecorded(activity)) return [];
      const indicators = riskIndicators(snapshot, index, activity);
      if (indicators.length === 0) return [];
      const name = activityName(activity);
      const list = listed(indicators);
      return [
        activityFinding(DPIA_001, activity, activity.dpia.required ? "dpia.status" : "dpia.required", {
          en: `${cap(name.en)} shows signs of high risk (${list.en}). Carry out a data protection impact assessment before the processing starts (Art. 35), or link the assessment that found none needed.`,
          nb: `${cap(name.nb)} har tegn på høy risiko (${list.nb}). Gjennomfør en vurdering av personvernkonsekvenser før behandlingen starter (art. 35), eller lenk til vurderingen som konkluderte med at den ikke trengs.`,
        }),
      ];
    }),
);

// Data categories are the DPO's own catalog, so what they hold is read from their labels and descriptions.
const LOCATION = /\blocation|\bgps\b|geoloc|geographic position|lokasjon|posisjon|stedsdata|geografisk/i;
const INTERNET_TRAFFIC = /traffic data|internet traffic|browsing|clickstream|pages visited|connection data|ip[- ]address|online identifier|trafikkdata|nettrafikk|nettleserhistorikk|surfehistorikk|besøkte sider|tilkoblingsdata|ip-adresse|nettidentifikator/i;
const MONITORING = /camera|cctv|video surveillance|monitoring|tracking|kamera|overvåk|sporing/i;

/** What in an activity calls for the DPIA screening questions, if anything. */
function screeningReasons(snapshot: RegisterSnapshot, index: SnapshotIndex, activity: ActivitySnapshot): Message[] {
  const texts = dataCategoriesOf(activity, index).map((c) => [c.labelEn, c.labelNb, c.descriptionEn ?? "", c.descriptionNb ?? ""].join(" "));
  const holds = (pattern: RegExp) => texts.some((text) => pattern.test(text));
  // "Large scale" is not recorded; 250+ employees or a DPO designated for large-scale monitoring stand for it (as in DPO-002).
  const atScale = snapshot.company.employeeBand === "AT_LEAST_250" || snapshot.company.dpo.basis === "LARGE_SCALE_MONITORING";
  const reasons: Message[] = [];
  if (holds(LOCATION)) reasons.push({ en: "location data", nb: "lokasjonsdata" });
  if (atScale && holds(INTERNET_TRAFFIC)) reasons.push({ en: "internet traffic data on a large scale", nb: "trafikkdata fra nett i stor skala" });
  if (atScale && (holds(MONITORING) || hasObservedSource(activity))) reasons.push({ en: "systematic monitoring on a large scale", nb: "systematisk overvåking i stor skala" });
  return reasons;
}

/**
 * DPIA-002 (Art. 35(1), 35(3)(c), 35(4)). Location data, internet traffic data at scale
 * and other systematic monitoring at scale are on the EDPB's criteria (WP248) and
 * Datatilsynet's list of processing that needs a DPIA when two criteria meet. The
 * register cannot tell whether they do, so the DPO gets the screening questions; a
 * DPIA started or a linked screening silences it.
 */
export const DPIA_002 = defineRule(
  {
    id: "DPIA-002",
    severity: "warning",
    article: "GDPR Art. 35(1), 35(3)(c), 35(4); WP248",
    title: { en: "Location, traffic data or monitoring without a DPIA screening", nb: "Lokasjonsdata, trafikkdata eller overvåking uten vurdering av behovet for DPIA" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (dpiaRecorded(activity)) return [];
      // DPIA-001 already asks for the assessment itself.
      if (riskIndicators(snapshot, index, activity).length > 0) return [];
      const reasons = screeningReasons(snapshot, index, activity);
      if (reasons.length === 0) return [];
      const name = activityName(activity);
      const list = listed(reasons);
      return [
        activityFinding(DPIA_002, activity, "dpia.link", {
          en: `${cap(name.en)} involves ${list.en}. Answer the DPIA screening questions: Does it follow where people are or what they do online, over time? Is it on a large scale (many people, a wide area, a long period)? Are the data combined with other data or used to profile people? Are the people vulnerable, such as employees or children? If two answers are yes, carry out a data protection impact assessment before the processing starts (Art. 35); otherwise link the screening that found none needed.`,
          nb: `${cap(name.nb)} omfatter ${list.nb}. Svar på spørsmålene som avgjør om det trengs en vurdering av personvernkonsekvenser: Følger behandlingen hvor folk befinner seg eller hva de gjør på nett, over tid? Skjer den i stor skala (mange personer, et stort område, lang tid)? Kobles opplysningene med andre opplysninger eller brukes de til profilering? Er de registrerte sårbare, som ansatte eller barn? Er svaret ja på to av dem, må dere gjennomføre en vurdering av personvernkonsekvenser før behandlingen starter (art. 35); ellers lenk til vurderingen som konkluderte med at den ikke trengs.`,
        }),
      ];
    }),
);
