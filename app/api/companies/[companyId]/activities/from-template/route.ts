import { z } from "zod";
import { editorLanguages } from "@/lib/server/companies";
import { companyRoute } from "@/lib/server/route";
import { addActivityFromTemplate } from "@/lib/server/templates";

const addFromTemplateSchema = z.object({ templateId: z.string().trim().min(1).max(100) });

/** Adds a template (lib/register/templates) as a draft activity, in the language the register is kept in. */
export const POST = companyRoute({ permission: "register.write", input: addFromTemplateSchema }, async ({ input, ...access }) => {
  const [language] = await editorLanguages(access);
  const { activity, created } = await addActivityFromTemplate(access, input.templateId, language ?? "en");
  return { id: activity.id, created };
});
