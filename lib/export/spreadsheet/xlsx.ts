import ExcelJS from "exceljs";
import type { ExportLanguage } from "../labels";
import type { ImportIssue, RegisterDocument } from "../json/format";
import { RECORD_SHEETS, sheetName, sheetNamed, type RecordSheet } from "./layout";
import { registerTables } from "./tables";
import { guardCell, unguardCell } from "./cells";
import type { WorkbookSheet } from "./mapping";

export type RawTable = { sheet: RecordSheet; sheetName: string; header: string[]; rows: { line: number; cells: string[] }[] };

/** The register as an .xlsx workbook: a sheet for the Art. 30(1) record and one for Art. 30(2). */
export async function registerXlsx(doc: RegisterDocument, lang: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Protokoll";
  // Fixed dates keep the file's bytes a function of the register only.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const table of registerTables(doc, lang)) {
    const sheet = workbook.addWorksheet(sheetName(table.sheet, lang), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.header.map(guardCell));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(guardCell));
    sheet.columns.forEach((column) => {
      column.width = 36;
      column.alignment = { wrapText: true, vertical: "top" };
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

function sheetFor(name: string): RecordSheet | null {
  return sheetNamed(name) ?? null;
}

function cellText(cell: ExcelJS.Cell): { text: string; formula: boolean } {
  if (cell.type === ExcelJS.ValueType.Formula) return { text: String(cell.formula ?? ""), formula: true };
  const value = cell.value;
  if (value === null || value === undefined) return { text: "", formula: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false };
  if (typeof value === "object" && "richText" in value) return { text: value.richText.map((part) => part.text).join(""), formula: false };
  if (typeof value === "object" && "text" in value && typeof value.text === "string") return { text: value.text, formula: false };
  if (typeof value === "object") return { text: cell.text, formula: false };
  return { text: String(value), formula: false };
}

/** Reads the record sheets of an uploaded workbook; problems with the file itself come back as issues. */
export async function readRegisterXlsx(data: Buffer): Promise<{ tables: RawTable[]; issues: ImportIssue[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { tables: [], issues: [{ path: "", line: null, column: null, code: "notSpreadsheet" }] };
  }
  const issues: ImportIssue[] = [];
  const tables: RawTable[] = [];
  workbook.eachSheet((worksheet) => {
    const sheet = sheetFor(worksheet.name);
    if (!sheet) return;
    const width = worksheet.columnCount;
    const read = (rowNumber: number) => {
      const row = worksheet.getRow(rowNumber);
      const cells: string[] = [];
      for (let col = 1; col <= width; col++) {
        const { text, formula } = cellText(row.getCell(col));
        const guarded = unguardCell(text);
        if (formula || guarded.formula) {
          issues.push({ path: worksheet.name, line: rowNumber, column: String(worksheet.getRow(1).getCell(col).text || col), code: "formula" });
          cells.push("");
        } else cells.push(guarded.value);
      }
      return cells;
    };
    const header = read(1);
    const rows: RawTable["rows"] = [];
    for (let line = 2; line <= worksheet.rowCount; line++) rows.push({ line, cells: read(line) });
    tables.push({ sheet, sheetName: worksheet.name, header, rows });
  });
  if (tables.length === 0 && issues.length === 0) issues.push({ path: "", line: null, column: null, code: "noRecordSheet", values: { names: RECORD_SHEETS.map((s) => sheetName(s, "en")).join(", ") } });
  return { tables, issues };
}

/**
 * Every worksheet of an uploaded workbook as text, for the column-mapping step (mapping.ts);
 * null when the file is not a workbook. Formula cells are kept empty and listed per row.
 */
export async function readWorkbookSheets(data: Buffer): Promise<WorkbookSheet[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheets: WorkbookSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const width = worksheet.columnCount;
    const rows: WorkbookSheet["rows"] = [];
    for (let line = 1; line <= worksheet.rowCount; line++) {
      const row = worksheet.getRow(line);
      const cells: string[] = [];
      const formulas: number[] = [];
      for (let col = 1; col <= width; col++) {
        const { text, formula } = cellText(row.getCell(col));
        const guarded = unguardCell(text);
        if (formula || guarded.formula) formulas.push(col - 1);
        cells.push(formula || guarded.formula ? "" : guarded.value);
      }
      rows.push({ line, cells, formulas });
    }
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}
