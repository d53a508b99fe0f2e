import { z } from "zod";
import { optionalText } from "@/lib/validation/fields";
import { LANGUAGES, type Language } from "./languages";
import { LAWS, formatLegalRef, type LawId } from "./templates/laws";

/**
 * A text the public or an authority reads, one value per language (issue 9):
 * `{ en: "To deliver your order.", nb: "For å levere bestillingen din." }`.
 * A language that is absent has not been written yet; it never borrows the
 * other language's text — a renderer leaves it out, and LANG-001 reports it for
 * every notice language of the company (docs/legal-spec.md §3).
 *
 * Stored as JSONB, so a further language (nynorsk, Swedish) is a new key, not
 * a new column. Proper names (company, recipient, system, cookie, provider)
 * stay single strings.
 */
export type LocalizedText = Partial<Record<Language, string>>;

/** The text in `language`, trimmed, or null when it is not written in that language. */
export function textIn(value: LocalizedText | null | undefined, language: Language): string | null {
  const text = value?.[language];
  return typeof text === "string" && text.trim() !== "" ? text.trim() : null;
}

/**
 * The text in `language`, else in any language it is written in: only for naming a
 * thing to the DPO (a finding, a list in the dashboard), never for the notice or an export.
 */
export function textToIdentify(value: LocalizedText | null | undefined, language: Language): string {
  return textIn(value, language) ?? LANGUAGES.map((other) => textIn(value, other)).find((text) => text !== null) ?? "";
}

/** Whether the text is written in at least one language. */
export function hasText(value: LocalizedText | null | undefined): boolean {
  return LANGUAGES.some((language) => textIn(value, language) !== null);
}

/** The languages of `wanted` the text is not written in. */
export function missingLanguages(value: LocalizedText | null | undefined, wanted: readonly Language[]): Language[] {
  return wanted.filter((language) => textIn(value, language) === null);
}

/** A single-language text (an old value, an import) as the text of `language`. */
export function inLanguage(text: string | null | undefined, language: Language): LocalizedText {
  return typeof text === "string" && text.trim() !== "" ? { [language]: text.trim() } : {};
}

/** The same text with its languages in the fixed order of LANGUAGES and empty ones dropped (stable JSON). */
export function normaliseLocalizedText(value: LocalizedText | null | undefined): LocalizedText {
  const out: LocalizedText = {};
  for (const language of LANGUAGES) {
    const text = textIn(value, language);
    if (text !== null) out[language] = text;
  }
  return out;
}

/**
 * The one schema of a localized text, for forms, routes, imports and stored
 * snapshots: an object with one optional string per language ("" is "not
 * written"), unknown keys refused. Null or absent is the empty text.
 */
export function localizedTextField(max: number) {
  const shape = Object.fromEntries(LANGUAGES.map((language) => [language, optionalText(max)])) as Record<Language, ReturnType<typeof optionalText>>;
  return z
    .strictObject(shape)
    .partial()
    .nullish()
    .transform((value): LocalizedText => normaliseLocalizedText(value as LocalizedText | null | undefined));
}

/** The same, written in at least one language. */
export function requiredLocalizedTextField(max: number) {
  return localizedTextField(max).refine(hasText, "validation.required");
}

/** The stored shape (snapshots, JSON files): already normalised, strings only. */
export const storedLocalizedTextSchema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, z.string().optional()])) as Record<Language, z.ZodOptional<z.ZodString>>,
);

/** Reads a JSONB column: anything that is not a localized text is the empty text. */
export function localizedTextFromJson(value: unknown): LocalizedText {
  const parsed = storedLocalizedTextSchema.safeParse(value);
  return parsed.success ? normaliseLocalizedText(parsed.data) : {};
}

// ── Legal references: a law from the one list and a section, or free text ─────

const LAW_IDS = Object.keys(LAWS) as [LawId, ...LawId[]];

/**
 * Where a lawful basis (Art. 6(3)), an Art. 9(2) condition or a retention period
 * rests in law. A law from lib/register/templates/laws.ts and a section render
 * in every language from one value ("bokføringsloven § 13" / "the Bookkeeping
 * Act (bokføringsloven) § 13"); `text` is the fallback for a provision not in
 * that list, written per language.
 */
