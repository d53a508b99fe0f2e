import { cookieDurationOfText } from "./cookie-duration";
import { consentOfRequired } from "./cookie-consent";
import { COOKIE_CATEGORIES } from "./enums";
import type { Language } from "./languages";
import { inLanguage, legalReferenceOfText } from "./localized-text";
import { SNAPSHOT_FORMAT, type RegisterSnapshot } from "./snapshot";
import { registerSnapshotSchema } from "./snapshot-schema";
import { isOneOf } from "@/lib/validation/unknown";

/** A stored snapshot as plain JSON, before it is known to be of any format. */
export type StoredSnapshotJson = { [key: string]: unknown };

/**
 * One step per older format: `SNAPSHOT_UPGRADES[n]` turns a snapshot of format
 * n into one of format n + 1 (and sets `format: n + 1`). A stored snapshot is
 * read by applying every step from its own format up to SNAPSHOT_FORMAT, then
 * parsing the result with the current schema.
 *
 * To change the snapshot's shape (docs/decisions/004-snapshot-format-and-upgrades.md):
 * 1. change the type (./snapshot.ts) and the schema (./snapshot-schema.ts) and
 *    bump SNAPSHOT_FORMAT from N to N + 1;
 * 2. add the step `N: (json) => ({ ...json, format: N + 1, … })` here. It is a
 *    pure function of the old JSON (no database, no clock): published notice
 *    versions are immutable, and the same stored snapshot must always read the same;
 * 3. add `test/fixtures/snapshots/format-<N+1>.json` (`npx tsx scripts/snapshot-fixture.ts`)
 *    and keep format-<N>.json: the tests upgrade every stored fixture to the
 *    current format and require the newest one to use every field.
 */
export const SNAPSHOT_UPGRADES: Readonly<Partial<Record<number, (snapshot: StoredSnapshotJson) => StoredSnapshotJson>>> = {
  // Format 2: DPF certification recorded on sub-processors too. Format 1 could not say it,
  // so no sub-processor was recorded as certified.
  1: (json) => ({
    ...json,
    format: 2,
    catalogs: eachObject(json.catalogs, (catalogs) => ({
      ...catalogs,
      recipients: eachObject(catalogs.recipients, (r) => ({ ...r, subProcessors: eachObject(r.subProcessors, (s) => ({ ...s, dpfCertified: false })) })),
    })),
  }),
  2: upgradeFormat2,
  // Format 4 (issue 10): who the contract is with. Format 3 could not say it; every contract was with the person.
  3: (json) => ({ ...json, format: 4, activities: withContractWithThePerson(json.activities) }),
  // Format 5 (issue 9): a system's and a sub-processor's description per language. A format-4
  // description was written in the company's primary language, as the database migration
  // 20261207153000_catalog_descriptions_per_language moves it.
  4: (json) => ({ ...json, format: 5, catalogs: withDescriptionsPerLanguage(json.catalogs, str(object(json.company).primaryLanguage) === "nb" ? "nb" : "en") }),
  // Format 6 (issue 10): the company's own notice texts and cookie banner facts, which format 5
  // could not record (nothing written, nothing recorded), and a cookie's consent as its category
  // says or overridden, as the migration 20261207170400_company_notice_texts_and_cookie_consent moves it;
  // and (ADR 025) marketing audiences: the one route becomes the first audience, as
  // 20261207170300_marketing_audiences moves it; and (ADR 020) an activity's sources as a list, its one
  // source supplying all its data categories, and volunteered special categories (none recorded before).
  5: (json) => ({
    ...json,
    format: 6,
    company: eachObject(json.company, (company) => ({ ...COMPANY_NOTHING_RECORDED, ...company })),
    catalogs: eachObject(json.catalogs, (catalogs) => ({ ...catalogs, cookies: withCookieConsent(catalogs.cookies) })),
    activities: withSourcesList(withMarketingAudiences(json.activities), "dataCategoryIds"),
  }),
  // Format 7 (ADR 030): a controller served is a named controller or our customers as a class.
  // Format 6 could only name one, as the migration 20261207200100_controllers_served_our_customers
  // keeps every stored row a named controller with no list note.
  6: (json) => ({ ...json, format: 7, activities: withNamedControllersServed(json.activities) }),
};

/** Stored controllers served of every activity, each a named controller (snapshot format 7, register file version 6). */
export function withNamedControllersServed(activities: unknown): unknown {
  return eachObject(activities, (activity) => ({
    ...activity,
    controllersServed: eachObject(activity.controllersServed, (c) => ({ ourCustomers: false, listedIn: {}, ...c })),
  }));
}

/** A company's notice texts and cookie banner facts before they could be recorded (snapshot format 6, register file version 5). */
export const COMPANY_NOTHING_RECORDED = {
  noticeIntroduction: {},
  noticeScope: {},
  privacyContactName: null,
  privacyContactRole: {},
  cookieBannerBeforeSetting: null,
  cookieRefuseAsEasy: null,
  cookieWithdrawal: {},
  cookieSettingsUrl: null,
} as const;

