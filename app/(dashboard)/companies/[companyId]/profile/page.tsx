import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CompanyBrandingForm } from "@/components/company/company-branding-form";
import { CompanyProfileForm } from "@/components/company/company-profile-form";
import { PublishApprovalSetting } from "@/components/company/publish-approval-setting";
import { SupervisoryAuthorityCard } from "@/components/company/supervisory-authority-card";
import { can } from "@/lib/auth/permissions";
import { factChoice } from "@/lib/register/company-profile";
import { LANGUAGES } from "@/lib/register/languages";
import type { LocalizedText } from "@/lib/register/localized-text";
import { getCompanyBranding } from "@/lib/server/company-branding";
import { getCompanyProfile, listSupervisoryAuthorities } from "@/lib/server/companies";
import { getPublishApproval } from "@/lib/server/notice/publish-requests";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyProfile"))("title") };
}

/** A text per language as the form's inputs hold it: every language present, "" where not written. */
const everyLanguage = (text: LocalizedText) => Object.fromEntries(LANGUAGES.map((language) => [language, text[language] ?? ""]));

export default async function CompanyProfilePage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const profile = await getCompanyProfile(access);
  const authorities = await listSupervisoryAuthorities(profile.countryCode);
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  const t = await getTranslations("companyProfile");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <CompanyProfileForm
        companyId={access.company.id}
        readOnly={!can(access.role, "company.manage")}
        locale={locale}
        authorities={authorities}
        initial={{
          legalName: profile.legalName,
          orgNumber: profile.orgNumber ?? "",
          countryCode: profile.countryCode,
          email: profile.email ?? "",
          phone: profile.phone ?? "",
          website: profile.website ?? "",
          postalStreet: profile.postalStreet ?? "",
          postalCode: profile.postalCode ?? "",
          postalCity: profile.postalCity ?? "",
          visitingStreet: profile.visitingStreet ?? "",
          visitingPostalCode: profile.visitingPostalCode ?? "",
          visitingCity: profile.visitingCity ?? "",
          employeeBand: profile.employeeBand,
          isPublicAuthority: profile.isPublicAuthority,
          targetsEeaFromOutside: profile.targetsEeaFromOutside,
          dpoDesignated: profile.dpoDesignated,
          dpoBasis: profile.dpoBasis ?? "",
          dpoName: profile.dpoName ?? "",
          dpoEmail: profile.dpoEmail ?? "",
          dpoPhone: profile.dpoPhone ?? "",
          dpoAddress: profile.dpoAddress ?? "",
          representativeName: profile.representativeName ?? "",
          representativeAddress: profile.representativeAddress ?? "",
          representativeEmail: profile.representativeEmail ?? "",
          supervisoryAuthorityId: profile.supervisoryAuthorityId ?? "",
          noticeLanguages: profile.noticeLanguages,
          primaryLanguage: profile.primaryLanguage,
          noticeIntroduction: everyLanguage(profile.noticeIntroduction),
          noticeScope: everyLanguage(profile.noticeScope),
          privacyContactName: profile.privacyContactName ?? "",
          privacyContactRole: everyLanguage(profile.privacyContactRole),
          cookieBannerBeforeSetting: factChoice(profile.cookieBannerBeforeSetting),
          cookieRefuseAsEasy: factChoice(profile.cookieRefuseAsEasy),
          cookieWithdrawal: everyLanguage(profile.cookieWithdrawal),
          cookieSettingsUrl: profile.cookieSettingsUrl ?? "",
          version: profile.version,
        }}
      />
      <CompanyBrandingForm companyId={access.company.id} initial={await getCompanyBranding(access)} readOnly={!can(access.role, "register.write")} />
      {profile.supervisoryAuthority ? <SupervisoryAuthorityCard authority={profile.supervisoryAuthority} locale={locale} /> : null}
      {can(access.role, "company.manage") ? <PublishApprovalSetting companyId={access.company.id} initial={(await getPublishApproval(access)).publishNeedsApproval} /> : null}
    </div>
  );
}
