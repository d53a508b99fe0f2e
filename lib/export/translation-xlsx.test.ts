import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTranslationXlsx, translationXlsx } from "./translation-xlsx";
import type { TranslationRow } from "@/lib/register/translation";

const row: TranslationRow = {
  subjectKey: "activity:a1",
  field: "purposes.0.description",
  subject: { kind: "activity", activityId: "a1" },
  owner: { en: "the activity “Shop”", nb: "behandlingen «Shop»" },
  what: { en: "a purpose", nb: "et formål" },
  language: "nb",
  path: "purposes.0.description.nb",
  status: "missing",
  source: { language: "en", text: "=To deliver your order" },
  current: "",
  short: false,
  optional: false,
};

async function edited(data: Buffer, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  edit(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("the translation workbook", () => {
  it("round-trips: what a translator writes in the last column comes back with its text id, language and line; empty lines are left alone", async () => {
    const file = await translationXlsx([row, { ...row, field: "description" }], "nb");
    const translated = await edited(file, (sheet) => {
      expect(sheet.name).toBe("Oversettelse");
      expect(sheet.getRow(1).getCell(7).text).toBe("Oversettelse");
      // A source starting with "=" is text, not a formula, in the file.
      expect(sheet.getRow(2).getCell(6).type).not.toBe(ExcelJS.ValueType.Formula);
      sheet.getRow(2).getCell(7).value = "For å levere bestillingen din";
    });
    expect(await readTranslationXlsx(translated)).toEqual({ edits: [{ line: 2, subjectKey: "activity:a1", field: "purposes.0.description", language: "nb", text: "For å levere bestillingen din" }], issues: [] });
  });

  it("reports what is wrong with the file by line and column", async () => {
    expect((await readTranslationXlsx(Buffer.from("not a workbook"))).issues).toEqual([{ line: null, column: null, message: { key: "translations.fileProblem.notSpreadsheet" } }]);
    const file = await translationXlsx([row, { ...row, field: "description" }], "en");
    const broken = await edited(file, (sheet) => {
      sheet.getRow(2).getCell(2).value = "sv";
      sheet.getRow(2).getCell(7).value = "Att leverera";
      sheet.getRow(3).getCell(7).value = { formula: "A1" };
    });
    expect((await readTranslationXlsx(broken)).issues).toEqual([
      { line: 2, column: "Language", message: { key: "translations.fileProblem.unknownLanguage", values: { value: "sv" } } },
      { line: 3, column: "Translation", message: { key: "translations.fileProblem.formula" } },
    ]);
    const noColumn = await edited(file, (sheet) => {
      sheet.getRow(1).getCell(7).value = "Something else";
    });
    expect((await readTranslationXlsx(noColumn)).issues).toEqual([{ line: 1, column: null, message: { key: "translations.fileProblem.missingColumn", values: { name: "Translation", nameNb: "Oversettelse" } } }]);
  });
});
