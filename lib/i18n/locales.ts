import { isOneOf } from "@/lib/validation/unknown";

/** The languages Protokoll speaks: English and Norwegian bokmål. */
export const LOCALES = ["en", "nb"] as const;
export type Locale = (typeof LOCALES)[number];
const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "protokoll-locale";

export function isLocale(value: unknown): value is Locale {
  return isOneOf(LOCALES, value);
}

/**
 * Picks the language from an Accept-Language header. Norwegian in any form
 * (no, nb, nn) gets bokmål: it is the written standard our notices use.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (primary === "nb" || primary === "no" || primary === "nn") return "nb";
    if (primary === "en") return "en";
  }
  return DEFAULT_LOCALE;
}
