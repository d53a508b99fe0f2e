"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type Issue = { line: number | null; column: string | null; message: string };
type Report = { dryRun: boolean; ok: boolean; written: number; issues: Issue[] };

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * A translator's workbook brought back in two steps, like the register import: "Check file"
 * is a dry run with the server's report (line, column, problem); "Import" is offered only for
 * a file that passed, and writes every translation or none.
 */
export function TranslationImportForm({ companyId }: { companyId: string }) {
  const t = useTranslations("translations");
  const tIssues = useTranslations("exportIssues");
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function send(dryRun: boolean) {
    setNotice(null);
    if (!file) return setFileError(t("chooseFile"));
    setBusy(dryRun ? "check" : "import");
    try {
      const response = await fetch(`/api/companies/${companyId}/translations/xlsx?dryRun=${dryRun}`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream", Accept: "application/json" },
        body: file,
      });
      const json = (await response.json().catch(() => null)) as { data?: { report: Report }; report?: Report; error?: { message: string; fieldErrors?: Record<string, string[]> } } | null;
      const received = json?.data?.report ?? json?.report ?? null;
      if (received) setReport(received);
      if (!response.ok) {
        const message = json?.error?.fieldErrors?.file?.[0] ?? json?.error?.message ?? t("failed");
        if (json?.error?.fieldErrors?.file) setFileError(message);
        else setNotice({ tone: "error", text: message });
        return;
      }
      if (!dryRun && received?.ok) {
        setNotice({ tone: "success", text: t("imported", { count: received.written }) });
        setReport(null);
        setFile(null);
        router.refresh();
      }
    } catch {
      setNotice({ tone: "error", text: t("failed") });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">{t("importHeading")}</h2>
      <p className="text-sm text-slate-700">{t("importIntro")}</p>
      <form
        className="space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <FormField id={fileId} label={t("file")} error={fileError}>
          <Input
            id={fileId}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileId}-error` : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setReport(null);
              setNotice(null);
              // The server refuses it too (413); saying so before the upload saves the wait.
              setFileError(chosen && chosen.size > MAX_BYTES ? tIssues("tooLarge", { max: MAX_BYTES / 1024 / 1024 }) : undefined);
            }}
          />
        </FormField>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="secondary" disabled={busy !== null}>
            {busy === "check" ? t("checking") : t("check")}
          </Button>
          {report?.dryRun && report.ok ? (
            <Button disabled={busy !== null} onClick={() => void send(false)}>
              {busy === "import" ? t("importing") : t("import")}
            </Button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">{notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}</div>
      {report ? (
        report.ok ? (
          <Alert tone="success">{t("reportOk", { count: report.written })}</Alert>
        ) : (
          <div className="space-y-2">
            <Alert tone="error">{t("reportProblems", { count: report.issues.length })}</Alert>
            <table className="min-w-full border-collapse text-left text-sm" data-testid="translation-import-issues">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-4">{t("line")}</th>
                  <th scope="col" className="py-1 pr-4">{t("column")}</th>
                  <th scope="col" className="py-1">{t("message")}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue, i) => (
                  <tr key={i} className="border-b border-slate-100 align-top">
                    <td className="py-1 pr-4">{issue.line ?? ""}</td>
                    <td className="py-1 pr-4">{issue.column ?? ""}</td>
                    <td className="py-1">{issue.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </Card>
  );
}
