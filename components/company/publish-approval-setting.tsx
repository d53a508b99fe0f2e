"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The company's four-eyes setting: publishing the notice needs a second owner's approval. */
export function PublishApprovalSetting({ companyId, initial }: { companyId: string; initial: boolean }) {
  const t = useTranslations("publishRequest");
  const tc = useTranslations("common");
  const [checked, setChecked] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  return (
    <Card aria-labelledby="four-eyes-title">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setResult(null);
          void submitJson<{ publishNeedsApproval: boolean }>(`/api/companies/${companyId}/publish-approval`, "PUT", { publishNeedsApproval: checked }).then((response) => {
            setBusy(false);
            if (response.ok) setResult({ tone: "success", text: t("settingSaved") });
            else setResult({ tone: "error", text: response.message || tc("unexpectedError") });
          });
        }}
      >
        <h2 id="four-eyes-title" className="text-lg font-semibold">
          {t("settingTitle")}
        </h2>
        {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={checked} onChange={(event) => setChecked(event.target.checked)} aria-describedby="four-eyes-hint" />
          <span>{t("settingLabel")}</span>
        </label>
        <p id="four-eyes-hint" className="text-xs text-slate-600">
          {t("settingHint")}
        </p>
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("settingSave")}
        </Button>
      </form>
    </Card>
  );
}
