"use client";
import { useTranslations } from "next-intl";
import { TwoStepImport, type ImportReport } from "@/components/forms/two-step-import";

type Summary = { activities: number; created: Record<string, number>; matched: number };
type RegisterImportReport = ImportReport & { summary: Summary | null };

function formatOf(file: File): "json" | "xlsx" | "csv" | null {
  const extension = file.name.toLowerCase().split(".").pop();
  return extension === "json" || extension === "xlsx" || extension === "csv" ? extension : null;
}

/** The register imported from a JSON file, a workbook or a CSV file, checked first (components/forms/two-step-import). */
export function ImportForm({ companyId }: { companyId: string }) {
  const t = useTranslations("export");
  return (
    <TwoStepImport<RegisterImportReport>
      messages="export"
      failedKey="downloadFailed"
      withSheet
      accept=".json,.xlsx,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      target={(file, dryRun) => {
        const format = formatOf(file);
        return format ? { url: `/api/companies/${companyId}/import/${format}?dryRun=${dryRun}` } : { error: t("unknownType") };
      }}
      imported={(report) => t("imported", { activities: report.summary?.activities ?? 0 })}
      passed={(report) => {
        const summary = report.summary ?? { activities: 0, created: {}, matched: 0 };
        const created = Object.values(summary.created).reduce((sum, n) => sum + n, 0);
        return t("reportOk", { activities: summary.activities, created, matched: summary.matched });
      }}
    />
  );
}
