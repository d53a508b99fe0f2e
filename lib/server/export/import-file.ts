import "server-only";
import { parseRegisterDocument } from "@/lib/export/json/format";
import { readRegisterCsv } from "@/lib/export/spreadsheet/csv";
import { parseRegisterTables } from "@/lib/export/spreadsheet/tables";
import { readRegisterXlsx, type RawTable } from "@/lib/export/spreadsheet/xlsx";
import type { ImportIssue } from "@/lib/export/json/format";
import { findUnstorable, unstorableText, UNSTORABLE_MESSAGE, type Unstorable } from "@/lib/validation/storable";
import type { CompanyAccess } from "../access";
import { fileSha256, importRegister, knownCountryCodes, type ImportPlan, type ImportResult } from "./import-register";

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
export async function importRegisterFile(access: CompanyAccess, format: ImportFormat, data: Buffer, options: { dryRun: boolean }): Promise<ImportResult> {
  const sha = fileSha256(data);
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
  const parsed = parseRegisterTables(raw.tables, await knownCountryCodes());
  // Whole numbers read from cells (retention periods and the like) must fit their columns.
  const outOfRange = storableIssues(findUnstorable(parsed.activities, ["activities"]));
  if (outOfRange.length > 0) return { dryRun: options.dryRun, ok: false, issues: [...raw.issues, ...parsed.issues, ...outOfRange], summary: null };
  const plan: ImportPlan = { source: format, controller: null, catalogs: parsed.catalogs ?? emptyCatalogs(), activities: parsed.activities, origins: parsed.origins, fileSha256: sha };
  return importRegister(access, plan, { ...options, parseIssues: [...raw.issues, ...parsed.issues] });
}
