import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

/** Publishing a notice version: a short summary of what changed, shown in the archive and the audit log. */
export const publishNoticeSchema = z.object({
  changeSummary: requiredText(500),
});

export type PublishNoticeInput = z.input<typeof publishNoticeSchema>;