/** Stored cookies whose `consentRequired` becomes the consent setting (lib/register/cookie-consent.ts), with no reason written. */
export function withCookieConsent(cookies: unknown): unknown {
  return eachObject(cookies, ({ consentRequired, ...cookie }) => {
    const category = isOneOf(COOKIE_CATEGORIES, cookie.category) ? cookie.category : null;
    // A shape the upgrade does not recognise is left for the schema to refuse.
    if (category === null || typeof consentRequired !== "boolean") return { ...cookie, consentRequired };
    return { ...cookie, consent: consentOfRequired(category, consentRequired), consentReason: {} };
  });
}

/**
 * Stored activities (a snapshot's or a register file's) whose one source
 * (`collectionSource`, `sourceName`, `sourceIsPublic`) becomes the first and only
 * source of a list, supplying every data category of the activity — as the database
 * migration 20261207170200_activity_sources_volunteered moves it — and with no
 * volunteered special categories recorded.
 */
export function withSourcesList(activities: unknown, categories: "dataCategoryIds" | "dataCategories"): unknown {
  return eachObject(activities, (activity) => {
    if ("sources" in activity) return activity;
    const { collectionSource, sourceName, sourceIsPublic, ...rest } = activity;
    // A snapshot's source has an id; a register file's has none (its entries have keys, not ids).
    const id = categories === "dataCategoryIds" ? { id: `${str(activity.id) ?? "activity"}-source` } : {};
    return {
      ...rest,
      sources: [{ ...id, kind: collectionSource, name: sourceName, isPublic: sourceIsPublic ?? null, [categories]: Array.isArray(activity[categories]) ? activity[categories] : [] }],
      volunteeredSpecialCategories: false,
      volunteeredHandling: null,
    };
  });
}

/**
 * Stored catalogs (a snapshot's or a register file's) whose systems and sub-processors
 * each had one description, written in `language`: it becomes that language's.
 */
export function withDescriptionsPerLanguage(catalogs: unknown, language: Language): StoredSnapshotJson {
  const c = object(catalogs);
  return {
    ...c,
    systems: eachObject(c.systems, (system) => descriptionPerLanguage(system, language)),
    recipients: eachObject(c.recipients, (r) => ({ ...r, subProcessors: eachObject(r.subProcessors, (sub) => descriptionPerLanguage(sub, language)) })),
  };
}

/** A format-4 single `description` as the description of `language`, the other language not yet written. */
function descriptionPerLanguage(json: StoredSnapshotJson, language: Language): StoredSnapshotJson {
  if (!("description" in json)) return json;
  const { description, ...rest } = json;
  const text = typeof description === "string" && description.trim() !== "" ? description.trim() : null;
  return { ...rest, descriptionEn: language === "en" ? text : null, descriptionNb: language === "nb" ? text : null };
}

/** Stored activities (a snapshot's or a register file's) with every contract made with the person. */
export function withContractWithThePerson(activities: unknown): unknown {
  return eachObject(activities, (activity) => ({ ...activity, contractParty: "DATA_SUBJECT" }));
}

/**
 * Stored activities (a snapshot's or a register file's) whose one `marketing` route becomes
 * their first audience: the existing customers on the existing-customer route; on consent
 * who it reached was not recorded. An activity with no marketing gets no audience.
 */
export function withMarketingAudiences(activities: unknown): unknown {
  return eachObject(activities, (activity) => {
    if (!("marketing" in activity)) return activity;
    const { marketing, ...rest } = activity;
    const m = object(marketing);
    const channels = Array.isArray(m.channels) ? m.channels : [];
    const route = m.route ?? null;
    const optOutOffered = m.optOutOffered ?? null;
    const similarProducts = m.similarProducts ?? null;
    const recorded = channels.length > 0 || route !== null || optOutOffered !== null || similarProducts !== null;
    const who = route === "EXISTING_CUSTOMER" ? "EXISTING_CUSTOMERS" : null;
    return { ...rest, marketingAudiences: recorded ? [{ who, channels, route, optOutOffered, similarProducts }] : [] };
  });
}

/**
 * `change` applied to a stored object, or to each object of a stored list; anything
 * else is passed through unchanged for the schema to refuse.
 */
function eachObject(value: unknown, change: (json: StoredSnapshotJson) => StoredSnapshotJson): unknown {
  if (Array.isArray(value)) return value.map((item) => (isJsonObject(item) ? change(item) : item));
  return isJsonObject(value) ? change(value) : value;
}


export type Json = { [key: string]: unknown };
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const object = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

