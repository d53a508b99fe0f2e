"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { submitJson } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The second click of "add from template": creates the draft and opens it in the editor,
 * where the template's assumptions and the company's to-do are shown (`?fromTemplate=1`).
 */
export function AddTemplateButton({ companyId, templateId, name }: { companyId: string; templateId: string; name: string }) {
  const t = useTranslations("templates");
  const tc = useTranslations("common");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setBusy(true);
    setError(null);
    const response = await submitJson(`/api/companies/${companyId}/activities/from-template`, "POST", { templateId }, z.object({ id: z.string() }));
    if (!response.ok) {
      setBusy(false);
      setError(response.message || tc("unexpectedError"));
      return;
    }
    router.push(`/companies/${companyId}/activities/${response.data.id}?fromTemplate=1`);
  };

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button size="sm" onClick={() => void add()} disabled={busy} aria-label={t("addLabel", { name })}>
        {busy ? t("adding") : t("add")}
      </Button>
    </div>
  );
}
