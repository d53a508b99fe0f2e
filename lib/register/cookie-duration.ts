import { z } from "zod";
import { COOKIE_DURATION_KINDS, COOKIE_DURATION_UNITS, type CookieDurationKind, type CookieDurationUnit } from "./enums";
import type { Language } from "./languages";
import { counted, VOCABULARY } from "./vocabulary";
import { localizedTextField, storedLocalizedTextSchema, textIn, normaliseLocalizedText, type LocalizedText } from "./localized-text";

/**
 * How long a cookie stays on the device (ekomloven § 3-15; WP29 Opinion 04/2012:
 * the notice states each cookie's lifetime). Structured, so every language
 * renders it from one value: a session cookie, or an amount and a unit. Free
 * text per language is kept for what neither says ("until you log out").
 */

export type CookieDuration = {
  kind: CookieDurationKind;
  /** PERIOD only. */
  amount: number | null;
  /** PERIOD only. */
  unit: CookieDurationUnit | null;
  /** TEXT only. */
  text: LocalizedText;
};

/** The duration in `language`: "2 years" / «2 år»; null when it is free text not written in that language. */
export function cookieDurationIn(duration: CookieDuration, language: Language): string | null {
  // The words are the vocabulary's (lib/register/vocabulary).
  if (duration.kind === "SESSION") return VOCABULARY[language].words.session;
  if (duration.kind === "PERIOD") {
    if (duration.amount === null || duration.unit === null) return null;
    return counted(duration.amount, VOCABULARY[language].units.cookie[duration.unit]);
  }
  return textIn(duration.text, language);
}

/** The form's and the route's schema: a period needs its amount and unit, free text at least one language. */
export const cookieDurationField = z
  .object({
    kind: z.enum(COOKIE_DURATION_KINDS),
    // A text input sends "12"; JSON sends 12.
    amount: z.preprocess(
      (value) => (value === "" || value === undefined || value === null ? null : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
      z.number("fieldRules.cookieAmount").int("fieldRules.cookieAmount").min(1, "fieldRules.cookieAmount").max(10_000, "fieldRules.cookieAmount").nullable(),
    ),
    unit: z
      .enum(COOKIE_DURATION_UNITS)
      .or(z.literal(""))
      .nullish()
      .transform((value) => (value ? value : null)),
    text: localizedTextField(100),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "PERIOD" && value.amount === null) ctx.addIssue({ code: "custom", path: ["amount"], message: "validation.required" });
    if (value.kind === "PERIOD" && value.unit === null) ctx.addIssue({ code: "custom", path: ["unit"], message: "validation.required" });
    if (value.kind === "TEXT" && Object.keys(value.text).length === 0) ctx.addIssue({ code: "custom", path: ["text"], message: "validation.required" });
  })
  .transform(
    (value): CookieDuration =>
      value.kind === "SESSION"
        ? { kind: "SESSION", amount: null, unit: null, text: {} }
        : value.kind === "PERIOD"
          ? { kind: "PERIOD", amount: value.amount, unit: value.unit, text: {} }
          : { kind: "TEXT", amount: null, unit: null, text: value.text },
  );

export const storedCookieDurationSchema = z.strictObject({
  kind: z.enum(COOKIE_DURATION_KINDS),
  amount: z.number().int().nullable(),
  unit: z.enum(COOKIE_DURATION_UNITS).nullable(),
  text: storedLocalizedTextSchema,
});

/** Reads a JSONB column (a stored value is always valid; anything else reads as empty free text). */
export function cookieDurationFromJson(value: unknown): CookieDuration {
  const parsed = storedCookieDurationSchema.safeParse(value);
  if (!parsed.success) return { kind: "TEXT", amount: null, unit: null, text: {} };
  return { ...parsed.data, text: normaliseLocalizedText(parsed.data.text) };
}

const UNIT_PATTERNS: [RegExp, CookieDurationUnit][] = [
  [/^(min|minutt|minute)/, "MINUTES"],
  [/^(h|hour|time|timer|t$)/, "HOURS"],
  [/^(d|day|dag|døgn)/, "DAYS"],
  [/^(w|week|uke)/, "WEEKS"],
  [/^(m|month|måned|mnd)/, "MONTHS"],
  [/^(y|year|år)/, "YEARS"],
];

/**
 * An old free-text duration ("1 year", "Session", «13 måneder») as a structured
 * one where it plainly is one; otherwise free text in `language`. Used by the
 * snapshot upgrade, the JSON file upgrade and the spreadsheet import.
 */
export function cookieDurationOfText(text: string | null | undefined, language: Language): CookieDuration {
  const value = (text ?? "").trim();
  const lower = value.toLocaleLowerCase("nb");
  if (/^(session|økt|sesjon|session cookie)$/.test(lower)) return { kind: "SESSION", amount: null, unit: null, text: {} };
  const match = /^(\d{1,4})\s*([a-zæøå]+)\.?$/.exec(lower);
  if (match) {
    const unit = UNIT_PATTERNS.find(([pattern]) => pattern.test(match[2] ?? ""))?.[1];
    const amount = Number(match[1]);
    if (unit && amount > 0) return { kind: "PERIOD", amount, unit, text: {} };
  }
  return { kind: "TEXT", amount: null, unit: null, text: value ? { [language]: value } : {} };
}
