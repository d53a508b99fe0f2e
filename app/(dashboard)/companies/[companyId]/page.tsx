import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyRegisterGuidance } from "@/components/company/empty-register-guidance";
import { ReviewsDue } from "@/components/review/reviews-due";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { ACTIVITY_STATUSES } from "@/lib/register/enums";
import { enumLabel } from "@/lib/register/vocabulary";
import { countSuggestions } from "@/lib/server/catalog-suggestions";
import { getCompanyOverview } from "@/lib/server/companies";
import { getFindings } from "@/lib/server/findings";
import { hasUnpublishedChanges } from "@/lib/server/notice/versions";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { loadRegisterSnapshot } from "@/lib/server/register/snapshot";
import { listActivityReviews } from "@/lib/server/reviews";

export default async function CompanyOverviewPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const snapshot = await loadRegisterSnapshot(access);
  const [overview, { summary, completeness }, unpublished, reviews, suggestions] = await Promise.all([
    getCompanyOverview(access),
    getFindings(access, { snapshot }),
    hasUnpublishedChanges(access, snapshot),
    listActivityReviews(access),
    countSuggestions(access),
  ]);
  const te = await getTranslations("emptyRegister");
  const ts = await getTranslations("suggestions");
  const canWrite = can(access.role, "register.write");
  // An empty register is a state with guidance, not zero errors and zero warnings (issue 13).
  const empty = overview.activities.total === 0;
  const t = await getTranslations("dashboard");
  const to = await getTranslations("overview");
  const base = `/companies/${access.company.id}`;
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  const activityScores = Object.values(completeness.activities).map((c) => c.score);
  const average = activityScores.length ? Math.floor(activityScores.reduce((a, b) => a + b, 0) / activityScores.length) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("overview")}</h1>
      {!canWrite ? <Alert>{t("readOnly")}</Alert> : null}
      {empty ? <EmptyRegisterGuidance base={base} canWrite={canWrite} suggestions={suggestions} /> : null}
      {!empty && suggestions > 0 && canWrite ? (
        <Alert data-testid="pending-suggestions">
          {ts("overviewPending", { count: suggestions })}{" "}
          <Link href={`${base}/catalogs#suggestions`} className="underline">
            {ts("overviewLink")}
          </Link>
        </Alert>
      ) : null}
      {unpublished && !empty ? (
        <Alert data-testid="unpublished-changes">
          {to("unpublishedChanges")}{" "}
          <Link href={`${base}/notice`} className="underline">
            {to("reviewNotice")}
          </Link>
        </Alert>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-medium">{t("activities")}</h2>
          <p className="text-3xl font-semibold" data-testid="activity-count">
            {overview.activities.total}
          </p>
          <p className="text-sm text-slate-600">{t("activityCount", { count: overview.activities.total })}</p>
          <h3 className="mt-3 text-sm font-medium">{to("byStatus")}</h3>
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 text-sm">
            {ACTIVITY_STATUSES.map((status) => (
              <div key={status} className="contents">
                <dt className="text-slate-600">{enumLabel("ActivityStatus", status, locale)}</dt>
                <dd className="text-right tabular-nums">{overview.activities.byStatus[status] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <h2 className="font-medium">{to("findings")}</h2>
          {empty && summary.bySeverity.error + summary.bySeverity.warning === 0 ? (
            <p className="mt-2 text-sm text-slate-700" data-testid="nothing-checked">
              {te("nothingChecked")}
            </p>
          ) : (
            <dl className="mt-2 grid grid-cols-2 gap-4">
              <div>
                <dt className="text-sm text-slate-600">{to("errors")}</dt>
                <dd className="text-3xl font-semibold text-red-800" data-testid="error-count">
                  {summary.bySeverity.error}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{to("warnings")}</dt>
                <dd className="text-3xl font-semibold text-amber-800" data-testid="warning-count">
                  {summary.bySeverity.warning}
                </dd>
              </div>
            </dl>
          )}
          <Link href={`${base}/findings`} className="mt-3 inline-block text-sm text-brand-800 underline">
            {to("seeFindings")}
          </Link>
        </Card>
        <Card>
          <h2 className="font-medium">{to("completeness")}</h2>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{to("companyProfile")}</dt>
            <dd className="text-right tabular-nums">{completeness.company.score} %</dd>
            {average !== null ? (
              <>
                <dt className="text-slate-600">{to("activitiesAverage")}</dt>
                <dd className="text-right tabular-nums">{average} %</dd>
              </>
            ) : null}
          </dl>
          {completeness.company.missing.length > 0 ? (
            <>
              <h3 className="mt-3 text-sm font-medium">{to("missing")}</h3>
              <ul className="list-disc pl-5 text-sm">
                {completeness.company.missing.slice(0, 5).map((m) => (
                  <li key={m.key}>
                    <Link className="underline" href={`${base}/profile#${m.key}`}>
                      {m.label[locale]}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      </div>
      <ReviewsDue base={base} reviews={reviews} />
    </div>
  );
}
