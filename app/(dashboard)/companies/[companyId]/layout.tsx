import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listMyCompanies } from "@/lib/server/access";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { CompanySwitcher } from "@/components/company/company-switcher";

export default async function CompanyLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ companyId: string }>;
}) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const companies = await listMyCompanies(access.user.id);
  const t = await getTranslations();
  const base = `/companies/${access.company.id}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">{t(`roles.${access.role}`)}</p>
          <p className="text-xl font-semibold">{access.company.legalName}</p>
        </div>
        {companies.length > 1 ? (
          <CompanySwitcher
            current={access.company.id}
            companies={companies.map((m) => ({ id: m.company.id, name: m.company.legalName }))}
          />
        ) : null}
      </div>
      <nav aria-label={access.company.legalName} className="flex gap-4 border-b border-slate-200 text-sm">
        <Link href={base} className="border-b-2 border-transparent pb-2 hover:border-brand-600">
          {t("dashboard.overview")}
        </Link>
        <Link href={`${base}/profile`} className="border-b-2 border-transparent pb-2 hover:border-brand-600">
          {t("dashboard.profile")}
        </Link>
      </nav>
      {children}
    </div>
  );
}
