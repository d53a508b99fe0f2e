import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { NewCompanyForm } from "@/components/company/new-company-form";
import { CompanyStateCard } from "@/components/company/company-state-card";
import { Card } from "@/components/ui/card";
import { listMyCompanies } from "@/lib/server/access";
import { listCompanyStates } from "@/lib/server/company-states";
import { pageUser } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companies"))("title") };
}

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<{ all?: string }> }) {
  const user = await pageUser();
  const memberships = await listMyCompanies(user.id);
  const { all } = await searchParams;
  // A DPO with one company goes straight to it; the list is for consultants with several.
  const only = memberships[0];
  if (memberships.length === 1 && only && !all) redirect(`/companies/${only.company.id}`);
  const states = await listCompanyStates(user, memberships);
  const t = await getTranslations();
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("companies.title")}</h1>
      {memberships.length === 0 ? <Card>{t("companies.empty")}</Card> : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {states.map((state) => (
          <li key={state.company.id}>
            <CompanyStateCard state={state} />
          </li>
        ))}
      </ul>
      <NewCompanyForm locale={locale} />
    </div>
  );
}
