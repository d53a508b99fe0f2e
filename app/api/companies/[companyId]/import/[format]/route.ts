import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request";
import { columnMappingSchema, type ColumnMapping } from "@/lib/export/spreadsheet/mapping";
import { IMPORT_FORMATS, importRegisterFile } from "@/lib/server/export/import-file";
import type { RegisterHoldings } from "@/lib/server/export/import-register";
import { MAX_IMPORT_BYTES, readUpload } from "@/lib/server/export/upload";
import { validationTranslator } from "@/lib/server/errors";
import { companyRoute } from "@/lib/server/route";
import { isMessageKey } from "@/lib/validation/messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * POST /api/companies/:id/import/{json|xlsx|csv}?dryRun=true — the file is the
 * raw request body. A dry run answers 200 with the report; a real import
 * answers 200 with the summary, or 422 with the report and nothing written. A workbook may
 * come with `mapping` (JSON, lib/export/spreadsheet/mapping.ts): the DPO's column mapping,
 * read instead of the layout's headers and remembered for the company.
 */
export const POST = companyRoute({ permission: "register.write" }, async ({ request, params, ...access }) => {
  const format = z.enum(IMPORT_FORMATS).safeParse(params.format);
  if (!format.success) throw new AppError("NOT_FOUND");
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: "exportIssues" });
  // A rule of the editor's schemas speaks as the editor does.
  const editorMessage = await validationTranslator(locale);
  // Issues found by the shared storable check carry full keys ("storable.nul").
  const tAll = await getTranslations({ locale });
  const data = await readUpload(request, t("tooLarge", { max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }));
  const search = new URL(request.url).searchParams;
  const dryRun = search.get("dryRun") === "true";
  const mapping = columnMapping(search.get("mapping"), format.data, tAll("spreadsheetMapping.badMapping"));
  let result;
  try {
    result = await importRegisterFile(access, format.data, data, { dryRun, mapping });
  } catch (error) {
    // The refusal names what the company holds, beside the file field and as the message.
    const holdings = error instanceof AppError && error.code === "CONFLICT" ? (error.details?.holdings as RegisterHoldings | undefined) : undefined;
    if (holdings) {
      throw new AppError("CONFLICT", "exportIssues.registerNotEmpty", { file: [t("registerHolds", { activities: holdings.activities, entries: holdings.catalogEntries })] }, { holdings });
    }
    throw error;
  }
  const report = {
    dryRun: result.dryRun,
    ok: result.ok,
    summary: result.summary,
    issues: result.issues.map((issue) => ({
      sheet: issue.path,
      line: issue.line,
      column: issue.column,
      message: issue.message
        ? editorMessage(issue.message)
        : isMessageKey(issue.code) && tAll.has(issue.code)
          ? tAll(issue.code, issue.values)
          : t.has(issue.code)
            ? t(issue.code, { value: "", found: "", expected: "", key: "", detail: "", names: "", ...issue.values })
            : issue.code,
    })),
  };
  if (!result.ok && !dryRun) {
    return Response.json({ error: { code: "VALIDATION", message: t("importRefused") }, report }, { status: 422 });
  }
  return { report };
});

/** The column mapping sent with a workbook, if any; one that is not a mapping is a 400. */
function columnMapping(text: string | null, format: string, message: string): ColumnMapping | undefined {
  if (text === null) return undefined;
  if (format !== "xlsx") throw new AppError("BAD_REQUEST", message);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", message);
  }
  const parsed = columnMappingSchema.safeParse(value);
  if (!parsed.success) throw new AppError("BAD_REQUEST", message);
  return parsed.data;
}
