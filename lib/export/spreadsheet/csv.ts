import type { ExportLanguage } from "../labels";
import type { ImportIssue, RegisterDocument } from "../json/format";
import { LANGUAGES } from "@/lib/register/languages";
import { VOCABULARY } from "@/lib/register/vocabulary";
import { COLUMNS, RECORD_SHEETS, columnsFor, sheetName, sheetNamed, type RecordSheet } from "./layout";
import { headerNames } from "./columns";
import { registerTables } from "./tables";
import { guardCell, unguardCell } from "./cells";
import type { RawTable } from "./xlsx";

/**
 * One CSV file for both records: the first column, "Record", says whether a
 * row belongs to the controller record (Art. 30(1)) or the processor record
 * (Art. 30(2)); the other columns are the union of both sheets' columns in
 * layout order. One file, because a download or an upload is one file.
 */
const recordColumn = (lang: ExportLanguage) => VOCABULARY[lang].spreadsheet.recordColumn;

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function registerCsv(doc: RegisterDocument, lang: ExportLanguage): string {
  const tables = registerTables(doc, lang);
  const header = [recordColumn(lang), ...COLUMNS.map((c) => c.header[lang])];
  const lines = [header];
  for (const table of tables) {
    const columns = columnsFor(table.sheet);
    for (const row of table.rows) {
      const cells = COLUMNS.map((column) => {
        const index = columns.indexOf(column);
        return index >= 0 ? (row[index] ?? "") : "";
      });
      lines.push([sheetName(table.sheet, lang), ...cells]);
    }
  }
  // A byte-order mark makes Excel read the file as UTF-8 (æ ø å); CRLF per RFC 4180.
  return `\uFEFF${lines.map((cells) => cells.map((cell) => quote(guardCell(cell))).join(",")).join("\r\n")}\r\n`;
}

/** RFC 4180 records with the physical line each starts on. Null when quotes do not close. */
export function parseCsv(text: string): { line: number; cells: string[] }[] | null {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let line = 1;
  let startLine = 1;
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') inQuotes = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" && source[i + 1] === "\n") continue;
    else if (ch === "\n" || ch === "\r") {
      cells.push(cell);
      records.push({ line: startLine, cells });
      cells = [];
      cell = "";
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (inQuotes) return null;
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: startLine, cells });
  }
  return records;
}

/** Splits an uploaded CSV into the two record tables, refusing formulas cell by cell. */
export function readRegisterCsv(text: string): { tables: RawTable[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const records = parseCsv(text);
  if (records === null || records.length === 0) return { tables: [], issues: [{ path: "", line: null, column: null, code: "notCsv" }] };
  const [head, ...body] = records;
  if (!head) return { tables: [], issues: [{ path: "", line: null, column: null, code: "notCsv" }] };
  const header = head.cells.map((cell) => unguardCell(cell).value);
  const recordIndex = header.findIndex((h) => LANGUAGES.map(recordColumn).some((name) => h.trim().toLowerCase() === name.toLowerCase()));
  if (recordIndex < 0) return { tables: [], issues: [{ path: "CSV", line: 1, column: null, code: "missingRecordColumn", values: { value: recordColumn("en") } }] };
  const tables = new Map<RecordSheet, RawTable>();
  // Columns of the other record are blank on a row and dropped; unknown headers are kept to be reported.
  const belongsTo = (sheet: RecordSheet, h: string) => {
    const other = columnsFor(sheet === "controller" ? "processor" : "controller").filter((c) => !c.sheets.includes(sheet));
    return !other.some((c) => headerNames(c).some((name) => name.trim().toLowerCase() === h.trim().toLowerCase()));
  };
  for (const sheet of RECORD_SHEETS) {
    const indexes = header.map((_h, i) => i).filter((i) => i !== recordIndex && belongsTo(sheet, header[i] ?? ""));
    tables.set(sheet, { sheet, sheetName: "CSV", header: indexes.map((i) => header[i] ?? ""), rows: [] });
    (tables.get(sheet) as RawTable & { indexes?: number[] }).indexes = indexes;
  }
  for (const record of body) {
    if (record.cells.every((cell) => cell.trim() === "")) continue;
    const sheet = sheetNamed(record.cells[recordIndex] ?? "");
    if (!sheet) {
      issues.push({ path: "CSV", line: record.line, column: header[recordIndex] ?? recordColumn("en"), code: "unknownRecord", values: { value: record.cells[recordIndex] ?? "" } });
      continue;
    }
    const table = tables.get(sheet) as RawTable & { indexes: number[] };
    const cells = table.indexes.map((i) => {
      const guarded = unguardCell(record.cells[i] ?? "");
      if (guarded.formula) {
        issues.push({ path: "CSV", line: record.line, column: header[i] ?? String(i + 1), code: "formula" });
        return "";
      }
      return guarded.value;
    });
    table.rows.push({ line: record.line, cells });
  }
  return { tables: [...tables.values()].map(({ sheet, sheetName, header: h, rows }) => ({ sheet, sheetName, header: h, rows })), issues };
}
