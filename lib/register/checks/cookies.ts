/**
 * Cookies and other storage on the user's device: ekomloven (2024) § 3-15 requires
 * consent to the GDPR standard (Art. 4(11): an active choice) for everything that is
 * not strictly necessary. The 2003 Act's § 2-7 b (browser settings = consent) has not
 * applied since 1 January 2025.
 */
import type { CookieCategory } from "../enums";
import { everyLanguage, hasText, textToIdentify } from "../localized-text";
import type { ActivitySnapshot, CookieSnapshot, RegisterSnapshot } from "../snapshot";
import { activitiesInScope, activityFinding, activityName, BASIS_NAMES, cap, controllerActivities, cookieFinding, defineRule, noticeTextField, q } from "./kit";
import type { Finding, Rule } from "./types";

/** Words in a purpose's description for what a cookie of each category is for. */
const COOKIE_PURPOSE: Record<CookieCategory, RegExp> = {
  STRICTLY_NECESSARY: /(?!)/,
  PREFERENCES: /preference|setting|language|remember|innstilling|preferanse|språk|huske/i,
  STATISTICS: /statistic|analytic|measur|visit|traffic|statistikk|analyse|måle|besøk|trafikk/i,
  MARKETING: /marketing|advertis|\bads?\b|retarget|target|remarketing|markedsføring|annonse|reklame|målrett/i,
};

export const CK_001 = defineRule(
  {
    id: "CK-001",
    severity: "error",
    article: "ekomloven § 3-15; GDPR Art. 6(1)(a)",
    title: { en: "A non-necessary cookie read by an activity that does not rest on consent", nb: "En informasjonskapsel som ikke er nødvendig, brukes av en behandling som ikke bygger på samtykke" },
  },
  (snapshot) => {
    const activities = activitiesInScope(snapshot);
    return snapshot.catalogs.cookies.flatMap((cookie) => {
      // A cookie the DPO explained as set without consent (CK-006 asks for the reason) is not read on consent.
      if (cookie.category === "STRICTLY_NECESSARY" || (cookie.consent === "NOT_REQUIRED" && hasText(cookie.consentReason))) return [];
      const users = activities.filter((activity) => activity.cookieIds.includes(cookie.id));
      if (users.length === 0) return [];
      const findings: Finding[] = [];
      // The activity that reads the cookie must itself rest on consent; a processor activity's
      // basis is the controller's to choose. An activity with a consent purpose among others is
      // taken to use the cookie for that purpose.
      for (const activity of users) {
        if (activity.role === "PROCESSOR") continue;
        const decided = activity.purposes.map((purpose, i) => ({ purpose, i })).filter(({ purpose }) => purpose.lawfulBasis !== null);
        if (decided.length === 0 || decided.some(({ purpose }) => purpose.lawfulBasis === "CONSENT")) continue;
        const name = activityName(activity);
        // Name a basis only for the purpose the cookie serves: the one purpose there is, or the one
        // whose description speaks of what the cookie is for. Naming the first purpose's basis
        // blamed an unrelated purpose (issue 10); otherwise the message points at the cookie list.
        const served = decided.length === 1 ? decided[0] : decided.find(({ purpose }) => COOKIE_PURPOSE[cookie.category].test(everyLanguage(purpose.description)));
        if (!served?.purpose.lawfulBasis) {
          findings.push(
            activityFinding(CK_001, activity, "cookieIds", {
              en: `${cap(name.en)} uses the cookie ${q.en(cookie.name)}, but none of its purposes rests on consent. Reading or storing non-necessary cookies needs consent (ekomloven § 3-15): base the purpose the cookie serves on consent.`,
              nb: `${cap(name.nb)} bruker informasjonskapselen ${q.nb(cookie.name)}, men ingen av formålene bygger på samtykke. Lagring og lesing av informasjonskapsler som ikke er nødvendige, krever samtykke (ekomloven § 3-15): la formålet informasjonskapselen tjener, bygge på samtykke.`,
            }),
          );
          continue;
        }
        const basis = BASIS_NAMES[served.purpose.lawfulBasis];
        findings.push(
          activityFinding(CK_001, activity, `purposes.${served.i}.lawfulBasis`, {
            en: `${cap(name.en)} uses the cookie ${q.en(cookie.name)} for ${q.en(textToIdentify(served.purpose.description, "en"))}, which rests on ${basis.en}. Reading or storing non-necessary cookies needs consent (ekomloven § 3-15), so the purpose should rest on consent too.`,
            nb: `${cap(name.nb)} bruker informasjonskapselen ${q.nb(cookie.name)} til ${q.nb(textToIdentify(served.purpose.description, "nb"))}, som bygger på ${basis.nb}. Lagring og lesing av informasjonskapsler som ikke er nødvendige, krever samtykke (ekomloven § 3-15), og formålet bør derfor også bygge på samtykke.`,
          }),
        );
      }
      return findings;
    });
  },
);

