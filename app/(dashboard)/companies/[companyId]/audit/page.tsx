import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listAuditEvents } from "@/lib/server/audit-log";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { cn } from "@/lib/utils";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ companyId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { companyId } = await params;
  // The whole history of the company, members included, is for its owners.
  const access = await pageCompanyAccess(companyId, "company.manage");
  const requested = Number((await searchParams).page ?? "1");
  const log = await listAuditEvents(access, { page: Number.isFinite(requested) ? requested : 1 });
  const t = await getTranslations("audit");
  const href = (page: number) => `/companies/${access.company.id}/audit?page=${page}`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {log.events.length === 0 ? <Card>{t("empty")}</Card> : <AuditEventList events={log.events} />}
      <nav aria-label={t("pagination")} className="flex items-center gap-3 text-sm">
        {log.page > 1 ? (
          <Link className={cn(buttonVariants({ variant: "secondary", size: "sm" }))} href={href(log.page - 1)}>
            {t("previous")}
          </Link>
        ) : null}
        <span>{t("page", { page: log.page, pageCount: log.pageCount })}</span>
        {log.page < log.pageCount ? (
          <Link className={cn(buttonVariants({ variant: "secondary", size: "sm" }))} href={href(log.page + 1)}>
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
