import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/register/countries";
import { DATATILSYNET_LIKE, foreignWorkbook, ICO_LIKE, type ForeignSheet } from "@/test/export/foreign-workbooks";
import { registerDocumentFromSnapshot } from "../json/from-snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { COLUMNS, columnsFor } from "./layout";
import { applyMapping, choicesToRemember, findHeaderRow, mappingOf, matchHeadings, missingRequired, normaliseHeading, proposeMapping, sheetLanguage, type WorkbookSheet } from "./mapping";
import { parseRegisterTables } from "./tables";
import { readWorkbookSheets, registerXlsx } from "./xlsx";

const none = new Map<string, string | null>();
const countryCodes = new Set(COUNTRIES.map((c) => c.code));
const asSheets = (sheets: ForeignSheet[]): WorkbookSheet[] =>
  sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((cells, i) => ({ line: i + 1, cells, formulas: [] })) }));
const fieldsOf = (headings: string[], saved = none) => matchHeadings(headings, "controller", saved).map((c) => c.field);

describe("heading normalisation", () => {
  it("drops case, punctuation, numbering and article references in brackets", () => {
    expect(normaliseHeading("Purpose of processing (Art. 30(1)(b))")).toBe("purpose of processing");
    expect(normaliseHeading("Formål med behandlingen (art. 30 nr. 1 bokstav b)")).toBe("formål med behandlingen");
    expect(normaliseHeading("  3. Retention schedule (if possible) ")).toBe("retention schedule");
    expect(normaliseHeading("Kategorier av registrerte:")).toBe("kategorier av registrerte");
  });
});

describe("matching headings to fields", () => {
  it("knows the Art. 30 headings in English and bokmål, with their synonyms", () => {
    const en = ["Purpose of the processing", "Categories of data subjects", "Retention", "Recipients", "Transfers to third countries", "Legal basis", "Security measures"];
    const nb = ["Formål med behandlingen", "Kategorier av registrerte", "Lagringstid", "Mottakere", "Overføring til tredjeland", "Behandlingsgrunnlag", "Sikkerhetstiltak"];
    const expected = ["purposes", "dataSubjects", "retention", "recipients", "transfers", "lawfulBasis", "securityMeasures"];
    expect(fieldsOf(en)).toEqual(expected);
    expect(fieldsOf(nb)).toEqual(expected);
    expect(fieldsOf(["Formål", "Sletting"])).toEqual(["purposes", "retention"]);
  });

  it("finds a synonym inside a longer heading, but not a short word (\"Name of DPO\" is not the activity's name)", () => {
    expect(fieldsOf(["Categories of recipients, within the EEA and outside"])).toEqual(["recipients"]);
    expect(fieldsOf(["Name of DPO"])).toEqual([null]);
  });

  it("marks what matches nothing as ignored, and gives every field to one column only, the better match first", () => {
    const found = matchHeadings(["Ansvarlig avdeling", "Personal data breach?", "Categories of personal data"], "controller", none);
    expect(found.map((c) => [c.field, c.match])).toEqual([
      [null, "none"],
      [null, "none"],
      ["dataCategories", "layout"],
    ]);
  });

  it("matches every header of our own export, in both languages, as the layout's (no manual step)", () => {
    for (const record of ["controller", "processor"] as const) {
      const readable = columnsFor(record).filter((c) => !c.derived && c.read);
      for (const lang of ["en", "nb"] as const) {
        const found = matchHeadings(readable.map((c) => c.header[lang]), record, none);
        expect(found.map((c) => c.field)).toEqual(readable.map((c) => c.id));
        expect(found.every((c) => c.match === "layout")).toBe(true);
      }
    }
  });

  it("prefers the company's saved choice, including \"ignore\", and ignores a saved field the record does not have", () => {
    const saved = new Map<string, string | null>([
      ["ansvarlig avdeling", "description"],
      ["mottakere", null],
      ["kategorier av behandling", "processingCategories"],
    ]);
    const found = matchHeadings(["Ansvarlig  Avdeling", "Mottakere", "Kategorier av behandling"], "controller", saved);
    expect(found.map((c) => [c.field, c.match])).toEqual([
      ["description", "saved"],
      [null, "none"],
      [null, "none"],
    ]);
  });

  it("reads a sheet's texts in the language of its headings", () => {
    expect(sheetLanguage(["Behandling", "Formål", "Mottakere"], "controller", none)).toBe("nb");
    expect(sheetLanguage(["Business function", "Purpose", "Recipients"], "controller", none)).toBe("en");
  });
});

