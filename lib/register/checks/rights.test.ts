import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, noticeText, purpose } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const legalObligation = purpose({ description: "Keep accounting records", lawfulBasis: "LEGAL_OBLIGATION", legalReference: "bokføringsloven § 13" });

describe("RGT-001 rights the basis does not give", () => {
  it("warns when a DPO text offers portability for processing on a legal obligation", () => {
    const a = activity({ name: "Invoicing", purposes: [legalObligation], noticeTexts: [noticeText({ language: "NB", text: "Du har rett til dataportabilitet." })] });
    const findings = findingsOf("RGT-001", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "RGT-001", severity: "warning", subject: { kind: "activity", activityId: a.id }, field: "noticeTextNb" }]);
  });

  it("judges a purpose-level text by that purpose only", () => {
    const contract = purpose({ description: "Deliver orders" });
    const a = activity({
      purposes: [contract, legalObligation],
      noticeTexts: [noticeText({ purposeId: legalObligation.id, text: "You can ask for data portability." })],
    });
    expect(findingsOf("RGT-001", buildSnapshot({ activities: [a] }))).toHaveLength(1);
  });

  it("does not fire where a purpose rests on contract or consent", () => {
    const a = activity({ noticeTexts: [noticeText({ text: "You may receive your data in a portable format (data portability)." })] });
    expect(checkAll(buildSnapshot({ activities: [a] }))).toEqual([]);
  });
});

it("points a purpose-level notice text to the purpose's field", () => {
  const contract = purpose({ description: "Deliver orders" });
  const a = activity({ purposes: [contract, legalObligation], noticeTexts: [noticeText({ purposeId: legalObligation.id, language: "EN", text: "Data portability applies." })] });
  expect(findingsOf("RGT-001", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["purposes.1.noticeTextEn"]);
});
