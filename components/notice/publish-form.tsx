"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { showFieldErrors, submitJson } from "@/components/forms/submit-json";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { publishNoticeSchema, type PublishNoticeInput } from "@/lib/notice/publish-schema";
import { displayMessage } from "@/lib/validation/messages";
import type { GoingLive } from "@/lib/server/notice/versions";
import { BlockingFindings, blockingFindingsSchema, type BlockingFindingView } from "./blocking-findings";
import { PublishConfirmation } from "./publish-confirmation";

/**
 * Publishes the next notice version with a short change summary. A refusal
 * because of error-level findings (409) lists them with links to where they are fixed.
 */
export function PublishForm({ companyId, nextNumber, locale, goingLive, lookChanged }: { companyId: string; nextNumber: number; locale: "en" | "nb"; goingLive: GoingLive[]; lookChanged: boolean }) {
  const t = useTranslations("notice");
  const tc = useTranslations("common");
  const router = useRouter();
  const { translate, errorMap } = useValidation();
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string; findings?: BlockingFindingView[] } | null>(null);
  const form = useForm<PublishNoticeInput>({ resolver: zodResolver(publishNoticeSchema, { error: errorMap }), defaultValues: { changeSummary: "" } });
  const { errors, isSubmitting } = form.formState;

  // A valid form asks first (the confirmation shows what goes live); only the confirmation publishes.
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [pending, setPending] = useState<PublishNoticeInput>({ changeSummary: "" });
  const onSubmit = form.handleSubmit((values) => {
    setResult(null);
    setPending(values);
    setConfirming(true);
  });
  const confirm = async () => {
    setPublishing(true);
    try {
      await publish(pending);
    } finally {
      setPublishing(false);
      setConfirming(false);
    }
  };

  const publish = async (values: PublishNoticeInput) => {
    const response = await submitJson(`/api/companies/${companyId}/notice/versions`, "POST", values, z.object({ number: z.number() }));
    if (!response.ok) {
      showFieldErrors(form.setError, response.fieldErrors);
      const findings = blockingFindingsSchema.safeParse(response.details.findings).data;
      setResult({ tone: "error", text: response.message || tc("unexpectedError"), ...(findings ? { findings } : {}) });
      return;
    }
    form.reset({ changeSummary: "" });
    setResult({ tone: "success", text: t("publishedOk", { number: response.data.number }) });
    router.refresh();
  };

  const error = displayMessage(errors.changeSummary?.message, translate);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      {result?.findings?.length ? <BlockingFindings findings={result.findings} locale={locale} /> : null}
      <FormField id="changeSummary" label={t("changeSummary")} error={error} hint={t("changeSummaryHint")}>
        <textarea
          id="changeSummary"
          rows={2}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-600"
          aria-invalid={errors.changeSummary ? true : undefined}
          aria-describedby={errors.changeSummary ? "changeSummary-error" : "changeSummary-hint"}
          {...form.register("changeSummary")}
        />
      </FormField>
      <Button type="submit" disabled={isSubmitting || publishing}>
        {publishing ? t("publishing") : t("publish", { number: nextNumber })}
      </Button>
      <PublishConfirmation
        open={confirming}
        nextNumber={nextNumber}
        changeSummary={pending.changeSummary}
        goingLive={goingLive}
        lookChanged={lookChanged}
        firstPublication={nextNumber === 1}
        publishing={publishing}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
