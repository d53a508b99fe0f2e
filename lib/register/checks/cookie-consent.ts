/**
 * A cookie's consent and the banner that asks for it. ekomloven (2024) § 3-15 (ePrivacy
 * Art. 5(3)) exempts only storage strictly necessary for the service the user asks for; the
 * consent it asks for is the GDPR's (Art. 4(11): prior, an active choice, as easy to refuse
 * as to give) and can be withdrawn as easily as it was given (Art. 7(3)). The notice says of
 * the banner only what the company profile records (lib/notice/sections/detail.ts).
 */
import { needsConsent } from "../cookie-consent";
import { hasText } from "../localized-text";
import type { CookieSnapshot, RegisterSnapshot } from "../snapshot";
import { activitiesInScope, companyFinding, cookieFinding, defineRule, q } from "./kit";
import type { Finding } from "./types";

/** The cookies the activities in force use: what the notice lists. */
function cookiesInUse(snapshot: RegisterSnapshot): CookieSnapshot[] {
  const used = new Set(activitiesInScope(snapshot).flatMap((activity) => activity.cookieIds));
  return snapshot.catalogs.cookies.filter((cookie) => used.has(cookie.id));
}

/** An override of the category whose reason is written in no language. */
const unexplained = (cookie: CookieSnapshot) => cookie.consent !== "BY_CATEGORY" && !hasText(cookie.consentReason);

/**
 * A strictly necessary cookie is exempt from consent (ekomloven § 3-15 second paragraph);
 * asked for all the same with no reason, the notice says it needs consent while the site
 * cannot do without it — the notice contradicts itself.
 */
export const CK_005 = defineRule(
  {
    id: "CK-005",
    severity: "warning",
    article: "ekomloven § 3-15 second paragraph",
    title: { en: "Strictly necessary cookie marked as needing consent, without a reason", nb: "Strengt nødvendig informasjonskapsel merket som samtykkebasert, uten begrunnelse" },
  },
  (snapshot) =>
    cookiesInUse(snapshot)
      .filter((cookie) => cookie.category === "STRICTLY_NECESSARY" && cookie.consent === "REQUIRED" && unexplained(cookie))
      .map((cookie) =>
        cookieFinding(CK_005, cookie, "consentReason", {
          en: `The cookie ${q.en(cookie.name)} is strictly necessary, yet marked as set only with consent, and no reason is given, so the notice would ask for a consent the site cannot do without. Let consent follow the category, write why consent is asked for, or choose the category that fits.`,
          nb: `Informasjonskapselen ${q.nb(cookie.name)} er strengt nødvendig, men merket som samtykkebasert uten at det er begrunnet, så erklæringen ville be om et samtykke nettstedet ikke kan klare seg uten. La samtykket følge kategorien, skriv hvorfor det bes om samtykke, eller velg riktig kategori.`,
        }),
      ),
);

/**
 * Everything but strictly necessary storage needs consent (ekomloven § 3-15). Set without it,
 * the DPO must say why (a language cookie set by the user's own click is necessary for the
 * service they asked for); with no reason it is storage without consent.
 */
export const CK_006 = defineRule(
  {
    id: "CK-006",
    severity: "error",
    article: "ekomloven § 3-15; ePrivacy Directive Art. 5(3)",
    title: { en: "Non-necessary cookie set without consent, without a reason", nb: "Informasjonskapsel som ikke er nødvendig, settes uten samtykke og uten begrunnelse" },
  },
  (snapshot) =>
    cookiesInUse(snapshot)
      .filter((cookie) => cookie.category !== "STRICTLY_NECESSARY" && cookie.consent === "NOT_REQUIRED" && unexplained(cookie))
      .map((cookie) =>
        cookieFinding(CK_006, cookie, "consentReason", {
          en: `The cookie ${q.en(cookie.name)} (${cookie.provider}) is not strictly necessary but is marked as set without consent, and no reason is given. Only storage strictly necessary for the service the user asks for is exempt (ekomloven § 3-15): let consent follow the category and ask for it in the cookie banner, or write why no consent is needed.`,
          nb: `Informasjonskapselen ${q.nb(cookie.name)} (${cookie.provider}) er ikke strengt nødvendig, men er merket som satt uten samtykke, og det er ikke begrunnet. Bare lagring som er strengt nødvendig for tjenesten brukeren ber om, er unntatt (ekomloven § 3-15): la samtykket følge kategorien og be om det i cookie-banneret, eller skriv hvorfor samtykke ikke trengs.`,
        }),
      ),
);

/** Whether the notice's cookies include one set only with consent: then the banner's facts matter. */
function asksForConsent(snapshot: RegisterSnapshot): boolean {
  return cookiesInUse(snapshot).some(needsConsent);
}

