import { describe, expect, it } from "vitest";
import { registerDocumentFromSnapshot } from "@/lib/export/json/from-snapshot";
import { mappingOf, type ColumnMapping } from "@/lib/export/spreadsheet/mapping";
import { registerXlsx } from "@/lib/export/spreadsheet/xlsx";
import { DATATILSYNET_LIKE, foreignWorkbook, ICO_LIKE } from "@/test/export/foreign-workbooks";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { createCompany, createUser } from "@/test/server/factories";
import { AppError } from "@/lib/errors";
import { companyAccessFor, type CompanyAccess } from "../access";
import { db } from "../db";
import { importRegisterFile, proposeWorkbookMapping } from "./import-file";
import { savedHeadings } from "./spreadsheet-headings";

async function owner(): Promise<CompanyAccess> {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "OWNER" }]);
  return companyAccessFor(user, company.id, "register.write");
}

async function proposal(access: CompanyAccess, data: Buffer) {
  const found = await proposeWorkbookMapping(access, data);
  if (!found.ok) throw new Error(found.problem);
  return found.sheets;
}

const activitiesOf = (companyId: string) =>
  db().processingActivity.findMany({ where: { companyId }, orderBy: { name: "asc" }, select: { name: true, description: true, purposes: { select: { description: true, lawfulBasis: true } } } });

const withField = (mapping: ColumnMapping, sheet: number, column: number, field: string | null): ColumnMapping => ({
  sheets: mapping.sheets.map((s, i) => (i === sheet ? { ...s, fields: s.fields.map((f, c) => (c === column ? field : f)) } : s)),
});

