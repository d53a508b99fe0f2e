import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { readableWords } from "@/components/audit/readable-words";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AUDIT_KINDS, isAuditKind, listAuditActors, listAuditEvents, type AuditFilters } from "@/lib/server/audit-log";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { cn } from "@/lib/utils";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Search = { page?: string; person?: string; from?: string; to?: string; kind?: string };

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ companyId: string }>; searchParams: Promise<Search> }) {
  const { companyId } = await params;
  // The whole history of the company, members included, is for its owners.
  const access = await pageCompanyAccess(companyId, "company.manage");
  const search = await searchParams;
  const requested = Number(search.page ?? "1");
  const filters: AuditFilters = { actorId: search.person || undefined, from: search.from || undefined, to: search.to || undefined, kind: isAuditKind(search.kind) ? search.kind : undefined };
  const [log, actors, words] = await Promise.all([
    listAuditEvents(access, { page: Number.isFinite(requested) ? requested : 1, ...filters }),
    listAuditActors(access),
    readableWords(access),
  ]);
  const t = await getTranslations("audit");
  const tf = await getTranslations("auditReadable");
  const filtered = Object.values(filters).some(Boolean);
  const href = (page: number) => {
    const query = new URLSearchParams({ ...(filters.actorId ? { person: filters.actorId } : {}), ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}), ...(filters.kind ? { kind: filters.kind } : {}), page: String(page) });
    return `/companies/${access.company.id}/audit?${query.toString()}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <AuditFilterForm
        action={`/companies/${access.company.id}/audit`}
        actors={actors}
        kinds={Object.keys(AUDIT_KINDS).map((kind) => ({ value: kind, label: tf(`kinds.${kind}` as "kinds.activities") }))}
        values={{ person: filters.actorId ?? "", from: filters.from ?? "", to: filters.to ?? "", kind: filters.kind ?? "" }}
        filtered={filtered}
      />
      {filtered ? (
        <p className="text-sm text-slate-700" role="status" data-testid="audit-matching">
          {tf("matching", { count: log.total })}
        </p>
      ) : null}
      {log.events.length === 0 ? filtered ? null : <Card>{t("empty")}</Card> : <AuditEventList events={log.events} words={words} companyId={access.company.id} />}
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
