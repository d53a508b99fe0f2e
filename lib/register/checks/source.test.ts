import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, dataCategory, source, BASE_IDS, type ActivityOverrides } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const fromEmployer = (overrides: ActivityOverrides = {}) =>
  activity({ name: "Course participants", collectionSource: "THIRD_PARTY", sourceName: "Your employer", art14Timing: "FIRST_COMMUNICATION", provisionRequirement: null, provisionConsequence: null, ...overrides });

describe("SRC-001 source of Art. 14 data", () => {
  it("fires when data come from a third party and the source is missing", () => {
    const a = fromEmployer({ sourceName: null });
    expect(brief(findingsOf("SRC-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "SRC-001", severity: "error", subject: on(a.id), field: "sources.0.name" },
    ]);
  });

  it("fires for a public source too", () => {
    expect(findingsOf("SRC-001", buildSnapshot({ activities: [fromEmployer({ collectionSource: "PUBLIC_SOURCE", sourceName: "" })] }))).toHaveLength(1);
  });

  it("does not fire with the source named, nor for data from the person", () => {
    expect(checkAll(buildSnapshot({ activities: [fromEmployer()] }))).toEqual([]);
    expect(findingsOf("SRC-001", buildSnapshot())).toEqual([]);
  });
});

describe("SRC-002 Art. 14 timing and exemptions", () => {
  it("warns without timing or exemption", () => {
    const a = fromEmployer({ art14Timing: null });
    expect(brief(findingsOf("SRC-002", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "SRC-002", severity: "warning", subject: on(a.id), field: "art14Timing" },
    ]);
  });

  it("warns for an exemption without justification", () => {
    const a = fromEmployer({ art14Timing: null, art14Exemption: "IMPOSSIBLE_OR_DISPROPORTIONATE" });
    expect(findingsOf("SRC-002", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["art14ExemptionJustification"]);
  });

  it("does not fire with a justified exemption", () => {
    const a = fromEmployer({ art14Timing: null, art14Exemption: "REQUIRED_BY_LAW", art14ExemptionJustification: "a-opplysningsloven § 4" });
    expect(findingsOf("SRC-002", buildSnapshot({ activities: [a] }))).toEqual([]);
  });
});

describe("REQ-001 statutory or contractual requirement (Art. 13)", () => {
  it("warns when the requirement is not stated", () => {
    const a = activity({ provisionRequirement: null });
    expect(brief(findingsOf("REQ-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "REQ-001", severity: "warning", subject: on(a.id), field: "provisionRequirement" },
    ]);
  });

  it("warns when a required provision has no consequence stated", () => {
    const a = activity({ provisionRequirement: "STATUTORY", provisionConsequence: null });
    expect(findingsOf("REQ-001", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["provisionConsequence"]);
  });

  it("does not fire for voluntary provision, Art. 14 activities or processors", () => {
    expect(findingsOf("REQ-001", buildSnapshot({ activities: [activity({ provisionRequirement: "VOLUNTARY", provisionConsequence: null })] }))).toEqual([]);
    expect(findingsOf("REQ-001", buildSnapshot({ activities: [fromEmployer()] }))).toEqual([]);
    expect(findingsOf("REQ-001", buildSnapshot({ activities: [activity({ role: "PROCESSOR", controllerDpaRef: "DPA", provisionRequirement: null })] }))).toEqual([]);
  });

  it("does not fire for observed data, which nobody provides (cookies, logs; a false alarm before issue 10)", () => {
    expect(findingsOf("REQ-001", buildSnapshot({ activities: [activity({ collectionSource: "DATA_SUBJECT_OBSERVED", provisionRequirement: null })] }))).toEqual([]);
  });
});

describe("several sources (Art. 14(1)(d), 14(2)(f))", () => {
  const public_ = dataCategory({ id: "dc-public-profile", labelEn: "Public professional profile", labelNb: "Offentlig yrkesprofil" });
  const catalogs = { dataCategories: [public_] };
  const recruiting = (sources: ReturnType<typeof source>[]) =>
    activity({ name: "Recruitment", dataCategoryIds: [BASE_IDS.dataCategory, public_.id], sources, art14Timing: "FIRST_COMMUNICATION" });
  const applicant = source({ kind: "DATA_SUBJECT_DIRECT", dataCategoryIds: [BASE_IDS.dataCategory] });
  const linkedIn = (overrides = {}) => source({ kind: "PUBLIC_SOURCE", name: "LinkedIn", dataCategoryIds: [public_.id], ...overrides });

  it("SRC-003 fires for a data category no source supplies", () => {
    const a = recruiting([applicant, linkedIn({ dataCategoryIds: [] })]);
    expect(brief(findingsOf("SRC-003", buildSnapshot({ activities: [a], catalogs })))).toEqual([{ ruleId: "SRC-003", severity: "error", subject: on(a.id), field: "sources" }]);
  });

  it("SRC-003 does not fire when every category has a source, nor with one source (it supplies everything)", () => {
    expect(findingsOf("SRC-003", buildSnapshot({ activities: [recruiting([applicant, linkedIn()])], catalogs }))).toEqual([]);
    expect(findingsOf("SRC-003", buildSnapshot({ activities: [recruiting([source({ kind: "DATA_SUBJECT_DIRECT" })])], catalogs }))).toEqual([]);
  });

  it("SRC-004 warns of a source among several that supplies nothing, and not of one that supplies something", () => {
    const a = recruiting([applicant, linkedIn(), source({ kind: "THIRD_PARTY", name: "Your referees" })]);
    expect(brief(findingsOf("SRC-004", buildSnapshot({ activities: [a], catalogs })))).toEqual([{ ruleId: "SRC-004", severity: "warning", subject: on(a.id), field: "sources.2.dataCategoryIds" }]);
    expect(findingsOf("SRC-004", buildSnapshot({ activities: [recruiting([applicant, linkedIn()])], catalogs }))).toEqual([]);
  });

  it("SRC-001 fires for the unnamed public source among several, at its own field", () => {
    const a = recruiting([applicant, linkedIn({ name: null })]);
    expect(brief(findingsOf("SRC-001", buildSnapshot({ activities: [a], catalogs })))).toEqual([{ ruleId: "SRC-001", severity: "error", subject: on(a.id), field: "sources.1.name" }]);
  });

  it("REQ-001 still asks what the person gives when another source supplies the rest, and SRC-002 asks for the timing", () => {
    const a = recruiting([applicant, linkedIn()]);
    a.provisionRequirement = null;
    a.art14Timing = null;
    const findings = brief(checkAll(buildSnapshot({ activities: [a], catalogs })));
    expect(findings).toContainEqual({ ruleId: "REQ-001", severity: "warning", subject: on(a.id), field: "provisionRequirement" });
    expect(findings).toContainEqual({ ruleId: "SRC-002", severity: "warning", subject: on(a.id), field: "art14Timing" });
  });
});
