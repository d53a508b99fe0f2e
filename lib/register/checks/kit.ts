/**
 * Shared building blocks for the rule files: which activities a rule looks at,
 * how a finding is built, and the names of things in both languages.
 *
 * Field paths in findings are paths in the subject's form: the company profile's
 * flat names ("dpoEmail", "supervisoryAuthorityId"; lib/register/company-profile.ts),
 * and for activities the snapshot's shape, which the activity editor follows
 * (lib/register/activity-schema.ts): "adm.logic", "marketingAudiences.0.route",
 * "purposes.0.legalReference", "transfers.1.mechanism", "retentionRules".
 */
import { hasArt14Source } from "../sources";
import { LAWFUL_BASES, type LawfulBasis } from "../enums";
import type { Language } from "../languages";
import { enumLabel } from "../vocabulary";
import { hasLegalReference, hasText, textToIdentify, type LegalReference, type LocalizedText } from "../localized-text";
import {
  indexSnapshot,
  type ActivitySnapshot,
  type CompanySnapshot,
  type CookieSnapshot,
  type DataCategorySnapshot,
  type NoticeTextSnapshot,
  type PurposeSnapshot,
  type RecipientSnapshot,
  type RegisterSnapshot,
  type SnapshotIndex,
} from "../snapshot";
import type { CheckOptions, Finding, Rule, RuleMeta, Severity } from "./types";

export type Message = { en: string; nb: string };

/**
 * Declares a rule; the check receives the snapshot's lookup index as well. The index
 * is rebuilt per rule rather than cached: it costs microseconds, and a cache keyed by
 * the snapshot object would go stale if a caller edited the snapshot between runs.
 */
export function defineRule(
  meta: RuleMeta,
  check: (snapshot: RegisterSnapshot, context: { index: SnapshotIndex; options: CheckOptions }) => Finding[],
): Rule {
  return { ...meta, check: (snapshot, options) => check(snapshot, { index: indexSnapshot(snapshot), options }) };
}

/** The company's name for messages, with a fallback while the name is still blank (CTL-001). */
export function companyName(company: CompanySnapshot): Message {
  const name = company.legalName.trim();
  return name === "" ? { en: "The company", nb: "Virksomheten" } : { en: name, nb: name };
}

/**
 * Activities the checks look at: ACTIVE ones and DRAFTs (so the DPO sees the
 * problems before activating); RETIRED activities are history, not processing.
 */
export function activitiesInScope(snapshot: RegisterSnapshot): ActivitySnapshot[] {
  return snapshot.activities.filter((activity) => activity.status !== "RETIRED");
}

/**
 * Activities where the company itself decides purposes and means. A PROCESSOR
 * activity (Art. 30(2)) has no lawful basis, Art. 9 condition or notice of its
 * own: the controller it serves decides and informs (Art. 28(3), 13, 14).
 */
export function controllerActivities(snapshot: RegisterSnapshot): ActivitySnapshot[] {
  return activitiesInScope(snapshot).filter((activity) => activity.role !== "PROCESSOR");
}

/** Art. 14 applies where the data do not come from the data subject. */
export function isArt14(activity: ActivitySnapshot): boolean {
  return hasArt14Source(activity);
}

/**
 * Whether a value says nothing: an empty string, a text written in no language, a legal
 * reference with neither law nor text. A text missing only in some languages is not
 * blank; LANG-001 reports that per language.
 */
export function isBlank(value: string | LocalizedText | LegalReference | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if ("law" in value && "text" in value && typeof value.text === "object") return !hasLegalReference(value as LegalReference);
  return !hasText(value as LocalizedText);
}

// ── Finding constructors ─────────────────────────────────────────────────────

function base(meta: RuleMeta, severity: Severity | undefined) {
  return { ruleId: meta.id, severity: severity ?? meta.severity, article: meta.article };
}

export function companyFinding(meta: RuleMeta, field: string, message: Message, severity?: Severity): Finding {
  return { ...base(meta, severity), subject: { kind: "company" }, field, message };
}

export function activityFinding(meta: RuleMeta, activity: ActivitySnapshot, field: string, message: Message, severity?: Severity): Finding {
  return { ...base(meta, severity), subject: { kind: "activity", activityId: activity.id }, field, message };
}

