import { blankActivityFields } from "@/lib/register/activity-defaults";
import type { DocumentActivity, DocumentCatalogs, ImportIssue, RegisterDocument } from "../json/format";
import { LANGUAGES } from "@/lib/register/languages";
import type { ExportLanguage } from "../labels";
import { CatalogBuilder, normalise } from "./catalog-builder";
import { byKey, headerNames, headingLanguage, transferLines, type Column, type ReadContext, type RecordSheet } from "./columns";
import type { ActivityOrigin } from "./issue-columns";
import { columnsFor, NAME_COLUMN, RECORD_SHEETS } from "./layout";

/**
 * A register file's record sheets as tables of text, both ways: written from a register
 * document in the layout's columns (layout.ts), and read back into one with the problems
 * found, for the spreadsheet import.
 */

type Draft = DocumentActivity;

function sheetOf(activity: Pick<DocumentActivity, "role">): RecordSheet {
  return activity.role === "PROCESSOR" ? "processor" : "controller";
}

export type SheetTable = { sheet: RecordSheet; header: string[]; rows: string[][] };

/** The two record sheets of a register file, cells as plain text (before any injection guard). */
export function registerTables(source: RegisterDocument, lang: ExportLanguage): SheetTable[] {
  const doc = inDisplayOrder(source, lang);
  return RECORD_SHEETS.map((sheet) => {
    const columns = columnsFor(sheet);
    const activities = doc.activities.filter((a) => sheetOf(a) === sheet);
    const rows = activities.map((a) => columns.map((c) => c.write(a, { doc, lang })));
    // Rows by what they show (name first), so a re-imported register, whose catalog
    // keys differ, gives the same sheet.
    rows.sort((x, y) => compareRows(x, y));
    return { sheet, header: columns.map((c) => c.header[lang]), rows };
  });
}

