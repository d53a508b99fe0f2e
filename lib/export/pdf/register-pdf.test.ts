import { describe, expect, it } from "vitest";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import { fullRegisterSnapshot, largeRegisterSnapshot } from "@/test/export/full-register";
import { renderRegisterPdf } from "./register-pdf";
import { pdfPages, pdfText, recordedValues, requirePoppler, squeeze } from "@/test/export/poppler";

const generatedAt = new Date("2026-03-02T10:00:00.000Z");

describe("the Art. 30 register PDF", () => {
  for (const language of ["en", "nb"] as const) {
    // Lays out and reads back a whole register: seconds on a loaded machine.
    it(`contains every recorded field value, the cover facts and "not recorded" markers (${language})`, { timeout: 60_000 }, async () => {
      requirePoppler();
      const snapshot = fullRegisterSnapshot();
      const pdf = await renderRegisterPdf({ snapshot, language, generatedAt, revision: 42 });
      const text = squeeze(pdfText(pdf));
      const missing = recordedValues(snapshot, language).filter((value) => !text.includes(squeeze(value)));
      expect(missing).toEqual([]);
      expect(text).toContain(registerFingerprint(snapshot));
      expect(text).toContain(squeeze(language === "nb" ? "Protokollens revisjon 42" : "Register revision 42"));
      expect(text).toContain(squeeze(language === "nb" ? "ikke registrert" : "not recorded"));
      expect(text).toContain(squeeze(language === "nb" ? "Side 1 av" : "Page 1 of"));
      // Drafts are not part of the record in force.
      expect(text).not.toContain(squeeze("Draft purpose never printed"));
    });
  }

  it("renders every page as a non-blank A4 page", { timeout: 60_000 }, async () => {
    requirePoppler();
    const pdf = await renderRegisterPdf({ snapshot: fullRegisterSnapshot(), language: "nb", generatedAt });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      // A4 (210 × 297 mm) at 20 dpi: 165 × 234 pixels (± rounding).
      expect(Math.abs(page.width - 165)).toBeLessThanOrEqual(1);
      expect(Math.abs(page.height - 234)).toBeLessThanOrEqual(1);
      expect(page.inkPixels).toBeGreaterThan(50);
    }
  });

  it("lists every activity in the contents with the page it starts on, and numbers pages x of y", { timeout: 60_000 }, async () => {
    requirePoppler();
    const snapshot = largeRegisterSnapshot(60);
    const pdf = await renderRegisterPdf({ snapshot, language: "en", generatedAt });
    const pages = pdfText(pdf, { layout: true }).split("\f");
    const total = pages.filter((page) => page.trim() !== "").length;
    expect(pages[0]).toContain(`Page 1 of ${total}`);
    const contents = pages.slice(1, 4).join("\n");
    for (const a of snapshot.activities) {
      const line = contents.split("\n").find((l) => l.includes(`${a.name}`) && /\d+\s*$/.test(l));
      expect(line, a.name).toBeDefined();
    }
    // The contents entry's page number points at the page holding the block heading.
    const first = contents.split("\n").find((l) => /^A1\. /.test(l.trim()));
    const page = Number(/(\d+)\s*$/.exec(first ?? "")?.[1]);
    expect(pages[page - 1]).toContain(first?.replace(/\s*\d+\s*$/, "").trim().slice(0, 20));
  });

  it("reports progress and yields between slices of activities", { timeout: 60_000 }, async () => {
    const snapshot = largeRegisterSnapshot(12);
    const seen: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await renderRegisterPdf({ snapshot, language: "en", generatedAt, onProgress: (done) => seen.push(done) });
    clearInterval(timer);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(ticks).toBeGreaterThan(0);
  });
});
