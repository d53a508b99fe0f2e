import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CompanyProfileForm } from "@/components/company/company-profile-form";
import { can } from "@/lib/auth/permissions";
import { getCompanyProfile } from "@/lib/server/companies";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function CompanyProfilePage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const profile = await getCompanyProfile(access);
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  const t = await getTranslations("profile");
  const authority = profile.supervisoryAuthority;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <CompanyProfileForm
        companyId={access.company.id}
        readOnly={!can(access.role, "company.manage")}
        locale={locale}
        initial={{
          legalName: profile.legalName,
          orgNumber: profile.orgNumber ?? "",
          countryCode: profile.countryCode,
          email: profile.email ?? "",
          phone: profile.phone ?? "",
          postalStreet: profile.postalStreet ?? "",
          postalCode: profile.postalCode ?? "",
          postalCity: profile.postalCity ?? "",
          website: profile.website ?? "",
          version: profile.version,
        }}
      />
      {authority ? (
        <p className="text-sm text-slate-700">
          {t("supervisoryAuthority")}: {locale === "nb" ? authority.nameLocal : authority.nameEn} ({authority.website})
        </p>
      ) : null}
    </div>
  );
}
