import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it("gives bokmål for any Norwegian tag", () => {
    expect(localeFromAcceptLanguage("nb-NO,nb;q=0.9,en;q=0.8")).toBe("nb");
    expect(localeFromAcceptLanguage("nn")).toBe("nb");
    expect(localeFromAcceptLanguage("no")).toBe("nb");
  });
  it("respects quality order", () => {
    expect(localeFromAcceptLanguage("en;q=0.9,nb;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("de,nb;q=0.5,en;q=0.4")).toBe("nb");
  });
  it("falls back to English", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR")).toBe("en");
  });
});
