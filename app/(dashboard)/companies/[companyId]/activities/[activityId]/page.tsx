import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import Link from "next/link";
import { ActivityEditor } from "@/components/activity/activity-editor";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getActivity, loadActivityCatalogs } from "@/lib/server/activities";
import { editorLanguages } from "@/lib/server/companies";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("title") };
}

export default async function ActivityPage({ params }: { params: Promise<{ companyId: string; activityId: string }> }) {
  const { companyId, activityId } = await params;
  const access = await pageCompanyAccess(companyId);
  const activity = await getActivity(access, activityId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [catalogs, languages, t] = await Promise.all([loadActivityCatalogs(access), editorLanguages(access), getTranslations("activities")]);
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  return (
    <div className="space-y-4">
      <Link href={`/companies/${access.company.id}/activities`} className="text-sm text-brand-700 hover:underline">
        {t("backToRegister")}
      </Link>
      <h1 className="text-2xl font-semibold">{activity.name}</h1>
      <ActivityEditor
        // Keyed by id only: a refresh after saving keeps the form's state (and its "Saved." message).
        key={activity.id}
        companyId={access.company.id}
        initial={activity}
        catalogs={catalogs}
        readOnly={!can(access.role, "register.write")}
        locale={locale}
        languages={languages}
      />
    </div>
  );
}
