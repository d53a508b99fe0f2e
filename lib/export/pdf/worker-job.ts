import type { Finding } from "@/lib/register/checks";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import type { ExportLanguage } from "../labels";
import type { ActivityGovernance } from "./governance-rows";
import type { RegisterPdfOptions } from "./register-pdf";

/** RegisterPdfOptions as JSON, the way the app server hands them to the PDF worker process. */
export type PdfJob = {
  snapshot: RegisterSnapshot;
  language: ExportLanguage;
  generatedAt: string;
  revision?: number;
  fingerprint?: string;
  governance?: [string, ActivityGovernance][];
  findings?: readonly Finding[];
};

export function pdfJob(options: Omit<RegisterPdfOptions, "onProgress">): PdfJob {
  return {
    snapshot: options.snapshot,
    language: options.language,
    generatedAt: options.generatedAt.toISOString(),
    revision: options.revision,
    fingerprint: options.fingerprint,
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
    fingerprint: job.fingerprint,
    governance: job.governance ? new Map(job.governance) : undefined,
    findings: job.findings,
  };
}