/**
 * The notice tells the reader how the banner works and how consent is withdrawn (GDPR Art.
 * 13(2)(c), 7(3)); it says only what the profile records, so a fact not recorded is left out.
 */
export const CK_007 = defineRule(
  {
    id: "CK-007",
    severity: "warning",
    article: "ekomloven § 3-15; GDPR Art. 7(1), 7(3), 13(2)(c)",
    title: { en: "Cookies need consent, but the cookie banner is not described", nb: "Informasjonskapsler krever samtykke, men cookie-banneret er ikke beskrevet" },
  },
  (snapshot) => {
    if (!asksForConsent(snapshot)) return [];
    const c = snapshot.company;
    const findings: Finding[] = [];
    if (c.cookieBannerBeforeSetting === null)
      findings.push(
        companyFinding(CK_007, "cookieBannerBeforeSetting", {
          en: "Cookies that need consent are recorded, but the profile does not say whether the cookie banner asks before they are set. Record it, so the notice can say so.",
          nb: "Det er registrert informasjonskapsler som krever samtykke, men profilen sier ikke om cookie-banneret spør før de settes. Registrer det, så erklæringen kan si det.",
        }),
      );
    if (c.cookieRefuseAsEasy === null)
      findings.push(
        companyFinding(CK_007, "cookieRefuseAsEasy", {
          en: "Cookies that need consent are recorded, but the profile does not say whether refusing them in the banner is as easy as accepting. Record it, so the notice can say so.",
          nb: "Det er registrert informasjonskapsler som krever samtykke, men profilen sier ikke om det er like enkelt å avslå dem i cookie-banneret som å godta. Registrer det, så erklæringen kan si det.",
        }),
      );
    if (!hasText(c.cookieWithdrawal) && !c.cookieSettingsUrl)
      findings.push(
        companyFinding(CK_007, "cookieWithdrawal", {
          en: "Cookies that need consent are recorded, but the profile does not say how a visitor withdraws consent later (GDPR Art. 7(3)). Describe it, or give the address of the cookie settings.",
          nb: "Det er registrert informasjonskapsler som krever samtykke, men profilen sier ikke hvordan en besøkende trekker samtykket tilbake senere (personvernforordningen art. 7 nr. 3). Beskriv det, eller oppgi adressen til innstillingene for informasjonskapsler.",
        }),
      );
    return findings;
  },
);

/** Consent comes before the storage (GDPR Art. 4(11), ekomloven § 3-15): a cookie set before the choice has none. */
export const CK_008 = defineRule(
  {
    id: "CK-008",
    severity: "error",
    article: "ekomloven § 3-15; GDPR Art. 4(11)",
    title: { en: "Cookies needing consent are set before the banner's choice", nb: "Informasjonskapsler som krever samtykke, settes før valget i banneret" },
  },
  (snapshot) =>
    asksForConsent(snapshot) && snapshot.company.cookieBannerBeforeSetting === false
      ? [
          companyFinding(CK_008, "cookieBannerBeforeSetting", {
            en: "The profile records that cookies needing consent are set before the visitor chooses in the banner. Consent must come first (ekomloven § 3-15): set them only after the visitor accepts.",
            nb: "Profilen sier at informasjonskapsler som krever samtykke, settes før den besøkende har valgt i banneret. Samtykket må komme først (ekomloven § 3-15): sett dem først når den besøkende har godtatt.",
          }),
        ]
      : [],
);

/**
 * Refusing as easy as accepting: a refuse button on the banner's first layer (the EDPB cookie
 * banner taskforce report, 2023; Datatilsynet's guidance on cookies). Harder refusing makes
 * the consent not freely given (GDPR Art. 4(11), 7(4)) and withdrawal harder than giving (7(3)).
 */
export const CK_009 = defineRule(
  {
    id: "CK-009",
    severity: "error",
    article: "ekomloven § 3-15; GDPR Art. 4(11), 7(3)",
    title: { en: "Refusing cookies is harder than accepting them", nb: "Det er vanskeligere å avslå informasjonskapsler enn å godta dem" },
  },
  (snapshot) =>
    asksForConsent(snapshot) && snapshot.company.cookieRefuseAsEasy === false
      ? [
          companyFinding(CK_009, "cookieRefuseAsEasy", {
            en: "The profile records that refusing cookies in the banner is harder than accepting them. Consent is valid only if refusing is as easy: put a refuse button beside the accept button on the banner's first layer.",
            nb: "Profilen sier at det er vanskeligere å avslå informasjonskapsler i banneret enn å godta dem. Samtykket er bare gyldig hvis det er like enkelt å avslå: legg en avslå-knapp ved siden av godta-knappen i bannerets første lag.",
          }),
        ]
      : [],
);
