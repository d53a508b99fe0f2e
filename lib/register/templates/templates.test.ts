import { readFileSync } from "node:fs";
import { legalReferenceIn } from "../localized-text";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { noticeDocumentFindings } from "@/lib/notice/check";
import { compileNotice } from "@/lib/notice/compile";
import { renderNoticeText } from "@/lib/notice/render";
import { runChecks } from "../checks";
import { findPlaceholder } from "../checks/notice";
import { LANGUAGES } from "../languages";
import { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECT_CATEGORIES } from "../default-catalog";
import { TEST_NOW } from "@/test/register/snapshot-builder";
import { companySpecificParts, planTemplate, templateActivityInput } from "./apply";
import { ACTIVITY_TEMPLATES, findTemplate, formatLegalRef, formatLegalRefs, searchTemplates, TEMPLATE_CATEGORIES, type ActivityTemplate, type LegalRef, type TemplateText } from "./index";
import { FILLED, filledTemplateSnapshot } from "@/test/register/templates";


function isText(value: unknown): value is TemplateText {
  return typeof value === "object" && value !== null && Object.keys(value).sort().join() === "en,nb";
}

/** Every bilingual text of a template, with where it sits. */
function texts(value: unknown, at = ""): { at: string; text: TemplateText }[] {
  if (isText(value)) return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${at}.${i}`));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => texts(item, at ? `${at}.${key}` : key));
  return [];
}

function isLegalRef(value: unknown): value is LegalRef {
  return typeof value === "object" && value !== null && "law" in value && typeof (value as { law: unknown }).law === "string";
}

function legalRefs(value: unknown): LegalRef[] {
  if (isLegalRef(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(legalRefs);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(legalRefs);
  return [];
}

describe("the template library", () => {
  it("has at least 25 templates with unique ids, in every category", () => {
    expect(ACTIVITY_TEMPLATES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ACTIVITY_TEMPLATES.map((t) => t.id)).size).toBe(ACTIVITY_TEMPLATES.length);
    for (const category of TEMPLATE_CATEGORIES) expect(ACTIVITY_TEMPLATES.filter((t) => t.category === category).length, category).toBeGreaterThan(0);
  });

  it.each(ACTIVITY_TEMPLATES.map((t) => [t.id, t] as const))("%s says everything in English and in bokmål, without placeholders", (_id, template) => {
    for (const { at, text } of texts(template)) {
      expect(text.en.trim(), `${at}.en`).not.toBe("");
      expect(text.nb.trim(), `${at}.nb`).not.toBe("");
      // The same words in both fields means one of them was never translated.
      expect(text.nb, `${at} is the same in both languages`).not.toBe(text.en);
      expect(findPlaceholder(text.en), `${at}.en`).toBeNull();
      expect(findPlaceholder(text.nb), `${at}.nb`).toBeNull();
    }
    expect(template.assumptions.length, "what the template assumed").toBeGreaterThan(0);
  });

  it("cites every legal reference it uses in legal-spec §7, with its source", () => {
    const spec = readFileSync(path.resolve(import.meta.dirname, "../../../docs/legal-spec.md"), "utf8");
    const section = spec.slice(spec.indexOf("## 7."));
    expect(section.length, "legal-spec has a §7 on templates").toBeGreaterThan(100);
    // The first cell of each row of the table of references, e.g. "aksjeloven §§ 4-5 og 4-6".
    const cited = section
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| Reference") && !line.startsWith("| Id"))
      .map((line) => line.split("|")[1]?.trim() ?? "");
    for (const ref of ACTIVITY_TEMPLATES.flatMap((t) => legalRefs(t))) {
      const law = formatLegalRef({ law: ref.law }, "nb");
      const number = ref.section?.replace(/^§+\s*/, "") ?? "";
      const row = cited.find((cell) => cell.startsWith(law) && (number === "" || new RegExp(`(§|og|,)\\s*${number.replace(/[-]/g, "\\-")}(\\s|$)`).test(cell)));
      expect(row, formatLegalRef(ref, "nb")).toBeDefined();
    }
    for (const template of ACTIVITY_TEMPLATES) expect(section, template.id).toContain(`\`${template.id}\``);
  });
});

