import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { registerJsonLd } from "@/lib/export/dpv/register-jsonld";
import { registerDocumentFromSnapshot } from "@/lib/export/json/from-snapshot";
import { renderRegisterPdf } from "@/lib/export/pdf/register-pdf";
import { registerCsv } from "@/lib/export/spreadsheet/csv";
import { registerXlsx } from "@/lib/export/spreadsheet/xlsx";
import { compileNotice } from "@/lib/notice/compile";
import { diffNoticeDocuments } from "@/lib/notice/diff";
import { noticeLinks } from "@/lib/notice/public-paths";
import { renderNoticeHtml, renderNoticeJson, renderNoticeMarkdown, renderNoticeText } from "@/lib/notice/render";
import { LANGUAGES, type Language } from "@/lib/register/languages";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { pdfText, requirePoppler } from "@/test/export/poppler";

/**
 * The marker test (issue 9): every translatable text of the register is filled with a
 * string that names its language, «⟦en⟧…» or «⟦nb⟧…»; no rendering of one language may
 * carry the other language's marker. Proper names (company, recipients, systems,
 * cookies, the register's own activity names) are single and carry no marker.
 */
const mark = (language: Language, what: string) => `⟦${language}⟧ ${what}`;
const both = (what: string) => Object.fromEntries(LANGUAGES.map((l) => [l, mark(l, what)])) as Record<Language, string>;

function marked(snapshot: RegisterSnapshot): RegisterSnapshot {
  const c = snapshot.catalogs;
  return {
    ...snapshot,
    catalogs: {
      ...c,
      dataSubjectCategories: c.dataSubjectCategories.map((x) => ({ ...x, labelEn: mark("en", "subjects"), labelNb: mark("nb", "subjects") })),
      dataCategories: c.dataCategories.map((x) => ({ ...x, labelEn: mark("en", "data"), labelNb: mark("nb", "data"), descriptionEn: mark("en", "data text"), descriptionNb: mark("nb", "data text") })),
      recipients: c.recipients.map((x) => ({ ...x, descriptionEn: mark("en", "recipient"), descriptionNb: mark("nb", "recipient") })),
      securityMeasures: c.securityMeasures.map((x) => ({ ...x, descriptionEn: mark("en", "measure"), descriptionNb: mark("nb", "measure") })),
      cookies: c.cookies.map((x) => ({ ...x, purposeEn: mark("en", "cookie"), purposeNb: mark("nb", "cookie"), duration: { kind: "TEXT" as const, amount: null, unit: null, text: both("lifetime") } })),
    },
    activities: snapshot.activities.map((a) => ({
      ...a,
      noticeTitleEn: mark("en", "title"),
      noticeTitleNb: mark("nb", "title"),
      description: both("description"),
      sourceName: both("source"),
      art14ExemptionJustification: both("exemption"),
      provisionConsequence: both("consequence"),
      art9LegalReference: { law: null, section: null, text: both("art9 law") },
      art10Authority: both("art10"),
      nationalIdJustification: both("national id"),
      adm: { ...a.adm, logic: both("logic"), significance: both("significance"), consequences: both("consequences") },
      securityMeasuresText: both("security"),
      processingCategories: both("processing"),
      purposes: a.purposes.map((p) => ({ ...p, description: both("purpose"), legalReference: { law: null, section: null, text: both("law") }, legitimateInterest: both("interest"), consentWithdrawal: both("withdrawal") })),
      jointControllers: a.jointControllers.map((j) => ({ ...j, essenceText: both("essence") })),
      controllersServed: a.controllersServed.map((s) => ({ ...s, processingCategories: both("served") })),
      transfers: a.transfers.map((t) => ({ ...t, copyAccess: both("copy"), art49Assessment: both("art49") })),
      retentionRules: a.retentionRules.map((r) => ({ ...r, triggerText: both("trigger"), criteriaText: both("criteria"), legalReference: { law: null, section: null, text: both("retention law") } })),
      noticeTexts: a.noticeTexts.map((n) => ({ ...n, text: mark(n.language === "NB" ? "nb" : "en", "own text") })),
    })),
  };
}

const other = (language: Language) => LANGUAGES.find((l) => l !== language) ?? language;
const META = { version: 2, publishedOn: "2026-03-01" };

describe("a rendering in one language carries no text of the other (marker test)", () => {
  const snapshot = marked(fullRegisterSnapshot());

  it.each(LANGUAGES)("the notice in %s: HTML page and embed, Markdown, text, JSON and the diff", (language) => {
    const document = compileNotice(snapshot, language, META);
    const before = compileNotice(fullRegisterSnapshot(), language, { version: 1, publishedOn: "2026-01-01" });
    const renderings = {
      html: renderNoticeHtml(document, { mode: "page", links: noticeLinks(snapshot.company.slug, language) }),
      embed: renderNoticeHtml(document, { mode: "embed" }),
      markdown: renderNoticeMarkdown(document),
      text: renderNoticeText(document),
      json: renderNoticeJson(document),
      diff: JSON.stringify(diffNoticeDocuments(before, document)),
    };
    // The test would pass vacuously if nothing were rendered: its own language's markers are there.
    expect(renderings.text).toContain(`⟦${language}⟧`);
    for (const [name, rendered] of Object.entries(renderings)) expect(rendered, `${name} (${language})`).not.toContain(`⟦${other(language)}⟧`);
  });

  it.each(LANGUAGES)("the spreadsheet (CSV) in %s", (language) => {
    const csv = registerCsv(registerDocumentFromSnapshot(snapshot), language);
    expect(csv).toContain(`⟦${language}⟧`);
    expect(csv).not.toContain(`⟦${other(language)}⟧`);
  });

  it.each(LANGUAGES)("the spreadsheet (XLSX) in %s, every cell of every sheet read back", async (language) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerXlsx(registerDocumentFromSnapshot(snapshot), language)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    const text = cells.join("\n");
    expect(text).toContain(`⟦${language}⟧`);
    expect(text).not.toContain(`⟦${other(language)}⟧`);
  });

  it.each(LANGUAGES)("the DPV JSON-LD in %s", (language) => {
    const jsonld = JSON.stringify(registerJsonLd(registerDocumentFromSnapshot(snapshot), language));
    expect(jsonld).toContain(`⟦${language}⟧`);
    expect(jsonld).not.toContain(`⟦${other(language)}⟧`);
    // Every literal carries the export's language tag, none another's.
    expect(jsonld).not.toContain(`"@language":"${other(language)}"`);
  });

  it.each(LANGUAGES)("the Art. 30 PDF in %s, read back with pdftotext", { timeout: 120_000 }, async (language) => {
    requirePoppler();
    const text = pdfText(await renderRegisterPdf({ snapshot, language, generatedAt: new Date("2026-03-01T12:00:00Z") }));
    expect(text).toContain(`⟦${language}⟧`);
    expect(text).not.toContain(`⟦${other(language)}⟧`);
  });
});