function compareRows(x: string[], y: string[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const a = x[i] ?? "";
    const b = y[i] ?? "";
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

const byText = <T>(items: T[], text: (item: T) => string) =>
  items
    .map((item) => ({ item, key: text(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.item);

/**
 * The document with every list in the order its cell shows it: catalog links by
 * their label in `lang`, transfers by their line. Lines of aligned columns are
 * derived from the same order, so they stay aligned.
 */
function inDisplayOrder(doc: RegisterDocument, lang: ExportLanguage): RegisterDocument {
  const c = doc.catalogs;
  const labelOf = (list: { key: string; labelEn: string; labelNb: string }[]) => (key: string) => {
    const entry = byKey(list, key);
    return entry ? (lang === "nb" ? entry.labelNb : entry.labelEn) : key;
  };
  const recipientName = (key: string) => byKey(c.recipients, key)?.name ?? key;
  return {
    ...doc,
    activities: doc.activities.map((a) => ({
      ...a,
      dataSubjectCategories: byText(a.dataSubjectCategories, labelOf(c.dataSubjectCategories)),
      dataCategories: byText(a.dataCategories, labelOf(c.dataCategories)),
      recipients: byText(a.recipients, (r) => recipientName(r.recipient)),
      systems: byText(a.systems, (k) => byKey(c.systems, k)?.name ?? k),
      securityMeasures: byText(a.securityMeasures, (k) => {
        const m = byKey(c.securityMeasures, k);
        return m ? `${m.kind}|${lang === "nb" ? m.descriptionNb : m.descriptionEn}` : k;
      }),
      transfers: byText(a.transfers, (t) => transferLines({ ...a, transfers: [t] }, doc, lang)[0] ?? ""),
    })),
  };
}

/** An empty activity as a row starts it: the defaults the editor gives a new activity (activity-defaults.ts). */
function blankActivity(key: string, sheet: RecordSheet): Draft {
  return {
    key,
    name: "",
    noticeTitleEn: null,
    noticeTitleNb: null,
    description: {},
    role: sheet === "processor" ? "PROCESSOR" : "CONTROLLER",
    status: "ACTIVE",
    showInNotice: sheet !== "processor",
    ...blankActivityFields(),
    sources: [{ kind: "DATA_SUBJECT_DIRECT", name: {}, isPublic: null, dataCategories: [] }],
    purposes: [],
    jointControllers: [],
    controllersServed: [],
    marketingAudiences: [],
    dataSubjectCategories: [],
    dataCategories: [],
    recipients: [],
    systems: [],
    securityMeasures: [],
    cookies: [],
    transfers: [],
    retentionRules: [],
    noticeTexts: [],
  };
}

/** `origins[i]` is where `activities[i]` was read. */
export type ParsedSpreadsheet = { catalogs: DocumentCatalogs; activities: DocumentActivity[]; origins: ActivityOrigin[]; issues: ImportIssue[] };

const normaliseHeader = (text: string) => normalise(text).replace(/\s*\|\s*/g, "|");

/**
 * Reads record sheets back (rows as text, header first). Headers may be in
 * English or bokmål; unknown or duplicate headers and a missing activity-name
 * column are reported on line 1. Every problem is reported with its sheet,
 * line and column; the caller imports nothing when there is any.
 */
export function parseRegisterTables(
  tables: { sheet: RecordSheet; sheetName: string; header: string[]; rows: { line: number; cells: string[] }[]; fields?: (string | null)[]; lang?: ExportLanguage }[],
  countryCodes: ReadonlySet<string>,
): ParsedSpreadsheet {
  const catalogs = new CatalogBuilder();
  const issues: ImportIssue[] = [];
  const activities: DocumentActivity[] = [];
  const origins: ActivityOrigin[] = [];
  for (const table of tables) {
    const columns = columnsFor(table.sheet);
    const byHeader = new Map<string, Column>();
    for (const column of columns) {
      for (const name of headerNames(column)) byHeader.set(normaliseHeader(name), column);
    }
    const mapped: (Column | null)[] = [];
    const seen = new Set<string>();
    // The sheet's language is its headers' (a header the same in several languages counts for none); English on a tie.
    const headerVotes = (lang: ExportLanguage) =>
      table.header.filter((header) => columns.some((column) => headingLanguage(column, (name) => normaliseHeader(name) === normaliseHeader(header)) === lang)).length;
    const lang: ExportLanguage = table.lang ?? LANGUAGES.reduce((best, next) => (headerVotes(next) > headerVotes(best) ? next : best), "en" as ExportLanguage);
    table.header.forEach((header, index) => {
      if (table.fields) {
        // Mapped by the DPO (mapping.ts): a column chosen twice was reported there.
        const field = table.fields[index] ?? null;
        const column = field === null || seen.has(field) ? null : (columns.find((c) => c.id === field) ?? null);
        mapped.push(column);
        if (column) seen.add(column.id);
        return;
      }
      if (header.trim() === "") {
        mapped.push(null);
        return;
      }
      const column = byHeader.get(normaliseHeader(header));
      if (!column) issues.push({ path: table.sheetName, line: 1, column: header, code: "unknownColumn", values: { value: header } });
      else if (seen.has(column.id)) issues.push({ path: table.sheetName, line: 1, column: header, code: "duplicateColumn", values: { value: header } });
      mapped.push(column && !seen.has(column.id) ? column : null);
      if (column) seen.add(column.id);
    });
    if (!seen.has("name")) issues.push({ path: table.sheetName, line: 1, column: null, code: "missingNameColumn", values: { value: NAME_COLUMN.header.en } });
    if (issues.some((issue) => issue.path === table.sheetName && issue.line === 1)) continue;
    // Rows are read in column order, but columns that depend on others (lines aligned
    // with purposes, transfers with recipients) must come after them: read in layout order.
    const order = columns.map((column) => mapped.indexOf(column)).filter((index) => index >= 0);
    const headers = Object.fromEntries(mapped.flatMap((column, index) => (column ? [[column.id, table.header[index] ?? column.id]] : [])));
    for (const row of table.rows) {
      if (row.cells.every((cell) => cell.trim() === "")) continue;
      const draft = blankActivity(`a${activities.length + 1}`, table.sheet);
      for (const index of order) {
        const column = mapped[index];
        if (!column?.read || column.derived) continue;
        const cell = row.cells[index] ?? "";
        const ctx: ReadContext = {
          catalogs,
          lang,
          countryCodes,
          issue: (code, values) => issues.push({ path: table.sheetName, line: row.line, column: table.header[index] ?? column.id, code, values }),
        };
        column.read(cell, draft, ctx);
      }
      activities.push(draft);
      origins.push({ sheet: table.sheetName, line: row.line, headers });
    }
  }
  const unique = new Map(issues.map((issue) => [JSON.stringify(issue), issue]));
  return { catalogs: catalogs.catalogs, activities, origins, issues: [...unique.values()] };
}
