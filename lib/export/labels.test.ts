import { describe, expect, it } from "vitest";
import * as E from "@/lib/register/enums";
import { ENUM_LABELS, enumFromLabel, label, withoutArticle, type EnumName } from "./labels";

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
  TransferMechanism: E.TRANSFER_MECHANISMS,
  SccModule: E.SCC_MODULES,
  AdequacyStatus: E.ADEQUACY_STATUSES,
  RetentionUnit: E.RETENTION_UNITS,
  RetentionTrigger: E.RETENTION_TRIGGERS,
};

describe("enum labels", () => {
  it("cover exactly the values of every enum, in both languages, each label unique within its enum", () => {
    for (const [name, values] of Object.entries(ENUMS) as [EnumName, readonly string[]][]) {
      const labels = ENUM_LABELS[name] as Record<string, { en: string; nb: string }>;
      expect(Object.keys(labels).sort(), name).toEqual([...values].sort());
      for (const lang of ["en", "nb"] as const) {
        const texts = values.map((v) => labels[v]?.[lang] ?? "");
        expect(texts.every((t) => t.trim() !== ""), `${name} ${lang}`).toBe(true);
        expect(new Set(texts.map((t) => t.toLowerCase())).size, `${name} ${lang} unique`).toBe(texts.length);
      }
    }
  });

  it("read back from either language or the code (the spreadsheet import relies on it)", () => {
    for (const [name, values] of Object.entries(ENUMS) as [EnumName, readonly string[]][]) {
      for (const value of values) {
        for (const lang of ["en", "nb"] as const) expect(enumFromLabel(name, label(name, value as never, lang)), `${name}.${value}.${lang}`).toBe(value);
        expect(enumFromLabel(name, value.toLowerCase())).toBe(value);
      }
    }
    expect(enumFromLabel("LawfulBasis", "Magic")).toBeNull();
    expect(enumFromLabel("LawfulBasis", "contract")).toBe("CONTRACT");
    expect(enumFromLabel("LawfulBasis", "Berettiget interesse")).toBe("LEGITIMATE_INTERESTS");
  });

  it("stay unique within an enum without their article, so the short form is unambiguous", () => {
    for (const [name, values] of Object.entries(ENUMS) as [EnumName, readonly string[]][]) {
      for (const lang of ["en", "nb"] as const) {
        const short = values.map((v) => withoutArticle(label(name, v as never, lang)).toLowerCase());
        expect(new Set(short).size, `${name} ${lang}`).toBe(short.length);
      }
    }
  });

  it("carry the article where legal-spec gives one", () => {
    expect(label("LawfulBasis", "LEGITIMATE_INTERESTS", "nb")).toBe("Berettiget interesse (art. 6 nr. 1 bokstav f)");
    expect(label("Art9Condition", "HEALTH_OR_SOCIAL_CARE", "en")).toContain("Art. 9(2)(h)");
    expect(label("TransferMechanism", "SCC_2021_914", "en")).toContain("Art. 46(2)(c)");
  });
});
