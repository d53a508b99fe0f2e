import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request";
import { translationEditsSchema } from "@/lib/register/translation-schema";
import { validationTranslator } from "@/lib/server/errors";
import { companyRoute } from "@/lib/server/route";
import { saveTranslations } from "@/lib/server/translations";

export const dynamic = "force-dynamic";

/**
 * PUT /api/companies/:id/translations { edits: [{ subjectKey, field, language, text }] } —
 * translations written in the translation view, all or nothing. A refused one is a 422 with
 * the field error at `edits.<n>.text`, in the caller's language.
 */
export const PUT = companyRoute({ permission: "register.write", input: translationEditsSchema }, async ({ input, ...access }) => {
  const result = await saveTranslations(access, input.edits);
  if (!result.ok) {
    const translate = await validationTranslator(await requestLocale());
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.issues) (fieldErrors[`edits.${issue.index}.text`] ??= []).push(translate(issue.message));
    throw new AppError("VALIDATION", undefined, fieldErrors);
  }
  return { written: result.written };
});
