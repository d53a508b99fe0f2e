import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActivityTable, overviewHref } from "@/components/activity/activity-table";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { can } from "@/lib/auth/permissions";
import { parseActivityListQuery } from "@/lib/register/activity-list-query";
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, LAWFUL_BASES } from "@/lib/register/enums";
import { db } from "@/lib/server/db";
import { listActivities, listOptionsFromQuery } from "@/lib/server/activity-overview";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { enumLabelForInterface } from "@/lib/register/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("title") };
}

export default async function ActivitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const query = parseActivityListQuery(await searchParams);
  const base = `/companies/${access.company.id}/activities`;
  const [result, subjectCategories, t, tt, locale] = await Promise.all([
    listActivities(access, listOptionsFromQuery(query)),
    db().dataSubjectCategory.findMany({ where: { companyId: access.company.id }, select: { id: true, labelEn: true, labelNb: true }, orderBy: { labelEn: "asc" } }),
    getTranslations("activities"),
    getTranslations("templates"),
    getLocale(),
  ]);
  const total = result.counts.DRAFT + result.counts.ACTIVE + result.counts.RETIRED;
  const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
  const filterSelect = (name: string, label: string, value: string, options: { value: string; label: string }[]) => (
    <div className="space-y-1">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Select id={`filter-${name}`} name={name} defaultValue={value}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
  const yesNoOptions = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {can(access.role, "register.write") ? (
          <div className="flex gap-2">
            <Link href={`${base}/templates`} className={buttonVariants({ variant: "secondary" })}>
              {tt("addFromTemplate")}
            </Link>
            <Link href={`${base}/new`} className={buttonVariants()}>
              {t("newActivity")}
            </Link>
          </div>
        ) : null}
      </div>

      <nav aria-label={t("filterStatus")} className="flex flex-wrap gap-3 text-sm">
        <Link href={overviewHref(base, query, { status: undefined })} aria-current={query.status ? undefined : "page"} className="hover:underline aria-[current=page]:font-semibold">
          {t("allStatuses", { count: total })}
        </Link>
        {ACTIVITY_STATUSES.map((status) => (
          <Link key={status} href={overviewHref(base, query, { status })} aria-current={query.status === status ? "page" : undefined} className="hover:underline aria-[current=page]:font-semibold">
            {t("statusCount", { status: enumLabelForInterface("ActivityStatus", status, locale), count: result.counts[status] })}
          </Link>
        ))}
      </nav>

      <form method="get" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
        {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor="filter-q">{t("search")}</Label>
          <Input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchHint")} />
        </div>
        {filterSelect("role", t("filterRole"), query.role ?? "", ACTIVITY_ROLES.map((r) => ({ value: r, label: enumLabelForInterface("ActivityRole", r, locale) })))}
        {filterSelect("basis", t("filterBasis"), query.basis ?? "", LAWFUL_BASES.map((b) => ({ value: b, label: enumLabelForInterface("LawfulBasis", b, locale) })))}
        {filterSelect("subjects", t("filterSubjects"), query.subjects ?? "", subjectCategories.map((c) => ({ value: c.id, label: locale === "nb" ? c.labelNb : c.labelEn })))}
        {filterSelect("special", t("filterSpecial"), yesNo(query.special), yesNoOptions)}
        {filterSelect("outsideEea", t("filterOutsideEea"), yesNo(query.outsideEea), yesNoOptions)}
        {filterSelect("findings", t("filterFindings"), yesNo(query.findings), yesNoOptions)}
        <div className="flex items-end gap-2 sm:col-span-4">
          <button type="submit" className={buttonVariants()}>
            {t("apply")}
          </button>
          <Link href={base} className={buttonVariants({ variant: "ghost" })}>
            {t("clear")}
          </Link>
        </div>
      </form>

      {total === 0 && !query.q ? (
        can(access.role, "register.write") ? (
          <p className="text-slate-700">
            {tt("emptyRegister")}{" "}
            <Link href={`${base}/templates`} className="text-brand-800 underline">
              {tt("title")}
            </Link>
          </p>
        ) : (
          <p className="text-slate-700">{t("emptyRegister")}</p>
        )
      ) : (
        <ActivityTable base={base} query={query} result={result} />
      )}
    </div>
  );
}
