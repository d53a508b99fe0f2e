import { COMPANY_NOTHING_RECORDED, singleLanguageActivity, singleLanguageCookie, withContractWithThePerson, withCookieConsent, withDescriptionsPerLanguage, withMarketingAudiences, withNamedControllersServed, withSourcesList, type Json } from "@/lib/register/snapshot-upgrade";

// The register file's older versions, each as the next (docs/register-json-format.md): format.ts
// runs them one after another before it parses a file with the current schema.

/**
 * A version-1 file (texts as single strings, cookie durations as text) as version 2: its
 * texts were written in English, as the database migration assumes for every register
 * of that time, and its company publishes in both languages. Shapes the upgrade does not
 * recognise are left for the schema to report.
 */
function upgradeVersion1(raw: Json): Json {
  const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
  const object = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});
  const catalogs = object(raw.catalogs);
  return {
    ...raw,
    formatVersion: 2,
    controller: { ...object(raw.controller), noticeLanguages: ["en", "nb"], primaryLanguage: "en" },
    catalogs: { ...catalogs, cookies: list(catalogs.cookies).map((cookie) => singleLanguageCookie(cookie, "en")) },
    activities: list(raw.activities).map((activity) => singleLanguageActivity(activity, "en")),
  };
}

/** A version-2 file as version 3: it could not say who a contract is with, so every contract was with the person. */
function upgradeVersion2(raw: Json): Json {
  return { ...raw, formatVersion: 3, activities: withContractWithThePerson(raw.activities) };
}

/**
 * A version-3 file as version 4: a system's and a sub-processor's single description was
 * written in the register's primary language, so it becomes that language's description.
 */
function upgradeVersion3(raw: Json): Json {
  const controller = raw.controller as Json | undefined;
  return { ...raw, formatVersion: 4, catalogs: withDescriptionsPerLanguage(raw.catalogs, controller?.primaryLanguage === "nb" ? "nb" : "en") };
}

/**
 * A version-4 file as version 5: it could not record the notice's own words or the cookie
 * banner's facts, and said of a cookie only whether it needs consent, which follows the
 * category where it agrees with it and is an override (without a reason) where it does not.
 * An activity's one marketing route becomes its first audience (the existing customers on the
 * existing-customer route; on consent, who it reached was not recorded), as the migration moves it;
 * its one source becomes the first of a list, supplying all its data categories, and no volunteered
 * special categories are recorded.
 */
function upgradeVersion4(raw: Json): Json {
  const controller = typeof raw.controller === "object" && raw.controller !== null ? (raw.controller as Json) : {};
  const catalogs = typeof raw.catalogs === "object" && raw.catalogs !== null ? (raw.catalogs as Json) : {};
  return {
    ...raw,
    formatVersion: 5,
    controller: { ...COMPANY_NOTHING_RECORDED, ...controller },
    catalogs: { ...catalogs, cookies: withCookieConsent(catalogs.cookies) },
    activities: withSourcesList(withMarketingAudiences(raw.activities), "dataCategories"),
  };
}

/** A version-5 file as version 6: every controller served was a named one (ADR 030), as the migration keeps them. */
function upgradeVersion5(raw: Json): Json {
  return { ...raw, formatVersion: 6, activities: withNamedControllersServed(raw.activities) };
}

/** Each older version this code still reads, upgraded to the next one. */
export const REGISTER_FILE_UPGRADES = {
  1: upgradeVersion1,
  2: upgradeVersion2,
  3: upgradeVersion3,
  4: upgradeVersion4,
  5: upgradeVersion5,
};
