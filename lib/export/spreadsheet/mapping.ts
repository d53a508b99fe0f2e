import { z } from "zod";
import type { ImportIssue } from "../json/format";
import type { ExportLanguage } from "../labels";
import { headerNames, headingLanguage, type RecordSheet } from "./columns";
import { HEADING_SYNONYMS } from "./heading-synonyms";
import { LANGUAGES } from "@/lib/register/languages";
import { columnsFor, RECORD_SHEETS, sheetName } from "./layout";

/**
 * The column-mapping step of the spreadsheet import (docs/decisions/021-spreadsheet-column-mapping.md):
 * a workbook laid out like Datatilsynet's or the ICO's record template but with its own
 * headings. Each sheet is given a record (controller, processor or skipped), its heading row
 * is found, and each heading is matched to a column of the layout, by the company's saved
 * choice, the layout's own headers, or a synonym in English or bokmål; what matches nothing
 * is ignored. The DPO adjusts the proposal; the dry run then reads the mapped columns.
 */

/** A worksheet as text, every row with the columns (0-based) that held a formula. */
export type WorkbookSheet = { name: string; rows: { line: number; cells: string[]; formulas: number[] }[] };

/** How a heading got its field: the company's earlier choice, the layout's header, a synonym, or nothing (ignored). */
export type HeadingMatch = "saved" | "layout" | "synonym" | "none";

export type ColumnProposal = { heading: string; field: string | null; match: HeadingMatch };

export type SheetProblem = "emptySheet" | "noHeaderRow";

export type SheetProposal = {
  sheetName: string;
  /** null: the sheet is not read (notes, instructions, or a sheet without a heading row). */
  record: RecordSheet | null;
  /** 1-based line of the headings; null when none was found. */
  headerLine: number | null;
  columns: ColumnProposal[];
  problem: SheetProblem | null;
};

