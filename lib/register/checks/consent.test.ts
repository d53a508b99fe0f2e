import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, purpose } from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const consent = (overrides: Parameters<typeof purpose>[0] = {}) => purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Write to us", ...overrides });

describe("LB-010 consent where the law or the contract requires the data", () => {
  it("is an error when the activity records that the law requires the data", () => {
    const a = activity({ name: "Payroll", provisionRequirement: "STATUTORY", purposes: [consent({ description: "Report income to the tax authority" })], consentRecordRef: "HR" });
    const findings = findingsOf("LB-010", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-010", severity: "error", subject: on(a.id), field: "purposes.0.lawfulBasis" }]);
    expect(findings[0]?.message.en).toContain("legal obligation (Art. 6(1)(c))");
    expect(findings[0]?.message.nb).toContain("rettslig forpliktelse");
  });

  it("warns when a consent purpose cites a law that requires the processing", () => {
    const a = activity({ name: "Accounting", provisionRequirement: "VOLUNTARY", purposes: [consent({ description: "Keep invoices", legalReference: "bokføringsloven § 13" })], consentRecordRef: "x" });
    const findings = findingsOf("LB-010", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-010", severity: "warning", subject: on(a.id), field: "purposes.0.lawfulBasis" }]);
    expect(findings[0]?.message.nb).toContain("«bokføringsloven § 13»");
  });

  it("warns when every purpose rests on consent but the data are required for the contract", () => {
    const a = activity({ name: "Webshop orders", provisionRequirement: "CONTRACTUAL", purposes: [consent({ description: "Deliver the order" })], consentRecordRef: "x" });
    expect(brief(findingsOf("LB-010", buildSnapshot({ activities: [a] })))).toEqual([{ ruleId: "LB-010", severity: "warning", subject: on(a.id), field: "purposes.0.lawfulBasis" }]);
  });

  it("does not fire for voluntary consent, a consent law cited, or consent beside contract for an optional extra", () => {
    const newsletter = activity({ name: "Newsletter", provisionRequirement: "VOLUNTARY", purposes: [consent({ legalReference: "markedsføringsloven § 15" })], consentRecordRef: "x" });
    const events = activity({
      name: "Events",
      provisionRequirement: "CONTRACTUAL",
      purposes: [purpose({ id: "p-reg", description: "Register participants", lawfulBasis: "CONTRACT" }), consent({ id: "p-allergy", description: "Cater for allergies", sortOrder: 1 })],
      consentRecordRef: "x",
    });
    expect(findingsOf("LB-010", buildSnapshot({ activities: [newsletter, events] }))).toEqual([]);
    expect(findingsOf("LB-010", buildSnapshot())).toEqual([]);
  });
});

describe("LB-011 consent as the basis of every purpose", () => {
  const three = ["Customers", "Employees", "Website"].map((name) => activity({ name, provisionRequirement: "VOLUNTARY", purposes: [consent({ description: `Serve ${name}` })], consentRecordRef: "x" }));

  it("warns on each activity when every purpose of 3+ activities rests on consent", () => {
    const findings = findingsOf("LB-011", buildSnapshot({ activities: three }));
    expect(brief(findings)).toEqual(three.map((a) => ({ ruleId: "LB-011", severity: "warning", subject: on(a.id), field: "purposes.0.lawfulBasis" })));
    expect(findings[0]?.message.en).toContain("3 purposes in 3 activities");
  });

  it("does not fire when one purpose has another basis, or with fewer than three activities", () => {
    const mixed = [...three.slice(0, 2), activity({ name: "Accounting", purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION", legalReference: "bokføringsloven § 13" })] })];
    expect(findingsOf("LB-011", buildSnapshot({ activities: mixed }))).toEqual([]);
    expect(findingsOf("LB-011", buildSnapshot({ activities: three.slice(0, 2) }))).toEqual([]);
  });
});