export type LegalReference = { law: LawId | null; section: string | null; text: LocalizedText };

const EMPTY_LEGAL_REFERENCE: LegalReference = { law: null, section: null, text: {} };

export function legalReferenceField(max: number) {
  return z
    .object({
      law: z
        .enum(LAW_IDS)
        .or(z.literal(""))
        .nullish()
        .transform((value) => (value ? value : null)),
      section: optionalText(100),
      text: localizedTextField(max),
    })
    .nullish()
    .transform((value): LegalReference => value ?? { ...EMPTY_LEGAL_REFERENCE, text: {} });
}

export const storedLegalReferenceSchema = z.strictObject({
  law: z.enum(LAW_IDS).nullable(),
  section: z.string().nullable(),
  text: storedLocalizedTextSchema,
});

/** Reads a JSONB column; anything else is "no reference". */
export function legalReferenceFromJson(value: unknown): LegalReference {
  const parsed = storedLegalReferenceSchema.safeParse(value);
  if (!parsed.success) return { law: null, section: null, text: {} };
  return { law: parsed.data.law, section: parsed.data.section, text: normaliseLocalizedText(parsed.data.text) };
}

/** An old single-language reference ("bokføringsloven § 13") as free text of `language`. */
export function legalReferenceOfText(text: string | null | undefined, language: Language): LegalReference {
  return { law: null, section: null, text: inLanguage(text, language) };
}

/**
 * A reference as written in running text of `language` ("bokføringsloven § 13", "the
 * Bookkeeping Act (bokføringsloven) § 13") read back into law and section where it names a
 * law of the list; anything else stays free text of that language.
 */
export function parseLegalReference(text: string | null | undefined, language: Language): LegalReference {
  const value = (text ?? "").trim();
  if (value === "") return { law: null, section: null, text: {} };
  const folded = value.toLocaleLowerCase("nb");
  for (const law of Object.values(LAWS)) {
    // Only the forms a reader of `language` writes: a Norwegian name in an English text is
    // the DPO's own wording and stays as written.
    const written = language === "nb" ? [law.name.nb] : [law.name.en, `${law.name.en} (${law.name.nb})`, `the ${law.name.en} (${law.name.nb})`, `the ${law.name.en}`];
    const forms = written.map((form) => form.toLocaleLowerCase("nb"));
    for (const form of forms.sort((a, b) => b.length - a.length)) {
      if (folded === form) return { law: law.id, section: null, text: {} };
      if (folded.startsWith(`${form} §`)) return { law: law.id, section: value.slice(form.length).trim(), text: {} };
    }
  }
  return { law: null, section: null, text: { [language]: value } };
}

/** Whether a reference names anything at all (a law, or text in some language). */
export function hasLegalReference(ref: LegalReference | null | undefined): boolean {
  return !!ref && (ref.law !== null || hasText(ref.text));
}

/** The reference in running text of `language`; null when it is not given in that language. */
export function legalReferenceIn(ref: LegalReference | null | undefined, language: Language): string | null {
  if (!ref) return null;
  if (ref.law !== null) return formatLegalRef({ law: ref.law, ...(ref.section ? { section: ref.section } : {}) }, language);
  return textIn(ref.text, language);
}

/**
 * Every language's text of a value, one per line: for checks that read what the DPO
 * wrote (a vague retention criterion, the Bookkeeping Act named) whatever its language.
 */
export function everyLanguage(value: LocalizedText | LegalReference | null | undefined): string {
  if (!value) return "";
  if ("law" in value && "text" in value && typeof value.text === "object") {
    const ref = value as LegalReference;
    const cited = LANGUAGES.map((language) => legalReferenceIn(ref, language)).filter((text): text is string => text !== null);
    return [...new Set(cited)].join("\n");
  }
  return LANGUAGES.map((language) => textIn(value as LocalizedText, language)).filter((text): text is string => text !== null).join("\n");
}
