import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityEditor } from "@/components/activity/activity-editor";
import { emptyActivity } from "@/lib/register/activity-schema";
import { loadActivityCatalogs } from "@/lib/server/activities";
import { editorLanguages } from "@/lib/server/companies";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("newTitle") };
}

export default async function NewActivityPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  // Only editors reach the form; a viewer gets the 403 page.
  const access = await pageCompanyAccess(companyId, "register.write");
  const [catalogs, languages, t] = await Promise.all([loadActivityCatalogs(access), editorLanguages(access), getTranslations("activities")]);
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <ActivityEditor companyId={access.company.id} initial={emptyActivity()} catalogs={catalogs} readOnly={false} locale={locale} languages={languages} />
    </div>
  );
}
