import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/register/countries";
import { REGISTER_FORMAT_KIND, REGISTER_FORMAT_VERSION, type RegisterDocument } from "../json/format";
import { registerDocumentFromSnapshot } from "../json/from-snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { guardCell, unguardCell } from "./cells";
import { parseCsv, readRegisterCsv, registerCsv } from "./csv";
import { VOCABULARY } from "@/lib/register/vocabulary";
import { checkWithEditorSchemas } from "../import-rules";
import { headings } from "./columns";
import { issueColumn } from "./issue-columns";
import { sheetName } from "./layout";
import { parseRegisterTables, registerTables } from "./tables";
import { readRegisterXlsx, registerXlsx } from "./xlsx";

const countryCodes = new Set(COUNTRIES.map((c) => c.code));

function asDocument(base: RegisterDocument, parsed: ReturnType<typeof parseRegisterTables>): RegisterDocument {
  return { format: REGISTER_FORMAT_KIND, formatVersion: REGISTER_FORMAT_VERSION, controller: base.controller, catalogs: parsed.catalogs, activities: parsed.activities };
}

async function xlsxWith(sheetName: string, rows: (string | { formula: string })[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("spreadsheet export and import", () => {
  for (const lang of ["en", "nb"] as const) {
    it(`XLSX round trip: export → import → export gives the same sheets (${lang})`, async () => {
      const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
      const first = registerTables(doc, lang);
      const read = await readRegisterXlsx(await registerXlsx(doc, lang));
      expect(read.issues).toEqual([]);
      expect(read.tables.map((t) => t.sheetName)).toEqual([sheetName("controller", lang), sheetName("processor", lang)]);
      const parsed = parseRegisterTables(read.tables, countryCodes);
      expect(parsed.issues).toEqual([]);
      expect(parsed.activities).toHaveLength(doc.activities.length);
      expect(registerTables(asDocument(doc, parsed), lang)).toEqual(first);
    });

    it(`CSV round trip with one "record" column (${lang})`, () => {
      const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
      const read = readRegisterCsv(registerCsv(doc, lang));
      expect(read.issues).toEqual([]);
      const parsed = parseRegisterTables(read.tables, countryCodes);
      expect(parsed.issues).toEqual([]);
      expect(registerTables(asDocument(doc, parsed), lang)).toEqual(registerTables(doc, lang));
    });
  }

  for (const [lang, other] of [["en", "nb"], ["nb", "en"]] as const) {
    it(`re-imports a ${lang} sheet whose last purpose is written only in ${other}: the purpose keeps its line (regression: "more lines than purposes")`, async () => {
      const snapshot = fullRegisterSnapshot();
      const hr = snapshot.activities[0]!;
      const last = hr.purposes[hr.purposes.length - 1]!;
      last.description = { [other]: `Bare på ${other}` };
      const doc = registerDocumentFromSnapshot(snapshot);
      const [controller] = registerTables(doc, lang);
      const purposes = controller!.rows[0]![controller!.header.indexOf(headings("purposes")[lang])]!;
      // Where the text is missing the sheet says so in its own language, never the other language's text.
      expect(purposes.split("\n").at(-1)).toBe(VOCABULARY[lang].words.notWrittenYet);
      expect(purposes).not.toContain(`Bare på ${other}`);

      const read = await readRegisterXlsx(await registerXlsx(doc, lang));
      const parsed = parseRegisterTables(read.tables, countryCodes);
      expect(parsed.issues).toEqual([]);
      const imported = parsed.activities.find((a) => a.name === hr.name)!;
      expect(imported.purposes).toHaveLength(hr.purposes.length);
      expect(imported.purposes.at(-1)).toMatchObject({ description: {}, lawfulBasis: last.lawfulBasis });
      // A purpose needs a text: the editor's rule says so at the purposes cell, not at the activity's description.
      const { issues } = checkWithEditorSchemas(asDocument(doc, parsed), {
        dataCategories: new Map(parsed.catalogs.dataCategories.map((c) => [c.key, c])),
        recipients: new Map(parsed.catalogs.recipients.map((r) => [r.key, r])),
      });
      const index = parsed.activities.indexOf(imported);
      const issue = issues.find((i) => i.path === `activities[${index}].purposes[${hr.purposes.length - 1}].description`);
      expect(issue?.message).toEqual({ key: "validation.required" });
      expect(issueColumn(parsed.origins[index]!, `purposes[${hr.purposes.length - 1}].description`)).toBe(headings("purposes")[lang]);
    });
  }

  it("follows the ICO template: one row per activity, controller and processor records apart", () => {
    const tables = registerTables(registerDocumentFromSnapshot(fullRegisterSnapshot()), "en");
    const [controller, processor] = tables;
    expect(controller?.header).toEqual(expect.arrayContaining(["Article 6 lawful basis for processing", "Link to record of consent", "Location of personal data", "Retention schedule (Art. 30(1)(f))"]));
    expect(controller?.rows).toHaveLength(3);
    expect(processor?.rows).toHaveLength(1);
    expect(processor?.header).toContain("Categories of processing (Art. 30(2)(b))");
  });

  it("says each retention rule in words beside its parts: period, trigger, criteria and law, never “0 days”, singular after 1", () => {
    const snapshot = fullRegisterSnapshot();
    const [first] = snapshot.activities;
    first!.retentionRules = [
      { id: "r0", dataCategoryId: null, duration: 0, unit: "DAYS", trigger: "AFTER_WITHDRAWAL_OF_CONSENT", triggerText: {}, criteriaText: {}, legalReference: { law: null, section: null, text: {} }, sortOrder: 0 },
      { id: "r1", dataCategoryId: null, duration: 1, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT", triggerText: {}, criteriaText: { en: "and at the latest when the account is closed", nb: "og senest når kontoen avsluttes" }, legalReference: { law: "bokforingsloven", section: "§ 13", text: {} }, sortOrder: 1 },
    ];
    const doc = registerDocumentFromSnapshot(snapshot);
    for (const lang of ["en", "nb"] as const) {
      const [controller] = registerTables(doc, lang);
      const column = controller!.header.indexOf(lang === "en" ? "Retention schedule, in words" : "Lagringstid og slettefrister, i ord");
      const cells = controller!.rows.map((row) => row[column]).join("\n");
      expect(cells).toContain(lang === "en" ? "All data in the activity: Until consent is withdrawn" : "Alle opplysninger i behandlingsaktiviteten: Til samtykket er trukket tilbake");
      expect(cells).toContain(
        lang === "en"
          ? "1 month after the contract ends (the Bookkeeping Act (bokføringsloven) § 13); criteria: and at the latest when the account is closed"
          : "1 måned etter at avtalen er avsluttet (bokføringsloven § 13); kriterier: og senest når kontoen avsluttes",
      );
      expect(cells).not.toMatch(/(^|\D)0 (days|dager)|1 (months|måneder)/);
      // The structured column keeps the parts, with the unit in the singular after 1, and reads back.
      expect(controller!.rows.map((row) => row[controller!.header.indexOf(lang === "en" ? "Retention schedule (Art. 30(1)(f))" : "Lagringstid og slettefrister (art. 30 nr. 1 bokstav f)")]).join("\n")).toContain(lang === "en" ? "1 | month |" : "1 | måned |");
      const read = readRegisterCsv(registerCsv(doc, lang));
      const parsed = parseRegisterTables(read.tables, countryCodes);
      expect(parsed.issues).toEqual([]);
      expect(parsed.activities.flatMap((a) => a.retentionRules.map((r) => `${r.duration} ${r.unit}`))).toEqual(expect.arrayContaining(["0 DAYS", "1 MONTHS"]));
    }
  });

  it("prefixes cells that a spreadsheet would run as formulas, and reads them back as text", () => {
    for (const text of ["=HYPERLINK(\"http://evil\")", "+47 22 00 00 00", "-1", "@SUM(A1)"]) {
      expect(guardCell(text)).toBe(`'${text}`);
      expect(unguardCell(guardCell(text))).toEqual({ value: text, formula: false });
    }
    expect(guardCell("Kunder")).toBe("Kunder");
    expect(unguardCell("=1+1")).toEqual({ value: "=1+1", formula: true });
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const first = doc.activities[0];
    if (!first) throw new Error("fixture");
    first.name = "=cmd|' /C calc'!A0";
    expect(registerCsv(doc, "en")).toContain(`'=cmd|' /C calc'!A0`);
  });

  it("refuses formulas in imported cells with line and column", async () => {
    const name = "Business function / processing activity";
    const xlsx = await xlsxWith("Controller record", [[name, "Description"], ["Payroll", { formula: "1+1" }]]);
    const read = await readRegisterXlsx(xlsx);
    expect(read.issues).toEqual([{ path: "Controller record", line: 2, column: "Description", code: "formula" }]);
    const csv = readRegisterCsv(`Record,${name}\r\nController record,=2+2\r\n`);
    expect(csv.issues).toEqual([{ path: "CSV", line: 2, column: name, code: "formula" }]);
  });

  it("reports unknown columns, a missing name column, bad country codes and bad values per line and column", () => {
    const csv = [
      "Record,Business function / processing activity,Favourite colour,Categories of recipients (Art. 30(1)(d)),Article 6 lawful basis for processing,Purpose of processing (Art. 30(1)(b))",
      "Controller record,Payroll,blue,Bank | Independent controller | ZZ,Magic,Pay salaries",
    ].join("\r\n");
    const parsed = parseRegisterTables(readRegisterCsv(csv).tables, countryCodes);
    expect(parsed.issues).toEqual([expect.objectContaining({ line: 1, column: "Favourite colour", code: "unknownColumn" })]);

    const good = [
      "Record,Business function / processing activity,Categories of recipients (Art. 30(1)(d)),Purpose of processing (Art. 30(1)(b)),Article 6 lawful basis for processing",
      'Controller record,Payroll,"Bank | Independent controller | ZZ",Pay salaries,Magic',
      "Controller record,,,,",
      "Controller record,,,Orphan purpose,",
      "Somebody's record,X,,,",
    ].join("\r\n");
    const read = readRegisterCsv(good);
    expect(read.issues).toEqual([expect.objectContaining({ line: 5, code: "unknownRecord" })]);
    const result = parseRegisterTables(read.tables, countryCodes);
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 2, column: "Article 6 lawful basis for processing", code: "unknownValue", values: { value: "Magic" } }),
      expect.objectContaining({ line: 2, column: "Categories of recipients (Art. 30(1)(d))", code: "unknownCountry", values: { value: "ZZ" } }),
      expect.objectContaining({ line: 4, code: "required" }),
    ]);

    const noName = parseRegisterTables(readRegisterCsv("Record,Description\r\nController record,x\r\n").tables, countryCodes);
    expect(noName.issues.map((i) => i.code)).toContain("missingNameColumn");
  });

  it("imports a spreadsheet written with bokmål labels to the same codes as one with English labels (issue 9)", async () => {
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    // Every enumeration value the register holds, in order: codes are upper case with underscores.
    const codes = (value: unknown): string[] =>
      typeof value === "string" ? (/^[A-Z][A-Z0-9_]{2,}$/.test(value) ? [value] : []) : Array.isArray(value) ? value.flatMap(codes) : value && typeof value === "object" ? Object.values(value).flatMap(codes) : [];
    const imported = async (lang: "en" | "nb") => {
      const read = await readRegisterXlsx(await registerXlsx(doc, lang));
      const parsed = parseRegisterTables(read.tables, countryCodes);
      expect(parsed.issues, lang).toEqual([]);
      return parsed;
    };
    const [en, nb] = [await imported("en"), await imported("nb")];
    expect(codes(nb.activities).length).toBeGreaterThan(20);
    expect(codes(nb.activities)).toEqual(codes(en.activities));
    expect(codes(nb.catalogs)).toEqual(codes(en.catalogs));
  });

  it("names the Art. 10 column as a Norwegian lawyer would, and still reads the earlier header (issue 16)", () => {
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    expect(registerTables(doc, "nb").flatMap((t) => t.header)).toContain("Rettslig grunnlag for behandling av opplysninger om straffedommer og lovovertredelser (art. 10)");
    const csv = ["Protokoll,Behandlingsaktivitet,Hjemmel for straffeopplysninger (art. 10)", "Behandlingsansvarlig,Bakgrunnssjekk,Politiregisterloven § 39"].join("\r\n");
    const parsed = parseRegisterTables(readRegisterCsv(csv).tables, countryCodes);
    expect(parsed.issues).toEqual([]);
    expect(parsed.activities[0]?.art10Authority).toEqual({ nb: "Politiregisterloven § 39" });
  });

  it("reads headers and values in bokmål as well as English", () => {
    const csv = [
      "Protokoll,Behandlingsaktivitet,Formål med behandlingen (art. 30 nr. 1 bokstav b),Behandlingsgrunnlag (art. 6 nr. 1),Kategorier av registrerte (art. 30 nr. 1 bokstav c)",
      "Behandlingsansvarlig,Lønn,Utbetale lønn,Avtale (art. 6 nr. 1 bokstav b),Ansatte",
    ].join("\r\n");
    const parsed = parseRegisterTables(readRegisterCsv(csv).tables, countryCodes);
    expect(parsed.issues).toEqual([]);
    // A sheet in bokmål fills the bokmål texts, and only those (issue 9).
    expect(parsed.activities[0]).toMatchObject({ name: "Lønn", purposes: [{ description: { nb: "Utbetale lønn" }, lawfulBasis: "CONTRACT" }] });
    expect(parsed.activities[0]?.purposes[0]?.description.en).toBeUndefined();
    expect(parsed.catalogs.dataSubjectCategories).toEqual([{ key: "ds1", labelEn: "Ansatte", labelNb: "Ansatte", includesChildren: false }]);
  });

  it("carries a sub-processor's DPF certification on its transfer line, and reads it back (issue 10)", () => {
    const snapshot = fullRegisterSnapshot();
    const certified = {
      ...snapshot,
      catalogs: { ...snapshot.catalogs, recipients: snapshot.catalogs.recipients.map((r) => ({ ...r, subProcessors: r.subProcessors.map((sub) => ({ ...sub, dpfCertified: true })) })) },
    };
    const doc = registerDocumentFromSnapshot(certified);
    const csv = registerCsv(doc, "en");
    expect(csv).toContain("Bangalore Support Pvt Ltd | Yes");
    const parsed = parseRegisterTables(readRegisterCsv(csv).tables, countryCodes);
    expect(parsed.issues).toEqual([]);
    const subs = parsed.catalogs.recipients.flatMap((r) => r.subProcessors);
    expect(subs.map((sub) => [sub.name, sub.dpfCertified])).toEqual([["Bangalore Support Pvt Ltd", true]]);
  });

  it("treats garbage as garbage", async () => {
    expect((await readRegisterXlsx(Buffer.from("not a zip at all"))).issues).toEqual([expect.objectContaining({ code: "notSpreadsheet" })]);
    expect(readRegisterCsv('"unclosed').issues).toEqual([expect.objectContaining({ code: "notCsv" })]);
    expect(parseCsv('a,"b\nc",d\r\ne,f,g')).toEqual([
      { line: 1, cells: ["a", "b\nc", "d"] },
      { line: 3, cells: ["e", "f", "g"] },
    ]);
  });
});
