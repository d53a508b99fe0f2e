import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { strings } from "@/lib/notice/lang";
import { cookieDurationIn } from "@/lib/register/cookie-duration";
import { COOKIE_DURATION_KINDS, COOKIE_DURATION_UNITS } from "@/lib/register/enums";
import * as E from "@/lib/register/enums";
import { LANGUAGES } from "@/lib/register/languages";
import { retentionPeriod, retentionUnitFromWord, retentionUnitWord } from "@/lib/register/retention-text";
import { ARTICLES, VOCABULARY, booleanFromLabel, enumFromLabel, enumLabel, withoutArticle, yesNo, type EnumName } from ".";

const ENUMS: Record<EnumName, readonly string[]> = {
  EmployeeBand: E.EMPLOYEE_BANDS,
  DpoBasis: E.DPO_BASES,
  ActivityRole: E.ACTIVITY_ROLES,
  ActivityStatus: E.ACTIVITY_STATUSES,
  CollectionSource: E.COLLECTION_SOURCES,
  Art14Timing: E.ART14_TIMINGS,
  Art14Exemption: E.ART14_EXEMPTIONS,
  ProvisionRequirement: E.PROVISION_REQUIREMENTS,
  ContractParty: E.CONTRACT_PARTIES,
  VolunteeredHandling: E.VOLUNTEERED_HANDLINGS,
  LawfulBasis: E.LAWFUL_BASES,
  SpecialCategory: E.SPECIAL_CATEGORIES,
  Art9Condition: E.ART9_CONDITIONS,
  Art22Exception: E.ART22_EXCEPTIONS,
  DpiaStatus: E.DPIA_STATUSES,
  MarketingChannel: E.MARKETING_CHANNELS,
  MarketingRoute: E.MARKETING_ROUTES,
  RecipientKind: E.RECIPIENT_KINDS,
  DpaStatus: E.DPA_STATUSES,
  SubProcessorAuthorisation: E.SUB_PROCESSOR_AUTHORISATIONS,
  SecurityMeasureKind: E.SECURITY_MEASURE_KINDS,
  CookieCategory: E.COOKIE_CATEGORIES,
  CookieDurationKind: COOKIE_DURATION_KINDS,
  CookieDurationUnit: COOKIE_DURATION_UNITS,
  TransferMechanism: E.TRANSFER_MECHANISMS,
  SccModule: E.SCC_MODULES,
  AdequacyStatus: E.ADEQUACY_STATUSES,
  RetentionUnit: E.RETENTION_UNITS,
  RetentionTrigger: E.RETENTION_TRIGGERS,
};
const entries = Object.entries(ENUMS) as [EnumName, readonly string[]][];

