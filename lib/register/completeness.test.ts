import { describe, expect, it } from "vitest";
import { activityCompleteness, companyCompleteness, registerCompleteness } from "./completeness";
import { indexSnapshot } from "./snapshot";
import { activity, buildSnapshot, company, controllerServed, country, dataCategory, jointController, purpose, transfer } from "@/test/register/snapshot-builder";

const index = indexSnapshot(buildSnapshot());
const keys = (c: { missing: { key: string }[] }) => c.missing.map((m) => m.key);

describe("company completeness", () => {
  it("is 100 for the lawful baseline", () => {
    expect(companyCompleteness(company())).toEqual({ score: 100, filled: 6, required: 6, missing: [] });
  });

  it("lists what is missing, with labels in both languages", () => {
    const result = companyCompleteness(company({ email: null, orgNumber: null }));
    expect(keys(result)).toEqual(["email", "orgNumber"]);
    expect(result.score).toBe(66);
    expect(result.missing[0]?.label).toEqual({ en: "Contact e-mail", nb: "Kontakt-e-post" });
  });

  it("asks for the DPO's contact only when a DPO is designated, and a representative only for a non-EEA controller targeting the EEA", () => {
    expect(keys(companyCompleteness(company({ dpo: { designated: true } })))).toEqual(["dpoEmail"]);
    const us = company({ country: country("US"), orgNumber: null, targetsEeaFromOutside: true });
    expect(keys(companyCompleteness(us))).toEqual(["representativeName", "representativeEmail"]);
    expect(companyCompleteness(company({ country: country("US"), orgNumber: null })).score).toBe(100);
  });
});

describe("activity completeness", () => {
  it("is 100 for the lawful baseline", () => {
    const result = activityCompleteness(activity(), index);
    expect(result.score).toBe(100);
    expect(result.missing).toEqual([]);
  });

  it("counts conditional fields only when their condition holds", () => {
    const plain = activityCompleteness(activity(), index).required;
    const withLegalObligation = activityCompleteness(activity({ purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION" })] }), index);
    expect(withLegalObligation.required).toBe(plain + 1);
    expect(keys(withLegalObligation)).toEqual(["purposes.0.legalReference"]);
  });

  it("lists the missing required fields of a sparse draft, scoring it below 50", () => {
    const draft = activity({
      status: "DRAFT",
      purposes: [purpose({ lawfulBasis: null })],
      dataSubjectCategoryIds: [],
      dataCategoryIds: [],
      provisionRequirement: null,
      retentionRules: [],
      securityMeasureIds: [],
    });
    const result = activityCompleteness(draft, index);
    expect(keys(result)).toEqual(["purposes.0.lawfulBasis", "dataSubjectCategoryIds", "dataCategoryIds", "provisionRequirement", "retentionRules", "securityMeasureIds"]);
    expect(result.score).toBeLessThan(50);
    expect(result.missing[0]?.label.nb).toBe("Behandlingsgrunnlag for «Answer customer enquiries»");
  });

  it("asks for Art. 14 source and timing instead of the Art. 13 requirement", () => {
    const fromOthers = activity({ collectionSource: "THIRD_PARTY", provisionRequirement: null });
    expect(keys(activityCompleteness(fromOthers, index))).toEqual(["sources.0.name", "art14Timing"]);
  });

  it("asks for the Art. 9 condition and its law for special categories", () => {
    const health = dataCategory({ labelEn: "Health", specialCategory: "HEALTH" });
    const snapshot = buildSnapshot({ catalogs: { dataCategories: [health] } });
    const a = activity({ dataCategoryIds: [health.id], art9Condition: "EMPLOYMENT_SOCIAL_SECURITY" });
    expect(keys(activityCompleteness(a, indexSnapshot(snapshot)))).toEqual(["art9LegalReference"]);
  });

  it("asks for joint controllers, ADM explanations, marketing route and transfer tools when they apply", () => {
    const a = activity({
      role: "JOINT_CONTROLLER",
      jointControllers: [jointController({ essenceText: null })],
      adm: { exists: true, logic: "Score" },
      marketingAudiences: [{ who: null, channels: ["SMS"] }],
      transfers: [transfer({ mechanism: null })],
    });
    const result = activityCompleteness(a, index);
    expect(keys(result)).toEqual(["jointControllers.0.essenceText", "adm.significance", "adm.consequences", "marketingAudiences.0.route", "transfers.0.mechanism"]);
    expect(result.missing.at(-1)?.label.nb).toBe("Overføringsgrunnlag for overføringen til USA");
  });

  it("scores a processor activity on the Art. 30(2) fields, not on lawful bases", () => {
    const processing = activity({ role: "PROCESSOR", purposes: [], dataCategoryIds: [], controllersServed: [controllerServed({ dpaRef: null })] });
    expect(keys(activityCompleteness(processing, index))).toEqual(["controllerDpaRef"]);
    expect(keys(activityCompleteness(activity({ role: "PROCESSOR", controllersServed: [] }), index))).toEqual(["controllersServed", "processingCategories", "controllerDpaRef"]);
  });
});

describe("register completeness", () => {
  it("scores the company and every activity that is not retired", () => {
    const snapshot = buildSnapshot({ activities: [activity(), activity({ name: "Old", status: "RETIRED" }), activity({ name: "Planned", status: "DRAFT", retentionRules: [] })] });
    const result = registerCompleteness(snapshot);
    expect(result.company.score).toBe(100);
    expect(Object.keys(result.activities)).toEqual(["activity-customer-service", "activity-planned"]);
    expect(result.activities["activity-planned"]?.missing.map((m) => m.key)).toEqual(["retentionRules"]);
  });
});
