import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, noticeText } from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";
import { checkNoticeDocument, findPlaceholder, type NoticeDocumentText } from "./notice";

const doc = (...sections: NoticeDocumentText["sections"]): NoticeDocumentText => ({ sections });
const para = (...texts: string[]) => ({ sentences: texts.map((text) => ({ text })) });

describe("NOT-001 on the generated notice", () => {
  it("accepts a complete notice", () => {
    expect(checkNoticeDocument(doc({ heading: "Who we are", paragraphs: [para("Testfirma AS is the controller.", "Contact us at personvern@testfirma.no.")] }))).toEqual([]);
  });

  it("finds template placeholders, drafting notes and filler text", () => {
    const findings = checkNoticeDocument(
      doc(
        { heading: "Who we are", paragraphs: [para("{name} (org. no. {org_number}) is the controller.", "TODO: add phone")] },
        { heading: "Lorem ipsum", paragraphs: [para("Dolor sit amet.")] },
      ),
    );
    expect(brief(findings)).toEqual([
      { ruleId: "NOT-001", severity: "error", subject: { kind: "notice" }, field: "sections.0.paragraphs.0.sentences.0.text" },
      { ruleId: "NOT-001", severity: "error", subject: { kind: "notice" }, field: "sections.0.paragraphs.0.sentences.1.text" },
      { ruleId: "NOT-001", severity: "error", subject: { kind: "notice" }, field: "sections.1.heading" },
    ]);
    expect(findings[0]?.message.en).toContain("{name}");
    expect(findings[0]?.message.nb).toContain("«Who we are»");
  });

  it("finds empty headings, sections, paragraphs and list items", () => {
    const findings = checkNoticeDocument(doc({ heading: " ", paragraphs: [] }, { heading: "Recipients", paragraphs: [para(), para("Nordic Helpdesk AS", " ", "–")] }));
    expect(findings.map((f) => f.field)).toEqual([
      "sections.0.heading",
      "sections.0",
      "sections.1.paragraphs.0",
      "sections.1.paragraphs.1.sentences.1.text",
      "sections.1.paragraphs.1.sentences.2.text",
    ]);
  });

  it("flags rendering leftovers but not ordinary words", () => {
    expect(findPlaceholder("Kept for undefined months")).toBe("undefined");
    expect(findPlaceholder("[Insert retention period]")).toBe("[Insert retention period]");
    expect(findPlaceholder("Fakturaer lagres i fem år; null kroner i gebyr.")).toBeNull();
    expect(findPlaceholder("Vi tar kontakt om tilbudet (TBD)")).toBe("TBD");
  });
});

describe("NOT-001 on the DPO's notice texts", () => {
  it("fires for a placeholder in a notice text", () => {
    const a = activity({ noticeTexts: [noticeText({ text: "We keep {data} for {period}." })] });
    expect(brief(findingsOf("NOT-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "NOT-001", severity: "error", subject: { kind: "activity", activityId: a.id }, field: "noticeTextEn" },
    ]);
  });

  it("fires for an empty notice text", () => {
    expect(findingsOf("NOT-001", buildSnapshot({ activities: [activity({ noticeTexts: [noticeText({ text: "  " })] })] }))).toHaveLength(1);
  });

  it("does not fire for finished wording", () => {
    expect(findingsOf("NOT-001", buildSnapshot({ activities: [activity({ noticeTexts: [noticeText({ text: "We answer within a week." })] })] }))).toEqual([]);
  });
});