describe.each(LANGUAGES)("every template added to an empty company and filled in (%s register)", (language) => {
  it.each(ACTIVITY_TEMPLATES.map((t) => [t.id, t] as const))("%s passes every check", (_id, template) => {
    const snapshot = filledTemplateSnapshot(template, language);
    const findings = runChecks(snapshot, { now: TEST_NOW });
    expect(findings.map((f) => `${f.ruleId} ${f.field}: ${f.message.en}`)).toEqual([]);
  });

  it.each(ACTIVITY_TEMPLATES.map((t) => [t.id, t] as const))("%s publishes in both languages with its legal references", (_id, template) => {
    const snapshot = filledTemplateSnapshot(template, language);
    for (const noticeLanguage of LANGUAGES) {
      const document = compileNotice(snapshot, noticeLanguage, { version: 1, publishedOn: "2026-03-01" });
      expect(noticeDocumentFindings(document)).toEqual([]);
      const text = renderNoticeText(document);
      expect(text).toContain(template.noticeTitle[noticeLanguage]);
      if (template.role === "PROCESSOR") continue;
      // The notice states the law behind each legal obligation (Art. 6(3); WP260), cited in the notice's own language.
      for (const purpose of template.purposes) if (purpose.law) expect(text).toContain(formatLegalRefs(purpose.law, noticeLanguage));
    }
  });
});

describe("adding a template to a company's catalog", () => {
  const defaults = {
    dataCategories: DEFAULT_DATA_CATEGORIES.map((c, i) => ({ ...c, id: `default-dc-${i}` })),
    dataSubjectCategories: DEFAULT_DATA_SUBJECT_CATEGORIES.map((c, i) => ({ ...c, id: `default-dsc-${i}` })),
    recipients: [{ id: "recipient-skatt", name: "skatteetaten", kind: "PUBLIC_AUTHORITY" as const }],
    securityMeasures: [
      { id: "sm-own-access", kind: "ACCESS_CONTROL" as const },
      { id: "sm-own-backup", kind: "BACKUPS" as const },
    ],
  };

  it("reuses the company's entries with the same label and legal flags, and creates only the missing ones", () => {
    const sickLeave = findTemplate("sick-leave");
    if (!sickLeave) throw new Error("sick-leave template missing");
    const plan = planTemplate(sickLeave, defaults);
    expect(plan.matched.dataCategories.identity).toBe("default-dc-0");
    expect(plan.matched.dataSubjects.employees).toBe(`default-dsc-${DEFAULT_DATA_SUBJECT_CATEGORIES.findIndex((c) => c.labelEn === "Employees")}`);
    expect(plan.missing.dataCategories.map((c) => c.key)).toEqual(expect.arrayContaining(["sickLeave", "salary"]));
    expect(plan.missing.dataCategories.find((c) => c.key === "sickLeave")?.values.specialCategory).toBe("HEALTH");
    // Only the measures the company itself described, and only of the kinds the template names.
    expect(plan.matched.securityMeasures).toEqual(["sm-own-access"]);
    expect(plan.missing.authorities.map((a) => a.key)).toEqual(["nav"]);
  });

  it("does not reuse a category whose Art. 9 flag differs, so no flag is lost", () => {
    const events = findTemplate("events");
    if (!events) throw new Error("events template missing");
    const unflagged = [{ id: "dc-allergies-plain", labelEn: "Dietary requirements and allergies", labelNb: "Kosthold og allergier", specialCategory: null, isCriminalOffence: false, isNationalId: false }];
    const plan = planTemplate(events, { ...defaults, dataCategories: unflagged });
    expect(plan.matched.dataCategories.allergies).toBeUndefined();
    expect(plan.missing.dataCategories.find((c) => c.key === "allergies")?.values.specialCategory).toBe("HEALTH");
  });

  it("matches the authority by name whatever its case, and links public authorities without a DPA", () => {
    const payroll = findTemplate("payroll");
    if (!payroll) throw new Error("payroll template missing");
    expect(planTemplate(payroll, defaults).matched.authorities.skatteetaten).toBe("recipient-skatt");
    const empty = planTemplate(payroll, { dataCategories: [], dataSubjectCategories: [], recipients: [], securityMeasures: [] });
    expect(empty.missing.authorities[0]?.values).toMatchObject({ name: "Skatteetaten", kind: "PUBLIC_AUTHORITY", dpaStatus: "NOT_REQUIRED" });
  });

  it("creates a draft in the register's language, with the notice titles in both", () => {
    const accounting = findTemplate("accounting");
    if (!accounting) throw new Error("accounting template missing");
    const snapshot = filledTemplateSnapshot(accounting, "nb");
    const activity = snapshot.activities[0];
    expect(activity?.name).toBe("Regnskap og fakturering");
    expect(activity?.noticeTitleEn).toBe("Invoicing and accounting");
    // One law and section from the law list: every language renders it (issue 9).
    expect(activity?.purposes[1]?.legalReference).toEqual({ law: "bokforingsloven", section: "§ 13", text: {} });
    expect(activity?.purposes[1]?.description.en).toBeTruthy();
    expect(activity?.purposes[1]?.description.nb).toBeTruthy();
    expect(activity?.retentionRules.find((r) => r.dataCategoryId === "dc-contracts")).toMatchObject({ duration: 42, unit: "MONTHS", trigger: "AFTER_END_OF_ACCOUNTING_YEAR" });
    const input = templateActivityInput(accounting, { dataCategories: { identity: "a", contact: "b", payment: "c", contracts: "d" }, dataSubjects: { customers: "e", customerContacts: "f", businessContacts: "g" }, authorities: {}, securityMeasures: [] }, "en");
    expect(input.status).toBe("DRAFT");
    expect(legalReferenceIn(input.purposes[1]?.legalReference, "en")).toBe("the Bookkeeping Act (bokføringsloven) § 13");
    expect(legalReferenceIn(input.purposes[1]?.legalReference, "nb")).toBe("bokføringsloven § 13");
  });

  it("lists what only the company can fill in, including the balancing tests and the consent record", () => {
    const events = findTemplate("events");
    const cctv = findTemplate("cctv");
    if (!events || !cctv) throw new Error("template missing");
    expect(companySpecificParts(events).map((p) => p.kind)).toEqual(expect.arrayContaining(["processors", "consentRecord", "securityMeasures"]));
    expect(companySpecificParts(cctv)).toContainEqual({ kind: "balancingTest", purposeIndex: 0 });
    expect(FILLED.liaRef).not.toBe("");
  });
});