describe("the vocabulary", () => {
  it("labels exactly the values of every enum in every language, each label unique within its enum", () => {
    for (const language of LANGUAGES) {
      for (const [name, values] of entries) {
        const labels = VOCABULARY[language].labels[name] as Record<string, string>;
        expect(Object.keys(labels).sort(), `${language} ${name}`).toEqual([...values].sort());
        const texts = values.map((v) => labels[v] ?? "");
        expect(texts.every((t) => t.trim() !== ""), `${name} ${language}`).toBe(true);
        expect(new Set(texts.map((t) => t.toLowerCase())).size, `${name} ${language} unique`).toBe(texts.length);
        // Unique without the article too, so "Samtykke" typed in a spreadsheet means one value.
        expect(new Set(texts.map((t) => withoutArticle(t).toLowerCase())).size, `${name} ${language} short`).toBe(texts.length);
      }
    }
  });

  it("reads every value back from its code or its label in any language (the spreadsheet import relies on it)", () => {
    for (const [name, values] of entries) {
      for (const value of values) {
        for (const language of LANGUAGES) {
          expect(enumFromLabel(name, enumLabel(name, value as never, language)), `${name}.${value}.${language}`).toBe(value);
          expect(enumFromLabel(name, withoutArticle(enumLabel(name, value as never, language)).toUpperCase()), `${name}.${value}.${language} short`).toBe(value);
        }
        expect(enumFromLabel(name, value.toLowerCase())).toBe(value);
      }
    }
    expect(enumFromLabel("LawfulBasis", "Magic")).toBeNull();
    expect(enumFromLabel("LawfulBasis", "Berettiget interesse")).toBe("LEGITIMATE_INTERESTS");
    for (const language of LANGUAGES) for (const value of [true, false]) expect(booleanFromLabel(yesNo(value, language))).toBe(value);
  });

  it("carries the article where the law gives one, cited in each language's style", () => {
    expect(enumLabel("LawfulBasis", "LEGITIMATE_INTERESTS", "nb")).toBe("Berettiget interesse (art. 6 nr. 1 bokstav f)");
    expect(enumLabel("Art9Condition", "HEALTH_OR_SOCIAL_CARE", "en")).toContain("Art. 9(2)(h)");
    for (const basis of E.LAWFUL_BASES) {
      expect(enumLabel("LawfulBasis", basis, "en")).toContain(VOCABULARY.en.article(ARTICLES.LawfulBasis[basis]));
      expect(enumLabel("LawfulBasis", basis, "nb")).toContain(VOCABULARY.nb.article(ARTICLES.LawfulBasis[basis]));
    }
  });
});

describe("every renderer words an enumeration from the vocabulary", () => {
  it("the notice: bases, Art. 9 conditions, special categories, recipients, channels, provision, cookie categories", () => {
    for (const language of LANGUAGES) {
      const s = strings(language);
      const v = VOCABULARY[language];
      const text = (inline: { text?: string }[] | null) => (inline ?? []).map((r) => r.text ?? "").join("");
      for (const basis of E.LAWFUL_BASES) {
        const cell = text(s.basisShort(basis, null));
        expect(cell).toContain(v.inSentence.LawfulBasis[basis]);
        expect(cell).toContain(v.article(ARTICLES.LawfulBasis[basis]));
      }
      for (const condition of E.ART9_CONDITIONS) {
        const sentence = text(s.specialCategories([...E.SPECIAL_CATEGORIES], condition, null));
        expect(sentence).toContain(v.inSentence.Art9Condition[condition]);
        for (const category of E.SPECIAL_CATEGORIES) expect(sentence).toContain(v.inSentence.SpecialCategory[category]);
      }
      for (const kind of E.RECIPIENT_KINDS) expect(text(s.recipient("Acme", null, kind, null))).toContain(v.inSentence.RecipientKind[kind]);
      for (const channel of E.MARKETING_CHANNELS) expect(s.marketingChannels([channel])).toBe(v.inSentence.MarketingChannel[channel]);
      for (const requirement of E.PROVISION_REQUIREMENTS) expect(s.provision(requirement, "DATA_SUBJECT")).toBe(v.inSentence.ProvisionRequirement[requirement]);
      for (const requirement of ["CONTRACTUAL", "PRECONTRACT_REQUIRED"] as const) expect(s.provision(requirement, "ORGANISATION")).toBe(v.inSentence.ProvisionRequirementWithOrganisation[requirement]);
      for (const category of E.COOKIE_CATEGORIES) expect(s.cookieCategory(category)).toBe(withoutArticle(v.labels.CookieCategory[category]));
      for (const mechanism of E.TRANSFER_MECHANISMS) {
        const sentence = text(s.transfer("Acme", "Japan", mechanism, { module: null, adequacyReference: null, adequacySubject: null }));
        if (mechanism !== "ADEQUACY" && mechanism !== "SCC_2021_914") expect(sentence).toContain(v.inSentence.TransferMechanism[mechanism]);
      }
      expect([s.yes, s.no]).toEqual([v.words.yes, v.words.no]);
    }
  });

  it("retention periods and cookie lifetimes: units and events", () => {
    for (const language of LANGUAGES) {
      const v = VOCABULARY[language];
      for (const unit of E.RETENTION_UNITS) {
        expect(retentionUnitWord(1, unit, language)).toBe(v.units.retention[unit].one);
        expect(retentionUnitWord(2, unit, language)).toBe(v.units.retention[unit].other);
        expect(retentionUnitFromWord(v.units.retention[unit].other)).toBe(unit);
      }
      for (const unit of COOKIE_DURATION_UNITS) expect(cookieDurationIn({ kind: "PERIOD", amount: 3, unit, text: {} }, language)).toBe(`3 ${v.units.cookie[unit].other}`);
      expect(cookieDurationIn({ kind: "SESSION", amount: null, unit: null, text: {} }, language)).toBe(v.words.session);
      for (const trigger of E.RETENTION_TRIGGERS.filter((t) => t !== "OTHER")) {
        for (const voice of ["notice", "register"] as const) {
          const period = retentionPeriod({ duration: 2, unit: "YEARS", trigger, triggerText: null, criteriaText: null, legalReference: null }, voice, language);
          expect(period?.text).toBe(`2 ${v.units.retention.YEARS.other} ${v.words.after} ${v.triggers[voice][trigger as Exclude<E.RetentionTrigger, "OTHER">].after}`);
        }
      }
    }
  });
});