/** A free text the DPO wrote, with the subject and form path that hold it. */
type Text = { text: string; activity?: ActivitySnapshot; cookie?: CookieSnapshot; field: string };

/** The DPO's own words that can reach the notice: notice texts, references, criteria, cookie purposes. */
function dpoTexts(snapshot: RegisterSnapshot): Text[] {
  const fromActivities = activitiesInScope(snapshot).flatMap((activity): Text[] => [
    ...activity.noticeTexts.map((t) => ({ text: t.text, activity, field: noticeTextField(activity, t) })),
    ...activity.purposes.flatMap((p, i) => [
      { text: everyLanguage(p.legalReference), activity, field: `purposes.${i}.legalReference` },
      { text: everyLanguage(p.legitimateInterest), activity, field: `purposes.${i}.legitimateInterest` },
      { text: everyLanguage(p.consentWithdrawal), activity, field: `purposes.${i}.consentWithdrawal` },
    ]),
    ...activity.retentionRules.flatMap((r, i) => [
      { text: everyLanguage(r.legalReference), activity, field: `retentionRules.${i}.legalReference` },
      { text: everyLanguage(r.criteriaText), activity, field: `retentionRules.${i}.criteriaText` },
    ]),
  ]);
  const fromCookies = snapshot.catalogs.cookies.flatMap((cookie): Text[] => [
    { text: cookie.purposeEn, cookie, field: "purposeEn" },
    { text: cookie.purposeNb, cookie, field: "purposeNb" },
  ]);
  return [...fromActivities, ...fromCookies].filter((t) => t.text.trim() !== "");
}

function textFinding(rule: Rule, text: Text, message: { en: string; nb: string }): Finding {
  if (text.cookie) return cookieFinding(rule, text.cookie, text.field, message);
  if (!text.activity) throw new Error("A DPO text belongs to an activity or a cookie");
  return activityFinding(rule, text.activity, text.field, message);
}

function where(text: Text): { en: string; nb: string } {
  if (text.cookie) return { en: `the cookie ${q.en(text.cookie.name)}`, nb: `informasjonskapselen ${q.nb(text.cookie.name)}` };
  const activity = text.activity;
  return activity ? activityName(activity) : { en: "the register", nb: "protokollen" };
}

// "ekomloven § 2-7 b", "ekomlovens §2-7b", "ekoml. § 2–7 B", "ekommunikasjonsloven § 2-7 b" …
const OLD_COOKIE_SECTION = /\bekom\w*\.?\s*§+\s*2\s*[-–‑]\s*7\s*\(?\s*b\b/i;
const EKOML_2024_IN_FORCE = "2025-01-01";

export const CK_002 = defineRule(
  {
    id: "CK-002",
    severity: "warning",
    article: "ekomloven (2024) § 3-15",
    title: { en: "Cites the repealed ekomloven § 2-7 b", nb: "Viser til opphevede ekomloven § 2-7 b" },
  },
  (snapshot, { options }) => {
    if (options.now.toISOString().slice(0, 10) < EKOML_2024_IN_FORCE) return [];
    return dpoTexts(snapshot)
      .filter((text) => OLD_COOKIE_SECTION.test(text.text))
      .map((text) => {
        const place = where(text);
        return textFinding(CK_002, text, {
          en: `The text for ${place.en} cites ekomloven § 2-7 b, which was repealed on 1 January 2025. Cookies are now governed by ekomloven § 3-15.`,
          nb: `Teksten for ${place.nb} viser til ekomloven § 2-7 b, som ble opphevet 1. januar 2025. Informasjonskapsler reguleres nå av ekomloven § 3-15.`,
        });
      });
  },
);

const CONSENT_WORD = /\b(?:consent|agree|accept)|samtykk|godta|aksepter/i;
const BY_USING_SITE =
  /\bby (?:continuing to )?(?:use|using|browse|browsing|visit|visiting|access|accessing)\b.{0,40}\b(?:site|website|web site|pages?|app|services?)\b|\bved å (?:fortsette å )?(?:bruke|besøke|benytte)\b.{0,40}(?:nettsted|nettside|side|app|tjeneste)/i;
const BROWSER_SETTINGS = /(?:browser|nettleser).{0,80}(?:setting|set to|innstilling)|(?:setting|innstilling).{0,80}(?:browser|nettleser)|nettleserinnstilling/i;
const CONSENT_TOOL = /banner|consent tool|consent manager|samtykkeløsning|samtykkeverktøy/i;

/** Does this sentence infer consent from using the site or from browser settings? */
export function infersConsent(sentence: string): boolean {
  if (!CONSENT_WORD.test(sentence)) return false;
  if (BY_USING_SITE.test(sentence)) return true;
  return BROWSER_SETTINGS.test(sentence) && !CONSENT_TOOL.test(sentence);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== "");
}

