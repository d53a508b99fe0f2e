import { execFileSync } from "node:child_process";
import { legalReferenceIn, textIn, type LegalReference, type LocalizedText } from "@/lib/register/localized-text";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { activeActivities, indexSnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import { countryName } from "@/lib/register/countries";
import type { ExportLanguage } from "@/lib/export/labels";
import { enumLabel as label, VOCABULARY } from "@/lib/register/vocabulary";

/**
 * Test helpers around poppler-utils (pdftotext, pdftoppm). The PDF tests need
 * them installed: `apt-get install -y poppler-utils`. Without them the tests
 * fail with that instruction rather than pass without checking anything.
 */
export function requirePoppler(): void {
  for (const tool of ["pdftotext", "pdftoppm"]) {
    try {
      execFileSync("which", [tool], { stdio: "pipe" });
    } catch {
      throw new Error(`The PDF tests need ${tool} from poppler-utils: run \`apt-get install -y poppler-utils\` on the test machine.`);
    }
  }
}

function withTempPdf<T>(pdf: Buffer, run: (dir: string, file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "protokoll-pdf-"));
  try {
    const file = path.join(dir, "register.pdf");
    fs.writeFileSync(file, pdf);
    return run(dir, file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext extracts it. */
export function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): string {
  const args = ["-enc", "UTF-8", ...(options.layout ? ["-layout"] : []), "-", "-"];
  return withTempPdf(pdf, (_dir, file) => execFileSync("pdftotext", [...args.slice(0, -2), file, "-"], { maxBuffer: 256 * 1024 * 1024 }).toString("utf8"));
}

/** Every page rendered by pdftoppm (grey, 20 dpi): its size in pixels and whether anything is drawn on it. */
export function pdfPages(pdf: Buffer): { width: number; height: number; inkPixels: number }[] {
  return withTempPdf(pdf, (dir, file) => {
    execFileSync("pdftoppm", ["-r", "20", "-gray", file, path.join(dir, "page")]);
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".pgm"))
      .sort()
      .map((name) => {
        const data = fs.readFileSync(path.join(dir, name));
        // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
        const header = data.subarray(0, 64).toString("latin1");
        const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
        if (!match) throw new Error(`pdftoppm wrote an unexpected file ${name}`);
        const width = Number(match[1]);
        const height = Number(match[2]);
        const pixels = data.subarray(match[0].length);
        let inkPixels = 0;
        for (const value of pixels) if (value < 200) inkPixels++;
        return { width, height, inkPixels };
      });
  });
}

/**
 * Text without whitespace and hyphens: line wrapping in the PDF must not hide a
 * value, and pdftotext joins a word broken after a hyphen ("e-" / "mail") without it.
 */
export const squeeze = (text: string) => text.replace(/[\s\-‐]+/g, "");

/**
 * Every recorded value of the Art. 30(1)/(2) fields of the activities in
 * force, in the given language: what an auditor must find in the PDF.
 * Built from the snapshot independently of the PDF's own field code.
 */
export function recordedValues(snapshot: RegisterSnapshot, lang: ExportLanguage): string[] {
  const index = indexSnapshot(snapshot);
  const c = snapshot.company;
  const values: (string | null | undefined)[] = [c.legalName, c.orgNumber, c.email, c.phone, c.dpo.email, c.dpo.name, c.representative.name];
  const text = (en: string | null, nb: string | null) => (lang === "nb" ? nb : en);
  // The DPO's texts in the PDF's language only: the other language's text must not be there (issue 9).
  const t = (value: LocalizedText) => textIn(value, lang);
  const ref = (value: LegalReference) => legalReferenceIn(value, lang);
  // Dates as the reader writes them («3. februar 2025»), never ISO (issue 16).
  const day = (date: string | null) => (date ? VOCABULARY[lang].date(date) : null);
  for (const a of activeActivities(snapshot)) {
    values.push(a.name, t(a.description), label("ActivityStatus", a.status, lang), t(a.processingCategories), a.controllerDpaRef, day(a.controllerDpaDate));
    for (const p of a.purposes) {
      values.push(t(p.description), ref(p.legalReference), t(p.legitimateInterest), p.liaRef, day(p.liaDate), t(p.consentWithdrawal));
      if (p.lawfulBasis) values.push(label("LawfulBasis", p.lawfulBasis, lang));
    }
    for (const j of a.jointControllers) values.push(j.name, j.contact, j.arrangementLink, t(j.essenceText));
    for (const s of a.controllersServed) values.push(s.ourCustomers ? VOCABULARY[lang].record.words.ourCustomers : s.name, t(s.listedIn), s.contact, s.representative, s.dpoContact, t(s.processingCategories), s.dpaRef, day(s.dpaDate));
    for (const id of a.dataSubjectCategoryIds) {
      const s = index.dataSubjectCategories.get(id);
      if (s) values.push(text(s.labelEn, s.labelNb));
    }
    for (const id of a.dataCategoryIds) {
      const d = index.dataCategories.get(id);
      if (d) values.push(text(d.labelEn, d.labelNb), text(d.descriptionEn, d.descriptionNb), d.specialCategory ? label("SpecialCategory", d.specialCategory, lang) : null);
    }
    if (a.art9Condition) values.push(label("Art9Condition", a.art9Condition, lang));
    values.push(ref(a.art9LegalReference), t(a.art10Authority), t(a.nationalIdJustification));
    for (const link of a.recipients) {
      const r = index.recipients.get(link.recipientId);
      if (r) values.push(r.name, r.dpaRef, text(r.descriptionEn, r.descriptionNb));
    }
    for (const t of a.transfers) {
      values.push(countryName(t.countryCode, lang), t.tiaRef, textIn(t.copyAccess, lang), textIn(t.art49Assessment, lang));
      if (t.mechanism) values.push(label("TransferMechanism", t.mechanism, lang));
      if (t.sccModule) values.push(label("SccModule", t.sccModule, lang));
      const sub = index.recipients.get(t.recipientId)?.subProcessors.find((s) => s.id === t.subProcessorId);
      if (sub) values.push(sub.name);
    }
    // The event of a trigger text is printed after "after"/«etter», so a leading "after " typed by the DPO is dropped.
    for (const r of a.retentionRules) values.push(t(r.triggerText)?.replace(/^(after|etter)\s+/i, ""), t(r.criteriaText), ref(r.legalReference), r.duration === null ? null : String(r.duration));
    for (const id of a.securityMeasureIds) {
      const m = index.securityMeasures.get(id);
      if (m) values.push(text(m.descriptionEn, m.descriptionNb));
    }
    values.push(t(a.securityMeasuresText), ...a.sources.map((s) => t(s.name)), t(a.art14ExemptionJustification), t(a.provisionConsequence), t(a.adm.logic), t(a.adm.significance), t(a.adm.consequences), a.dpia.link, a.consentRecordRef);
    for (const id of a.systemIds) values.push(index.systems.get(id)?.name);
    for (const id of a.cookieIds) values.push(index.cookies.get(id)?.name);
  }
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.trim() !== ""))];
}
