import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { mappableFields, REQUIRED_FIELDS } from "@/lib/export/spreadsheet/mapping";
import { requestLocale } from "@/lib/i18n/request";
import { proposeWorkbookMapping } from "@/lib/server/export/import-file";
import { MAX_IMPORT_BYTES, readUpload } from "@/lib/server/export/upload";
import { companyRoute } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * POST /api/companies/:id/import/mapping — an .xlsx workbook as the raw body. Answers the
 * column-mapping step's proposal (docs/decisions/021-spreadsheet-column-mapping.md): per sheet
 * its record, heading line and each heading's field, and the fields to choose from, labelled
 * in the caller's language. Writes nothing; the mapping is remembered by the dry run.
 */
export const POST = companyRoute({ permission: "register.write" }, async ({ request, ...access }) => {
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: "spreadsheetMapping" });
  const tIssues = await getTranslations({ locale, namespace: "exportIssues" });
  const data = await readUpload(request, tIssues("tooLarge", { max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }));
  const proposal = await proposeWorkbookMapping(access, data);
  if (!proposal.ok) {
    const message = t(`fileProblem.${proposal.problem}`);
    throw new AppError(proposal.problem === "notSpreadsheet" ? "UNSUPPORTED_MEDIA_TYPE" : "VALIDATION", message, { file: [message] });
  }
  const lang = locale === "nb" ? "nb" : "en";
  return {
    sheets: proposal.sheets,
    fields: { controller: mappableFields("controller", lang), processor: mappableFields("processor", lang) },
    required: REQUIRED_FIELDS,
  };
});
