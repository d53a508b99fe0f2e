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
import { LANGUAGES, storedLanguage, type Language } from "@/lib/register/languages";
import { registerTranslatables } from "@/lib/register/translatables";
import { VOCABULARY } from "@/lib/register/vocabulary";
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
/** The register with every text marked, in the languages `written` only (the others left unwritten). */
function marked(snapshot: RegisterSnapshot, written: readonly Language[] = LANGUAGES): RegisterSnapshot {
  const m = (language: Language, what: string) => (written.includes(language) ? mark(language, what) : "");
  const both = (what: string) => Object.fromEntries(written.map((l) => [l, mark(l, what)])) as Record<Language, string>;
  const c = snapshot.catalogs;
  return {
    ...snapshot,
    company: { ...snapshot.company, noticeIntroduction: both("introduction"), noticeScope: both("scope"), privacyContactRole: both("contact role"), cookieWithdrawal: both("cookie withdrawal") },
    catalogs: {
      ...c,
      dataSubjectCategories: c.dataSubjectCategories.map((x) => ({ ...x, labelEn: m("en", "subjects"), labelNb: m("nb", "subjects") })),
      dataCategories: c.dataCategories.map((x) => ({ ...x, labelEn: m("en", "data"), labelNb: m("nb", "data"), descriptionEn: m("en", "data text"), descriptionNb: m("nb", "data text") })),
      recipients: c.recipients.map((x) => ({
        ...x,
        descriptionEn: m("en", "recipient"),
        descriptionNb: m("nb", "recipient"),
        subProcessors: x.subProcessors.map((sub) => ({ ...sub, descriptionEn: m("en", "sub-processor"), descriptionNb: m("nb", "sub-processor") })),
      })),
      systems: c.systems.map((x) => ({ ...x, descriptionEn: m("en", "system"), descriptionNb: m("nb", "system") })),
      securityMeasures: c.securityMeasures.map((x) => ({ ...x, descriptionEn: m("en", "measure"), descriptionNb: m("nb", "measure") })),
      cookies: c.cookies.map((x) => ({ ...x, purposeEn: m("en", "cookie"), purposeNb: m("nb", "cookie"), consentReason: both("consent reason"), duration: { kind: "TEXT" as const, amount: null, unit: null, text: both("lifetime") } })),
    },
    activities: snapshot.activities.map((a) => ({
      ...a,
      noticeTitleEn: m("en", "title"),
      noticeTitleNb: m("nb", "title"),
      description: both("description"),
      sources: a.sources.map((source) => ({ ...source, name: both("source") })),
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
      controllersServed: a.controllersServed.map((s) => ({ ...s, processingCategories: both("served"), listedIn: s.ourCustomers ? both("listed") : s.listedIn })),
      transfers: a.transfers.map((t) => ({ ...t, copyAccess: both("copy"), art49Assessment: both("art49") })),
      retentionRules: a.retentionRules.map((r) => ({ ...r, triggerText: both("trigger"), criteriaText: both("criteria"), legalReference: { law: null, section: null, text: both("retention law") } })),
      // The DPO's own wording, for the activity and for every purpose, in every language.
      noticeTexts: [null, ...a.purposes.map((p) => p.id)].flatMap((purposeId) =>
        written.map((l) => ({ id: `nt-${a.id}-${purposeId ?? "activity"}-${l}`, purposeId, language: storedLanguage(l), text: mark(l, purposeId ? "own purpose text" : "own text") })),
      ),
    })),
  };
}

const other = (language: Language) => LANGUAGES.find((l) => l !== language) ?? language;
const META = { version: 2, publishedOn: "2026-03-01" };

describe("a rendering in one language carries no text of the other (marker test)", () => {
  const snapshot = marked(fullRegisterSnapshot());

  it("marks every translatable text of the register (lib/register/translatables.ts), so a text added there is covered here", () => {
    const texts = registerTranslatables(snapshot, "register");
    expect(texts.length).toBeGreaterThan(50);
    const unmarked = texts.flatMap((t) => LANGUAGES.filter((l) => !(t.value[l] ?? "").includes(`⟦${l}⟧`)).map((l) => `${t.owner.en}: ${t.field} (${l})`));
    expect(unmarked).toEqual([]);
    // Every kind of text is there to be rendered: catalog texts, sub-processors and systems included.
    for (const field of ["description", "label", "purpose", "subProcessors.0.description", "duration.text", "purposes.0.description", "controllersServed.0.processingCategories", "controllersServed.0.listedIn"]) expect(texts.some((t) => t.field === field), field).toBe(true);
  });

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

  it.each(LANGUAGES)("the notice, the spreadsheets, the DPV export and the PDF in %s, when every text is written only in the other language", { timeout: 120_000 }, async (language) => {
    requirePoppler();
    const onlyOther = marked(fullRegisterSnapshot(), [other(language)]);
    const document = compileNotice(onlyOther, language, META);
    const doc = registerDocumentFromSnapshot(onlyOther);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerXlsx(doc, language)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    const renderings = {
      html: renderNoticeHtml(document, { mode: "page", links: noticeLinks(onlyOther.company.slug, language) }),
      embed: renderNoticeHtml(document, { mode: "embed" }),
      markdown: renderNoticeMarkdown(document),
      text: renderNoticeText(document),
      json: renderNoticeJson(document),
      diff: JSON.stringify(diffNoticeDocuments(compileNotice(fullRegisterSnapshot(), language, { version: 1, publishedOn: "2026-01-01" }), document)),
      csv: registerCsv(doc, language),
      xlsx: cells.join("\n"),
      dpv: JSON.stringify(registerJsonLd(doc, language)),
      pdf: pdfText(await renderRegisterPdf({ snapshot: onlyOther, language, generatedAt: new Date("2026-03-01T12:00:00Z") })),
    };
    // Not vacuous: the other language's texts are in the register, and the sheet says where they are missing.
    expect(JSON.stringify(onlyOther)).toContain(`⟦${other(language)}⟧`);
    expect(renderings.xlsx).toContain(VOCABULARY[language].words.notWrittenYet);
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

  // ADR 030: our customers as a class carry no text of the DPO's to mark; the vocabulary words them.
  it.each(LANGUAGES)("our customers as a class is worded in %s in the PDF, the spreadsheets and the DPV export, never in the other language", { timeout: 120_000 }, async (language) => {
    requirePoppler();
    const folded = (text: string) => text.replace(/\s+/g, " ");
    const doc = registerDocumentFromSnapshot(snapshot);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerXlsx(doc, language)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    const renderings = {
      pdf: pdfText(await renderRegisterPdf({ snapshot, language, generatedAt: new Date("2026-03-01T12:00:00Z") })),
      csv: registerCsv(doc, language),
      xlsx: cells.join("\n"),
      dpv: JSON.stringify(registerJsonLd(doc, language)),
    };
    const words = (l: Language) => VOCABULARY[l].record.words.ourCustomers;
    for (const [name, rendered] of Object.entries(renderings)) {
      expect(folded(rendered), `${name} (${language})`).toContain(words(language));
      expect(folded(rendered), `${name} (${language})`).not.toContain(words(other(language)));
    }
  });

  it.each(LANGUAGES)("the Art. 30 PDF in %s, read back with pdftotext", { timeout: 120_000 }, async (language) => {
    requirePoppler();
    const text = pdfText(await renderRegisterPdf({ snapshot, language, generatedAt: new Date("2026-03-01T12:00:00Z") }));
    expect(text).toContain(`⟦${language}⟧`);
    expect(text).not.toContain(`⟦${other(language)}⟧`);
  });
});
