"use client";
import { useTranslations } from "next-intl";
import { TwoStepImport, type ImportReport } from "@/components/forms/two-step-import";

type TranslationImportReport = ImportReport & { written: number };

/**
 * A translator's workbook brought back like the register import (components/forms/two-step-import):
 * checked first, then every translation written or none.
 */
export function TranslationImportForm({ companyId }: { companyId: string }) {
  const t = useTranslations("translations");
  return (
    <TwoStepImport<TranslationImportReport>
      messages="translations"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      target={(_file, dryRun) => ({ url: `/api/companies/${companyId}/translations/xlsx?dryRun=${dryRun}` })}
      imported={(report) => t("imported", { count: report.written })}
      passed={(report) => t("reportOk", { count: report.written })}
      issuesTestId="translation-import-issues"
    />
  );
}
