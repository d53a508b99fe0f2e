import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, purpose, recipient } from "@/test/register/snapshot-builder";
import { languageOfFinding } from "./checks/languages";
import { registerTranslatables } from "./translatables";
import { marksAfterChange, translationWork, type TranslationMark } from "./translation";

const company = { noticeLanguages: ["en", "nb"] as ("en" | "nb")[], primaryLanguage: "en" as const };
const brief = (rows: ReturnType<typeof translationWork>) => rows.map((r) => `${r.subjectKey}|${r.field}|${r.language}|${r.status}`);

describe("the translation work of a register", () => {
  const a = activity({ noticeTitleNb: "Kundeservice", description: { en: "We answer questions." }, purposes: [purpose({ description: { en: "Answer", nb: "Svare" } })] });
  const catalogs = { recipients: [recipient({ descriptionEn: "Runs the help desk", descriptionNb: null })] };
  const snapshot = buildSnapshot({ company, activities: [a], catalogs });

  it("lists texts missing in a notice language, with their source and the path of the language's input", () => {
    const rows = translationWork(snapshot, []);
    expect(brief(rows)).toEqual([`activity:${a.id}|description|nb|missing`, "recipient:recipient-nordic-helpdesk-as|description|nb|missing"]);
    expect(rows[0]).toMatchObject({ path: "description.nb", source: { language: "en", text: "We answer questions." }, current: "" });
    expect(rows[1]).toMatchObject({ path: "descriptionNb" });
    // Only the notice's languages are asked for.
    expect(translationWork(buildSnapshot({ company: { noticeLanguages: ["en"], primaryLanguage: "en" }, activities: [a] }), [])).toEqual([]);
  });

  it("lists a translation whose mark does not match its source as changed; no mark means unchanged", () => {
    const stale: TranslationMark = { subjectKey: `activity:${a.id}`, field: "purposes.0.description", language: "nb", sourceSha256: "0".repeat(64) };
    expect(brief(translationWork(snapshot, [stale]))).toContain(`activity:${a.id}|purposes.0.description|nb|changed`);
    const before = registerTranslatables(snapshot, "register");
    const fresh = marksAfterChange(before, before, "en", [], new Set([`activity:${a.id}|purposes.0.description|nb`]));
    expect(fresh).toHaveLength(1);
    expect(brief(translationWork(snapshot, fresh))).not.toContain(`activity:${a.id}|purposes.0.description|nb|changed`);
  });

  it("marks a translation written with its source as it is now, and an unmarked one with the source it was written from when the source changes", () => {
    const changedSource = buildSnapshot({ company, catalogs, activities: [{ ...a, purposes: [{ ...a.purposes[0]!, description: { en: "Answer within a day", nb: "Svare" } }] }] });
    const before = registerTranslatables(snapshot, "register");
    const after = registerTranslatables(changedSource, "register");
    const marks = marksAfterChange(before, after, "en", []);
    expect(marks).toEqual([expect.objectContaining({ subjectKey: `activity:${a.id}`, field: "purposes.0.description", language: "nb" })]);
    expect(brief(translationWork(changedSource, marks))).toContain(`activity:${a.id}|purposes.0.description|nb|changed`);
    // Writing the translation anew settles it.
    const translated = buildSnapshot({ company, catalogs, activities: [{ ...a, purposes: [{ ...a.purposes[0]!, description: { en: "Answer within a day", nb: "Svare innen en dag" } }] }] });
    const settled = marksAfterChange(after, registerTranslatables(translated, "register"), "en", marks);
    expect(brief(translationWork(translated, settled))).not.toContain(`activity:${a.id}|purposes.0.description|nb|changed`);
  });

  it("tells the language of a LANG-001 finding from the input it lands on", () => {
    expect(languageOfFinding({ ruleId: "LANG-001", field: "purposes.0.description.nb" })).toBe("nb");
    expect(languageOfFinding({ ruleId: "LANG-001", field: "descriptionEn" })).toBe("en");
    expect(languageOfFinding({ ruleId: "LB-004", field: "purposes.0.description.nb" })).toBeNull();
  });
});
