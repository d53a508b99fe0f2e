import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ActivityReview } from "@/lib/server/reviews";

/** The company overview's list of reviews overdue or due within 30 days, overdue first, each linking to its activity. */
export async function ReviewsDue({ base, reviews }: { base: string; reviews: ActivityReview[] }) {
  const t = await getTranslations("review");
  const due = reviews.filter((review) => review.state === "overdue" || review.state === "dueSoon");
  const overdue = due.filter((review) => review.state === "overdue").length;
  return (
    <Card aria-labelledby="reviews-due-title" data-testid="reviews-due">
      <h2 id="reviews-due-title" className="font-medium">
        {t("overviewTitle")}
      </h2>
      {overdue > 0 ? <p className="text-sm font-semibold text-red-800">{t("overdueCount", { count: overdue })}</p> : null}
      {due.length === 0 ? (
        <p className="text-sm text-slate-600">{t("overviewNone")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {due.map((review) => (
            <li key={review.activityId} className="flex flex-wrap items-center gap-2 py-1.5">
              <span className={review.state === "overdue" ? "rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900" : "rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"}>
                {t(`state.${review.state}`)}
              </span>
              <Link href={`${base}/activities/${review.activityId}`} className="text-brand-800 underline">
                {review.activityName}
              </Link>
              <span className="text-slate-600">
                {t("dueOn", { date: review.nextReviewOn ?? "" })}
                {review.owner ? ` · ${review.owner.name}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