export const CK_003 = defineRule(
  {
    id: "CK-003",
    severity: "error",
    article: "ekomloven § 3-15; GDPR Art. 4(11)",
    title: { en: "Consent inferred from browser settings or from using the site", nb: "Samtykke utledet av nettleserinnstillinger eller av bruk av nettstedet" },
  },
  (snapshot) =>
    dpoTexts(snapshot).flatMap((text) => {
      const sentence = sentences(text.text).find(infersConsent);
      if (!sentence) return [];
      const place = where(text);
      return [
        textFinding(CK_003, text, {
          en: `The text for ${place.en} treats using the site or the browser's settings as consent (“${sentence.trim()}”). Consent must be an active choice, as easy to refuse as to give (ekomloven § 3-15, GDPR Art. 4(11)).`,
          nb: `Teksten for ${place.nb} behandler bruk av nettstedet eller nettleserinnstillingene som samtykke («${sentence.trim()}»). Samtykke må være et aktivt valg som er like enkelt å avslå som å gi (ekomloven § 3-15, personvernforordningen art. 4 nr. 11).`,
        }),
      ];
    }),
);

// The DPO's words for cookies and similar storage, or for measuring a website's visitors
// (which needs them), in either language. A website as such is not enough: an activity that
// publishes employee photos on the website, or takes orders in a webshop, says nothing about
// what the site stores, and the register has no field to confirm a site without cookies.
const SPEAKS_OF_COOKIES =
  /\bcookies?\b|informasjonskaps|\bpixel|piksel|local storage|lokal lagring|google analytics|web ?analytics|website (?:statistics|analytics)|visitor statistics|nettanalyse|besøksstatistikk|sporingsteknologi|tracking technolog/i;

/**
 * Nothing is stored on a visitor's device without a cookie entry (ekomloven § 3-15), and
 * the notice's cookie section comes from those entries: a register that speaks of cookies
 * or of measuring its website's visitors, but records no cookie anywhere, either misses
 * them or its notice text promises a cookie section that will not appear. Checked
 * register-wide, so an activity is not flagged when the cookies sit in an activity of their own.
 */
export const CK_004 = defineRule(
  {
    id: "CK-004",
    severity: "warning",
    article: "ekomloven § 3-15; GDPR Art. 13(1)(c), 30(1)",
    title: { en: "Cookies or a website spoken of, but no cookie recorded", nb: "Informasjonskapsler eller nettsted nevnt, men ingen informasjonskapsel registrert" },
  },
  (snapshot) => {
    const activities = controllerActivities(snapshot);
    if (activities.some((activity) => activity.cookieIds.length > 0)) return [];
    return activities.flatMap((activity) => {
      if (!speaksOfCookies(activity)) return [];
      const name = activityName(activity);
      return [
        activityFinding(CK_004, activity, "cookieIds", {
          en: `${cap(name.en)} speaks of cookies, similar technology or visitor statistics, but the register records no cookie. Record each cookie with its provider, purpose, category and duration, so the notice can list them (ekomloven § 3-15).`,
          nb: `${cap(name.nb)} nevner informasjonskapsler, lignende teknologi eller besøksstatistikk, men protokollen har ingen informasjonskapsel registrert. Registrer hver informasjonskapsel med leverandør, formål, kategori og varighet, slik at erklæringen kan liste dem (ekomloven § 3-15).`,
        }),
      ];
    });
  },
);

/** Whether the activity's own words (name, title, description, purposes, own notice texts) speak of cookies: what CK-004 reads of it. */
export function speaksOfCookies(activity: Pick<ActivitySnapshot, "name" | "description" | "noticeTitleEn" | "noticeTitleNb" | "noticeTexts"> & { purposes: readonly Pick<ActivitySnapshot["purposes"][number], "description">[] }): boolean {
  // Descriptions are texts per language: every language is read (an object joined as a string read as "[object Object]").
  const texts = [activity.name, everyLanguage(activity.description), activity.noticeTitleEn ?? "", activity.noticeTitleNb ?? "", ...activity.purposes.map((p) => everyLanguage(p.description)), ...activity.noticeTexts.map((t) => t.text)].join(" ");
  return SPEAKS_OF_COOKIES.test(texts);
}
