"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { TwoStepImport, type ImportReport } from "@/components/forms/two-step-import";
import type { ColumnMapping } from "@/lib/export/spreadsheet/mapping";
import { apiDataOf, apiErrorOf, responseJson } from "@/components/forms/api-response";
import { ColumnMappingStep, mappingNeedsNoLook, mappingProposalSchema, type MappingProposal } from "./column-mapping";

type Summary = { activities: number; created: Record<string, number>; matched: number };
type RegisterImportReport = ImportReport & { summary: Summary | null };

function formatOf(file: File): "json" | "xlsx" | "csv" | null {
  const extension = file.name.toLowerCase().split(".").pop();
  return extension === "json" || extension === "xlsx" || extension === "csv" ? extension : null;
}

/**
 * The register imported from a JSON file, a workbook or a CSV file, checked first
 * (components/forms/two-step-import). A workbook's columns are matched to the register's
 * fields first (column-mapping.tsx); the step stops for a look unless every heading is
 * Protokoll's own or the DPO's earlier choice.
 */
export function ImportForm({ companyId }: { companyId: string }) {
  const t = useTranslations("export");
  const [proposal, setProposal] = useState<MappingProposal | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  // The upload reads the mapping when it is sent, after `prepare` may just have set it.
  const mappingRef = useRef<ColumnMapping | null>(null);
  const choose = (next: ColumnMapping | null) => {
    mappingRef.current = next;
    setMapping(next);
  };

  async function prepare(file: File): Promise<"go" | "wait" | { error: string }> {
    if (formatOf(file) !== "xlsx" || mappingRef.current) return "go";
    const response = await fetch(`/api/companies/${companyId}/import/mapping`, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream", Accept: "application/json" },
      body: file,
    });
    const json = await responseJson(response);
    const found = response.ok ? apiDataOf(json, mappingProposalSchema) : null;
    if (!found) {
      const error = apiErrorOf(json);
      return { error: error?.fieldErrors?.file?.[0] ?? error?.message ?? t("downloadFailed") };
    }
    const chosen: ColumnMapping = { sheets: found.sheets.map((sheet) => ({ sheetName: sheet.sheetName, record: sheet.record, fields: sheet.columns.map((c) => c.field) })) };
    setProposal(found);
    choose(chosen);
    return found.sheets.every((sheet, i) => mappingNeedsNoLook(sheet, chosen.sheets[i], found.required)) ? "go" : "wait";
  }

  return (
    <TwoStepImport<RegisterImportReport>
      messages="export"
      failedKey="downloadFailed"
      withSheet
      accept=".json,.xlsx,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      target={(file, dryRun) => {
        const format = formatOf(file);
        if (!format) return { error: t("unknownType") };
        const url = `/api/companies/${companyId}/import/${format}?dryRun=${dryRun}`;
        return { url: format === "xlsx" && mappingRef.current ? `${url}&mapping=${encodeURIComponent(JSON.stringify(mappingRef.current))}` : url };
      }}
      prepare={prepare}
      onFileChange={() => {
        setProposal(null);
        choose(null);
      }}
      resetKey={mapping ? JSON.stringify(mapping) : ""}
      imported={(report) => t("imported", { activities: report.summary?.activities ?? 0 })}
      passed={(report) => {
        const summary = report.summary ?? { activities: 0, created: {}, matched: 0 };
        const created = Object.values(summary.created).reduce((sum, n) => sum + n, 0);
        return t("reportOk", { activities: summary.activities, created, matched: summary.matched });
      }}
    >
      {proposal && mapping ? <ColumnMappingStep proposal={proposal} mapping={mapping} onChange={choose} /> : null}
    </TwoStepImport>
  );
}
