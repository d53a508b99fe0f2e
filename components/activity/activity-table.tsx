import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ARTICLES, enumLabelForInterface } from "@/lib/register/vocabulary";
import type { ActivityListQuery } from "@/lib/register/activity-list-query";
import type { listActivities } from "@/lib/server/activity-overview";

type ListResult = Awaited<ReturnType<typeof listActivities>>;

/** The overview's URL with some params changed (and the page reset unless given). */
export function overviewHref(base: string, query: ActivityListQuery, change: Partial<Record<keyof ActivityListQuery, string | number | undefined>>): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...query, page: undefined, ...change };
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, typeof value === "boolean" ? (value ? "yes" : "no") : String(value));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/** The register table: sortable headers (links), one row per activity, paging. Server-rendered. */
export async function ActivityTable({ base, query, result }: { base: string; query: ActivityListQuery; result: ListResult }) {
  const t = await getTranslations("activities");
  const locale = await getLocale();
  const format = await getFormatter();
  const sort = query.sort ?? "name";
  const dir = query.dir ?? (sort === "updatedAt" ? "desc" : "asc");
  const header = (column: "name" | "role" | "status" | "updatedAt", label: string) => {
    const active = sort === column;
    const nextDir = active && dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" className="p-2" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={overviewHref(base, query, { sort: column, dir: nextDir })} className="hover:underline" aria-label={t("sortBy", { column: label })}>
          {label}
          {active ? (dir === "asc" ? " ▲" : " ▼") : ""}
        </Link>
      </th>
    );
  };
  if (result.items.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left">
            <tr>
              {header("name", t("colName"))}
              {header("role", t("colRole"))}
              {header("status", t("colStatus"))}
              <th scope="col" className="p-2">{t("colBases")}</th>
              <th scope="col" className="p-2 text-right">{t("colPurposes")}</th>
              <th scope="col" className="p-2 text-right">{t("colRecipients")}</th>
              <th scope="col" className="p-2 text-right">{t("colCompleteness")}</th>
              {header("updatedAt", t("colUpdated"))}
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr key={item.id} className="border-t border-slate-100">
                <th scope="row" className="p-2 text-left font-medium">
                  <Link href={`${base}/${item.id}`} className="text-brand-700 hover:underline">
                    {item.name}
                  </Link>
                </th>
                <td className="p-2">{enumLabelForInterface("ActivityRole", item.role, locale)}</td>
                <td className="p-2">{enumLabelForInterface("ActivityStatus", item.status, locale)}</td>
                <td className="p-2">{item.lawfulBases.map((b) => ARTICLES.LawfulBasis[b]).join(", ")}</td>
                <td className="p-2 text-right">{item.purposeCount}</td>
                <td className="p-2 text-right">{item.recipientCount}</td>
                <td className="p-2 text-right tabular-nums" data-testid="completeness">{item.completeness} %</td>
                <td className="p-2">
                  <time dateTime={item.updatedAt}>{format.dateTime(new Date(item.updatedAt), { dateStyle: "medium" })}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
        {result.page > 1 ? (
          <Link href={overviewHref(base, query, { page: result.page - 1 })} className="text-brand-700 hover:underline">
            {t("previous")}
          </Link>
        ) : null}
        <span>{t("pageOf", { page: result.page, pageCount: result.pageCount, total: result.total })}</span>
        {result.page < result.pageCount ? (
          <Link href={overviewHref(base, query, { page: result.page + 1 })} className="text-brand-700 hover:underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