describe("the proposal for a workbook", () => {
  it("finds the heading row under title lines, reads the record sheet and skips the notes (Datatilsynet-like)", () => {
    const [record, notes] = proposeMapping(asSheets(DATATILSYNET_LIKE), none);
    expect(record).toMatchObject({ sheetName: "Protokoll", record: "controller", headerLine: 3, problem: null });
    expect(record?.columns.map((c) => c.field)).toEqual(["name", "purposes", "lawfulBasis", "dataSubjects", "dataCategories", "recipients", "retention", "securityMeasures", null]);
    expect(notes).toMatchObject({ sheetName: "Veiledning", record: null });
  });

  it("maps the ICO-like headings and flags nothing required as missing", () => {
    const [record] = proposeMapping(asSheets(ICO_LIKE), none);
    expect(record).toMatchObject({ record: "controller", headerLine: 2 });
    const fields = record?.columns.map((c) => c.field) ?? [];
    expect(fields).toEqual(["name", "purposes", "lawfulBasis", "dataSubjects", "dataCategories", "recipients", "retention", "securityMeasures", null]);
    expect(missingRequired(fields)).toEqual([]);
    expect(missingRequired(fields.map((f) => (f === "name" ? null : f)))).toEqual(["name"]);
  });

  it("says which sheet is empty and which has no heading row", () => {
    const sheets: WorkbookSheet[] = [
      { name: "Tom", rows: [] },
      { name: "Tall", rows: [{ line: 1, cells: ["1", "2024-01-01"], formulas: [] }, { line: 2, cells: ["Bare én celle"], formulas: [] }] },
    ];
    expect(proposeMapping(sheets, none).map((s) => s.problem)).toEqual(["emptySheet", "noHeaderRow"]);
    expect(findHeaderRow(sheets[1]?.rows ?? [], "controller", none)).toBeNull();
  });

  it("reads our own export's workbook with every heading as the layout's", async () => {
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const sheets = (await readWorkbookSheets(await registerXlsx(doc, "nb"))) ?? [];
    const proposal = proposeMapping(sheets, none);
    expect(proposal.map((s) => s.record)).toEqual(["controller", "processor"]);
    expect(proposal.flatMap((s) => s.columns).filter((c) => c.match !== "layout")).toEqual([]);
    // Columns written for the reader only (the rights, the retention in words) are ignored, as before.
    const derived = COLUMNS.filter((c) => c.derived).map((c) => c.header.nb);
    expect(proposal.flatMap((s) => s.columns).filter((c) => c.field === null).map((c) => c.heading)).toEqual(derived);
  });
});

describe("reading through the mapping", () => {
  it("parses the Datatilsynet-like workbook into activities, texts in bokmål, with a column the DPO mapped", async () => {
    const sheets = (await readWorkbookSheets(await foreignWorkbook(DATATILSYNET_LIKE))) ?? [];
    const mapping = mappingOf(proposeMapping(sheets, none));
    const first = mapping.sheets[0];
    if (!first) throw new Error("no sheet");
    first.fields[8] = "description";
    const mapped = applyMapping(sheets, mapping, none);
    expect(mapped.issues).toEqual([]);
    const parsed = parseRegisterTables(mapped.tables, countryCodes);
    expect(parsed.issues).toEqual([]);
    expect(parsed.activities.map((a) => [a.name, a.description, a.purposes.map((p) => [p.description, p.lawfulBasis])])).toEqual([
      ["Kundeservice", { nb: "Salg" }, [[{ nb: "Svare på henvendelser fra kunder" }, "CONTRACT"]]],
      ["Lønn", { nb: "Økonomi" }, [[{ nb: "Utbetale lønn" }, "CONTRACT"]]],
    ]);
    expect(parsed.activities[0]?.retentionRules[0]).toMatchObject({ duration: 3, unit: "YEARS" });
    expect(parsed.catalogs.dataCategories.map((c) => c.labelNb)).toEqual(["Kontaktopplysninger", "Ordrehistorikk", "Kontonummer"]);
    expect(parsed.origins[0]).toMatchObject({ sheet: "Protokoll", line: 4 });
  });

  it("reports a field chosen twice, a mapping that does not fit the sheet, and a workbook with no sheet to read", async () => {
    const sheets = asSheets(ICO_LIKE);
    const mapping = mappingOf(proposeMapping(sheets, none));
    const twice = { sheets: mapping.sheets.map((s) => ({ ...s, fields: s.fields.map((f, i) => (i === 8 ? "purposes" : f)) })) };
    expect(applyMapping(sheets, twice, none).issues).toEqual([
      { path: "Record of processing", line: 2, column: "Personal data breach?", code: "spreadsheetMapping.issue.duplicateField", values: { value: "Personal data breach?" } },
    ]);
    const short = { sheets: mapping.sheets.map((s) => ({ ...s, fields: s.fields.slice(1) })) };
    expect(applyMapping(sheets, short, none).issues.map((i) => i.code)).toEqual(["spreadsheetMapping.issue.doesNotFit"]);
    const wrongField = { sheets: mapping.sheets.map((s) => ({ ...s, fields: s.fields.map((f, i) => (i === 8 ? "controllersServed" : f)) })) };
    expect(applyMapping(sheets, wrongField, none).issues.map((i) => i.code)).toEqual(["spreadsheetMapping.issue.doesNotFit"]);
    const skipped = { sheets: mapping.sheets.map((s) => ({ ...s, record: null })) };
    expect(applyMapping(sheets, skipped, none).issues.map((i) => i.code)).toEqual(["spreadsheetMapping.issue.noSheetMapped"]);
  });

  it("refuses formulas in mapped columns only", () => {
    const sheets = asSheets(ICO_LIKE);
    const withFormula = sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r.line === 3 ? { ...r, formulas: [1, 8] } : r)) }));
    const mapped = applyMapping(withFormula, mappingOf(proposeMapping(withFormula, none)), none);
    expect(mapped.issues).toEqual([{ path: "Record of processing", line: 3, column: "Purpose of processing", code: "formula" }]);
  });

  it("remembers only choices that differ from the automatic match, and forgets those set back", () => {
    const sheets = asSheets(DATATILSYNET_LIKE);
    const mapping = mappingOf(proposeMapping(sheets, none));
    const changed = { sheets: mapping.sheets.map((s, i) => (i === 0 ? { ...s, fields: s.fields.map((f, c) => (c === 8 ? "description" : c === 5 ? null : f)) } : s)) };
    const { remember, forget } = choicesToRemember(sheets, changed);
    expect(remember).toEqual([
      { heading: "mottakere", field: null },
      { heading: "ansvarlig avdeling", field: "description" },
    ]);
    expect(forget).toContain("behandling");
    expect(choicesToRemember(sheets, mapping).remember).toEqual([]);
  });
});
