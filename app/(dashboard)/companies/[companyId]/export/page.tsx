import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DownloadButtons } from "@/components/export/download-buttons";
import { ImportForm } from "@/components/export/import-form";
import { can } from "@/lib/auth/permissions";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("export"))("title") };
}

export default async function ExportPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId, "register.read");
  const t = await getTranslations("export");
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      </div>
      <DownloadButtons companyId={access.company.id} defaultLanguage={locale} />
      {can(access.role, "register.write") ? <ImportForm companyId={access.company.id} /> : <p className="text-sm text-slate-700">{t("viewerNote")}</p>}
    </div>
  );
}
