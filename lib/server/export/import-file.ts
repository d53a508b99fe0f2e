import "server-only";
import { parseRegisterDocument } from "@/lib/export/json/format";
import { readRegisterCsv } from "@/lib/export/spreadsheet/csv";
import { parseRegisterTables } from "@/lib/export/spreadsheet/tables";
import { applyMapping, proposeMapping, type ColumnMapping, type SheetProblem, type SheetProposal } from "@/lib/export/spreadsheet/mapping";
import { readRegisterXlsx, readWorkbookSheets, type RawTable } from "@/lib/export/spreadsheet/xlsx";
import type { ImportIssue } from "@/lib/export/json/format";
import { findUnstorable, unstorableText, UNSTORABLE_MESSAGE, type Unstorable } from "@/lib/validation/storable";
import type { CompanyAccess } from "../access";
import { fileSha256, importRegister, knownCountryCodes, type ImportPlan, type ImportResult } from "./import-register";
import { rememberHeadings, savedHeadings } from "./spreadsheet-headings";

export const IMPORT_FORMATS = ["json", "xlsx", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const emptyCatalogs = (): ImportPlan["catalogs"] => ({ dataSubjectCategories: [], dataCategories: [], recipients: [], systems: [], securityMeasures: [], cookies: [] });

/** "activities[3].purposes[0].description", the way the JSON format's own issues name places. */
function jsonPath(path: (string | number)[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

function storableIssues(found: Unstorable[]): ImportIssue[] {
  return found.map(({ path, problem }) => ({ path: jsonPath(path), line: null, column: null, code: UNSTORABLE_MESSAGE[problem].key, values: UNSTORABLE_MESSAGE[problem].values }));
}

/** Spreadsheet cells PostgreSQL could not store, by sheet, line and column heading (lib/validation/storable.ts). */
function unstorableCells(tables: RawTable[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => {
        const problem = unstorableText(cell);
        if (problem) issues.push({ path: table.sheetName, line: row.line, column: table.header[i] ?? null, code: UNSTORABLE_MESSAGE[problem].key, values: UNSTORABLE_MESSAGE[problem].values });
      });
    }
  }
  return issues;
}

/** The whole file as JSON, when it is JSON, for the storable check before its own parsing. */
function jsonValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads an uploaded register file and imports it (or, with `dryRun`, only
 * reports what would happen). Nothing is written when any problem is found.
 */
export async function importRegisterFile(access: CompanyAccess, format: ImportFormat, data: Buffer, options: { dryRun: boolean; mapping?: ColumnMapping }): Promise<ImportResult> {
  const sha = fileSha256(data);
  if (format === "xlsx" && options.mapping) return importMappedWorkbook(access, data, options.mapping, options.dryRun);
  if (format === "json") {
    const text = data.toString("utf8").replace(/^\uFEFF/, "");
    const unstorable = storableIssues(findUnstorable(jsonValue(text)));
    if (unstorable.length > 0) return { dryRun: options.dryRun, ok: false, issues: unstorable, summary: null };
    const parsed = parseRegisterDocument(text);
    if (!parsed.ok) return { dryRun: options.dryRun, ok: false, issues: parsed.issues, summary: null };
    const { controller, catalogs, activities } = parsed.doc;
    return importRegister(access, { source: "json", controller, catalogs, activities, fileSha256: sha }, options);
  }
  const raw = format === "xlsx" ? await readRegisterXlsx(data) : readRegisterCsv(data.toString("utf8"));
  if (raw.tables.length === 0) return { dryRun: options.dryRun, ok: false, issues: raw.issues, summary: null };
  const unstorable = unstorableCells(raw.tables);
  if (unstorable.length > 0) return { dryRun: options.dryRun, ok: false, issues: [...raw.issues, ...unstorable], summary: null };
  return importTables(access, format, raw, sha, options.dryRun);
}

/** Read tables (a sheet's rows as text) parsed into activities and imported, or only checked. */
async function importTables(access: CompanyAccess, format: "xlsx" | "csv", raw: { tables: Parameters<typeof parseRegisterTables>[0]; issues: ImportIssue[] }, sha: string, dryRun: boolean): Promise<ImportResult> {
  const parsed = parseRegisterTables(raw.tables, await knownCountryCodes());
  // Whole numbers read from cells (retention periods and the like) must fit their columns.
  const outOfRange = storableIssues(findUnstorable(parsed.activities, ["activities"]));
  if (outOfRange.length > 0) return { dryRun, ok: false, issues: [...raw.issues, ...parsed.issues, ...outOfRange], summary: null };
  const plan: ImportPlan = { source: format, controller: null, catalogs: parsed.catalogs ?? emptyCatalogs(), activities: parsed.activities, origins: parsed.origins, fileSha256: sha };
  return importRegister(access, plan, { dryRun, parseIssues: [...raw.issues, ...parsed.issues] });
}

/** Why a workbook offers nothing to map: not a workbook, only empty sheets, or no heading row anywhere. */
export type WorkbookProblem = "notSpreadsheet" | SheetProblem;

/**
 * The column-mapping step's proposal for an uploaded workbook (lib/export/spreadsheet/mapping.ts),
 * with the company's remembered choices applied; or why there is nothing to map.
 */
export async function proposeWorkbookMapping(access: CompanyAccess, data: Buffer): Promise<{ ok: true; sheets: SheetProposal[] } | { ok: false; problem: WorkbookProblem }> {
  const sheets = await readWorkbookSheets(data);
  if (sheets === null) return { ok: false, problem: "notSpreadsheet" };
  const proposal = proposeMapping(sheets, await savedHeadings(access));
  if (proposal.every((sheet) => sheet.problem === "emptySheet")) return { ok: false, problem: "emptySheet" };
  if (proposal.every((sheet) => sheet.problem !== null)) return { ok: false, problem: "noHeaderRow" };
  return { ok: true, sheets: proposal };
}

/** A workbook read through the DPO's column mapping; the mapping is remembered for the next workbook. */
async function importMappedWorkbook(access: CompanyAccess, data: Buffer, mapping: ColumnMapping, dryRun: boolean): Promise<ImportResult> {
  const sha = fileSha256(data);
  const sheets = await readWorkbookSheets(data);
  if (sheets === null) return { dryRun, ok: false, issues: [{ path: "", line: null, column: null, code: "notSpreadsheet" }], summary: null };
  await rememberHeadings(access, sheets, mapping);
  const mapped = applyMapping(sheets, mapping, await savedHeadings(access));
  if (mapped.tables.length === 0) return { dryRun, ok: false, issues: mapped.issues, summary: null };
  const unstorable = unstorableCells(mapped.tables);
  if (unstorable.length > 0) return { dryRun, ok: false, issues: [...mapped.issues, ...unstorable], summary: null };
  return importTables(access, "xlsx", mapped, sha, dryRun);
}
