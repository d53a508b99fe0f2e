import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AcceptedRisks } from "@/components/findings/accepted-risks";
import { FindingsList } from "@/components/findings/findings-list";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getFindings } from "@/lib/server/findings";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { cn } from "@/lib/utils";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("findings"))("title") };
}

const FILTERS = ["all", "error", "warning"] as const;
type Filter = (typeof FILTERS)[number];

export default async function FindingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<{ severity?: string }>;
}) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const { severity } = await searchParams;
  const filter: Filter = severity === "error" || severity === "warning" ? severity : "all";
  const { findings, accepted, summary } = await getFindings(access);
  const acceptFor = can(access.role, "register.write") ? access.company.id : undefined;
  const shown = filter === "all" ? findings : findings.filter((f) => f.severity === filter);
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  const t = await getTranslations("findings");
  const label = { all: `${t("all")} (${summary.total})`, error: `${t("errors")} (${summary.bySeverity.error})`, warning: `${t("warnings")} (${summary.bySeverity.warning})` };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <nav aria-label={t("filter")} className="flex gap-2 text-sm">
        {FILTERS.map((f) => (
          <Link
            key={f}
            href={f === "all" ? `/companies/${access.company.id}/findings` : `/companies/${access.company.id}/findings?severity=${f}`}
            aria-current={f === filter ? "page" : undefined}
            className={cn("rounded-md border px-3 py-1", f === filter ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white")}
          >
            {label[f]}
          </Link>
        ))}
      </nav>
      {shown.length === 0 ? (
        <Card>{findings.length === 0 ? t("none") : t("noneFiltered")}</Card>
      ) : (
        <FindingsList findings={shown} locale={locale} {...(acceptFor ? { acceptFor } : {})} />
      )}
      <AcceptedRisks accepted={accepted} locale={locale} {...(acceptFor ? { withdrawFor: acceptFor } : {})} />
    </div>
  );
}
