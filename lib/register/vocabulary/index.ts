import { isLanguage, type Language } from "@/lib/register/languages";
import { en } from "./en";
import { nb } from "./nb";
import type { EnumName, EnumTypes, Vocabulary } from "./types";

export { ARTICLES } from "./articles";
export type { EnumName, EnumTypes, Forms, SpreadsheetColumnId, SpreadsheetRight, TriggerWords, Vocabulary } from "./types";

/**
 * The one vocabulary (issue 9 item 5): every label of a register enumeration and
 * every piece of legal wording, per language. The editor, the notice, the Art. 30
 * PDF, the spreadsheets, the DPV export and the checks all read it here; nothing
 * else keeps a label map for these enumerations (vocabulary.test.ts proves it).
 * A new language is a new file implementing `Vocabulary` and one line below.
 */
export const VOCABULARY: Record<Language, Vocabulary> = { en, nb };

/** The label of one enum value, e.g. `enumLabel("LawfulBasis", "CONSENT", "nb")` → «Samtykke (art. 6 nr. 1 bokstav a)». */
export function enumLabel<K extends EnumName>(enumName: K, value: EnumTypes[K], language: Language): string {
  const text = (VOCABULARY[language].labels[enumName] as Record<string, string>)[value];
  return text ?? String(value);
}

const normalise = (text: string) => text.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");

/** "Contract (Art. 6(1)(b))" → "Contract": the label as a DPO types it, without its legal reference. */
export function withoutArticle(text: string): string {
  return text.replace(/\s*\((?:Art\.|art\.|mfl\.|ekomloven|pol\.)[^]*\)\s*$/, "").trim();
}

/**
 * Reads a value back from what a person typed (a spreadsheet cell): the code
 * itself ("CONSENT") or its label in any language of the vocabulary, with or
 * without its article, case- and space-insensitive. Null when nothing matches.
 */
export function enumFromLabel<K extends EnumName>(enumName: K, text: string): EnumTypes[K] | null {
  const wanted = normalise(text);
  if (wanted === "") return null;
  const languages = Object.values(VOCABULARY);
  const codes = Object.keys(VOCABULARY.en.labels[enumName]);
  const labelsOf = (code: string) => languages.map((v) => (v.labels[enumName] as Record<string, string>)[code] ?? "");
  for (const code of codes) if (normalise(code) === wanted || labelsOf(code).some((l) => normalise(l) === wanted)) return code as EnumTypes[K];
  // A DPO typing "Contract" or "Samtykke" means the label without its article.
  for (const code of codes) if (labelsOf(code).some((l) => normalise(withoutArticle(l)) === wanted)) return code as EnumTypes[K];
  return null;
}

/** "Yes"/"No" in the language; for booleans in the PDF and spreadsheets. */
export function yesNo(value: boolean, language: Language): string {
  const words = VOCABULARY[language].words;
  return value ? words.yes : words.no;
}

/** Parses yes/no in any language of the vocabulary, or true/false/1/0 (case-insensitive); null when not a boolean. */
export function booleanFromLabel(text: string): boolean | null {
  const t = normalise(text);
  const words = Object.values(VOCABULARY).map((v) => v.words);
  if (["true", "1", ...words.flatMap((w) => [normalise(w.yes), normalise(w.yes).charAt(0)])].includes(t)) return true;
  if (["false", "0", ...words.flatMap((w) => [normalise(w.no), normalise(w.no).charAt(0)])].includes(t)) return false;
  return null;
}

/** What an empty field the law requires reads as in an export: printed, never silently left out. */
export function notRecorded(language: Language): string {
  return VOCABULARY[language].words.notRecorded;
}

/** "2 months" / «2 måneder»: a count and the unit's form for it. */
export function counted(count: number, forms: { one: string; other: string }): string {
  return `${count} ${count === 1 ? forms.one : forms.other}`;
}

/**
 * The label for a screen in the person's interface language (lib/i18n/locales): the
 * vocabulary's own language where it has one, else English. The editor, lists and
 * filters print enumerations only through this, never through message files.
 */
export function enumLabelForInterface(enumName: EnumName, value: string, locale: string): string {
  return enumLabel(enumName, value as never, isLanguage(locale) ? locale : "en");
}
