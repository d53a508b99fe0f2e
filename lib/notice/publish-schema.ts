import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

/** Publishing a notice version: a short summary of what changed, shown in the archive and the audit log. */
export const publishNoticeSchema = z.object({
  changeSummary: requiredText(500),
});

export type PublishNoticeInput = z.input<typeof publishNoticeSchema>;

/**
 * Four eyes: asking another owner to approve a publication carries the same change summary.
 * @alias publishNoticeSchema
 */
export const publishRequestSchema = publishNoticeSchema;
export type PublishRequestInput = PublishNoticeInput;

/** Approving or turning down a request; turning it down says why (the asker reads it). */
export const publishDecisionSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  note: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((value) => (value ? value : null)),
});
export type PublishDecisionInput = z.input<typeof publishDecisionSchema>;

/** Turning four-eyes publishing on or off for the company. */
export const publishApprovalSettingSchema = z.object({ publishNeedsApproval: z.boolean() });
