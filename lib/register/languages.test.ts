import { describe, expect, it } from "vitest";
import { NOTICE_LANGUAGES } from "./enums";
import { isLanguage, LANGUAGE_FACTS, LANGUAGES, languageName, languageOfStored, storedLanguage } from "./languages";

describe("languages", () => {
  it("map one-to-one onto the stored values of the Prisma enum Locale", () => {
    expect(LANGUAGES.map(storedLanguage).sort()).toEqual([...NOTICE_LANGUAGES].sort());
    for (const language of LANGUAGES) expect(languageOfStored(storedLanguage(language))).toBe(language);
  });

  it("name every language in every language, and have distinct tags", () => {
    for (const language of LANGUAGES) {
      for (const inLanguage of LANGUAGES) expect(languageName(language, inLanguage).trim()).not.toBe("");
      expect(() => new Intl.DateTimeFormat(LANGUAGE_FACTS[language].intl)).not.toThrow();
    }
    expect(new Set(LANGUAGES.map((language) => LANGUAGE_FACTS[language].tag)).size).toBe(LANGUAGES.length);
    expect(languageName("nb", "en")).toBe("Norwegian (bokmål)");
    expect(languageName("en", "nb")).toBe("engelsk");
  });

  it("recognise only their own codes", () => {
    expect(isLanguage("nb")).toBe(true);
    expect(isLanguage("NB")).toBe(false);
    expect(isLanguage("nn")).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
