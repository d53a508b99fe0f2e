import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request";
import { isLanguage } from "@/lib/register/languages";
import { MAX_IMPORT_BYTES, readUpload } from "@/lib/server/export/upload";
import { validationTranslator } from "@/lib/server/errors";
import { companyRoute } from "@/lib/server/route";
import { exportTranslations, importTranslations } from "@/lib/server/translations";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /api/companies/:id/translations/xlsx?lang=nb — the translation list of one notice language (all without `lang`) for a translator. */
export const GET = companyRoute({ permission: "register.read" }, async ({ request, ...access }) => {
  const lang = new URL(request.url).searchParams.get("lang");
  if (lang !== null && !isLanguage(lang)) throw new AppError("BAD_REQUEST");
  const ui = (await requestLocale()) === "nb" ? "nb" : "en";
  const body = await exportTranslations(access, ui, lang ?? undefined);
  const name = `${access.company.slug}-translations${lang ? `-${lang}` : ""}.xlsx`;
  return new Response(new Uint8Array(body), { headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" } });
});

/**
 * POST /api/companies/:id/translations/xlsx?dryRun=true — the workbook is the raw body.
 * A dry run answers 200 with the report (line, column, message); a real import answers 200
 * with the number written, or 422 with the report and nothing written.
 */
export const POST = companyRoute({ permission: "register.write" }, async ({ request, ...access }) => {
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: "exportIssues" });
  const translate = await validationTranslator(locale);
  const data = await readUpload(request, t("tooLarge", { max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }));
  const dryRun = new URL(request.url).searchParams.get("dryRun") === "true";
  const result = await importTranslations(access, data, locale === "nb" ? "nb" : "en", { dryRun });
  const report = { dryRun, ok: result.ok, written: result.written, issues: result.issues.map((issue) => ({ line: issue.line, column: issue.column, message: translate(issue.message) })) };
  if (!result.ok && !dryRun) {
    const tt = await getTranslations({ locale, namespace: "translations" });
    return Response.json({ error: { code: "VALIDATION", message: tt("importRefused") }, report }, { status: 422 });
  }
  return { report };
});
