import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SearchResultGroup } from "@/components/search/result-group";
import { Card } from "@/components/ui/card";
import { enumLabelForInterface } from "@/lib/register/vocabulary";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { SEARCH_MIN_LENGTH, searchCompany } from "@/lib/server/search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

/** One search over the company's register, grouped by kind; each result links to where the item is edited. */
export default async function SearchPage({ params, searchParams }: { params: Promise<{ companyId: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  const results = await searchCompany(access, query, locale);
  const t = await getTranslations("search");
  const tc = await getTranslations("catalogs");
  const tf = await getTranslations("findings");
  const base = `/companies/${access.company.id}`;
  const total = results.activities.length + results.catalogEntries.length + results.findings.length;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{query ? t("resultsFor", { query }) : t("title")}</h1>
      {query.length < SEARCH_MIN_LENGTH ? (
        <p>{t("tooShort", { min: SEARCH_MIN_LENGTH })}</p>
      ) : total === 0 ? (
        <Card role="status">{t("nothing", { query })}</Card>
      ) : null}
      <SearchResultGroup id="activities" title={t("activities")} count={t("count", { count: results.activities.length })} items={results.activities} itemKey={(a) => a.id}>
        {(a) => (
          <>
            <Link href={`${base}/activities/${a.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
              {a.name}
            </Link>
            <span className="text-sm text-slate-600">{enumLabelForInterface("ActivityStatus", a.status, locale)}</span>
          </>
        )}
      </SearchResultGroup>
      <SearchResultGroup id="catalog" title={t("catalogEntries")} count={t("count", { count: results.catalogEntries.length })} items={results.catalogEntries} itemKey={(e) => e.id}>
        {(e) => (
          <>
            {/* A full load, so the entry's row is the page's :target and is highlighted (a client-side push does not set :target). */}
            <a href={`${base}/catalogs#${e.kind}-${e.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
              {e.name}
            </a>
            <span className="text-sm text-slate-600">{tc(`kinds.${e.kind}`)}</span>
          </>
        )}
      </SearchResultGroup>
      <SearchResultGroup
        id="findings"
        title={t("findings")}
        count={t("count", { count: results.findings.length })}
        items={results.findings}
        itemKey={(f) => f.key}
        itemClassName="space-y-1 px-4 py-2"
      >
        {(f) => (
          <>
            <p className="text-sm">
              <span className={f.severity === "error" ? "font-semibold text-red-800" : "font-semibold text-amber-800"}>{tf(`severity.${f.severity}`)}</span>
              {f.subjectName ? <span className="text-slate-700"> · {f.subjectName}</span> : null}
              <span className="text-slate-600"> · {f.ruleId}</span>
            </p>
            <Link href={f.href} className="text-brand-800 underline-offset-2 hover:underline">
              {f.message}
            </Link>
          </>
        )}
      </SearchResultGroup>
    </div>
  );
}
