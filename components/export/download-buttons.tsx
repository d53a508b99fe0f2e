"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

type Format = "pdf" | "xlsx" | "csv" | "json" | "jsonld";

const FORMATS: { format: Format; name: "pdf" | "xlsx" | "csv" | "json" | "jsonld"; hint: "pdfHint" | "spreadsheetHint" | "jsonHint" | "jsonldHint" }[] = [
  { format: "pdf", name: "pdf", hint: "pdfHint" },
  { format: "xlsx", name: "xlsx", hint: "spreadsheetHint" },
  { format: "csv", name: "csv", hint: "spreadsheetHint" },
  { format: "json", name: "json", hint: "jsonHint" },
  { format: "jsonld", name: "jsonld", hint: "jsonldHint" },
];

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fileNameFrom(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? fallback;
}

/**
 * Download buttons for every export format. The file is fetched here rather
 * than by a plain link so that the page can show progress while the server
 * streams a long PDF, and an error message instead of a broken download.
 */
export function DownloadButtons({ companyId, defaultLanguage }: { companyId: string; defaultLanguage: "en" | "nb" }) {
  const t = useTranslations("export");
  const languageId = useId();
  const [language, setLanguage] = useState<"en" | "nb">(defaultLanguage);
  const [busy, setBusy] = useState<{ format: Format; received: number } | null>(null);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function download(format: Format, label: string) {
    setNotice(null);
    setBusy({ format, received: 0 });
    try {
      const response = await fetch(`/api/companies/${companyId}/export/${format}?lang=${language}`);
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        received += value.byteLength;
        setBusy({ format, received });
      }
      const blob = new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" });
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileNameFrom(response, `register.${format}`);
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNotice({ tone: "success", text: t("downloaded", { format: label }) });
    } catch {
      setNotice({ tone: "error", text: t("downloadFailed") });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">{t("downloadHeading")}</h2>
      <div className="max-w-xs space-y-1">
        <Label htmlFor={languageId}>{t("language")}</Label>
        <Select id={languageId} value={language} onChange={(event) => setLanguage(event.target.value === "nb" ? "nb" : "en")}>
          <option value="en">{t("languageEn")}</option>
          <option value="nb">{t("languageNb")}</option>
        </Select>
      </div>
      <ul className="space-y-3">
        {FORMATS.map(({ format, name, hint }) => {
          const label = t(name);
          return (
            <li key={format} className="flex flex-wrap items-center gap-3">
              <Button variant={format === "pdf" ? "primary" : "secondary"} disabled={busy !== null} onClick={() => void download(format, label)} aria-describedby={`${languageId}-${format}`}>
                {t("download", { format: label })}
              </Button>
              <span id={`${languageId}-${format}`} className="text-sm text-slate-600">
                {t(hint)}
              </span>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite" className="space-y-2">
        {busy ? (
          <div className="flex items-center gap-3 text-sm text-slate-700">
            <progress className="h-2 w-40" aria-label={t("preparing", { format: t(FORMATS.find((f) => f.format === busy.format)?.name ?? "pdf") })} />
            <span>
              {t("preparing", { format: t(FORMATS.find((f) => f.format === busy.format)?.name ?? "pdf") })}
              {busy.received > 0 ? ` ${t("received", { size: formatBytes(busy.received) })}` : ""}
            </span>
          </div>
        ) : null}
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
    </Card>
  );
}