/** What the DPO chose, sent with the dry run and the import: per sheet its record and a field (or null) per heading. */
export const columnMappingSchema = z.object({
  sheets: z
    .array(
      z.object({
        sheetName: z.string().max(200),
        record: z.enum(["controller", "processor"]).nullable(),
        fields: z.array(z.string().max(100).nullable()).max(500),
      }),
    )
    .max(50),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** Saved choices of a company: normalised heading → field id, or null for "ignore". */
export type SavedHeadings = ReadonlyMap<string, string | null>;

/** The fields a sheet must map before it can be read. */
export const REQUIRED_FIELDS = ["name"] as const;

/**
 * A heading as it is compared: lower case, article references in brackets ("(Art. 30(1)(b))",
 * "(art. 30 nr. 1 bokstav b)", "(if applicable)") and numbering dropped, punctuation as spaces.
 */
export function normaliseHeading(text: string): string {
  let s = text.normalize("NFKC").toLocaleLowerCase("nb");
  let before;
  do {
    before = s;
    s = s.replace(/\([^()]*\)/g, " ");
  } while (s !== before);
  return s
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^(\s*\d+\s+)+/, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A saved choice is keyed on the heading as typed, without case or spacing differences. */
function headingKey(text: string): string {
  return text.normalize("NFKC").trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");
}

type Candidate = { field: string; match: Exclude<HeadingMatch, "none">; strength: number; lang: ExportLanguage | null };

const validFor = (record: RecordSheet): ReadonlySet<string> => new Set<string>(columnsFor(record).filter((c) => !c.derived && c.read).map((c) => c.id));

/**
 * Contains-matching needs a phrase, or one long word: "Name" must not claim "Name of DPO".
 * The activity's name is matched whole only: its words ("behandling", "activity") are in
 * many other headings.
 */
const phraseWorthy = (field: string, words: string) => field !== "name" && (words.includes(" ") || words.length >= 9);

function candidateFor(heading: string, record: RecordSheet, saved: SavedHeadings): Candidate | null {
  const valid = validFor(record);
  const key = headingKey(heading);
  if (saved.has(key)) {
    const field = saved.get(key) ?? null;
    if (field === null) return null;
    if (valid.has(field)) return { field, match: "saved", strength: 4, lang: null };
  }
  const normal = normaliseHeading(heading);
  if (normal === "") return null;
  for (const column of columnsFor(record)) {
    if (!valid.has(column.id)) continue;
    if (headerNames(column).some((name) => headingKey(name) === key)) return { field: column.id, match: "layout", strength: 3, lang: headingLanguage(column, (name) => headingKey(name) === key) };
  }
  for (const column of columnsFor(record)) {
    if (!valid.has(column.id)) continue;
    if (LANGUAGES.some((lang) => normaliseHeading(column.header[lang]) === normal)) return { field: column.id, match: "layout", strength: 3, lang: headingLanguage(column, (name) => normaliseHeading(name) === normal) };
  }
  let best: (Candidate & { length: number }) | null = null;
  const padded = ` ${normal} `;
  for (const [field, byLanguage] of Object.entries(HEADING_SYNONYMS)) {
    if (!valid.has(field)) continue;
    for (const lang of ["en", "nb"] as const) {
      for (const synonym of byLanguage[lang]) {
        const words = normaliseHeading(synonym);
        if (words === normal) return { field, match: "synonym", strength: 2, lang };
        if (phraseWorthy(field, words) && padded.includes(` ${words} `) && (!best || words.length > best.length)) best = { field, match: "synonym", strength: 1, lang, length: words.length };
      }
    }
  }
  return best ? { field: best.field, match: best.match, strength: best.strength, lang: best.lang } : null;
}

/**
 * Each heading's field: every field goes to one heading at most, the strongest match first
 * (saved, layout, synonym, a synonym inside a longer heading), then left to right.
 */
export function matchHeadings(headings: string[], record: RecordSheet, saved: SavedHeadings): ColumnProposal[] {
  const candidates = headings.map((heading) => (heading.trim() === "" ? null : candidateFor(heading, record, saved)));
  const order = candidates.map((_c, i) => i).sort((a, b) => (candidates[b]?.strength ?? 0) - (candidates[a]?.strength ?? 0) || a - b);
  const taken = new Set<string>();
  const fields: (Candidate | null)[] = headings.map(() => null);
  for (const i of order) {
    const candidate = candidates[i];
    if (!candidate || taken.has(candidate.field)) continue;
    taken.add(candidate.field);
    fields[i] = candidate;
  }
  return headings.map((heading, i) => ({ heading, field: fields[i]?.field ?? null, match: fields[i]?.match ?? (isDerivedHeader(heading, record) ? "layout" : "none") }));
}

/** A header of ours that is written for the reader and never read (the rights, the retention in words). */
function isDerivedHeader(heading: string, record: RecordSheet): boolean {
  const key = headingKey(heading);
  return columnsFor(record).some((column) => column.derived && headerNames(column).some((name) => headingKey(name) === key));
}

/** The language a sheet's texts are read into: that of the headings matched in one language only. */
export function sheetLanguage(headings: string[], record: RecordSheet, saved: SavedHeadings): ExportLanguage {
  const votes = { en: 0, nb: 0 };
  for (const heading of headings) {
    const lang = heading.trim() === "" ? null : candidateFor(heading, record, saved)?.lang;
    if (lang) votes[lang]++;
  }
  return votes.nb > votes.en ? "nb" : "en";
}

const SHEET_SYNONYMS: Record<RecordSheet, string[]> = {
  controller: [...LANGUAGES.map((lang) => sheetName("controller", lang)), "Controller", "Behandlingsansvarlig", "Behandlingsprotokoll", "Protokoll", "Record of processing activities", "ROPA"],
  processor: [...LANGUAGES.map((lang) => sheetName("processor", lang)), "Processor", "Databehandler", "Databehandlerprotokoll", "Processor record of processing activities"],
};

/** The record a sheet is by its name, if its name says. */
function recordByName(name: string): RecordSheet | null {
  const normal = normaliseHeading(name);
  for (const record of [...RECORD_SHEETS].reverse()) if (SHEET_SYNONYMS[record].some((synonym) => normaliseHeading(synonym) === normal)) return record;
  const words = ` ${normal} `;
  if (words.includes(" processor ") || words.includes(" databehandler ") || words.includes(" databehandlerprotokoll ")) return "processor";
  return null;
}

const looksLikeValue = (cell: string) => /^[\d\s.,:/%-]+$/.test(cell.trim());
const SEARCH_LINES = 20;

/**
 * The heading row: among the first lines with at least two text cells (not numbers or dates),
 * the one whose headings match the most fields, the first such on a tie. Title lines above
 * the headings, as in the ICO template, are skipped that way.
 */
export function findHeaderRow(rows: WorkbookSheet["rows"], record: RecordSheet, saved: SavedHeadings): number | null {
  let best: { index: number; score: number } | null = null;
  for (const [index, row] of rows.slice(0, SEARCH_LINES).entries()) {
    const filled = row.cells.filter((cell) => cell.trim() !== "");
    if (filled.length < 2 || filled.some(looksLikeValue)) continue;
    const score = matchHeadings(row.cells, record, saved).filter((c) => c.field !== null).length;
    if (!best || score > best.score) best = { index, score };
  }
  return best ? best.index : null;
}

const hasContent = (sheet: WorkbookSheet) => sheet.rows.some((row) => row.cells.some((cell) => cell.trim() !== ""));

/**
 * The proposal for a whole workbook. A sheet named like a record is that record; another
 * sheet is read as the controller record when its headings name the activity, and is
 * skipped otherwise (a sheet of instructions or notes).
 */
export function proposeMapping(sheets: WorkbookSheet[], saved: SavedHeadings): SheetProposal[] {
  const named = sheets.some((sheet) => recordByName(sheet.name) !== null && hasContent(sheet));
  return sheets.map((sheet) => {
    const byName = recordByName(sheet.name);
    if (!hasContent(sheet)) return { sheetName: sheet.name, record: null, headerLine: null, columns: [], problem: "emptySheet" };
    const record = byName ?? "controller";
    const index = findHeaderRow(sheet.rows, record, saved);
    const row = index === null ? undefined : sheet.rows[index];
    if (!row) return { sheetName: sheet.name, record: null, headerLine: null, columns: [], problem: "noHeaderRow" };
    const columns = matchHeadings(row.cells, record, saved);
    const namesActivity = columns.some((c) => c.field === "name");
    // An unnamed sheet in a workbook with named record sheets is notes; in one without, it is read if it names activities.
    const read = byName !== null || (!named && namesActivity);
    return { sheetName: sheet.name, record: read ? record : null, headerLine: row.line, columns, problem: null };
  });
}

/** The fields a sheet read as `record` still needs (REQUIRED_FIELDS not chosen for any heading). */
export function missingRequired(fields: (string | null)[]): string[] {
  return REQUIRED_FIELDS.filter((field) => !fields.includes(field));
}

/** The proposal as the choice it stands for: what an import without a mapping step reads. */
export function mappingOf(proposal: SheetProposal[]): ColumnMapping {
  return { sheets: proposal.map((sheet) => ({ sheetName: sheet.sheetName, record: sheet.record, fields: sheet.columns.map((c) => c.field) })) };
}

/** A table read through a mapping: the fields of its columns, the language of its texts. */
export type MappedTable = { sheet: RecordSheet; sheetName: string; header: string[]; fields: (string | null)[]; lang: ExportLanguage; rows: { line: number; cells: string[] }[] };

/**
 * The sheets a mapping reads, as tables for the parser, with the problems found on the way:
 * a mapping that does not fit the file (a sheet that is not there, another number of
 * columns, a field that is not on the record), formulas in the cells read, no sheet read.
 */
export function applyMapping(sheets: WorkbookSheet[], mapping: ColumnMapping, saved: SavedHeadings): { tables: MappedTable[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const tables: MappedTable[] = [];
  const proposal = proposeMapping(sheets, saved);
  for (const choice of mapping.sheets) {
    if (choice.record === null) continue;
    const sheet = sheets.find((s) => s.name === choice.sheetName);
    const found = proposal.find((p) => p.sheetName === choice.sheetName);
    if (!sheet || !found || found.headerLine === null) {
      issues.push({ path: choice.sheetName, line: null, column: null, code: "spreadsheetMapping.issue.sheetNotFound", values: { value: choice.sheetName } });
      continue;
    }
    const headerIndex = sheet.rows.findIndex((row) => row.line === found.headerLine);
    const header = sheet.rows[headerIndex]?.cells ?? [];
    const valid = validFor(choice.record);
    if (choice.fields.length !== header.length || choice.fields.some((field) => field !== null && !valid.has(field))) {
      issues.push({ path: choice.sheetName, line: found.headerLine, column: null, code: "spreadsheetMapping.issue.doesNotFit" });
      continue;
    }
    const seen = new Set<string>();
    choice.fields.forEach((field, i) => {
      if (field === null) return;
      if (seen.has(field)) issues.push({ path: choice.sheetName, line: found.headerLine, column: header[i] ?? null, code: "spreadsheetMapping.issue.duplicateField", values: { value: header[i] ?? "" } });
      seen.add(field);
    });
    const rows = sheet.rows.slice(headerIndex + 1);
    for (const row of rows) {
      for (const col of row.formulas) if (choice.fields[col] !== null && choice.fields[col] !== undefined) issues.push({ path: choice.sheetName, line: row.line, column: header[col] ?? String(col + 1), code: "formula" });
    }
    const lang = sheetLanguage(header, choice.record, saved);
    tables.push({ sheet: choice.record, sheetName: choice.sheetName, header, fields: choice.fields, lang, rows: rows.map((row) => ({ line: row.line, cells: row.cells })) });
  }
  if (tables.length === 0 && issues.length === 0) issues.push({ path: "", line: null, column: null, code: "spreadsheetMapping.issue.noSheetMapped" });
  return { tables, issues };
}

/** The fields a record's headings may be mapped to, in layout order (derived columns are not read). */
export function mappableFields(record: RecordSheet, lang: ExportLanguage): { id: string; label: string }[] {
  return columnsFor(record)
    .filter((column) => !column.derived && column.read)
    .map((column) => ({ id: column.id, label: column.header[lang] }));
}

/**
 * What to remember of the DPO's choices: a heading whose field differs from what would be
 * matched without saved choices is remembered; one chosen as matched is forgotten again.
 */
export function choicesToRemember(sheets: WorkbookSheet[], mapping: ColumnMapping): { remember: { heading: string; field: string | null }[]; forget: string[] } {
  const automatic = proposeMapping(sheets, new Map());
  const remember = new Map<string, string | null>();
  const forget = new Set<string>();
  for (const choice of mapping.sheets) {
    const found = automatic.find((p) => p.sheetName === choice.sheetName);
    if (!found || choice.record === null || choice.fields.length !== found.columns.length) continue;
    const headings = found.columns.map((c) => c.heading);
    const matched = matchHeadings(headings, choice.record, new Map());
    choice.fields.forEach((field, i) => {
      const heading = headings[i] ?? "";
      if (heading.trim() === "") return;
      if (field === (matched[i]?.field ?? null)) forget.add(headingKey(heading));
      else remember.set(headingKey(heading), field);
    });
  }
  return { remember: [...remember.entries()].map(([heading, field]) => ({ heading, field })), forget: [...forget].filter((heading) => !remember.has(heading)) };
}
