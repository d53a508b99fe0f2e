import type { Language } from "@/lib/register/languages";
import { cookieDurationIn, type CookieDuration } from "@/lib/register/cookie-duration";
import { hasLegalReference, hasText, legalReferenceIn, textIn, type LegalReference, type LocalizedText } from "@/lib/register/localized-text";
import { VOCABULARY } from "@/lib/register/vocabulary";

/**
 * The DPO's free texts as an export prints them. Enumeration labels and legal
 * wording come from the one vocabulary (lib/register/vocabulary).
 */
export type ExportLanguage = Language;

const NOT_TRANSLATED = (language: ExportLanguage) => VOCABULARY[language].words.notWrittenYet;

/**
 * The DPO's text in the export's language. Where it is written only in another language
 * the export says so, in its own language, rather than printing the other language's
 * text (issue 9) or "not recorded" (it is recorded); null where it is not written at all.
 */
export function textForExport(value: LocalizedText, language: ExportLanguage): string | null {
  return textIn(value, language) ?? (hasText(value) ? NOT_TRANSLATED(language) : null);
}

/** A legal reference in the export's language: the law's name in that language, or the free text as above. */
export function legalReferenceForExport(value: LegalReference, language: ExportLanguage): string | null {
  return legalReferenceIn(value, language) ?? (hasLegalReference(value) ? NOT_TRANSLATED(language) : null);
}

/** A cookie's duration in the export's language. */
export function cookieDurationForExport(value: CookieDuration, language: ExportLanguage): string | null {
  return cookieDurationIn(value, language) ?? (value.kind === "TEXT" && hasText(value.text) ? NOT_TRANSLATED(language) : null);
}
