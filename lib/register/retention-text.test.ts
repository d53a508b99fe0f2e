import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RETENTION_TRIGGERS, RETENTION_UNITS } from "./enums";
import { mentionsQuantity, retentionNoticeText, retentionPeriod, retentionQuantity, retentionRegisterText, retentionUnitFromWord, type RetentionLanguage, type RetentionRuleWords } from "./retention-text";

const LANGUAGES: RetentionLanguage[] = ["en", "nb"];

// Free texts as DPOs write them: continuations ("or until …"), whole sentences, fragments.
const criteriaText = fc.constantFrom(
  "or until you opt out, whichever comes first",
  "and at the latest when you leave",
  "eller til du reserverer deg, hvis det skjer før",
  "og senest når du slutter",
  "Enquiries are deleted 24 months after the case is closed, unless they became part of a customer relationship.",
  "three years is the general limitation period for claims arising from the employment (foreldelsesloven § 2)",
  "avtaler og ordrebekreftelser er sekundærdokumentasjon",
  "Is this kept longer when a claim is pending?",
  "  Kept   as part of the accounting records. ",
);
const triggerText = fc.constantFrom("your last purchase", "det siste kjøpet ditt", "at den ansatte slutter", "the employee leaves", "after the adjustment ends", "etter at tilretteleggingen er slutt");
const legalReference = fc.constantFrom("bokføringsloven § 13", "the Bookkeeping Act (bokføringsloven) § 13", "hvitvaskingsloven § 30");

const rule: fc.Arbitrary<RetentionRuleWords> = fc.record({
  duration: fc.option(fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: 999 })), { nil: null }),
  unit: fc.option(fc.constantFrom(...RETENTION_UNITS), { nil: null }),
  trigger: fc.option(fc.constantFrom(...RETENTION_TRIGGERS), { nil: null }),
  triggerText: fc.option(triggerText, { nil: null }),
  criteriaText: fc.option(criteriaText, { nil: null }),
  legalReference: fc.option(legalReference, { nil: null }),
});

const folded = (text: string) => text.replace(/\s+/g, " ").trim().replace(/[.]+$/, "");
/** The criteria as they may appear in a sentence: first letter in either case. */
const containsCriteria = (output: string, criteria: string) => {
  const c = folded(criteria);
  return output.includes(c) || output.includes(c.charAt(0).toUpperCase() + c.slice(1));
};

const UNIT_WORDS: Record<RetentionLanguage, RegExp> = {
  en: /\b(\d+) (days?|weeks?|months?|years?)\b/g,
  nb: /(\d+) (dager|dag|uker|uke|måneder|måned|år)(?![a-zæøå])/g,
};
const SINGULAR = new Set(["day", "week", "month", "year", "dag", "uke", "måned", "år"]);
const PLURAL = new Set(["days", "weeks", "months", "years", "dager", "uker", "måneder", "år"]);

/** Every "N unit" in the text agrees in number: "1 month", "2 months", never "1 months" or "0 days". */
function pluralErrors(text: string, lang: RetentionLanguage): string[] {
  const errors: string[] = [];
  for (const [whole, count, word] of text.matchAll(UNIT_WORDS[lang])) {
    const n = Number(count);
    if (n === 0) errors.push(`zero: ${whole}`);
    else if (n === 1 && !SINGULAR.has(word!)) errors.push(`plural after 1: ${whole}`);
    else if (n !== 1 && !PLURAL.has(word!)) errors.push(`singular after ${n}: ${whole}`);
  }
  return errors;
}

function renderings(r: RetentionRuleWords, lang: RetentionLanguage): string[] {
  return [retentionNoticeText(r, lang, null), retentionNoticeText(r, lang, "Contact details"), retentionRegisterText(r, lang)].filter((x): x is string => x !== null);
}

