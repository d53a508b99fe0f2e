import { z } from "zod";
import { LANGUAGES } from "./languages";

/**
 * One translation written in the translation view or brought back in its spreadsheet:
 * the text (its subject and form path, lib/register/translation.ts), the language and the
 * wording. The wording is held to its field's own rules when it is saved.
 */
const translationEditSchema = z.object({
  subjectKey: z.string().min(1).max(200),
  field: z.string().min(1).max(200),
  language: z.enum(LANGUAGES),
  text: z.string().trim().min(1, "validation.required").max(5000, "validation.tooLong"),
});
export type TranslationEdit = z.output<typeof translationEditSchema>;

/** The body of PUT /api/companies/:id/translations. */
export const translationEditsSchema = z.object({ edits: z.array(translationEditSchema).min(1).max(2000) });
