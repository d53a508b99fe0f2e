import { describe, expect, it } from "vitest";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { LONG_TEXT_MAX } from "@/lib/register/activity-schema";
import { checkWithEditorSchemas } from "./import-rules";
import { registerDocumentFromSnapshot } from "./json/from-snapshot";
import type { RegisterDocument } from "./json/format";

/** The catalog context as the importer builds it for a file into an empty company: the file's own entries. */
function check(doc: RegisterDocument) {
  return checkWithEditorSchemas(doc, {
    dataCategories: new Map(doc.catalogs.dataCategories.map((c) => [c.key, c])),
    recipients: new Map(doc.catalogs.recipients.map((r) => [r.key, r])),
  });
}

describe("checkWithEditorSchemas", () => {
  const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());

  it("accepts a register the editor saved, keeping retired activities retired and sub-processors by their recipient", () => {
    const withRetired = { ...doc, activities: doc.activities.map((a, i) => (i === 0 ? { ...a, status: "RETIRED" as const } : a)) };
    const { issues, checked } = check(withRetired);
    expect(issues).toEqual([]);
    expect(checked?.activities.map((a) => a.status)).toEqual(withRetired.activities.map((a) => a.status));
    expect(checked?.activities[0]?.status).toBe("RETIRED");
    const transfer = withRetired.activities.flatMap((a) => a.transfers).find((t) => t.subProcessor !== null);
    const checkedTransfer = checked?.activities.flatMap((a) => a.input.transfers).find((t) => t.subProcessorId !== null);
    expect(checkedTransfer?.subProcessorId).toBe(`${transfer?.recipient}/${transfer?.subProcessor}`);
  });

  it("names the notice text in the file when the editor's per-purpose text is too long", () => {
    const index = doc.activities.findIndex((a) => a.noticeTexts.some((n) => n.purpose !== null));
    const activity = doc.activities[index];
    const textIndex = activity?.noticeTexts.findIndex((n) => n.purpose !== null) ?? -1;
    const activities = doc.activities.map((a, i) => (i === index ? { ...a, noticeTexts: a.noticeTexts.map((n, j) => (j === textIndex ? { ...n, text: "x".repeat(LONG_TEXT_MAX + 1) } : n)) } : a));
    const { issues, checked } = check({ ...doc, activities });
    expect(checked).toBeNull();
    expect(issues).toEqual([{ path: `activities[${index}].noticeTexts[${textIndex}]`, line: null, column: null, code: "editorRule", message: { key: "validation.tooLong", values: { max: LONG_TEXT_MAX } } }]);
  });

  it("uses the catalog context for the rules that need it: special-category data without an Art. 9(2) condition", () => {
    const index = doc.activities.findIndex((a) => a.art9Condition !== null);
    const activities = doc.activities.map((a, i) => (i === index ? { ...a, art9Condition: null, art9LegalReference: { law: null, section: null, text: {} } } : a));
    expect(check({ ...doc, activities }).issues).toEqual([
      { path: `activities[${index}].art9Condition`, line: null, column: null, code: "editorRule", message: { key: "activityValidation.art9ConditionRequired" } },
    ]);
  });
});