/**
 * A lint in test form: no module outside the vocabulary keeps its own words for
 * these enumerations. A "label map" is two or more values of one enum mapped to
 * prose (a string with a lower-case word), in TypeScript or in a message file;
 * maps to codes or IRIs (the DPV terms, "eu-gdpr:A6-1-a") are not wording.
 */
describe("no other module defines labels for the vocabulary's enumerations", () => {
  const root = path.resolve(__dirname, "../../..");
  const roots = ["lib", "components", "app"];
  const skip = [/^lib\/register\/vocabulary\//, /^lib\/generated\//, /\.test\.tsx?$/, /^lib\/register\/templates\//, /^lib\/server\/seed\//];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(tsx?|json)$/.test(entry.name) && !skip.some((re) => re.test(rel))) files.push(rel);
    }
  };
  roots.forEach(walk);

  it("finds the source files it scans", () => {
    expect(files).toContain("lib/notice/lang/nb.ts");
    expect(files).toContain("lib/i18n/messages/nb/activities.json");
  });

  /** The enum's values in `source` mapped to prose: a quoted string with a word, not a code or an IRI ("dpv:Consent"). */
  const wordedValues = (source: string, values: readonly string[]) =>
    values.filter((value) =>
      [...source.matchAll(new RegExp(`["']?\\b${value}\\b["']?\\s*:\\s*(?:\\{[^}\\n]*?)?["'\`]([^"'\`\\n]*)["'\`]`, "g"))].some(([, text = ""]) => /^[A-ZÆØÅa-zæøå]/.test(text) && !/^[a-z-]+:\S/.test(text) && /[a-zæøå]{2,}/.test(text)),
    );

  it("finds none outside lib/register/vocabulary", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      for (const [name, values] of entries) {
        const worded = wordedValues(source, values);
        if (worded.length >= 2) offenders.push(`${file}: ${name} (${worded.join(", ")})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("would catch a label map, in TypeScript or a message file (the lint is not blind)", () => {
    expect(wordedValues(`const X = { CONSENT: "your consent", CONTRACT: { en: "Contract" } };`, E.LAWFUL_BASES)).toEqual(["CONSENT", "CONTRACT"]);
    expect(wordedValues(`{ "DRAFT": "Utkast", "ACTIVE": "Aktiv" }`, E.ACTIVITY_STATUSES)).toEqual(["DRAFT", "ACTIVE"]);
    expect(wordedValues(`{ CONSENT: "eu-gdpr:A6-1-a", CONTRACT: "dpv:Contract" }`, E.LAWFUL_BASES)).toEqual([]);
  });
});
