import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registerDocumentFromSnapshot } from "@/lib/export/json/from-snapshot";
import { COLUMNS, RECORD_SHEETS, sheetName, sheetNamed } from "@/lib/export/spreadsheet/layout";
import { rightsFor } from "@/lib/export/spreadsheet/rights";
import { parseRegisterTables, registerTables } from "@/lib/export/spreadsheet/tables";
import { strings } from "@/lib/notice/lang";
import { COUNTRIES } from "@/lib/register/countries";
import { fullRegisterSnapshot } from "@/test/export/full-register";
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
  MarketingAudienceGroup: E.MARKETING_AUDIENCE_GROUPS,
  RecipientKind: E.RECIPIENT_KINDS,
  DpaStatus: E.DPA_STATUSES,
  SubProcessorAuthorisation: E.SUB_PROCESSOR_AUTHORISATIONS,
  SecurityMeasureKind: E.SECURITY_MEASURE_KINDS,
  CookieCategory: E.COOKIE_CATEGORIES,
  CookieConsent: E.COOKIE_CONSENTS,
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
        // The bokmål table cites the article in its column heading and only the letter in the cell.
        expect(cell).toContain(language === "nb" ? v.point(ARTICLES.LawfulBasis[basis]) : v.article(ARTICLES.LawfulBasis[basis]));
      }
      for (const condition of E.ART9_CONDITIONS) {
        const sentence = text(s.specialCategories([...E.SPECIAL_CATEGORIES], condition, null));
        expect(sentence).toContain(v.inSentence.Art9Condition[condition]);
        for (const category of E.SPECIAL_CATEGORIES) expect(sentence).toContain(v.inSentence.SpecialCategory[category]);
      }
      for (const kind of E.RECIPIENT_KINDS) expect(text(s.recipientRole(kind, null))).toBe(withoutArticle(v.labels.RecipientKind[kind]));
      for (const channel of E.MARKETING_CHANNELS) expect(s.marketingChannels([channel])).toBe(v.inSentence.MarketingChannel[channel]);
      // The preposition the channels share is said once: "by e-mail and text message", «på e-post og SMS».
      expect(s.marketingChannels(["EMAIL", "SMS"])).toBe(language === "en" ? "by e-mail and text message" : "på e-post og SMS");
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

