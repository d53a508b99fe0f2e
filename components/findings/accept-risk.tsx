"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson, unreadData } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { addMonths, osloDate } from "@/lib/register/dates";
import type { FindingIdentity } from "@/lib/register/risk-acceptance";

/**
 * "Accept this risk" for one warning: a justification and a date until which it holds.
 * The server checks that the finding is a warning the checks report today. After
 * accepting, `onAccepted` reloads the list it sits in (or the page is refreshed).
 */
export function AcceptRisk({ companyId, identity, onAccepted }: { companyId: string; identity: FindingIdentity; onAccepted?: () => void }) {
  const t = useTranslations("riskAcceptance");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [justification, setJustification] = useState("");
  const [expiresOn, setExpiresOn] = useState(() => addMonths(osloDate(new Date()), 12));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; fieldErrors: Record<string, string[]> } | null>(null);
  const id = `accept-${identity.ruleId}-${identity.subjectId}-${identity.field}`.replace(/[^A-Za-z0-9_-]/g, "_");

  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-label={t("acceptLabel", { rule: identity.ruleId })}>
        {t("accept")}
      </Button>
    );
  }
  const submit = async () => {
    setBusy(true);
    setError(null);
    const response = await submitJson(`/api/companies/${companyId}/risk-acceptances`, "POST", { ...identity, justification, expiresOn }, unreadData);
    setBusy(false);
    if (!response.ok) {
      setError({ text: response.message || tc("unexpectedError"), fieldErrors: response.fieldErrors });
      return;
    }
    setOpen(false);
    if (onAccepted) onAccepted();
    else router.refresh();
  };
  return (
    <form
      className="w-full space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      aria-label={t("acceptLabel", { rule: identity.ruleId })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error ? <Alert tone="error">{error.text}</Alert> : null}
      <FormField id={`${id}-justification`} label={t("justification")} hint={t("justificationHint")} error={error?.fieldErrors.justification?.[0]}>
        <textarea
          id={`${id}-justification`}
          rows={3}
          maxLength={2000}
          value={justification}
          onChange={(event) => setJustification(event.target.value)}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </FormField>
      <FormField id={`${id}-expires`} label={t("expiresOn")} hint={t("expiresOnHint")} error={error?.fieldErrors.expiresOn?.[0]}>
        <Input id={`${id}-expires`} type="date" value={expiresOn} onChange={(event) => setExpiresOn(event.target.value)} />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={busy}>
          {busy ? t("accepting") : t("submit")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** Withdraws an acceptance before it expires: the warning is open again. */
export function WithdrawAcceptance({ companyId, acceptanceId, ruleId }: { companyId: string; acceptanceId: string; ruleId: string }) {
  const t = useTranslations("riskAcceptance");
  const tc = useTranslations("common");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = async () => {
    setBusy(true);
    const response = await submitJson(`/api/companies/${companyId}/risk-acceptances/${acceptanceId}`, "DELETE", {}, unreadData);
    setBusy(false);
    if (!response.ok) setError(response.message || tc("unexpectedError"));
    else router.refresh();
  };
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button size="sm" variant="ghost" disabled={busy} onClick={() => void withdraw()} aria-label={t("withdrawLabel", { rule: ruleId })}>
        {t("withdraw")}
      </Button>
    </>
  );
}
