import { z } from "zod";
import { findingSchema } from "@/lib/register/checks/finding-schema";
import { LANGUAGES } from "@/lib/register/languages";
import { registerSnapshotSchema } from "@/lib/register/snapshot-schema";
import type { ActivityGovernance } from "./governance-rows";
import type { RegisterPdfOptions } from "./register-pdf";

const governanceSchema = z.object({
  owner: z.string().nullable(),
  lastReviewedOn: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  acceptedRisks: z.array(z.object({ ruleId: z.string(), message: z.string(), justification: z.string(), acceptedBy: z.string().nullable(), acceptedOn: z.string(), expiresOn: z.string() })),
}) satisfies z.ZodType<ActivityGovernance>;

/**
 * RegisterPdfOptions as JSON, the way the app server hands them to the PDF worker process,
 * which parses them with this schema: the job crosses a process boundary.
 */
export const pdfJobSchema = z.object({
  snapshot: registerSnapshotSchema,
  language: z.enum(LANGUAGES),
  generatedAt: z.iso.datetime(),
  revision: z.number().int().optional(),
  governance: z.array(z.tuple([z.string(), governanceSchema])).optional(),
  findings: z.array(findingSchema).readonly().optional(),
});

export type PdfJob = z.output<typeof pdfJobSchema>;

export function pdfJob(options: Omit<RegisterPdfOptions, "onProgress">): PdfJob {
  return {
    snapshot: options.snapshot,
    language: options.language,
    generatedAt: options.generatedAt.toISOString(),
    revision: options.revision,
    governance: options.governance ? [...options.governance] : undefined,
    findings: options.findings,
  };
}

export function jobOptions(job: PdfJob): RegisterPdfOptions {
  return {
    snapshot: job.snapshot,
    language: job.language,
    generatedAt: new Date(job.generatedAt),
    revision: job.revision,
    governance: job.governance ? new Map(job.governance) : undefined,
    findings: job.findings,
  };
}
