"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type Issue = { sheet: string; line: number | null; column: string | null; message: string };
type Summary = { activities: number; created: Record<string, number>; matched: number };
type Report = { dryRun: boolean; ok: boolean; summary: Summary | null; issues: Issue[] };

const MAX_BYTES = 5 * 1024 * 1024;

function formatOf(file: File): "json" | "xlsx" | "csv" | null {
  const extension = file.name.toLowerCase().split(".").pop();
  return extension === "json" || extension === "xlsx" || extension === "csv" ? extension : null;
}

/**
 * Import in two steps: "Check file" sends it as a dry run and shows the
 * server's report (line, column, problem); "Import" is offered only for a
 * file that passed, and saves everything or nothing.
 */
export function ImportForm({ companyId }: { companyId: string }) {
  const t = useTranslations("export");
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
    if (!file) {
      setFileError(t("chooseFile"));
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(tIssues("tooLarge", { max: MAX_BYTES / 1024 / 1024 }));
      return;
    }
    const format = formatOf(file);
    if (!format) {
      setFileError(t("unknownType"));
      return;
    }
    setBusy(dryRun ? "check" : "import");
    try {
      const response = await fetch(`/api/companies/${companyId}/import/${format}?dryRun=${dryRun}`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream", Accept: "application/json" },
        body: file,
      });
      const json = (await response.json().catch(() => null)) as { data?: { report: Report }; report?: Report; error?: { message: string; fieldErrors?: Record<string, string[]> } } | null;
      const received = json?.data?.report ?? json?.report ?? null;
      if (received) setReport(received);
      if (!response.ok) {
        const message = json?.error?.fieldErrors?.file?.[0] ?? json?.error?.message ?? t("downloadFailed");
        if (json?.error?.fieldErrors?.file) setFileError(message);
        else setNotice({ tone: "error", text: message });
        return;
      }
      if (!dryRun && received?.ok) {
        setNotice({ tone: "success", text: t("imported", { activities: received.summary?.activities ?? 0 }) });
        setReport(null);
        setFile(null);
        router.refresh();
      }
    } catch {
      setNotice({ tone: "error", text: t("downloadFailed") });
    } finally {
      setBusy(null);
    }
  }

  const created = report?.summary ? Object.values(report.summary.created).reduce((sum, n) => sum + n, 0) : 0;

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
            accept=".json,.xlsx,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
        {busy ? <progress className="h-2 w-40" aria-label={busy === "check" ? t("checking") : t("importing")} /> : null}
      </form>
      <div aria-live="polite">{notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}</div>
      {report ? (
        <section aria-labelledby={`${fileId}-report`} className="space-y-2">
          <h3 id={`${fileId}-report`} className="font-semibold">
            {t("reportHeading")}
          </h3>
          {report.ok && report.summary ? (
            <Alert tone="success">{t("reportOk", { activities: report.summary.activities, created, matched: report.summary.matched })}</Alert>
          ) : (
            <>
              <Alert tone="error">{t("reportProblems", { count: report.issues.length })}</Alert>
              <div className="overflow-x-auto">
                <table className="min-w-full border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-1 pr-4">{t("sheet")}</th>
                      <th scope="col" className="py-1 pr-4">{t("line")}</th>
                      <th scope="col" className="py-1 pr-4">{t("column")}</th>
                      <th scope="col" className="py-1">{t("message")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.issues.map((issue, i) => (
                      <tr key={i} className="border-b border-slate-100 align-top">
                        <td className="py-1 pr-4">{issue.sheet}</td>
                        <td className="py-1 pr-4">{issue.line ?? ""}</td>
                        <td className="py-1 pr-4">{issue.column ?? ""}</td>
                        <td className="py-1">{issue.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      ) : null}
    </Card>
  );
}
