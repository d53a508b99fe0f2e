import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import Link from "next/link";
import { isAppError } from "@/lib/errors";
import { getActivity, getActivityHistory } from "@/lib/server/activities";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("history") };
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export default async function ActivityHistoryPage({ params }: { params: Promise<{ companyId: string; activityId: string }> }) {
  const { companyId, activityId } = await params;
  const access = await pageCompanyAccess(companyId);
  const [activity, events] = await Promise.all([getActivity(access, activityId), getActivityHistory(access, activityId)]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("activities");
  const format = await getFormatter();
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
          return (
            <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="font-semibold">
                {event.actor ? t("historyBy", { action, actor: event.actor }) : t("historyBySystem", { action })} ·{" "}
                <time dateTime={event.at}>{format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" })}</time>
              </h2>
              {event.changes.length ? (
                <table className="mt-2 w-full table-fixed text-sm">
                  <thead>
                    <tr className="text-left">
                      <th scope="col" className="w-1/4 p-1">{t("historyField")}</th>
                      <th scope="col" className="p-1">{t("historyBefore")}</th>
                      <th scope="col" className="p-1">{t("historyAfter")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.changes.map((change) => (
                      <tr key={change.path} className="align-top odd:bg-slate-50">
                        <th scope="row" className="break-words p-1 text-left font-mono text-xs">{change.path}</th>
                        <td className="break-words p-1 text-red-900">{show(change.before)}</td>
                        <td className="break-words p-1 text-emerald-900">{show(change.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