describe("retention sentences (property: generated rules, both languages, notice and register voice)", () => {
  // 2,000 generated rules take about a second alone; the limit leaves room for a loaded CI machine.
  it("never say “0 …”, drop no criteria, legal reference or period, and agree in number", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(rule, fc.constantFrom(...LANGUAGES), (r, lang) => {
        const outputs = renderings(r, lang);
        const hasPeriod = r.duration !== null && r.unit !== null;
        // A rule with a period or criteria is always said; one with neither is left to RT-001.
        expect(outputs.length > 0).toBe(hasPeriod || r.criteriaText !== null);
        for (const text of outputs) {
          expect(pluralErrors(text, lang)).toEqual([]);
          expect(text).not.toMatch(/(^|\D)0 /);
          if (r.criteriaText) expect(containsCriteria(text, r.criteriaText)).toBe(true);
          if (r.legalReference && (hasPeriod || r.criteriaText)) expect(text).toContain(r.legalReference);
          // The period is said, either generated or by criteria that state it and are printed whole.
          if (hasPeriod && r.duration! > 0 && !(r.criteriaText && mentionsQuantity(r.criteriaText, r.duration!, r.unit!, lang))) {
            expect(text).toContain(retentionQuantity(r.duration!, r.unit!, lang));
          }
          if (hasPeriod && r.trigger === "OTHER" && r.triggerText) expect(text).toContain(r.triggerText.replace(/^(at|after|etter) /, "").replace(/^at /, ""));
          expect(text).not.toMatch(/\b(after after|etter etter)\b/);
          expect(text).not.toMatch(/\s[,.;]|\.\.|,,|\s\s/);
          expect(text).not.toMatch(/undefined|null|NaN/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("every period names its trigger in both voices", () => {
    fc.assert(
      fc.property(rule, fc.constantFrom(...LANGUAGES), fc.constantFrom("notice" as const, "register" as const), (r, lang, voice) => {
        const period = retentionPeriod(r, voice, lang);
        if (r.duration === null || r.unit === null) {
          expect(period).toBeNull();
          return;
        }
        expect(period).not.toBeNull();
        if (r.trigger) expect(period!.text).toMatch(lang === "en" ? /\b(after|until|while)\b/ : /\b(etter|til|mens)\b/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("retention sentences (examples)", () => {
  const base: RetentionRuleWords = { duration: null, unit: null, trigger: null, triggerText: null, criteriaText: null, legalReference: null };

  it("a rule tied to consent withdrawal with period 0 reads “until you withdraw your consent”, not “0 days after”", () => {
    const r = { ...base, duration: 0, unit: "DAYS" as const, trigger: "AFTER_WITHDRAWAL_OF_CONSENT" as const };
    expect(retentionNoticeText(r, "en", null)).toBe("Until you withdraw your consent.");
    expect(retentionNoticeText(r, "nb", "Kontaktopplysninger")).toBe("Kontaktopplysninger: til du trekker tilbake samtykket.");
    expect(retentionRegisterText(r, "en")).toBe("Until consent is withdrawn");
    expect(retentionRegisterText(r, "nb")).toBe("Til samtykket er trukket tilbake");
  });

  it("says period, trigger, criteria and law together", () => {
    const r = { ...base, duration: 2, unit: "YEARS" as const, trigger: "OTHER" as const, triggerText: "your last purchase", criteriaText: "or until you opt out, whichever comes first" };
    expect(retentionNoticeText(r, "en", "E-mail address")).toBe("E-mail address: 2 years after your last purchase, or until you opt out, whichever comes first.");
    const accounts = { ...base, duration: 42, unit: "MONTHS" as const, trigger: "AFTER_END_OF_ACCOUNTING_YEAR" as const, criteriaText: "avtaler er sekundærdokumentasjon", legalReference: "bokføringsloven § 13" };
    // A law is cited by kind: «etter …», not «slik … krever» whatever the law says.
    expect(retentionNoticeText(accounts, "nb", "Avtaler")).toBe("Avtaler: 42 måneder etter regnskapsårets slutt, etter bokføringsloven § 13. Avtaler er sekundærdokumentasjon.");
    expect(retentionNoticeText({ ...accounts, criteriaText: null }, "en", null)).toBe("42 months after the end of the accounting year, under bokføringsloven § 13.");
    expect(retentionRegisterText(accounts, "nb")).toBe("42 måneder etter regnskapsårets slutt (bokføringsloven § 13); kriterier: avtaler er sekundærdokumentasjon");
  });

  it("lets criteria that already state the period stand for it instead of saying it twice (issue 11)", () => {
    const r = { ...base, duration: 24, unit: "MONTHS" as const, trigger: "AFTER_CASE_CLOSED" as const, criteriaText: "Enquiries are deleted 24 months after the case is closed, unless they became part of a customer relationship." };
    expect(retentionNoticeText(r, "en", null)).toBe("Enquiries are deleted 24 months after the case is closed, unless they became part of a customer relationship.");
    const nb = { ...r, criteriaText: "henvendelser slettes 24 måneder etter at saken er avsluttet" };
    expect(retentionNoticeText(nb, "nb", null)).toBe("Henvendelser slettes 24 måneder etter at saken er avsluttet.");
    const words = { ...base, duration: 3, unit: "MONTHS" as const, trigger: "AFTER_END_OF_CONTRACT" as const, criteriaText: "Kontoen slettes tre måneder etter at avtalen er avsluttet." };
    expect(retentionNoticeText(words, "nb", null)).toBe("Kontoen slettes tre måneder etter at avtalen er avsluttet.");
    // Criteria that add something else keep the generated period beside them.
    expect(retentionNoticeText({ ...words, criteriaText: "Kept as part of the accounts" }, "en", null)).toBe("3 months after the contract ends. Kept as part of the accounts.");
  });

  it("uses the singular after 1 in both languages", () => {
    expect(retentionQuantity(1, "MONTHS", "en")).toBe("1 month");
    expect(retentionQuantity(1, "MONTHS", "nb")).toBe("1 måned");
    expect(retentionQuantity(2, "MONTHS", "nb")).toBe("2 måneder");
    expect(retentionQuantity(1, "YEARS", "nb")).toBe("1 år");
    expect(retentionRegisterText({ ...base, duration: 1, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT" }, "en")).toBe("1 month after the contract ends");
  });

  it("reads a unit back from its singular or plural in either language", () => {
    expect(retentionUnitFromWord("month")).toBe("MONTHS");
    expect(retentionUnitFromWord(" Måneder ")).toBe("MONTHS");
    expect(retentionUnitFromWord("år")).toBe("YEARS");
    expect(retentionUnitFromWord("fortnight")).toBeNull();
  });
});