describe("legal references", () => {
  it("run sections of the same law together, in each language", () => {
    const refs: LegalRef[] = [
      { law: "arbeidsmiljoloven", section: "§ 5-1" },
      { law: "arbeidsmiljoloven", section: "§ 5-2" },
      { law: "folketrygdloven", section: "§ 25-2" },
    ];
    expect(formatLegalRefs(refs, "nb")).toBe("arbeidsmiljøloven §§ 5-1 og 5-2 og folketrygdloven § 25-2");
    expect(formatLegalRefs(refs, "en")).toBe("the Working Environment Act (arbeidsmiljøloven) §§ 5-1 and 5-2 and the National Insurance Act (folketrygdloven) § 25-2");
    expect(formatLegalRefs([{ law: "kameraforskriften" }], "nb")).toBe("forskrift om kameraovervåking i virksomhet");
  });

  it("cite a section typed as its number alone with the paragraph sign, and one typed with it as typed", () => {
    expect(formatLegalRef({ law: "bokforingsloven", section: "13" }, "nb")).toBe("bokføringsloven § 13");
    expect(formatLegalRef({ law: "arbeidsmiljoloven", section: "4-6" }, "en")).toBe("the Working Environment Act (arbeidsmiljøloven) § 4-6");
    expect(formatLegalRef({ law: "bokforingsloven", section: "§ 13" }, "nb")).toBe("bokføringsloven § 13");
    expect(formatLegalRefs([{ law: "arbeidsmiljoloven", section: "5-1" }, { law: "arbeidsmiljoloven", section: "§ 5-2" }], "nb")).toBe("arbeidsmiljøloven §§ 5-1 og 5-2");
  });
});

describe("finding a template", () => {
  const ids = (found: ActivityTemplate[]) => found.map((t) => t.id);

  it("finds by either language, without diacritics", () => {
    expect(ids(searchTemplates("lønn"))).toContain("payroll");
    expect(ids(searchTemplates("lonn"))).toContain("payroll");
    expect(ids(searchTemplates("camera"))).toEqual(["cctv"]);
    expect(ids(searchTemplates("kameraovervåking"))).toEqual(["cctv"]);
    expect(ids(searchTemplates("whistleblowing"))).toEqual(["whistleblowing"]);
  });

  it("narrows to a category, and an empty query lists the whole category", () => {
    expect(searchTemplates("", "finance").every((t) => t.category === "finance")).toBe(true);
    expect(searchTemplates("", "finance").length).toBe(ACTIVITY_TEMPLATES.filter((t) => t.category === "finance").length);
    expect(searchTemplates("newsletter", "hr")).toEqual([]);
  });
});