export function recipientFinding(meta: RuleMeta, recipient: RecipientSnapshot, field: string, message: Message, severity?: Severity): Finding {
  return { ...base(meta, severity), subject: { kind: "recipient", recipientId: recipient.id }, field, message };
}

export function cookieFinding(meta: RuleMeta, cookie: CookieSnapshot, field: string, message: Message, severity?: Severity): Finding {
  return { ...base(meta, severity), subject: { kind: "cookie", cookieId: cookie.id }, field, message };
}

// ── Names in messages ────────────────────────────────────────────────────────

/** Quoted names: English curly quotes, Norwegian « » (Språkrådet). */
export const q = {
  en: (text: string) => `“${shorten(text)}”`,
  nb: (text: string) => `«${shorten(text)}»`,
};

/** Upper-cases the first letter, for messages that start with a name phrase. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** "the activity “Customer service”" / "behandlingen «Kundeservice»". */
export function activityName(activity: ActivitySnapshot): Message {
  return { en: `the activity ${q.en(activity.name)}`, nb: `behandlingen ${q.nb(activity.name)}` };
}

/** "the purpose “…” in the activity “…”" — the purpose named for the DPO to find it. */
export function purposeName(activity: ActivitySnapshot, purpose: PurposeSnapshot): Message {
  return {
    en: `the purpose ${q.en(textToIdentify(purpose.description, "en"))} in the activity ${q.en(activity.name)}`,
    nb: `formålet ${q.nb(textToIdentify(purpose.description, "nb"))} i behandlingen ${q.nb(activity.name)}`,
  };
}

/** The Art. 6(1) bases as a finding names them mid-sentence: the vocabulary's label, lower-cased ("consent (Art. 6(1)(a))"). */
export const BASIS_NAMES = Object.fromEntries(
  LAWFUL_BASES.map((basis) => {
    const named = (language: Language) => lowerFirstWord(enumLabel("LawfulBasis", basis, language));
    return [basis, { en: named("en"), nb: named("nb") }];
  }),
) as Record<LawfulBasis, Message>;

function lowerFirstWord(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function countryNames(index: SnapshotIndex, code: string): Message {
  const country = index.countries.get(code.toUpperCase());
  return country ? { en: country.nameEn, nb: country.nameNb } : { en: code, nb: code };
}

/**
 * Outside the EEA per the countries reference. An unknown code counts as
 * outside: a transfer check that stays silent on a typo would hide a transfer.
 */
export function isOutsideEea(index: SnapshotIndex, code: string): boolean {
  return !(index.countries.get(code.toUpperCase())?.isEea ?? false);
}

/** The data categories an activity links, resolved from the catalog. */
export function dataCategoriesOf(activity: ActivitySnapshot, index: SnapshotIndex): DataCategorySnapshot[] {
  return activity.dataCategoryIds.flatMap((id) => {
    const category = index.dataCategories.get(id);
    return category ? [category] : [];
  });
}

export function specialCategoriesOf(activity: ActivitySnapshot, index: SnapshotIndex): DataCategorySnapshot[] {
  return dataCategoriesOf(activity, index).filter((category) => category.specialCategory !== null);
}

export function criminalCategoriesOf(activity: ActivitySnapshot, index: SnapshotIndex): DataCategorySnapshot[] {
  return dataCategoriesOf(activity, index).filter((category) => category.isCriminalOffence);
}

/** "Health data, Union membership" / "Helseopplysninger, Fagforeningsmedlemskap". */
export function categoryList(categories: DataCategorySnapshot[]): Message {
  return {
    en: categories.map((category) => q.en(category.labelEn)).join(", "),
    nb: categories.map((category) => q.nb(category.labelNb)).join(", "),
  };
}

/**
 * The form field of one of the DPO's notice texts: the activity editor has
 * `noticeTextEn`/`noticeTextNb` for the activity paragraph and the same pair on
 * each purpose (lib/register/activity-schema.ts).
 */
export function noticeTextField(activity: ActivitySnapshot, noticeText: NoticeTextSnapshot): string {
  const field = noticeText.language === "EN" ? "noticeTextEn" : "noticeTextNb";
  if (noticeText.purposeId === null) return field;
  const i = activity.purposes.findIndex((purpose) => purpose.id === noticeText.purposeId);
  return i >= 0 ? `purposes.${i}.${field}` : field;
}
