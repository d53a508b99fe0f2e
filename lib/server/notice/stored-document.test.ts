import { describe, expect, it } from "vitest";
import { compileNotice } from "@/lib/notice/compile";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { isStoredNoticeDocument, storedNoticeDocument } from "./stored-document";

describe("a notice document read back from the database", () => {
  const stored = () => JSON.parse(JSON.stringify(compileNotice(fullRegisterSnapshot(), "nb", { version: 1, publishedOn: "2026-12-01", previous: null }))) as unknown;

  it("is the document the compiler stored, in the current format", () => {
    const document = storedNoticeDocument(stored());
    expect(document.language).toBe("nb");
    expect(document.sections.length).toBeGreaterThan(0);
  });

  it("is refused when stored in another format, naming both formats", () => {
    const older = { ...(stored() as object), format: 0 };
    expect(isStoredNoticeDocument(older)).toBe(false);
    expect(() => storedNoticeDocument(older)).toThrow(/format 0; this version reads format 1/);
  });

  it("is refused when it is not a document at all", () => {
    expect(isStoredNoticeDocument(null)).toBe(false);
    expect(isStoredNoticeDocument("<html>")).toBe(false);
    expect(isStoredNoticeDocument({ format: 1, language: "de", title: "x", sections: [] })).toBe(false);
    expect(() => storedNoticeDocument(null)).toThrow(/format object/);
  });
});
