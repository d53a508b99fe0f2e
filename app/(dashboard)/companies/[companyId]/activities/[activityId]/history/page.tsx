import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import Link from "next/link";
import { ChangeTable } from "@/components/audit/audit-event-list";
import { readableWords } from "@/components/audit/readable-words";
import { isAppError } from "@/lib/errors";
import { readableChanges } from "@/lib/register/readable-changes";
import { getActivity, getActivityHistory } from "@/lib/server/activities";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("history") };
}

export default async function ActivityHistoryPage({ params }: { params: Promise<{ companyId: string; activityId: string }> }) {
  const { companyId, activityId } = await params;
  const access = await pageCompanyAccess(companyId);
  const [activity, events, words] = await Promise.all([getActivity(access, activityId), getActivityHistory(access, activityId), readableWords(access)]).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const t = await getTranslations("activities");
  const format = await getFormatter();
  const labels = { field: t("historyField"), before: t("historyBefore"), after: t("historyAfter") };
  return (
    <div className="space-y-4">
      <Link href={`/companies/${access.company.id}/activities/${activity.id}`} className="text-sm text-brand-700 hover:underline">
        {t("backToActivity")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("historyTitle", { name: activity.name })}</h1>
      {events.length === 0 ? <p>{t("historyEmpty")}</p> : null}
      <ol className="space-y-4">
        {events.map((event) => {
          const action = t(`enum.AuditAction.${event.action}` as "enum.AuditAction.UPDATE");
          const actor = event.actor ? `${event.actor}${event.actorEmail ? ` (${event.actorEmail})` : ""}` : null;
          const changes = readableChanges("ProcessingActivity", event.changes, words);
          return (
            <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="history-event">
              <h2 className="font-semibold">
                {actor ? t("historyBy", { action, actor }) : t("historyBySystem", { action })} ·{" "}
                <time dateTime={event.at}>{format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" })}</time>
              </h2>
              {changes.length ? <ChangeTable changes={changes} labels={labels} /> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
