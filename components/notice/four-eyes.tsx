"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { submitJson } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { PUBLISH_REQUEST_STATUSES } from "@/lib/register/enums";

const publishRequestJsonSchema = z.object({
  id: z.string(),
  status: z.enum(PUBLISH_REQUEST_STATUSES),
  requestedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  requestedAt: z.string(),
  changeSummary: z.string().nullable(),
  decidedByName: z.string().nullable(),
  noticeNumber: z.number().nullable(),
});
export type PublishRequestJson = z.output<typeof publishRequestJsonSchema>;

const textareaClass = "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

/**
 * Publishing with four eyes (lib/server/notice/publish-requests.ts): one owner asks with a
 * change summary, another owner approves (which publishes) or turns it down with a reason;
 * the asker may withdraw. Shown instead of the publish form when the company requires it.
 */
export function FourEyesPublish({ companyId, userId, pending, recent }: { companyId: string; userId: string; pending: PublishRequestJson | null; recent: PublishRequestJson[] }) {
  const t = useTranslations("publishRequest");
  const tn = useTranslations("notice");
  const tc = useTranslations("common");
  const router = useRouter();
  const [summary, setSummary] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string; fieldErrors?: Record<string, string[]> } | null>(null);

  const send = async (url: string, body: unknown, success: (data: { request?: PublishRequestJson; published?: { number: number } | null }) => string) => {
    setBusy(true);
    setResult(null);
    const response = await submitJson(url, "POST", body, z.object({ request: publishRequestJsonSchema.optional(), published: z.object({ number: z.number() }).nullable().optional() }));
    setBusy(false);
    if (!response.ok) {
      setResult({ tone: "error", text: response.message || tc("unexpectedError"), fieldErrors: response.fieldErrors });
      return;
    }
    setSummary("");
    setNote("");
    setResult({ tone: "success", text: success(response.data) });
    router.refresh();
  };
  const decide = (decision: "approve" | "reject") =>
    pending
      ? send(`/api/companies/${companyId}/notice/requests/${pending.id}`, { decision, note }, (data) => {
          if (data.published) return t("approved", { number: data.published.number });
          return data.request?.status === "WITHDRAWN" ? t("withdrawn") : t("rejected");
        })
      : Promise.resolve();
  const own = pending?.requestedBy?.id === userId;

  return (
    <div className="space-y-3" data-testid="four-eyes">
      <p className="text-sm text-slate-700">{t("approvalNeeded")}</p>
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      {pending ? (
        <section aria-labelledby="pending-title" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <h2 id="pending-title" className="font-semibold">
            {t("pendingTitle")}
          </h2>
          <p>{t("requestedBy", { name: pending.requestedBy?.name ?? "—", date: pending.requestedAt.slice(0, 10), summary: pending.changeSummary ?? "" })}</p>
          {own ? <p className="text-slate-700">{t("ownRequestHint")}</p> : null}
          <FormField id="decision-note" label={t("note")} error={result?.fieldErrors?.note?.[0]}>
            <textarea id="decision-note" rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} className={textareaClass} />
          </FormField>
          <div className="flex flex-wrap gap-2">
            {own ? (
              <Button variant="secondary" disabled={busy} onClick={() => void decide("reject")}>
                {t("withdraw")}
              </Button>
            ) : (
              <>
                <Button disabled={busy} onClick={() => void decide("approve")}>
                  {t("approve")}
                </Button>
                <Button variant="secondary" disabled={busy} onClick={() => void decide("reject")}>
                  {t("reject")}
                </Button>
              </>
            )}
          </div>
        </section>
      ) : (
        <form
          className="space-y-3"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send(`/api/companies/${companyId}/notice/requests`, { changeSummary: summary }, () => t("requested"));
          }}
        >
          <FormField id="request-summary" label={tn("changeSummary")} hint={tn("changeSummaryHint")} error={result?.fieldErrors?.changeSummary?.[0]}>
            <textarea id="request-summary" rows={2} maxLength={500} value={summary} onChange={(event) => setSummary(event.target.value)} className={textareaClass} />
          </FormField>
          <Button type="submit" disabled={busy}>
            {busy ? t("requesting") : t("request")}
          </Button>
        </form>
      )}
      {recent.length > 0 ? (
        <section aria-labelledby="recent-requests" className="text-sm">
          <h2 id="recent-requests" className="font-semibold">
            {t("recentTitle")}
          </h2>
          <ul className="list-disc pl-5">
            {recent.map((request) => (
              <li key={request.id}>
                {request.requestedAt.slice(0, 10)} · {request.requestedBy?.name ?? "—"} · {t(`status.${request.status}`)}
                {request.decidedByName ? ` (${request.decidedByName})` : ""}
                {request.noticeNumber ? ` · v${request.noticeNumber}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
