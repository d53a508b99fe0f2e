import { describe, expect, it } from "vitest";
import { activity, BASE_IDS, buildSnapshot, dataCategory, purpose, retention } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;

describe("RT-001 retention period or criteria", () => {
  it("is an error for a notice activity with no retention rule", () => {
    const a = activity({ retentionRules: [] });
    expect(brief(findingsOf("RT-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "RT-001", severity: "error", subject: on(a.id), field: "retentionRules" },
    ]);
  });

  it("is a warning for a record-only activity (kept out of the notice)", () => {
    const a = activity({ retentionRules: [], showInNotice: false });
    expect(brief(findingsOf("RT-001", buildSnapshot({ activities: [a] })))[0]?.severity).toBe("warning");
  });

  it("does not fire for a processor activity: Art. 30(2) has no retention item (a false alarm before issue 10)", () => {
    const a = activity({ role: "PROCESSOR", controllerDpaRef: "DPA", retentionRules: [], recipients: [] });
    expect(findingsOf("RT-001", buildSnapshot({ activities: [a] }))).toEqual([]);
  });

  it("fires for a rule with neither period nor criteria, and for a duration without unit", () => {
    const a = activity({ retentionRules: [retention({ duration: null, unit: null })] });
    expect(findingsOf("RT-001", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["retentionRules.0.duration"]);
    const b = activity({ retentionRules: [retention({ unit: null })] });
    expect(findingsOf("RT-001", buildSnapshot({ activities: [b] })).map((f) => f.field)).toEqual(["retentionRules.0.unit"]);
  });

  it("fires for a data category without a rule, naming it", () => {
    const cv = dataCategory({ labelEn: "CVs", labelNb: "CV-er" });
    const a = activity({ dataCategoryIds: [BASE_IDS.dataCategory, cv.id] });
    const findings = findingsOf("RT-001", buildSnapshot({ activities: [a], catalogs: { dataCategories: [cv] } }));
    expect(findings.map((f) => f.field)).toEqual(["retentionRules"]);
    expect(findings[0]?.message.nb).toContain("«CV-er»");
  });

  it("does not fire with criteria only, or with one rule for the whole activity", () => {
    expect(findingsOf("RT-001", buildSnapshot({ activities: [activity({ retentionRules: [retention({ duration: null, unit: null, criteriaText: "Until the customer relationship ends" })] })] }))).toEqual([]);
    const cv = dataCategory({ labelEn: "CVs" });
    const a = activity({ dataCategoryIds: [BASE_IDS.dataCategory, cv.id], retentionRules: [retention({ dataCategoryId: null })] });
    expect(checkAll(buildSnapshot({ activities: [a], catalogs: { dataCategories: [cv] } }))).toEqual([]);
  });
});

describe("RT-002 “as long as necessary”", () => {
  it("warns for criteria that are only “as long as necessary”", () => {
    const a = activity({ retentionRules: [retention({ duration: null, unit: null, criteriaText: "As long as necessary for the purpose." })] });
    expect(brief(findingsOf("RT-002", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "RT-002", severity: "warning", subject: on(a.id), field: "retentionRules.0.criteriaText" },
    ]);
  });

  it("recognises the Norwegian phrasing", () => {
    const a = activity({ retentionRules: [retention({ duration: null, unit: null, criteriaText: "Så lenge det er nødvendig for formålet" })] });
    expect(findingsOf("RT-002", buildSnapshot({ activities: [a] }))).toHaveLength(1);
  });

  const vague = (criteriaText: string) => activity({ retentionRules: [retention({ duration: null, unit: null, criteriaText })] });
  for (const wording of [
    "Data are not stored for longer than needed.",
    "We keep them no longer than necessary for the purpose.",
    "Kept until they are no longer needed.",
    "As long as we need them to serve you.",
    "Opplysningene lagres ikke lenger enn nødvendig.",
    "Så lenge vi trenger opplysningene.",
    "Vi sletter dem når de ikke lenger trengs, så lenge det trengs for formålet.",
    "Inntil opplysningene ikke lenger er nødvendige.",
  ]) {
    it(`recognises the vague wording “${wording}”`, () => {
      expect(findingsOf("RT-002", buildSnapshot({ activities: [vague(wording)] }))).toHaveLength(1);
    });
  }

  it("does not fire on a concrete event or a law in other words (“until the contract ends”, «så lenge kundeforholdet varer»)", () => {
    for (const wording of ["Until the contract ends.", "Så lenge kundeforholdet varer.", "As long as you are a member.", "No longer than the Bookkeeping Act requires."]) {
      expect(findingsOf("RT-002", buildSnapshot({ activities: [vague(wording)] })), wording).toEqual([]);
    }
  });

  it("does not fire with a duration or with concrete criteria", () => {
    expect(findingsOf("RT-002", buildSnapshot({ activities: [activity({ retentionRules: [retention({ criteriaText: "as long as necessary" })] })] }))).toEqual([]);
    const concrete = activity({ retentionRules: [retention({ duration: null, unit: null, criteriaText: "As long as necessary, at most 12 months after the last order" })] });
    expect(findingsOf("RT-002", buildSnapshot({ activities: [concrete] }))).toEqual([]);
  });
});

describe("RT-003 Bookkeeping Act minimum", () => {
  const invoices = (overrides: Parameters<typeof retention>[0]) =>
    activity({
      name: "Invoicing",
      purposes: [purpose({ description: "Keep accounting records", lawfulBasis: "LEGAL_OBLIGATION", legalReference: "bokføringsloven § 13" })],
      retentionRules: [retention({ trigger: "AFTER_END_OF_ACCOUNTING_YEAR", ...overrides })],
    });

  it("warns for 3 years after year-end, mentioning 3.5 years", () => {
    const a = invoices({ duration: 3, unit: "YEARS" });
    const findings = findingsOf("RT-003", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "RT-003", severity: "warning", subject: on(a.id), field: "retentionRules.0.duration" }]);
    expect(findings[0]?.message.en).toContain("3.5 years");
    expect(findings[0]?.message.nb).toContain("tre år og seks måneder");
  });

  it("recognises accounting by the legal reference, and converts months", () => {
    const a = activity({ retentionRules: [retention({ duration: 48, unit: "MONTHS", legalReference: "bokfl. § 13" })] });
    expect(findingsOf("RT-003", buildSnapshot({ activities: [a] }))).toHaveLength(1);
  });

  it("accepts 3.5 years for a rule that says it covers secondary documentation, but not less", () => {
    const secondary = "secondary documentation: contracts and order confirmations";
    expect(findingsOf("RT-003", buildSnapshot({ activities: [invoices({ duration: 42, unit: "MONTHS", criteriaText: secondary })] }))).toEqual([]);
    expect(findingsOf("RT-003", buildSnapshot({ activities: [invoices({ duration: 42, unit: "MONTHS", criteriaText: "kontrakter (sekundærdokumentasjon)" })] }))).toEqual([]);
    expect(findingsOf("RT-003", buildSnapshot({ activities: [invoices({ duration: 36, unit: "MONTHS", criteriaText: secondary })] }))).toHaveLength(1);
    expect(findingsOf("RT-003", buildSnapshot({ activities: [invoices({ duration: 42, unit: "MONTHS" })] }))).toHaveLength(1);
  });

  it("does not fire for 5 years (or 60 months), nor for other rules", () => {
    expect(checkAll(buildSnapshot({ activities: [invoices({ duration: 5, unit: "YEARS" })] }))).toEqual([]);
    expect(findingsOf("RT-003", buildSnapshot({ activities: [invoices({ duration: 60, unit: "MONTHS" })] }))).toEqual([]);
    expect(findingsOf("RT-003", buildSnapshot())).toEqual([]);
  });
});

