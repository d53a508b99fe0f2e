import { describe, expect, it } from "vitest";
import { compileNotice } from "@/lib/notice/compile";
import { documentElements, documentSentences, sentenceText } from "@/lib/notice/document";
import { repeatedSentences } from "@/lib/notice/measure";
import { renderRegisterPdf } from "@/lib/export/pdf/register-pdf";
import { VOCABULARY } from "@/lib/register/vocabulary";
import { pdfText, requirePoppler } from "@/test/export/poppler";
import { createUser } from "@/test/server/factories";
import { db } from "../db";
import { readRegisterSnapshot } from "../register/snapshot";
import { seedDemoCompany } from "../seed/demo-company";

// Issue 11's prose targets over the demo company, as seeded (the reference registers' are in
// lib/notice/prose-targets.test.ts).
const VAGUE: Record<"en" | "nb", RegExp[]> = {
  en: [/(?<!\d )\bmay\b/i, /\bsome\b/i, /\bas long as (?:is )?necessary\b/i],
  nb: [/\bkan hende\b/i, /(?<![\p{L}])noen(?![\p{L}])/iu, /\bså lenge det er nødvendig\b/i],
};

describe("the demo company's notice", () => {
  it("says no sentence more than twice, nothing vague, and opens with the first layer, in both languages", async () => {
    const owner = await createUser();
    const company = await seedDemoCompany(db(), owner.id, { slug: `prose-${owner.id}` });
    const snapshot = await readRegisterSnapshot(db(), company.id);
    for (const language of ["en", "nb"] as const) {
      const document = compileNotice(snapshot, language, { version: 1, publishedOn: "2026-12-07" });
      expect(repeatedSentences(document), language).toEqual([]);
      for (const sentence of documentSentences(document)) for (const pattern of VAGUE[language]) expect(sentenceText(sentence)).not.toMatch(pattern);
      expect(document.sections[0]?.id).toBe("summary");
      expect([...documentElements(document)]).toEqual(expect.arrayContaining(["N01", "N04", "N05", "N07", "N10", "N11", "N13"]));
    }
  });

  // ADR 030: the demo's processor activity serves its customers as a class; read back with pdftotext.
  it("its bokmål Art. 30 PDF words the controllers served in bokmål, with no English for them", { timeout: 120_000 }, async () => {
    requirePoppler();
    const owner = await createUser();
    const company = await seedDemoCompany(db(), owner.id, { slug: `served-${owner.id}` });
    const snapshot = await readRegisterSnapshot(db(), company.id);
    const served = snapshot.activities.flatMap((a) => a.controllersServed);
    expect(served.map((c) => c.ourCustomers)).toEqual([true]);
    const text = pdfText(await renderRegisterPdf({ snapshot, language: "nb", generatedAt: new Date("2026-12-07T12:00:00Z") })).replace(/\s+/g, " ");
    expect(text).toContain(VOCABULARY.nb.record.words.ourCustomers);
    expect(text).toContain("i kunderegisteret, med kontaktpersonen hos hver kunde");
    for (const english of [VOCABULARY.en.record.words.ourCustomers, "business customers", "customer register", "contact person", "As in the standard"]) expect(text).not.toContain(english);
  });
});