describe("the spreadsheets word their headings, sheets, tokens and enumerations from the vocabulary, and read every language back", () => {
  const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
  const countryCodes = new Set(COUNTRIES.map((c) => c.code));
  /** Columns whose every line is one enumeration value. */
  const ENUM_COLUMNS: Partial<Record<string, EnumName>> = { role: "ActivityRole", status: "ActivityStatus", lawfulBasis: "LawfulBasis", art9Condition: "Art9Condition", source: "CollectionSource", contractParty: "ContractParty" };

  it("heads each column, names each sheet and lists each right with the vocabulary's words, and the vocabulary has no heading without a column", () => {
    for (const language of LANGUAGES) {
      const words = VOCABULARY[language].spreadsheet;
      for (const column of COLUMNS) expect(column.header[language], `${column.id} ${language}`).toBe(words.columns[column.id]);
      expect(Object.keys(words.columns).sort()).toEqual(COLUMNS.map((c) => c.id).sort());
      for (const sheet of RECORD_SHEETS) expect(sheetName(sheet, language)).toBe(words.sheets[sheet]);
      expect(new Set(rightsFor([...E.LAWFUL_BASES], language))).toEqual(new Set(Object.values(words.rights)));
    }
  });

  it("writes every enumeration cell as the vocabulary's label of a value", () => {
    for (const language of LANGUAGES) {
      for (const table of registerTables(doc, language)) {
        table.header.forEach((heading, index) => {
          const column = COLUMNS.find((c) => c.header[language] === heading);
          const enumName = column ? ENUM_COLUMNS[column.id] : undefined;
          if (!enumName) return;
          const labels = new Set(Object.values(VOCABULARY[language].labels[enumName]));
          const cells = table.rows.flatMap((row) => (row[index] ?? "").split("\n")).filter((cell) => cell !== "");
          expect(cells.length, `${heading} has values`).toBeGreaterThan(0);
          for (const cell of cells) expect(labels.has(cell), `${heading}: ${cell}`).toBe(true);
        });
      }
    }
  });

  it("reads a sheet back from its codes, or its headings, sheet names and labels in any language", () => {
    const expected = parseRegisterTables(registerTables(doc, "en").map((t) => ({ ...t, sheetName: t.sheet, rows: t.rows.map((cells, i) => ({ line: i + 2, cells })) })), countryCodes);
    for (const language of LANGUAGES) {
      for (const sheet of RECORD_SHEETS) expect(sheetNamed(` ${sheetName(sheet, language).toUpperCase()} `)).toBe(sheet);
      const tables = registerTables(doc, language).map((t) => ({ ...t, sheetName: t.sheet, rows: t.rows.map((cells, i) => ({ line: i + 2, cells })) }));
      const parsed = parseRegisterTables(tables, countryCodes);
      expect(parsed.issues, language).toEqual([]);
      // The same choices whatever language the labels were in.
      expect(parsed.activities.map((a) => [a.role, a.status, a.sources.map((s) => s.kind), a.art9Condition, a.purposes.map((p) => p.lawfulBasis)])).toEqual(
        expected.activities.map((a) => [a.role, a.status, a.sources.map((s) => s.kind), a.art9Condition, a.purposes.map((p) => p.lawfulBasis)]),
      );
    }
    // Codes instead of labels, and column ids instead of headings.
    const [controller] = registerTables(doc, "en");
    const ids = controller!.header.map((heading) => COLUMNS.find((c) => c.header.en === heading)!.id);
    const coded = controller!.rows.map((cells) =>
      cells.map((cell, index) => {
        const enumName = ENUM_COLUMNS[ids[index] ?? ""];
        return enumName ? cell.split("\n").map((line) => (line === "" ? "" : (enumFromLabel(enumName, line) ?? line))).join("\n") : cell;
      }),
    );
    const fromCodes = parseRegisterTables([{ sheet: "controller", sheetName: "controller", header: ids, rows: coded.map((cells, i) => ({ line: i + 2, cells })) }], countryCodes);
    expect(fromCodes.issues).toEqual([]);
    expect(fromCodes.activities.map((a) => a.purposes.map((p) => p.lawfulBasis))).toEqual(expected.activities.filter((a) => a.role !== "PROCESSOR").map((a) => a.purposes.map((p) => p.lawfulBasis)));
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

  /**
   * The renderers of enumerations and legal wording (the notice, the spreadsheets, the DPV and JSON
   * exports, retention periods and cookie lifetimes) keep no words of their own in a language pair
   * (`{ en: "…", nb: "…" }`): a pair is a label outside the vocabulary, and a third language would
   * miss it. The PDF's own headings, the checks' messages and the translation workbook's headings
   * are text of their document, not labels, and are typed per language.
   */
  it("finds no language pair of words in a renderer of enumerations", () => {
    const renderers = files.filter((file) => /^lib\/(notice|export\/(spreadsheet|dpv|json))\//.test(file) || ["lib/export/labels.ts", "lib/register/retention-text.ts", "lib/register/cookie-duration.ts"].includes(file));
    expect(renderers).toEqual(expect.arrayContaining(["lib/export/spreadsheet/layout.ts", "lib/notice/lang/nb.ts", "lib/export/dpv/register-jsonld.ts", "lib/register/retention-text.ts"]));
    const pair = /\ben:\s*["'`][^"'`\n]*["'`],\s*nb:\s*["'`]/;
    expect(renderers.filter((file) => pair.test(fs.readFileSync(path.join(root, file), "utf8")))).toEqual([]);
    expect(pair.test(`header: { en: "Role", nb: "Rolle" }`)).toBe(true);
  });

  it("would catch a label map, in TypeScript or a message file (the lint is not blind)", () => {
    expect(wordedValues(`const X = { CONSENT: "your consent", CONTRACT: { en: "Contract" } };`, E.LAWFUL_BASES)).toEqual(["CONSENT", "CONTRACT"]);
    expect(wordedValues(`{ "DRAFT": "Utkast", "ACTIVE": "Aktiv" }`, E.ACTIVITY_STATUSES)).toEqual(["DRAFT", "ACTIVE"]);
    expect(wordedValues(`{ CONSENT: "eu-gdpr:A6-1-a", CONTRACT: "dpv:Contract" }`, E.LAWFUL_BASES)).toEqual([]);
  });
});
