"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { submitJson } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { osloDate } from "@/lib/register/dates";
import { REVIEW_STATES, type ReviewState } from "@/lib/register/review";

/** The review state as the server's data layer returns it (lib/server/reviews.ts ActivityReview, as JSON). */
const reviewViewSchema = z.object({
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  nextReviewOn: z.string().nullable(),
  lastReviewedAt: z.string().nullable(),
  lastReviewedByName: z.string().nullable(),
  state: z.enum(REVIEW_STATES),
});
export type ReviewView = z.output<typeof reviewViewSchema>;

type Feedback = { tone: "error" | "success"; text: string; method: "PUT" | "POST"; fieldErrors?: Record<string, string[]> };

const STATE_CLASS: Record<ReviewState, string> = {
  overdue: "bg-red-100 text-red-900",
  dueSoon: "bg-amber-100 text-amber-900",
  scheduled: "bg-emerald-100 text-emerald-900",
  unscheduled: "bg-slate-100 text-slate-800",
};

/**
 * Owner and next review date of one activity, and "Mark reviewed" (a REVIEW event in its
 * history). Beside the activity's editor; these are not part of the activity's content,
 * so saving them does not touch its version.
 */
export function ReviewPanel({
  companyId,
  activityId,
  initial,
  owners,
  readOnly,
  canBeReviewed,
}: {
  companyId: string;
  activityId: string;
  initial: ReviewView;
  owners: { id: string; name: string }[];
  readOnly: boolean;
  /** A retired activity keeps its owner but is not reviewed. */
  canBeReviewed: boolean;
}) {
  const t = useTranslations("review");
  const tc = useTranslations("common");
  const [review, setReview] = useState(initial);
  const [ownerId, setOwnerId] = useState(initial.owner?.id ?? "");
  const [nextReviewOn, setNextReviewOn] = useState(initial.nextReviewOn ?? "");
  const [note, setNote] = useState("");
  const [nextAfter, setNextAfter] = useState("");
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const url = `/api/companies/${companyId}/activities/${activityId}/review`;

  const send = async (method: "PUT" | "POST", body: unknown, success: string) => {
    setBusy(true);
    setFeedback(null);
    const response = await submitJson(url, method, body, reviewViewSchema);
    setBusy(false);
    if (!response.ok) {
      setFeedback({ tone: "error", text: response.message || tc("unexpectedError"), method, fieldErrors: response.fieldErrors });
      return;
    }
    setReview(response.data);
    setNextReviewOn(response.data.nextReviewOn ?? "");
    if (method === "POST") {
      setNote("");
      setNextAfter("");
    }
    setFeedback({ tone: "success", text: success, method });
  };

  // Each form shows the errors of its own request.
  const fieldError = (method: "PUT" | "POST", name: string) => (feedback?.method === method ? feedback.fieldErrors?.[name]?.[0] : undefined);
  return (
    <section aria-labelledby="review-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="review-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_CLASS[review.state]}`} data-testid="review-state">
          {t(`state.${review.state}`)}
        </span>
      </div>
      <p className="text-slate-700">{t("intro")}</p>
      <p data-testid="last-review">
        {review.lastReviewedAt ? t("lastReviewed", { date: osloDate(new Date(review.lastReviewedAt)), name: review.lastReviewedByName ?? "—" }) : t("neverReviewed")}
      </p>
      {feedback ? <Alert tone={feedback.tone}>{feedback.text}</Alert> : null}
      <form
        className="grid gap-3 sm:grid-cols-[1fr_1fr_auto]"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send("PUT", { ownerId, nextReviewOn }, t("saved"));
        }}
      >
        <FormField id="review-owner" label={t("owner")} error={fieldError("PUT", "ownerId")}>
          <Select id="review-owner" value={ownerId} onChange={(event) => setOwnerId(event.target.value)} disabled={readOnly}>
            <option value="">{t("noOwner")}</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="review-next" label={t("nextReviewOn")} error={fieldError("PUT", "nextReviewOn")}>
          <Input id="review-next" type="date" value={nextReviewOn} onChange={(event) => setNextReviewOn(event.target.value)} disabled={readOnly} />
        </FormField>
        {readOnly ? null : (
          <div className="flex items-end">
            <Button type="submit" variant="secondary" disabled={busy}>
              {t("save")}
            </Button>
          </div>
        )}
      </form>
      {readOnly || !canBeReviewed ? null : (
        <form
          className="grid gap-3 border-t border-slate-100 pt-3 sm:grid-cols-[2fr_1fr_auto]"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send("POST", { note, nextReviewOn: nextAfter }, t("markedReviewed"));
          }}
        >
          <FormField id="review-note" label={t("note")} error={fieldError("POST", "note")}>
            <Input id="review-note" value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
          </FormField>
          <FormField id="review-next-after" label={t("nextAfterReview")} hint={t("nextAfterReviewHint")} error={fieldError("POST", "nextReviewOn")}>
            <Input id="review-next-after" type="date" value={nextAfter} onChange={(event) => setNextAfter(event.target.value)} />
          </FormField>
          <div className="flex items-end">
            <Button type="submit" disabled={busy}>
              {busy ? t("marking") : t("markReviewed")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
