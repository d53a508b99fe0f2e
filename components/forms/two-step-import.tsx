"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { isRecord, propertyOf } from "@/lib/validation/unknown";
import { apiErrorOf, responseJson } from "./api-response";

type ImportIssue = { sheet?: string; line: number | null; column: string | null; message: string };
export type ImportReport = { dryRun: boolean; ok: boolean; issues: ImportIssue[] };

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * A file imported in two steps: "Check file" sends it as a dry run and shows the server's
 * report (line, column, problem); "Import" is offered only for a file that passed, and the
 * server saves everything or nothing. The register import and the translator's workbook
 * both work this way, so they share it.
 */
export function TwoStepImport<R extends ImportReport>({
  messages,
  failedKey = "failed",
  withSheet = false,
  accept,
  target,
  imported,
  passed,
  issuesTestId,
  prepare,
  onFileChange,
  resetKey,
  children,
}: {
  /**
   * The form's message file; it holds importHeading, importIntro, file, check, checking, import,
   * importing, chooseFile, reportHeading, reportProblems, line, column, message (and sheet).
   */
  messages: "export" | "translations";
  /** The key of "the request failed" in that file. */
  failedKey?: string;
  /** Whether issues name their worksheet (a register workbook has several). */
  withSheet?: boolean;
  accept: string;
  /** Where the file goes, or why it cannot be sent (checked before the upload). */
  target: (file: File, dryRun: boolean) => { url: string } | { error: string };
  /** The confirmation after a successful import. */
  imported: (report: R) => string;
  /** What the report of a file that passed the check says. */
  passed: (report: R) => string;
  issuesTestId?: string;
  /**
   * A step before the check (the register workbook's column mapping): "wait" stops here so the
   * user can look at what it shows; an error is the file's.
   */
  prepare?: (file: File) => Promise<"go" | "wait" | { error: string }>;
  onFileChange?: (file: File | null) => void;
  /** When it changes (the user changed the mapping) a check's result no longer holds. */
  resetKey?: string;
  /** Shown between the file and the buttons: what `prepare` found. */
  children?: ReactNode;
}) {
  const t = useTranslations(messages);
  const tIssues = useTranslations("exportIssues");
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [report, setReport] = useState<R | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const tooLarge = tIssues("tooLarge", { max: MAX_BYTES / 1024 / 1024 });
  const [reportKey, setReportKey] = useState(resetKey);
  if (reportKey !== resetKey) {
    setReportKey(resetKey);
    setReport(null);
  }

  async function send(dryRun: boolean) {
    setNotice(null);
    if (!file) return setFileError(t("chooseFile"));
    if (file.size > MAX_BYTES) return setFileError(tooLarge);
    const destination = target(file, dryRun);
    if ("error" in destination) return setFileError(destination.error);
    setBusy(dryRun ? "check" : "import");
    try {
      if (dryRun && prepare) {
        const prepared = await prepare(file);
        if (typeof prepared === "object") return setFileError(prepared.error);
        if (prepared === "wait") return;
      }
      // The target may depend on what `prepare` found (the mapping), so it is asked again.
      const again = target(file, dryRun);
      if ("error" in again) return setFileError(again.error);
      const { url } = again;
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream", Accept: "application/json" },
        body: file,
      });
      const json = await responseJson(response);
      // The import route's report (a dry run's, or the refusal's beside the error), from the same build.
      const report = propertyOf(propertyOf(json, "data"), "report") ?? propertyOf(json, "report");
      const received = isRecord(report) ? (report as R) : null;
      if (received) setReport(received);
      if (!response.ok) {
        const error = apiErrorOf(json);
        const message = error?.fieldErrors?.file?.[0] ?? error?.message ?? t(failedKey);
        if (error?.fieldErrors?.file) setFileError(message);
        else setNotice({ tone: "error", text: message });
        return;
      }
      if (!dryRun && received?.ok) {
        setNotice({ tone: "success", text: imported(received) });
        setReport(null);
        setFile(null);
        onFileChange?.(null);
        router.refresh();
      }
    } catch {
      setNotice({ tone: "error", text: t(failedKey) });
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
            accept={accept}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileId}-error` : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              onFileChange?.(chosen);
              setReport(null);
              setNotice(null);
              // The server refuses it too (413); saying so before the upload saves the wait.
              setFileError(chosen && chosen.size > MAX_BYTES ? tooLarge : undefined);
            }}
          />
        </FormField>
        {children}
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
          {report.ok ? (
            <Alert tone="success">{passed(report)}</Alert>
          ) : (
            <>
              <Alert tone="error">{t("reportProblems", { count: report.issues.length })}</Alert>
              <div className="overflow-x-auto">
                <table className="min-w-full border-collapse text-left text-sm" data-testid={issuesTestId}>
                  <thead>
                    <tr className="border-b border-slate-300">
                      {withSheet ? <th scope="col" className="py-1 pr-4">{t("sheet")}</th> : null}
                      <th scope="col" className="py-1 pr-4">{t("line")}</th>
                      <th scope="col" className="py-1 pr-4">{t("column")}</th>
                      <th scope="col" className="py-1">{t("message")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.issues.map((issue, i) => (
                      <tr key={i} className="border-b border-slate-100 align-top">
                        {withSheet ? <td className="py-1 pr-4">{issue.sheet ?? ""}</td> : null}
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