describe("RT-004 camera recordings kept longer than seven days", () => {
  const recordings = dataCategory({ id: "dc-recordings", labelEn: "Camera recordings", labelNb: "Kameraopptak", descriptionEn: "Video of the shop floor", descriptionNb: "Video av butikklokalet" });
  const cameras = (rule: Parameters<typeof retention>[0]) =>
    activity({ name: "Camera surveillance", dataCategoryIds: [recordings.id], retentionRules: [retention({ dataCategoryId: recordings.id, trigger: "AFTER_COLLECTION", ...rule })] });
  const snapshot = (a: ReturnType<typeof activity>) => buildSnapshot({ activities: [a], catalogs: { dataCategories: [recordings] } });

  it("warns for recordings kept 30 days, or one month", () => {
    const a = cameras({ duration: 30, unit: "DAYS" });
    expect(brief(findingsOf("RT-004", snapshot(a)))).toEqual([{ ruleId: "RT-004", severity: "warning", subject: on(a.id), field: "retentionRules.0.duration" }]);
    expect(findingsOf("RT-004", snapshot(cameras({ duration: 1, unit: "MONTHS" })))).toHaveLength(1);
  });

  it("reads a rule for the whole activity that holds camera recordings", () => {
    expect(findingsOf("RT-004", snapshot(cameras({ dataCategoryId: null, duration: 2, unit: "WEEKS" })))).toHaveLength(1);
  });

  it("does not fire for seven days or one week, nor for other data kept longer", () => {
    expect(findingsOf("RT-004", snapshot(cameras({ duration: 7, unit: "DAYS" })))).toEqual([]);
    expect(findingsOf("RT-004", snapshot(cameras({ duration: 1, unit: "WEEKS" })))).toEqual([]);
    expect(findingsOf("RT-004", buildSnapshot({ activities: [activity({ retentionRules: [retention({ duration: 30, unit: "DAYS" })] })] }))).toEqual([]);
  });
});
