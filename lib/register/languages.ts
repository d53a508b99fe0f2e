import type { Locale as StoredLanguage } from "./enums";
import { isOneOf } from "@/lib/validation/unknown";

/**
 * The languages Protokoll writes public and legal text in: the notice, the
 * Art. 30 PDF, the spreadsheets and the wording of lib/register/vocabulary.
 * One list, so a company's notice languages, the vocabulary and the renderers
 * cannot disagree about what a language is.
 *
 * Adding a language (nynorsk, Swedish, Danish, German) is data: add its code
 * here and to the Prisma enum `Locale` (with a migration), then fill in what
 * the compiler asks for — its facts below, its vocabulary file and its notice
 * sentences (lib/notice/lang). Everything keyed by `Language` is a `Record`,
 * so a language that is missing anywhere is a type error, not a blank page.
 *
 * The activities' texts are `LocalizedText` (JSON per language) and take a new
 * language as data. Some texts are still column pairs and need a column per
 * language, added in the same migration: the catalogs' labels, descriptions and
 * cookie purposes (`labelEn`/`labelNb`, `descriptionEn`/`descriptionNb`,
 * `purposeEn`/`purposeNb`, the sub-processors' descriptions), an activity's
 * `noticeTitleEn`/`noticeTitleNb`, and a notice version's renderings
 * (`htmlEn`…`documentNb`). Each pair is listed once in lib/register/translatables.ts,
 * so LANG-001, the translation view and its spreadsheet already treat it as a
 * text per language; the new language's column goes there too.
 *
 * The interface languages (lib/i18n/locales.ts) are a separate, smaller list:
 * a notice may be published in a language the dashboard does not speak.
 */
export const LANGUAGES = ["en", "nb"] as const;
export type Language = (typeof LANGUAGES)[number];

type LanguageFacts = {
  /** The value stored in the database (Prisma enum `Locale`). */
  stored: StoredLanguage;
  /** BCP 47 tag for `lang` attributes and `Content-Language`. */
  tag: string;
  /** Locale for `Intl` (dates, sorting, case folding). */
  intl: string;
  /** The language's own name, as a standalone label (a language switch): "English", "Norsk bokmål". */
  ownName: string;
  /**
   * Its name in every language, as it reads inside a sentence or in brackets:
   * "English" / «engelsk». Norwegian writes language names in lower case.
   */
  names: Record<Language, string>;
};

export const LANGUAGE_FACTS: Record<Language, LanguageFacts> = {
  en: { stored: "EN", tag: "en", intl: "en-GB", ownName: "English", names: { en: "English", nb: "engelsk" } },
  nb: { stored: "NB", tag: "nb", intl: "nb-NO", ownName: "Norsk bokmål", names: { en: "Norwegian (bokmål)", nb: "bokmål" } },
};

export function isLanguage(value: unknown): value is Language {
  return isOneOf(LANGUAGES, value);
}

/** The language of a stored value ("NB" → "nb"). */
export function languageOfStored(stored: StoredLanguage): Language {
  const found = LANGUAGES.find((language) => LANGUAGE_FACTS[language].stored === stored);
  if (!found) throw new Error(`No language is stored as ${stored}.`);
  return found;
}

/** The database value of a language ("nb" → "NB"). */
export function storedLanguage(language: Language): StoredLanguage {
  return LANGUAGE_FACTS[language].stored;
}

/** The name of `language` written in `inLanguage`: `languageName("nb", "en")` → "Norwegian (bokmål)". */
export function languageName(language: Language, inLanguage: Language): string {
  return LANGUAGE_FACTS[language].names[inLanguage];
}
