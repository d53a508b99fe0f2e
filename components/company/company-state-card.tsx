import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CompanyState } from "@/lib/server/company-states";

/** One company in the companies list, with the state of its register at a glance. */
export async function CompanyStateCard({ state }: { state: CompanyState }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const base = `/companies/${state.company.id}`;
  const notice = state.notice;
  return (
    <Card className="space-y-3" aria-labelledby={`company-${state.company.id}`} data-testid="company-card">
      <div>
        <h2 id={`company-${state.company.id}`} className="text-lg font-medium">
          <Link href={base} className="text-brand-800 hover:underline">
            {state.company.legalName}
          </Link>
        </h2>
        <p className="text-sm text-slate-600">
          {t("companies.role")}: {t(`roles.${state.role}`)}
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("companyStates.activities")}</dt>
        <dd data-testid="company-activities">
          <Link href={`${base}/activities`} className="underline-offset-2 hover:underline">
            {t("companyStates.activityCount", { count: state.activities })}
          </Link>
        </dd>
        <dt className="text-slate-600">{t("companyStates.findings")}</dt>
        <dd data-testid="company-findings">
          <Link href={`${base}/findings`} className="underline-offset-2 hover:underline">
            <span className={state.errors > 0 ? "font-semibold text-red-800" : undefined}>{t("companyStates.errors", { count: state.errors })}</span>
            {" · "}
            <span className={state.warnings > 0 ? "font-semibold text-amber-800" : undefined}>{t("companyStates.warnings", { count: state.warnings })}</span>
          </Link>
        </dd>
        <dt className="text-slate-600">{t("companyStates.notice")}</dt>
        <dd data-testid="company-notice">
          {notice.kind === "never"
            ? t("companyStates.neverPublished")
            : t(notice.kind === "published" ? "companyStates.published" : "companyStates.unpublishedChanges", {
                number: notice.number,
                date: date(notice.publishedAt),
              })}
        </dd>
        <dt className="text-slate-600">{t("companyStates.lastChanged")}</dt>
        <dd data-testid="company-last-changed">
          {state.lastChangedAt ? <time dateTime={state.lastChangedAt}>{date(state.lastChangedAt)}</time> : t("companyStates.noChanges")}
        </dd>
      </dl>
    </Card>
  );
}
