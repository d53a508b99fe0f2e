import ExcelJS from "exceljs";
import { isLanguage, LANGUAGE_FACTS, type Language } from "@/lib/register/languages";
import type { TranslationRow } from "@/lib/register/translation";
import type { TranslationEdit } from "@/lib/register/translation-schema";
import type { MessageRef } from "@/lib/validation/messages";
import { guardCell, unguardCell } from "./spreadsheet/cells";

/**
 * The translation list as a workbook for a translator (issue 9): one row per text and
 * language, the source beside an empty (or outdated) translation cell. The translator fills
 * in the last column; the import reads back the text id, the language and the translation,
 * and nothing else, so reordering rows or rewording the other columns does no harm.
 * Headings are in the exporter's language; the import knows them in every language.
 */
const COLUMNS = {
  key: { en: "Text id", nb: "Tekst-id" },
  language: { en: "Language", nb: "Språk" },
  where: { en: "Where", nb: "Hvor" },
  status: { en: "Status", nb: "Status" },
  sourceLanguage: { en: "Source language", nb: "Kildespråk" },
  source: { en: "Source text", nb: "Kildetekst" },
  translation: { en: "Translation", nb: "Oversettelse" },
} as const satisfies Record<string, Record<Language, string>>;
type Column = keyof typeof COLUMNS;
const ORDER: Column[] = ["key", "language", "where", "status", "sourceLanguage", "source", "translation"];

/** The heading of the translation column, where a refused translation is reported. */
export const translationColumn = (language: Language) => COLUMNS.translation[language];

const TRANSLATION_SHEET: Record<Language, string> = { en: "Translation", nb: "Oversettelse" };
const STATUS: Record<TranslationRow["status"], Record<Language, string>> = {
  missing: { en: "Missing", nb: "Mangler" },
  changed: { en: "Source changed", nb: "Kilden er endret" },
};

export async function translationXlsx(rows: readonly TranslationRow[], language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Protokoll";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(TRANSLATION_SHEET[language], { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(ORDER.map((column) => COLUMNS[column][language]));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const where = `${row.owner[language]}: ${row.what[language]}`;
    const cells: Record<Column, string> = {
      key: `${row.subjectKey}|${row.field}`,
      language: row.language,
      where: where.charAt(0).toUpperCase() + where.slice(1),
      status: STATUS[row.status][language],
      sourceLanguage: LANGUAGE_FACTS[row.source.language].names[language],
      source: row.source.text,
      translation: row.current,
    };
    sheet.addRow(ORDER.map((column) => guardCell(cells[column])));
  }
  const widths: Record<Column, number> = { key: 18, language: 9, where: 40, status: 16, sourceLanguage: 14, source: 60, translation: 60 };
  ORDER.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = widths[column];
    sheetColumn.alignment = { wrapText: true, vertical: "top" };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A problem with a line of the file: its line and column, and the message key. */
export type TranslationFileIssue = { line: number | null; column: string | null; message: MessageRef };
export type TranslationFileEdit = TranslationEdit & { line: number };

function cellText(cell: ExcelJS.Cell): { text: string; formula: boolean } {
  if (cell.type === ExcelJS.ValueType.Formula) return { text: "", formula: true };
  const value = cell.value;
  if (value === null || value === undefined) return { text: "", formula: false };
  if (typeof value === "object" && "richText" in value) return { text: value.richText.map((part) => part.text).join(""), formula: false };
  return { text: cell.text, formula: false };
}

const columnOf = (heading: string): Column | null => {
  const folded = heading.trim().toLocaleLowerCase("nb");
  return ORDER.find((column) => Object.values(COLUMNS[column]).some((name) => name.toLocaleLowerCase("nb") === folded)) ?? null;
};

/**
 * Reads a translation workbook back: the translations written, each with its line. An empty
 * translation cell is a text the translator left alone. What is wrong with the file itself
 * (not a workbook, no translation sheet, a column missing, a formula, a language or text id
 * that is not one) comes back as issues with line and column.
 */
export async function readTranslationXlsx(data: Buffer): Promise<{ edits: TranslationFileEdit[]; issues: TranslationFileIssue[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { edits: [], issues: [{ line: null, column: null, message: { key: "translations.fileProblem.notSpreadsheet" } }] };
  }
  const sheet = workbook.worksheets.find((s) => Object.values(TRANSLATION_SHEET).some((name) => name.toLowerCase() === s.name.trim().toLowerCase()));
  if (!sheet) return { edits: [], issues: [{ line: null, column: null, message: { key: "translations.fileProblem.noSheet", values: { names: Object.values(TRANSLATION_SHEET).join(", ") } } }] };
  const positions = new Map<Column, number>();
  const header = sheet.getRow(1);
  for (let col = 1; col <= sheet.columnCount; col++) {
    const column = columnOf(cellText(header.getCell(col)).text);
    if (column && !positions.has(column)) positions.set(column, col);
  }
  const issues: TranslationFileIssue[] = [];
  for (const needed of ["key", "language", "translation"] as const) {
    if (!positions.has(needed)) issues.push({ line: 1, column: null, message: { key: "translations.fileProblem.missingColumn", values: { name: COLUMNS[needed].en, nameNb: COLUMNS[needed].nb } } });
  }
  if (issues.length > 0) return { edits: [], issues };
  const edits: TranslationFileEdit[] = [];
  const heading = (column: Column) => cellText(header.getCell(positions.get(column) as number)).text;
  for (let line = 2; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const read = (column: Column) => {
      const { text, formula } = cellText(row.getCell(positions.get(column) as number));
      const guarded = unguardCell(text);
      if (formula || guarded.formula) {
        issues.push({ line, column: heading(column), message: { key: "translations.fileProblem.formula" } });
        return "";
      }
      return guarded.value.trim();
    };
    const translation = read("translation");
    const key = read("key");
    const language = read("language").toLowerCase();
    if (translation === "") continue;
    const separator = key.lastIndexOf("|");
    if (separator <= 0) {
      issues.push({ line, column: heading("key"), message: { key: "translations.unknownText" } });
      continue;
    }
    if (!isLanguage(language)) {
      issues.push({ line, column: heading("language"), message: { key: "translations.fileProblem.unknownLanguage", values: { value: language } } });
      continue;
    }
    edits.push({ line, subjectKey: key.slice(0, separator), field: key.slice(separator + 1), language, text: translation });
  }
  return { edits, issues };
}
