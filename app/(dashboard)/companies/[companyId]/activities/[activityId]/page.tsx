import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import Link from "next/link";
import { ActivityEditor } from "@/components/activity/activity-editor";
import { ReviewPanel } from "@/components/review/review-panel";
import { TemplateAssumptions } from "@/components/templates/template-assumptions";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { findTemplate } from "@/lib/register/templates";
import { getActivity, loadActivityCatalogs } from "@/lib/server/activities";
import { editorLanguages } from "@/lib/server/companies";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { getActivityReview, listOwnerCandidates } from "@/lib/server/reviews";
import { activityTemplateOrigin } from "@/lib/server/templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("title") };
}

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ companyId: string; activityId: string }>;
  searchParams: Promise<{ fromTemplate?: string; created?: string }>;
}) {
  const { companyId, activityId } = await params;
  const { fromTemplate, created } = await searchParams;
  const access = await pageCompanyAccess(companyId);
  const activity = await getActivity(access, activityId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [catalogs, languages, t, review, owners, templateId] = await Promise.all([
    loadActivityCatalogs(access),
    editorLanguages(access),
    getTranslations("activities"),
    getActivityReview(access, activity.id),
    listOwnerCandidates(access),
    activityTemplateOrigin(access, activity.id),
  ]);
  const template = templateId ? findTemplate(templateId) : undefined;
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  return (
    <div className="space-y-4">
      <Link href={`/companies/${access.company.id}/activities`} className="text-sm text-brand-700 hover:underline">
        {t("backToRegister")}
      </Link>
      <h1 className="text-2xl font-semibold">{activity.name}</h1>
      {template ? <TemplateAssumptions template={template} locale={locale} open={fromTemplate === "1"} /> : null}
      <ReviewPanel
        companyId={access.company.id}
        activityId={activity.id}
        initial={review}
        owners={owners}
        readOnly={!can(access.role, "register.write")}
        canBeReviewed={activity.status !== "RETIRED"}
      />
      <ActivityEditor
        // Keyed by id only: a refresh after saving keeps the form's state (and its "Saved." message).
        key={activity.id}
        companyId={access.company.id}
        initial={activity}
        catalogs={catalogs}
        readOnly={!can(access.role, "register.write")}
        locale={locale}
        languages={languages}
        created={created === "1"}
      />
    </div>
  );
}
