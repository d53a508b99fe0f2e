import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listMyCompanies } from "@/lib/server/access";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { CompanySwitcher } from "@/components/company/company-switcher";
import { CompanyNav, type CompanyNavItem } from "@/components/company/company-nav";
import { CompanySearchField } from "@/components/search/company-search-field";
import { can, type Permission, type Role } from "@/lib/auth/permissions";

/** The company's sections, each shown to the roles whose permission it needs. */
const SECTIONS: { key: string; path: string; permission: Permission }[] = [
  { key: "overview", path: "", permission: "register.read" },
  { key: "activities", path: "/activities", permission: "register.read" },
  { key: "findings", path: "/findings", permission: "register.read" },
  { key: "catalogs", path: "/catalogs", permission: "register.read" },
  { key: "notice", path: "/notice", permission: "register.read" },
  { key: "translations", path: "/translations", permission: "register.read" },
  { key: "export", path: "/export", permission: "register.read" },
  { key: "members", path: "/members", permission: "members.manage" },
  { key: "audit", path: "/audit", permission: "company.manage" },
  { key: "profile", path: "/profile", permission: "register.read" },
];

function companyNavItems(base: string, role: Role): CompanyNavItem[] {
  return SECTIONS.filter((section) => can(role, section.permission)).map((section) => ({ key: section.key, href: `${base}${section.path}` }));
}

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
        <div className="flex flex-wrap items-center gap-4">
          <CompanySearchField companyId={access.company.id} />
          {companies.length > 1 ? (
            <CompanySwitcher
              current={access.company.id}
              companies={companies.map((m) => ({ id: m.company.id, name: m.company.legalName }))}
            />
          ) : null}
          {/* The only way to the list (and its New company form) for a DPO with one company, whom /companies sends straight in. */}
          <Link href="/companies?all=1" className="text-sm text-brand-800 underline">
            {t("companies.allOrNew")}
          </Link>
        </div>
      </div>
      <CompanyNav label={access.company.legalName} items={companyNavItems(base, access.role)} />
      {children}
    </div>
  );
}
