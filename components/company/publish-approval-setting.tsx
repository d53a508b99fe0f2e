"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { submitJson } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

/**
 * The company's four-eyes setting: publishing the notice needs a second owner's approval.
 * Saved as soon as it is ticked, apart from the profile form (it is not part of the notice);
 * a refusal (one owner only) puts the box back and says why.
 */
export function PublishApprovalSetting({ companyId, initial }: { companyId: string; initial: boolean }) {
  const t = useTranslations("publishRequest");
  const tc = useTranslations("common");
  const [checked, setChecked] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const change = async (wanted: boolean) => {
    setBusy(true);
    setResult(null);
    setChecked(wanted);
    const response = await submitJson(`/api/companies/${companyId}/publish-approval`, "PUT", { publishNeedsApproval: wanted }, z.object({ publishNeedsApproval: z.boolean() }));
    setBusy(false);
    if (response.ok) {
      setChecked(response.data.publishNeedsApproval);
      setResult({ tone: "success", text: t("settingSaved") });
    } else {
      setChecked(!wanted);
      setResult({ tone: "error", text: response.message || tc("unexpectedError") });
    }
  };

  return (
    <Card aria-labelledby="four-eyes-title" className="space-y-3">
      <h2 id="four-eyes-title" className="text-lg font-semibold">
        {t("settingTitle")}
      </h2>
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={checked} disabled={busy} onChange={(event) => void change(event.target.checked)} aria-describedby="four-eyes-hint" />
        <span>{t("settingLabel")}</span>
      </label>
      <p id="four-eyes-hint" className="text-xs text-slate-600">
        {t("settingHint")}
      </p>
    </Card>
  );
}
