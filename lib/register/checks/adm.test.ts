import { describe, expect, it } from "vitest";
import type { Art9Condition } from "../enums";
import { activity, buildSnapshot, dataCategory, retention, type ActivityOverrides } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const fullAdm = { exists: true, logic: "A credit score from payment history", significance: "Decides whether you can pay by invoice", consequences: "You may have to pay up front", art22Exception: "CONTRACT" as const };
// Automated decisions are a DPIA indicator; a completed DPIA keeps DPIA-001 out of these tests.
const scoring = (overrides: ActivityOverrides = {}) => activity({ name: "Credit check", adm: fullAdm, dpia: { required: true, status: "COMPLETED" }, ...overrides });

describe("ADM-001 logic, significance and consequences", () => {
  it("fires for each missing explanation", () => {
    const a = scoring({ adm: { ...fullAdm, logic: null, consequences: "" } });
    expect(brief(findingsOf("ADM-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "ADM-001", severity: "error", subject: on(a.id), field: "adm.logic" },
      { ruleId: "ADM-001", severity: "error", subject: on(a.id), field: "adm.consequences" },
    ]);
  });

  it("does not fire when all are explained, or without automated decisions", () => {
    expect(checkAll(buildSnapshot({ activities: [scoring()] }))).toEqual([]);
    expect(findingsOf("ADM-001", buildSnapshot())).toEqual([]);
  });
});

describe("ADM-002 Art. 22(2) exception", () => {
  it("fires without an exception", () => {
    const a = scoring({ adm: { ...fullAdm, art22Exception: null } });
    expect(brief(findingsOf("ADM-002", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "ADM-002", severity: "error", subject: on(a.id), field: "adm.art22Exception" },
    ]);
  });
  it("does not fire with one", () => {
    expect(findingsOf("ADM-002", buildSnapshot({ activities: [scoring()] }))).toEqual([]);
  });
});

describe("ADM-003 automated decisions on special categories", () => {
  const health = dataCategory({ labelEn: "Health data", labelNb: "Helseopplysninger", specialCategory: "HEALTH" });
  const withHealth = (art9Condition: Art9Condition) =>
    scoring({ dataCategoryIds: [health.id], retentionRules: [retention({ dataCategoryId: null })], art9Condition, art9LegalReference: "forsikringsavtaleloven § 13-4" });

  it("fires when the Art. 9 condition is neither explicit consent nor substantial public interest", () => {
    const a = withHealth("EMPLOYMENT_SOCIAL_SECURITY");
    expect(brief(findingsOf("ADM-003", buildSnapshot({ activities: [a], catalogs: { dataCategories: [health] } })))).toEqual([
      { ruleId: "ADM-003", severity: "error", subject: on(a.id), field: "art9Condition" },
    ]);
  });

  it("does not fire with explicit consent", () => {
    // With the record of the explicit consents that SC-006 asks for.
    const a = { ...withHealth("EXPLICIT_CONSENT"), consentRecordRef: "Signed consent forms in the case file" };
    expect(checkAll(buildSnapshot({ activities: [a], catalogs: { dataCategories: [health] } }))).toEqual([]);
  });
});
