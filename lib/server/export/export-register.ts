import "server-only";
import { registerDocumentFromSnapshot, serializeRegisterDocument } from "@/lib/export/json/from-snapshot";
import { registerJsonLd } from "@/lib/export/dpv/register-jsonld";
import type { ExportLanguage } from "@/lib/export/labels";
import { registerCsv } from "@/lib/export/spreadsheet/csv";
import { registerXlsx } from "@/lib/export/spreadsheet/xlsx";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import type { CompanyAccess } from "../access";
import { recordAudit } from "../audit";
import { db } from "../db";
import { loadRegisterSnapshot } from "../register/snapshot";
import { registerGovernance } from "./governance";
import { splitAcceptedFindings } from "../risk-acceptances";
import { runChecks } from "@/lib/register/checks";
import { pdfFromWorker } from "./pdf-worker";

export const EXPORT_FORMATS = ["pdf", "xlsx", "csv", "json", "jsonld"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The register revision printed on the PDF: how many recorded changes the
 * register has had (audit events other than exports). It only grows, and two
 * PDFs with the same revision were made from the same state of the register.
 */
async function registerRevision(companyId: string): Promise<number> {
  return db().auditEvent.count({ where: { companyId, action: { not: "EXPORT" } } });
}

/** Records one export in the audit log (accountability, Art. 5(2)): who took which format of which snapshot. */
async function recordExport(access: CompanyAccess, event: { format: ExportFormat; language: ExportLanguage | null; sha256: string }): Promise<void> {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      companyId: access.company.id,
      actorId: access.user.id,
      action: "EXPORT",
      entityType: "Register",
      entityId: access.company.id,
      after: { format: event.format, language: event.language, sha256: event.sha256 },
    }),
  );
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
};

const EXTENSIONS: Record<ExportFormat, string> = { pdf: "pdf", xlsx: "xlsx", csv: "csv", json: "json", jsonld: "jsonld" };

function fileName(snapshot: RegisterSnapshot, format: ExportFormat, language: ExportLanguage | null, at: Date): string {
  const base = language === "nb" ? "protokoll" : "register";
  const lang = format === "json" || format === "jsonld" || !language ? "" : `-${language}`;
  return `${base}-${snapshot.company.slug}-${at.toISOString().slice(0, 10)}${lang}.${EXTENSIONS[format]}`;
}

function headers(format: ExportFormat, name: string): Headers {
  return new Headers({
    "Content-Type": CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
}

/**
 * Builds one export of the caller's register as an HTTP response and records
 * it in the audit log. The PDF is laid out in a worker process (./pdf-worker.ts) and
 * streamed: the first bytes leave while later pages are still being laid out, and
 * `signal` (the request's: the client went away) stops the worker.
 */
export async function exportRegister(access: CompanyAccess, format: ExportFormat, language: ExportLanguage, signal?: AbortSignal): Promise<Response> {
  const now = new Date();
  const snapshot = await loadRegisterSnapshot(access);
  const sha256 = registerFingerprint(snapshot);
  const languageOrNull = format === "json" || format === "jsonld" ? null : language;
  const name = fileName(snapshot, format, languageOrNull, now);

  if (format === "pdf") {
    // The overview lists the open findings: warnings the DPO accepted are shown with their activity instead.
    const [revision, governance, { open }] = await Promise.all([
      registerRevision(access.company.id),
      registerGovernance(snapshot, language, now),
      splitAcceptedFindings(snapshot, runChecks(snapshot, { now }), now),
    ]);
    // The worker starts before the audit write, for an earlier first byte; a failed write stops it.
    // A failed layout errors the stream: the download breaks rather than ending in a truncated file.
    const { body } = pdfFromWorker({ snapshot, language, generatedAt: now, revision, fingerprint: sha256, governance, findings: open }, signal);
    await recordExport(access, { format, language, sha256 }).catch(async (error: unknown) => {
      await body.cancel();
      throw error;
    });
    return new Response(body, { headers: headers(format, name) });
  }

  const doc = registerDocumentFromSnapshot(snapshot);
  let body: Buffer | string;
  if (format === "xlsx") body = await registerXlsx(doc, language);
  else if (format === "csv") body = registerCsv(doc, language);
  else if (format === "json") body = serializeRegisterDocument(doc);
  else body = `${JSON.stringify(registerJsonLd(doc, language), null, 2)}\n`;
  await recordExport(access, { format, language: languageOrNull, sha256 });
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: headers(format, name) });
}
