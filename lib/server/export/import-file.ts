import "server-only";
import { parseRegisterDocument } from "@/lib/export/json/format";
import { readRegisterCsv } from "@/lib/export/spreadsheet/csv";
import { parseRegisterTables } from "@/lib/export/spreadsheet/layout";
import { readRegisterXlsx } from "@/lib/export/spreadsheet/xlsx";
import type { CompanyAccess } from "../access";
import { fileSha256, importRegister, knownCountryCodes, type ImportPlan, type ImportResult } from "./import-register";

export const IMPORT_FORMATS = ["json", "xlsx", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const emptyCatalogs = (): ImportPlan["catalogs"] => ({ dataSubjectCategories: [], dataCategories: [], recipients: [], systems: [], securityMeasures: [], cookies: [] });

/**
 * Reads an uploaded register file and imports it (or, with `dryRun`, only
 * reports what would happen). Nothing is written when any problem is found.
 */
export async function importRegisterFile(access: CompanyAccess, format: ImportFormat, data: Buffer, options: { dryRun: boolean }): Promise<ImportResult> {
  const sha = fileSha256(data);
  if (format === "json") {
    const parsed = parseRegisterDocument(data.toString("utf8").replace(/^\uFEFF/, ""));
    if (!parsed.ok) return { dryRun: options.dryRun, ok: false, issues: parsed.issues, summary: null };
    const { controller, catalogs, activities } = parsed.doc;
    return importRegister(access, { source: "json", controller, catalogs, activities, fileSha256: sha }, options);
  }
  const raw = format === "xlsx" ? await readRegisterXlsx(data) : readRegisterCsv(data.toString("utf8"));
  if (raw.tables.length === 0) return { dryRun: options.dryRun, ok: false, issues: raw.issues, summary: null };
  const parsed = parseRegisterTables(raw.tables, await knownCountryCodes());
  const plan: ImportPlan = { source: format, controller: null, catalogs: parsed.catalogs ?? emptyCatalogs(), activities: parsed.activities, origins: parsed.origins, fileSha256: sha };
  return importRegister(access, plan, { ...options, parseIssues: [...raw.issues, ...parsed.issues] });
}
