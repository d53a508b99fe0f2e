import { describe, expect, it, vi } from "vitest";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import { fullRegisterSnapshot, largeRegisterSnapshot } from "@/test/export/full-register";
import { notRecordedByActivity } from "@/test/export/not-recorded";
import { REFERENCE_REGISTERS } from "@/test/register/reference-registers";
import { CORPUS } from "@/test/corpus";
import { brokenRegister } from "@/test/corpus/kit";
import { filledTemplateSnapshot } from "@/test/register/templates";
import { ACTIVITY_TEMPLATES } from "@/lib/register/templates";
import { activity, buildSnapshot, dataCategory, purpose, recipient, activityRecipient, transfer } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { PART_TITLES, renderRegisterPdf } from "./register-pdf";
import { pdfPages, pdfText, recordedValues, requirePoppler, squeeze } from "@/test/export/poppler";

const partTitles = (language: "en" | "nb"): [string, string] => [PART_TITLES.controller[language], PART_TITLES.processor[language]];

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
      // "Not recorded" exactly where the law requires a field that is empty, activity by activity.
      for (const [name, printed, required] of notRecordedByActivity(snapshot, text, language, partTitles(language))) expect(printed, name).toBe(required);
      expect(text).toContain(squeeze(language === "nb" ? "Side 1 av" : "Page 1 of"));
      // Drafts are not part of the record in force.
      expect(text).not.toContain(squeeze("Draft purpose never printed"));
      // A date reads as the reader writes it (issue 16): «3. februar 2025», "3 February 2025"; no ISO date is printed.
      expect(text).toContain(squeeze(language === "nb" ? "3. februar 2025" : "3 February 2025"));
      expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
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
    const contentsStart = pages.findIndex((page) => page.includes("Contents"));
    expect(pages[1]).toContain("Overview"); // cover, overview (one page or more), contents
    const contents = pages.slice(contentsStart, contentsStart + 3).join("\n");
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

  // pdfkit-internals.ts remembers fonts, widths and glyphs across documents (a worker lays out many).
  it("lays out the same bytes after other registers as the first document of a process", { timeout: 120_000 }, async () => {
    vi.resetModules();
    const fresh = await import("./register-pdf");
    const options = { snapshot: fullRegisterSnapshot(), language: "nb" as const, generatedAt, revision: 3 };
    const first = await fresh.renderRegisterPdf(options);
    await fresh.renderRegisterPdf({ snapshot: largeRegisterSnapshot(30), language: "en", generatedAt });
    await fresh.renderRegisterPdf({ snapshot: largeRegisterSnapshot(5), language: "nb", generatedAt });
    expect((await fresh.renderRegisterPdf(options)).equals(first)).toBe(true);
  });

  it("prints the fingerprint the caller passes, the one the audit log records", { timeout: 60_000 }, async () => {
    requirePoppler();
    const snapshot = fullRegisterSnapshot();
    const fingerprint = registerFingerprint(snapshot);
    const computed = await renderRegisterPdf({ snapshot, language: "en", generatedAt });
    const passed = await renderRegisterPdf({ snapshot, language: "en", generatedAt, fingerprint });
    expect(passed.equals(computed)).toBe(true);
    expect(squeeze(pdfText(passed))).toContain(fingerprint);
  });

  // A case officer cannot tell "not applicable" from "missing" if both read "not recorded" (issue 16).
  for (const [name, build] of Object.entries(REFERENCE_REGISTERS)) {
    for (const language of ["en", "nb"] as const) {
      it(`${name} (${language}): "not recorded" only for required fields that are empty`, { timeout: 60_000 }, async () => {
        requirePoppler();
        const snapshot = build();
        const text = squeeze(pdfText(await renderRegisterPdf({ snapshot, language, generatedAt })));
        for (const [activityName, printed, required] of notRecordedByActivity(snapshot, text, language, partTitles(language))) expect(printed, activityName).toBe(required);
      });
    }
  }

  // The regression corpus as first entered (required fields missing) and repaired (none missing).
  for (const entry of CORPUS) {
    for (const [state, build] of [["as entered", () => brokenRegister(entry)], ["repaired", () => entry.fixed()]] as const) {
      it(`corpus ${entry.kind}, ${state}: "not recorded" only for required fields that are empty, in both languages`, { timeout: 60_000 }, async () => {
        requirePoppler();
        const snapshot = build();
        for (const language of ["en", "nb"] as const) {
          const text = squeeze(pdfText(await renderRegisterPdf({ snapshot, language, generatedAt })));
          for (const [activityName, printed, required] of notRecordedByActivity(snapshot, text, language, partTitles(language))) expect(printed, `${activityName} (${language})`).toBe(required);
        }
      });
    }
  }

  it("leaves out what does not apply and says so where its absence matters", { timeout: 60_000 }, async () => {
    requirePoppler();
    const snapshot = buildSnapshot({
      activities: [
        activity({ name: "Invoicing", purposes: [purpose({ description: "Keep invoices", lawfulBasis: "LEGAL_OBLIGATION", legalReference: null })], provisionRequirement: "STATUTORY" }),
      ],
    });
    for (const language of ["en", "nb"] as const) {
      const text = squeeze(pdfText(await renderRegisterPdf({ snapshot, language, generatedAt })));
      const en = language === "en";
      // The purpose's own companion is missing: the legal reference (Art. 6(3)) reads "not recorded"…
      expect(text).toContain(squeeze(en ? "Legal reference (Art. 6(3)): not recorded" : "Rettslig grunnlag (art. 6 nr. 3): ikke registrert"));
      // …while the companions of other bases are not rows at all.
      for (const absent of en ? ["Legitimate interest:", "Balancing test (LIA):", "How consent is withdrawn:", "Proof of consent"] : ["Berettiget interesse:", "Interesseavveining:", "Slik trekkes samtykket tilbake:", "Dokumentasjon av samtykke"])
        expect(text).not.toContain(squeeze(absent));
      expect(text).toContain(squeeze(en ? "Not applicable: the activity involves no personal data relating to criminal convictions and offences" : "Ikke aktuelt: behandlingen omfatter ingen opplysninger om straffedommer og lovovertredelser"));
      expect(text).toContain(squeeze(en ? "Not applicable: the activity involves no special categories of personal data" : "Ikke aktuelt: behandlingen omfatter ingen særlige kategorier av personopplysninger"));
      // The missing reference is also a finding, listed on the overview.
      expect(text).toContain(squeeze(en ? "LB-003 (error)" : "LB-003 (feil)"));
    }
  });

  it("says who the contract is with where a contract makes the data required (issue 10)", { timeout: 60_000 }, async () => {
    requirePoppler();
    const staff = activity({ name: "User accounts", contractParty: "ORGANISATION", purposes: [purpose({ description: "Give the customer's staff access", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Serving our customer", liaRef: "LIA-4" })] });
    const snapshot = buildSnapshot({ activities: [staff] });
    const en = squeeze(pdfText(await renderRegisterPdf({ snapshot, language: "en", generatedAt })));
    expect(en).toContain(squeeze("Contract with: The data subject's employer or the organisation they act for"));
    const nb = squeeze(pdfText(await renderRegisterPdf({ snapshot, language: "nb", generatedAt })));
    expect(nb).toContain(squeeze("Avtale med: Den registrertes arbeidsgiver eller virksomheten vedkommende opptrer for"));
  });

  it("opens with an overview: activities per role, Art. 9 and Art. 10 data, transfers by country and tool, open findings", { timeout: 60_000 }, async () => {
    requirePoppler();
    const snapshot: RegisterSnapshot = fullRegisterSnapshot();
    for (const language of ["en", "nb"] as const) {
      const pages = pdfText(await renderRegisterPdf({ snapshot, language, generatedAt })).split("\f");
      const overview = squeeze(pages[1] ?? "");
      const en = language === "en";
      expect(overview).toContain(squeeze(en ? "Overview" : "Oversikt"));
      expect(overview).toContain(squeeze(en ? "Controller (Art. 30(1)): 1 activity — A1" : "Behandlingsansvarlig (art. 30 nr. 1): 1 behandlingsaktivitet — A1"));
      expect(overview).toContain(squeeze(en ? "Processor (Art. 30(2)): 1 activity — B1" : "Databehandler (art. 30 nr. 2): 1 behandlingsaktivitet — B1"));
      expect(overview).toContain(squeeze(en ? "Health data (Art. 9(1)) — condition: Employment and social security law (Art. 9(2)(b))" : "Helseopplysninger (art. 9 nr. 1) — unntak: Arbeids- og trygderettslige plikter og rettigheter (art. 9 nr. 2 bokstav b)"));
      expect(overview).toContain(squeeze(en ? "authority: barnehageloven § 30" : "rettslig grunnlag: barnehageloven § 30"));
      expect(overview).toContain(squeeze(en ? "India (IN) — EU standard contractual clauses 2021/914 (Art. 46(2)(c)): Bangalore Support Pvt Ltd (Skyløsning Inc.) (A2)" : "India (IN) — EUs standardavtaler 2021/914 (art. 46 nr. 2 bokstav c): Bangalore Support Pvt Ltd (Skyløsning Inc.) (A2)"));
      expect(overview).toMatch(en ? /\d+errors?,\d+warnings?/ : /\d+feil,\d+advars(el|ler)/);
      expect(overview).not.toMatch(en ? /(^|\D)1(errors|warnings|activities|findings)/ : /(^|\D)1(advarsler|behandlingsaktiviteter)/);
    }
  });

  it("says where no transfer, recipient, special or criminal data exist instead of \"not recorded\"", { timeout: 60_000 }, async () => {
    requirePoppler();
    const local = recipient({ name: "Lokal Regnskap AS", countryCode: "NO" });
    const us = recipient({ name: "Cloudy Inc.", countryCode: "US", dpfCertified: false });
    const snapshot = buildSnapshot({
      catalogs: { recipients: [local, us], dataCategories: [dataCategory({ id: "dc-x", labelEn: "Other", labelNb: "Annet" })] },
      activities: [
        activity({ name: "Local", recipients: [activityRecipient({ recipientId: local.id })] }),
        activity({ name: "Abroad", recipients: [activityRecipient({ recipientId: us.id })], transfers: [transfer({ recipientId: us.id, countryCode: "US", mechanism: null, sccModule: null })] }),
      ],
    });
    const text = squeeze(pdfText(await renderRegisterPdf({ snapshot, language: "en", generatedAt })));
    expect(text).toContain(squeeze("None: no recipient or system outside the EEA is listed"));
    expect(text).toContain(squeeze("United States (US) — transfer tool not recorded: Cloudy Inc. (A1)"));
    for (const [name, printed, required] of notRecordedByActivity(snapshot, text, "en", partTitles("en"))) expect(printed, name).toBe(required);
  });

  it("asks for transfer safeguards by tool: a TIA and a copy for Art. 46, an assessment for compelling legitimate interests only", { timeout: 60_000 }, async () => {
    requirePoppler();
    const india = recipient({ name: "Support Pvt Ltd", countryCode: "IN", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED" });
    const snapshot = buildSnapshot({
      catalogs: { recipients: [india] },
      activities: [
        activity({
          name: "Support",
          recipients: [activityRecipient({ recipientId: india.id })],
          transfers: [
            transfer({ id: "t-scc", recipientId: india.id, countryCode: "IN", mechanism: "SCC_2021_914", sccModule: "MODULE_1_C2C", tiaRef: null, copyAccess: null }),
            transfer({ id: "t-49a", recipientId: india.id, countryCode: "IN", mechanism: "DEROGATION_49_1_A", sccModule: null, tiaRef: null, copyAccess: null, art49Assessment: null }),
            transfer({ id: "t-49cli", recipientId: india.id, countryCode: "IN", mechanism: "COMPELLING_LEGITIMATE_INTEREST", sccModule: null, tiaRef: null, copyAccess: null, art49Assessment: null }),
          ],
        }),
      ],
    });
    const text = squeeze(pdfText(await renderRegisterPdf({ snapshot, language: "en", generatedAt })));
    expect(text.split(squeeze("Transfer impact assessment: not recorded")).length - 1).toBe(1);
    expect(text.split(squeeze("Copy of safeguards: not recorded")).length - 1).toBe(1);
    expect(text.split(squeeze("Art. 49 assessment: not recorded")).length - 1).toBe(1);
    for (const [name, printed, required] of notRecordedByActivity(snapshot, text, "en", partTitles("en"))) expect(printed, name).toBe(required);
  });

  /** Every activity template, filled in as a DPO would, in one register (catalog entries shared by id). */
  function allTemplatesRegister(language: "en" | "nb"): RegisterSnapshot {
    const [first, ...rest] = ACTIVITY_TEMPLATES.map((template) => filledTemplateSnapshot(template, language));
    const merged = first!;
    for (const other of rest) {
      merged.activities.push(...other.activities);
      for (const key of Object.keys(merged.catalogs) as (keyof RegisterSnapshot["catalogs"])[]) {
        const known = new Set(merged.catalogs[key].map((entry) => entry.id));
        (merged.catalogs[key] as { id: string }[]).push(...(other.catalogs[key] as { id: string }[]).filter((entry) => !known.has(entry.id)));
      }
    }
    return merged;
  }

  for (const language of ["en", "nb"] as const) {
    it(`all activity templates in one register (${language}): "not recorded" only for required fields that are empty`, { timeout: 120_000 }, async () => {
      requirePoppler();
      const snapshot = allTemplatesRegister(language);
      const text = squeeze(pdfText(await renderRegisterPdf({ snapshot, language, generatedAt })));
      const counts = notRecordedByActivity(snapshot, text, language, partTitles(language));
      expect(counts).toHaveLength(ACTIVITY_TEMPLATES.length);
      for (const [name, printed, required] of counts) expect(printed, name).toBe(required);
    });
  }
});