/**
 * Format 3 (issue 9): every text the public or an authority reads holds one value per
 * language, cookie durations and legal references are structured, and the company has
 * its notice languages. A format-2 text was written in the one language the register
 * had: English, as the database migration 20261207090000_texts_per_language assumes for
 * every company that existed then; the company published in both languages.
 */
function upgradeFormat2(json: StoredSnapshotJson): StoredSnapshotJson {
  const language: Language = "en";
  const catalogs = object(json.catalogs);
  return {
    ...json,
    format: 3,
    company: { ...object(json.company), noticeLanguages: ["en", "nb"], primaryLanguage: language },
    catalogs: { ...catalogs, cookies: list(catalogs.cookies).map((cookie) => singleLanguageCookie(cookie, language)) },
    activities: list(json.activities).map((activity) => singleLanguageActivity(activity, language)),
  };
}

/**
 * An activity whose texts were single strings (snapshot formats 1–2, register file format 1)
 * with every text moved into `language`, and legal references as free text of it. The
 * register file's activities have the same field names, so both upgrades use this.
 */
export function singleLanguageActivity(activity: Json, language: Language): Json {
  const text = (record: Json, ...keys: string[]) => Object.fromEntries(keys.map((key) => [key, inLanguage(str(record[key]), language)]));
  const reference = (record: Json, key: string) => ({ [key]: legalReferenceOfText(str(record[key]), language) });
  const adm = object(activity.adm);
  return {
    ...activity,
    ...text(activity, "description", "sourceName", "art14ExemptionJustification", "provisionConsequence", "art10Authority", "nationalIdJustification", "securityMeasuresText", "processingCategories"),
    ...reference(activity, "art9LegalReference"),
    adm: { ...adm, ...text(adm, "logic", "significance", "consequences") },
    purposes: list(activity.purposes).map((p) => ({ ...p, ...text(p, "description", "legitimateInterest", "consentWithdrawal"), ...reference(p, "legalReference") })),
    jointControllers: list(activity.jointControllers).map((j) => ({ ...j, ...text(j, "essenceText") })),
    controllersServed: list(activity.controllersServed).map((c) => ({ ...c, ...text(c, "processingCategories") })),
    transfers: list(activity.transfers).map((t) => ({ ...t, ...text(t, "copyAccess", "art49Assessment") })),
    retentionRules: list(activity.retentionRules).map((r) => ({ ...r, ...text(r, "triggerText", "criteriaText"), ...reference(r, "legalReference") })),
  };
}

/** A cookie whose duration was free text, with a structured duration (or the text in `language`). */
export function singleLanguageCookie({ durationText, ...cookie }: Json, language: Language): Json {
  return { ...cookie, duration: cookieDurationOfText(str(durationText), language) };
}

/** A stored snapshot that no upgrade chain turns into the current format: a bug or a newer app's data. */
export class StoredSnapshotError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoredSnapshotError";
  }
}

function isJsonObject(value: unknown): value is StoredSnapshotJson {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a snapshot stored by any earlier version of Protokoll (a published
 * notice version's `snapshot` column) as today's `RegisterSnapshot`.
 * Throws StoredSnapshotError when its format is unknown, newer than this
 * code, or the data does not match the format it claims.
 */
export function parseStoredSnapshot(stored: unknown): RegisterSnapshot {
  const upgraded = upgradeStoredSnapshot(stored, SNAPSHOT_FORMAT, SNAPSHOT_UPGRADES);
  const parsed = registerSnapshotSchema.safeParse(upgraded);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join(".")}: ${first.message}` : "";
    throw new StoredSnapshotError(`The stored snapshot does not match snapshot format ${SNAPSHOT_FORMAT} (${where}).`, { cause: parsed.error });
  }
  return parsed.data;
}

/** The upgrade chain alone, from the stored format to `target` (exported for its tests). */
export function upgradeStoredSnapshot(stored: unknown, target: number, upgrades: typeof SNAPSHOT_UPGRADES): StoredSnapshotJson {
  if (!isJsonObject(stored)) throw new StoredSnapshotError("The stored snapshot is not a JSON object.");
  let json = stored;
  const claimed = json.format;
  if (typeof claimed !== "number" || !Number.isInteger(claimed) || claimed < 1) {
    throw new StoredSnapshotError(`The stored snapshot has no valid format number (${JSON.stringify(claimed)}).`);
  }
  let format = claimed;
  if (format > target) {
    throw new StoredSnapshotError(`The stored snapshot is in format ${format}, newer than this version of Protokoll reads (${target}).`);
  }
  while (format < target) {
    const upgrade = upgrades[format];
    if (!upgrade) throw new StoredSnapshotError(`No upgrade from snapshot format ${format} to ${format + 1}.`);
    json = upgrade(json);
    if (json.format !== format + 1) throw new StoredSnapshotError(`The upgrade from snapshot format ${format} did not produce format ${format + 1}.`);
    format += 1;
  }
  return json;
}