describe("spreadsheet import through the column mapping (PostgreSQL)", () => {
  it("imports a Datatilsynet-like workbook in bokmål after one column is remapped, and applies the saved choice next time", async () => {
    const access = await owner();
    const data = await foreignWorkbook(DATATILSYNET_LIKE);
    const sheets = await proposal(access, data);
    expect(sheets.map((s) => [s.sheetName, s.record, s.headerLine])).toEqual([
      ["Protokoll", "controller", 3],
      ["Veiledning", null, null],
    ]);
    expect(sheets[0]?.columns[8]).toEqual({ heading: "Ansvarlig avdeling", field: null, match: "none" });
    const mapping = withField(mappingOf(sheets), 0, 8, "description");

    const dryRun = await importRegisterFile(access, "xlsx", data, { dryRun: true, mapping });
    expect(dryRun).toMatchObject({ dryRun: true, ok: true, issues: [], summary: { activities: 2 } });
    expect(await activitiesOf(access.company.id)).toEqual([]);

    const imported = await importRegisterFile(access, "xlsx", data, { dryRun: false, mapping });
    expect(imported).toMatchObject({ ok: true, issues: [] });
    const activities = await activitiesOf(access.company.id);
    // Texts in the sheet's language (its headings are bokmål), not in English.
    expect(activities.map((a) => [a.name, a.description, a.purposes.map((p) => [p.description, p.lawfulBasis])])).toEqual([
      ["Kundeservice", { nb: "Salg" }, [[{ nb: "Svare på henvendelser fra kunder" }, "CONTRACT"]]],
      ["Lønn", { nb: "Økonomi" }, [[{ nb: "Utbetale lønn" }, "CONTRACT"]]],
    ]);
    expect(await db().recipient.findMany({ where: { companyId: access.company.id }, select: { name: true } })).toEqual([{ name: "Posten Norge" }]);

    // Only the DPO's change is remembered, and the next workbook gets it without asking.
    expect(await db().spreadsheetHeading.findMany({ where: { companyId: access.company.id }, select: { heading: true, field: true } })).toEqual([{ heading: "ansvarlig avdeling", field: "description" }]);
    const again = await proposal(access, data);
    expect(again[0]?.columns[8]).toEqual({ heading: "Ansvarlig avdeling", field: "description", match: "saved" });
    expect(again[0]?.columns.slice(0, 8).every((c) => c.field !== null && c.match !== "saved")).toBe(true);

    // Another company does not see it.
    const other = await owner();
    expect((await proposal(other, data))[0]?.columns[8]?.field).toBeNull();
    expect((await savedHeadings(other)).size).toBe(0);
  });

  it("imports an ICO-like workbook in English with the automatic mapping, ignoring the unmatched column", async () => {
    const access = await owner();
    const data = await foreignWorkbook(ICO_LIKE);
    const sheets = await proposal(access, data);
    expect(sheets[0]?.columns.map((c) => c.field)).toEqual(["name", "purposes", "lawfulBasis", "dataSubjects", "dataCategories", "recipients", "retention", "securityMeasures", null]);
    const result = await importRegisterFile(access, "xlsx", data, { dryRun: false, mapping: mappingOf(sheets) });
    expect(result).toMatchObject({ ok: true, issues: [] });
    const activities = await activitiesOf(access.company.id);
    expect(activities.map((a) => [a.name, a.purposes.map((p) => [p.description, p.lawfulBasis])])).toEqual([["Newsletter", [[{ en: "Sending the newsletter" }, "CONSENT"]]]]);
    const retention = await db().retentionRule.findMany({ where: { companyId: access.company.id }, select: { duration: true, unit: true } });
    expect(retention).toEqual([{ duration: 2, unit: "YEARS" }]);
    expect(await db().spreadsheetHeading.count({ where: { companyId: access.company.id } })).toBe(0);
  });

  it("refuses all of it, writing nothing, when the required activity name is not mapped or a field is chosen twice", async () => {
    const access = await owner();
    const data = await foreignWorkbook(ICO_LIKE);
    const mapping = mappingOf(await proposal(access, data));
    const noName = await importRegisterFile(access, "xlsx", data, { dryRun: false, mapping: withField(mapping, 0, 0, null) });
    expect(noName.ok).toBe(false);
    expect(noName.issues.map((i) => i.code)).toContain("missingNameColumn");
    const twice = await importRegisterFile(access, "xlsx", data, { dryRun: true, mapping: withField(mapping, 0, 8, "purposes") });
    expect(twice.issues.map((i) => [i.code, i.column])).toEqual([["spreadsheetMapping.issue.duplicateField", "Personal data breach?"]]);
    expect(await activitiesOf(access.company.id)).toEqual([]);
  });

  it("our own export imports with every column matched automatically, and without a mapping as before", async () => {
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    for (const lang of ["en", "nb"] as const) {
      const data = await registerXlsx(doc, lang);
      const access = await owner();
      const sheets = await proposal(access, data);
      expect(sheets.flatMap((s) => s.columns).every((c) => c.match === "layout")).toBe(true);
      const mapped = await importRegisterFile(access, "xlsx", data, { dryRun: true, mapping: mappingOf(sheets) });
      const unmapped = await importRegisterFile(access, "xlsx", data, { dryRun: true });
      expect(mapped.issues).toEqual(unmapped.issues);
      expect(mapped.summary).toEqual(unmapped.summary);
      expect(mapped.summary?.activities).toBe(doc.activities.length);
    }
  });

  it("says what is wrong with a file that offers nothing to map", async () => {
    const access = await owner();
    expect(await proposeWorkbookMapping(access, Buffer.from("Navn;Formål\nKunder;Salg"))).toEqual({ ok: false, problem: "notSpreadsheet" });
    expect(await proposeWorkbookMapping(access, await foreignWorkbook([{ name: "Ark1", rows: [] }]))).toEqual({ ok: false, problem: "emptySheet" });
    expect(await proposeWorkbookMapping(access, await foreignWorkbook([{ name: "Ark1", rows: [["2024"], ["12", "13"]] }]))).toEqual({ ok: false, problem: "noHeaderRow" });
  });

  it("a heading PostgreSQL cannot store is not remembered, and the dry run reports the cell instead of failing", async () => {
    const access = await owner();
    // XML cannot hold U+0000; a workbook writes it as the escape _x0000_, which readers decode.
    const data = await foreignWorkbook([{ name: "Ark1", rows: [["Behandling", "Avdeling_x0000_"], ["Kundeservice", "Salg_x0000_"]] }]);
    const sheets = await proposal(access, data);
    expect(sheets[0]?.columns.map((c) => c.heading)).toEqual(["Behandling", "Avdeling\u0000"]);
    const result = await importRegisterFile(access, "xlsx", data, { dryRun: true, mapping: withField(mappingOf(sheets), 0, 1, "description") });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain("storable.nul");
    expect(await db().spreadsheetHeading.count({ where: { companyId: access.company.id } })).toBe(0);
  });

  it("lets only those who may write the register read and save the mapping", async () => {
    const user = await createUser();
    const company = await createCompany([{ userId: user.id, role: "VIEWER" }]);
    const viewer = { ...(await companyAccessFor(user, company.id, "register.read")) };
    await expect(proposeWorkbookMapping(viewer, await foreignWorkbook(ICO_LIKE))).rejects.toThrow(AppError);
  });
});
